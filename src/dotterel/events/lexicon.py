"""The event lexicon as data: verb and nominal senses, modality cues, context cues."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import DataError
from ..resources import data_table
from ..schema import PLOVER_TYPES
from .ontology import Ontology, ontology


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word as an event."""

    lemma: str
    particle: str  # "" or the particle/preposition this sense needs ("down" in crack down)
    event_type: str
    mode: str | None
    cameo: str
    target_preps: tuple[str, ...]
    origin: str  # verbs | nominals


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, tuple[Sense, ...]]  # lemma -> senses, particle senses first
    nominals: dict[str, Sense]
    light_verbs: frozenset[str]
    modality: dict[tuple[str, str], str]  # (cue lemma, POS) -> intended | hypothetical | negated
    contexts: tuple[tuple[str, frozenset[str]], ...]
    intent: dict[str, tuple[str, str]]  # intended act's type -> (type, CAMEO) of expressing intent
    deployment_verbs: frozenset[str] = frozenset()  # "moved troops": MOBILIZE by the object
    destination_verbs: frozenset[str] = frozenset()  # deploy only with a destination ("ordered")
    receiving_verbs: frozenset[str] = frozenset()  # light verbs whose subject is the target
    # receiving verbs whose subject caused the act: "prompted Israeli strikes on Gaza"
    causing_verbs: frozenset[str] = frozenset()
    materiel: frozenset[str] = frozenset()  # object nouns that make a deployment
    protection: frozenset[str] = frozenset()  # forces whose deployment is AID 074 (peacekeepers)
    assistance: frozenset[str] = frozenset()  # forces whose deployment is AID 072 (advisers)
    relief_staff: frozenset[str] = frozenset()  # people whose sending is AID 073 (doctors)
    assist_purposes: frozenset[str] = frozenset()  # "sent troops to help ...": AID 072
    protect_purposes: frozenset[str] = frozenset()  # "deployed to monitor ...": AID 074
    undoing_verbs: frozenset[str] = frozenset()  # "lifted", "ended": end what the object names
    declaring_verbs: frozenset[str] = frozenset()  # "declared a ceasefire": announced, not done
    placing_verbs: frozenset[str] = frozenset()  # "placed troops on alert": noun after on/under
    claiming_verbs: frozenset[str] = frozenset()  # "claimed responsibility for the attack"
    mutual_verbs: frozenset[str] = frozenset()  # "exchanged fire": conjoined subjects, mutual
    # verb lemma -> (particle, object class, sense): "released a tranche" is AID
    object_senses: dict[str, tuple[tuple[str, str, Sense], ...]] = field(default_factory=dict)
    object_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> classes
    hosting_verbs: frozenset[str] = frozenset()  # "received Abbas": the visitor is the source
    crowd_acts: dict[str, Sense] = field(default_factory=dict)  # "protesters occupied": PROTEST
    sport: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> lemmas (sport.tsv)
    # (act's CAMEO prefix, the verbs limited to or empty, the ending's sense)
    undone: tuple[tuple[str, frozenset[str], Sense], ...] = ()
    # (act's CAMEO prefix, {intent|appeal|demand|reject|mode: code}), longest prefix first
    directed: tuple[tuple[str, dict[str, str]], ...] = ()

    def verb_senses(self, lemma: str) -> tuple[Sense, ...]:
        return self.verbs.get(lemma, ())

    def undoing(self, verb_lemma: str, act: Sense) -> Sense | None:
        """What ``verb_lemma`` ending ``act`` codes ("lifted sanctions": RETREAT 085,
        "suspended aid": SANCTION 162), keeping the act's targets; None when ending it
        is no event ("ended the visit")."""
        for prefix, verbs, sense in self.undone:  # longest prefix first
            if act.cameo.startswith(prefix) and (not verbs or verb_lemma in verbs):
                return replace(
                    sense,
                    lemma=verb_lemma,
                    target_preps=act.target_preps,
                    origin=f"undoing:{act.lemma}",
                )
        return None

    def in_class(self, lemma: str, word_class: str) -> bool:
        """Whether a lemma belongs to a word class of object_classes.tsv."""
        return word_class in self.object_classes.get(lemma, frozenset())

    def as_intent(self, sense: Sense) -> Sense:
        """The expression of intent to do ``sense`` ("will meet" -> AGREE 036, "will release
        the hostages" -> AGREE 0353), if the codebooks give one; otherwise the sense itself."""
        mapped = self.intent.get(sense.event_type)
        if mapped is None:
            return sense
        event_type, cameo = mapped
        if event_type == "AGREE":
            cameo = self.directed_code(sense.cameo, "intent") or cameo
        return replace(
            sense, event_type=event_type, mode=None, cameo=cameo, origin=sense.origin + "+intent"
        )

    def directed_code(self, act_cameo: str, column: str) -> str | None:
        """The code (or mode) of intending, appealing for, demanding or refusing an act with
        CAMEO code ``act_cameo`` (directed_acts.tsv); None where the table gives none."""
        for prefix, codes in self.directed:
            if act_cameo.startswith(prefix):
                return codes[column] or None
        return None

    def as_refusal(self, sense: Sense) -> Sense:
        """A refusal of ``sense`` ("will not release the hostages" -> REJECT 1243)."""
        return replace(
            sense,
            event_type="REJECT",
            mode=self.directed_code(sense.cameo, "mode"),
            cameo=self.directed_code(sense.cameo, "reject") or "120",
            origin=sense.origin + "+refused",
        )

    def directed_at(self, framing: Sense, act: Sense) -> Sense:
        """A framing act's sense made specific by the act it asks for, offers or refuses
        ("called for the release of" 0253, "refused to meet" 125); only the framing act's
        unspecific codes are refined."""
        if framing.cameo == "130":
            # "threatened to kill the hostages" 138, "to close the border" 137; a strike's
            # kind is its striker's (workers stop work, armies attack), left to the act
            if act.lemma == "strike":
                return framing
            threat = self.as_intent(act)
            if threat.event_type == "THREATEN" and threat.cameo != framing.cameo:
                return replace(framing, cameo=threat.cameo)
            return framing
        column = _DIRECTING_COLUMNS.get(framing.cameo)
        code = self.directed_code(act.cameo, column) if column else None
        if code is None or code == framing.cameo:
            return framing
        mode = self.directed_code(act.cameo, "mode") if column != "intent" else framing.mode
        return replace(framing, cameo=code, mode=mode or framing.mode)


# The unspecific code of each framing act, and the column of directed_acts.tsv that refines it.
_DIRECTING_COLUMNS = {"030": "intent", "020": "appeal", "100": "demand", "120": "reject"}


def _sense(row: dict[str, str], origin: str, onto: Ontology, table: str) -> Sense:
    event_type = row["event_type"]
    if event_type not in PLOVER_TYPES:
        raise DataError(f"{table}: {row['lemma']!r} has unknown event type {event_type!r}")
    onto.cameo_info(row["cameo"])
    mode = row.get("mode") or None
    return Sense(
        lemma=row["lemma"].lower(),
        particle=row.get("particle", "").lower(),
        event_type=event_type,
        mode=mode,
        cameo=row["cameo"],
        target_preps=tuple(p for p in row.get("target_preps", "").split("|") if p),
        origin=origin,
    )


def _sport_words() -> dict[str, frozenset[str]]:
    rows = data_table("sport.tsv")
    kinds = ("actor", "contest", "context")
    if any(r["kind"] not in kinds for r in rows):
        raise DataError(f"sport.tsv: kind must be one of {kinds}")
    return {k: frozenset(r["lemma"].lower() for r in rows if r["kind"] == k) for k in kinds}


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    onto = ontology()
    verbs: dict[str, list[Sense]] = defaultdict(list)
    for row in data_table("verbs.tsv"):
        verbs[row["lemma"].lower()].append(_sense(row, "verbs", onto, "verbs.tsv"))
    nominals = {
        row["lemma"].lower(): _sense(row, "nominals", onto, "nominals.tsv")
        for row in data_table("nominals.tsv")
    }
    modality = {}
    for row in data_table("modality.tsv"):
        if row["effect"] not in ("intended", "hypothetical", "negated", "none"):
            raise DataError(f"modality.tsv: bad effect {row['effect']!r} for {row['cue']!r}")
        modality[(row["cue"].lower(), row["pos"].upper())] = row["effect"]
    contexts = tuple(
        (row["context"], frozenset(c.strip().lower() for c in row["cues"].split("|") if c.strip()))
        for row in data_table("contexts.tsv")
    )
    light_rows = data_table("light_verbs.tsv")
    roles = ("", "reversed", "causes", "undoes", "declares", "places", "exchanges", "claims")
    if any(row["roles"] not in roles for row in light_rows):
        raise DataError(f"light_verbs.tsv: roles must be one of {roles}")
    by_role: dict[str, set[str]] = {role: set() for role in roles}
    for row in light_rows:
        if any(row["lemma"].lower() in lemmas for lemmas in by_role.values()):
            raise DataError(f"light_verbs.tsv: {row['lemma']!r} is listed twice")
        by_role[row["roles"]].add(row["lemma"].lower())
    undoing = frozenset(by_role["undoes"])
    # Ending verbs read their object themselves; every other role is a light verb.
    light = frozenset(set().union(*by_role.values()) - undoing)
    undone = tuple(
        sorted(
            (
                (
                    row["act"],
                    frozenset(v for v in row["verbs"].split("|") if v),
                    _sense({**row, "lemma": row["act"]}, "undoing", onto, "undone.tsv"),
                )
                for row in data_table("undone.tsv")
            ),
            key=lambda item: (-len(item[0]), not item[1]),
        )
    )
    if any(v not in undoing for _, verbs, _ in undone for v in verbs):
        raise DataError(
            "undone.tsv: a row names a verb that light_verbs.tsv does not mark 'undoes'"
        )
    intent = {}
    for row in data_table("intent.tsv"):
        if row["intent_type"] not in PLOVER_TYPES:
            raise DataError(f"intent.tsv: unknown event type {row['intent_type']!r}")
        onto.cameo_info(row["cameo"])
        intent[row["event_type"]] = (row["intent_type"], row["cameo"])
    columns = ("intent", "appeal", "demand", "reject")
    directed = []
    for row in data_table("directed_acts.tsv"):
        for column in columns:
            if row[column]:
                onto.cameo_info(row[column])
        if row["mode"] and row["mode"] not in ("assist", "change", "yield", "meet"):
            raise DataError(f"directed_acts.tsv: unknown mode {row['mode']!r}")
        directed.append((row["act"], {c: row[c] for c in (*columns, "mode")}))
    directed.sort(key=lambda item: -len(item[0]))
    deployment = list(data_table("deployment.tsv"))
    kinds = (
        "verb",
        "verb_to",
        "object",
        "protection",
        "assistance",
        "relief_staff",
        "assist_purpose",
        "protect_purpose",
    )
    if any(row["kind"] not in kinds for row in deployment):
        raise DataError(f"deployment.tsv: kind must be one of {', '.join(kinds)}")
    class_sets: dict[str, set[str]] = defaultdict(set)
    for row in data_table("object_classes.tsv"):
        class_sets[row["lemma"].lower()].add(row["class"])
    classes = {lemma: frozenset(names) for lemma, names in class_sets.items()}
    known_classes = {c for names in classes.values() for c in names} | {
        "organisation",
        "clause",
        "person",
        "place",
    }
    object_senses: dict[str, list[tuple[str, str, Sense]]] = defaultdict(list)
    for row in data_table("object_senses.tsv"):
        if row["object"] not in known_classes:
            raise DataError(f"object_senses.tsv: unknown object class {row['object']!r}")
        if row["role"] not in ("target", "thing"):
            raise DataError(f"object_senses.tsv: role must be target or thing, not {row['role']!r}")
        origin = "objects:thing" if row["role"] == "thing" else "objects"
        sense = _sense(row, origin, onto, "object_senses.tsv")
        object_senses[sense.lemma].append((sense.particle, row["object"], sense))
    return EventLexicon(
        deployment_verbs=frozenset(
            r["lemma"].lower() for r in deployment if r["kind"] in ("verb", "verb_to")
        ),
        destination_verbs=frozenset(
            r["lemma"].lower() for r in deployment if r["kind"] == "verb_to"
        ),
        receiving_verbs=frozenset(by_role["reversed"] | by_role["causes"]),
        causing_verbs=frozenset(by_role["causes"]),
        undoing_verbs=undoing,
        declaring_verbs=frozenset(by_role["declares"]),
        placing_verbs=frozenset(by_role["places"]),
        claiming_verbs=frozenset(by_role["claims"]),
        mutual_verbs=frozenset(by_role["exchanges"]),
        object_senses={k: tuple(v) for k, v in object_senses.items()},
        object_classes=classes,
        hosting_verbs=frozenset(r["lemma"].lower() for r in data_table("hosting.tsv")),
        sport=_sport_words(),
        crowd_acts={
            r["lemma"].lower(): _sense(r, "crowd", onto, "crowd_acts.tsv")
            for r in data_table("crowd_acts.tsv")
        },
        undone=undone,
        materiel=frozenset(r["lemma"].lower() for r in deployment if r["kind"] == "object"),
        protection=frozenset(r["lemma"].lower() for r in deployment if r["kind"] == "protection"),
        assistance=frozenset(r["lemma"].lower() for r in deployment if r["kind"] == "assistance"),
        relief_staff=frozenset(
            r["lemma"].lower() for r in deployment if r["kind"] == "relief_staff"
        ),
        assist_purposes=frozenset(
            r["lemma"].lower() for r in deployment if r["kind"] == "assist_purpose"
        ),
        protect_purposes=frozenset(
            r["lemma"].lower() for r in deployment if r["kind"] == "protect_purpose"
        ),
        verbs={k: tuple(sorted(v, key=lambda s: s.particle == "")) for k, v in verbs.items()},
        nominals=nominals,
        light_verbs=light,
        modality=modality,
        contexts=contexts,
        intent=intent,
        directed=tuple(directed),
    )
