"""Resolve a noun phrase in a parsed sentence to an actor record.

A phrase resolves from what it contains, strongest evidence first:
an organisation name, then a country (by name, capital or demonym) with an
agent noun giving the sector ("Iraqi officers" -> IRQ MIL). A country or capital
heading the phrase in the source role is its government ("Baghdad rejected").
Named people and groups that nothing resolves keep their text and no code: an
identity is never made up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..schema import UNKNOWN_NAMES, Actor
from .dictionaries import DictionaryActor, split_code
from .knowledge import (
    ActorKnowledge,
    Agent,
    Country,
    Organisation,
    Person,
    PhraseMatch,
    Role,
    owned_nouns,
)

# Numbers used as nouns, a crowd in agents.tsv ("thousands marched"); an agent in their
# "of" phrase says who they are ("thousands of troops").
_COUNTING_NOUNS = frozenset({"thousand", "hundred", "dozen", "score", "million"})
# Left modifiers that belong to the phrase ("the Iraqi Prime Minister", "Iraq's army").
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case", "predet"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Words that begin a region's name ("North Waziristan", "Upper Nile") and name a place of
# their own only by accident.
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "upper", "lower", "greater", "new", "old"}
)  # fmt: skip
_NAMED_ENTITY_KINDS = {"PERSON": "person", "ORG": "group", "NORP": "group", "GPE": "state"}
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "who",
    "which",
    "that",
}
NO_COUNTRY = "---"  # CAMEO's filler for an unknown country


@dataclass(frozen=True)
class Phrase:
    """The tokens of an actor phrase: its span and further evidence (apposition, 'of' object)."""

    head: Token
    tokens: tuple[Token, ...]
    evidence: tuple[Token, ...]
    # "Pakistan-based militants": the word glued before the hyphen is written as part of
    # the phrase but is no evidence of whose it is ("a US-backed force" is not the US's)
    glued: Token | None = None

    @property
    def start_char(self) -> int:
        return (self.glued or self.tokens[0]).idx

    @property
    def end_char(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        # The span's own text: Doc.text would rebuild the whole document on every call.
        doc: Doc = self.head.doc
        return doc[(self.glued or self.tokens[0]).i : self.tokens[-1].i + 1].text


def _left_modifiers(token: Token) -> list[Token]:
    found: list[Token] = []
    # "shot dead two protesters": an adjective before the determiner or number is the
    # verb's, not the phrase's
    opening = min((c.i for c in token.lefts if c.dep_ in ("det", "nummod")), default=-1)
    for child in token.lefts:
        if child.dep_ == "amod" and child.i < opening:
            continue
        if (
            child.dep_ in _MODIFIER_DEPS
            or (child.dep_ in ("punct", "hyph") and child.text == "-")
            # "the Saudi-led coalition": the parser makes "Saudi" an adverbial of "led"
            # (a "US-backed" force is not the backer's)
            or (
                child.dep_ == "npadvmod"
                and (child.pos_ == "PROPN" or child.ent_type_ == "NORP")  # "Shiite-led"
                and token.lemma_ == "lead"
            )
        ):
            found.extend(_left_modifiers(child))
            found.append(child)
            # "ZANU-PF militias": the hyphen may hang on the modifier before it
            found.extend(
                c
                for c in child.rights
                if c.dep_ in _MODIFIER_DEPS | {"case"}
                or (c.dep_ in ("punct", "hyph") and c.text == "-" and c.i < token.i)
            )
    return found


# Verbs whose "from" names where their object is taken from, not where it comes from.
_REMOVING_VERBS = frozenset(
    {
        "expel",
        "evacuate",
        "withdraw",
        "remove",
        "deport",
        "evict",
        "pull",
        "rescue",
        "extract",
        "airlift",
        "repatriate",
        "free",
        "release",
        "kick",
        "oust",
        "ban",
        "bar",
        "exclude",
        "drive",
        "chase",
        "recall",
        "extradite",
    }
)


def phrase_for(head: Token) -> Phrase:
    """The noun phrase headed by ``head``, plus evidence from its apposition.

    The phrase is the head's left modifiers, flat name parts on its right, and an
    "of" phrase ("the government of Iraq"), kept contiguous around the head.
    """
    doc = head.doc
    member = {t.i for t in _left_modifiers(head)} | {head.i}
    evidence: list[Token] = []
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (
            child.dep_ == "case" and child.text in ("'s", "'")
        ):
            member.add(child.i)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    member |= {child.i, pobj.i} | {t.i for t in _left_modifiers(pobj)}
        elif (
            child.dep_ == "prep"
            and child.lower_ in ("from", "in")
            and head.ent_type_ not in _PLACE_LABELS
            # "the embassy in Islamabad" is another country's
            and not (child.lower_ == "in" and head.lemma_.lower() in owned_nouns())
        ):
            # "the rebels from Syria", "police in Baghdad": where they come from or act,
            # used only if the phrase itself names no country.
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    evidence.extend(phrase_for(pobj).tokens)
        elif (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.left_edge.i - 1 in member
            and not any(c.dep_ == "conj" for c in child.children)
        ):
            # "the separatist group ETA", "Iran's foreign minister Javad Zarif": a name
            # that follows its title with no comma is part of the phrase.
            member |= {t.i for t in phrase_for(child).tokens}
        elif (
            child.dep_ == "appos"
            and head.ent_type_ not in _PLACE_LABELS
            # A list of members ("the P5+1 group, the United States, Britain, ...") is
            # not one identity.
            and not any(c.dep_ == "conj" for c in child.children)
        ):
            # "Ahmed Dabashi, head of the Islamic Army": the appositive phrase only, not
            # its relative clauses; a place's apposition describes the place.
            evidence.extend(phrase_for(child).tokens)
    first = last = head.i
    while first - 1 in member:
        first -= 1
    while last + 1 in member:
        last += 1
    glued = None
    if doc[first].text == "-" and first > 0 and not doc[first - 1].whitespace_:
        glued = doc[first - 1]
    return Phrase(head, tuple(doc[first : last + 1]), tuple(evidence), glued)


def _of_people(how: str, sectors: list[str]) -> list[str]:
    """A people's own forces inside a state are rebels, not its army ("Tigrayan forces")."""
    if how != "people":
        return sectors
    return list(dict.fromkeys("REB" if s == "MIL" else s for s in sectors))


def _origin_on_verb(phrase: Phrase) -> tuple[Token, ...]:
    """ "met their counterparts from Azerbaijan": where an object's people come from, which
    the parser hangs on the verb ("evacuated citizens from Lebanon" says where they were
    taken from)."""
    head, doc = phrase.head, phrase.head.doc
    last = phrase.tokens[-1].i
    after = doc[last + 1] if last + 1 < len(doc) else None
    if (
        head.dep_ != "dobj"
        or after is None
        or after.dep_ != "prep"
        or after.lower_ != "from"
        or after.head.i != head.head.i
        or head.head.lemma_.lower() in _REMOVING_VERBS
    ):
        return ()
    return tuple(
        t
        for pobj in after.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP")
        for t in phrase_for(pobj).tokens
    )


def _spanning_evidence(actor: Actor, phrase: Phrase) -> Actor:
    """The actor's span stretched over a place phrase that gave its country ("refugees in
    Syria", "the rebels from Chad"), so that the span shows what the code was read from.
    An apposition stays outside: it is a second mention, not part of this one."""
    if not phrase.evidence:
        return actor
    doc = phrase.head.doc
    last = phrase.tokens[-1].i
    prep = doc[last + 1] if last + 1 < len(doc) else None
    evidence = phrase.evidence
    if (
        prep is None
        or prep.dep_ != "prep"
        or prep.head.i != phrase.head.i
        or evidence[0].i != last + 2
        or [t.i for t in evidence] != list(range(evidence[0].i, evidence[-1].i + 1))
    ):
        return actor
    span = doc[phrase.tokens[0].i : evidence[-1].i + 1]
    return replace(actor, text=span.text, start=span.start_char, end=span.end_char)


def _behind_preposition(match: PhraseMatch, head: Token) -> bool:
    """A name reached from the head through a preposition other than "of": in "the
    Canadian ambassador to the United Nations" the UN does not make the actor."""
    token = head.doc[match.start]
    # Compare indices: spaCy makes a new Token object on every access.
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ != "of":
            return True
        token = token.head
    return False


def _what_it_is_against(match: PhraseMatch, doc: Doc) -> bool:
    """An agent word that says what a weapon or unit is aimed at ("anti-tank missiles",
    "counter-terrorism police" keeps its own head): never the actor itself."""
    return (
        match.start >= 2
        and doc[match.start - 1].text == "-"
        and doc[match.start - 2].lower_ in ("anti", "counter")
        and match.of_kind("agent") is not None
    )


def _inside_place_name(match: PhraseMatch, doc: Doc) -> bool:
    """An organisation or agent word inside a longer place name ("Sadr" in "Sadr City")."""
    if match.of_kind("org", "agent") is None or match.of_kind(
        "country", "capital", "demonym", "people"
    ):
        return False
    first = doc[match.start]
    if first.ent_type_ not in _PLACE_LABELS:
        return False
    ent = next((e for e in doc.ents if e.start <= match.start < e.end), None)
    if ent is None:
        return False
    # The parser may take "the" into the name: "from [the African Union]".
    start = next((t.i for t in ent if t.pos_ != "DET"), ent.start)
    return start < match.start or ent.end > match.end


def _name_runs(phrase: Phrase) -> list[list[Token]]:
    """Runs of capitalised name words that may be places: before the head ("Kano State
    government"), or after "in" or "from" ("police in Baghdad", "protesters from Aleppo").
    The tagger calls some such names adjectives ("Rakhine rebels"); a person's name is
    never one."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    tokens = sorted(
        {t.i: t for t in (*phrase.tokens, *phrase.evidence)}.values(), key=lambda t: t.i
    )
    for token in [*tokens, None]:
        if (
            token is not None
            and token.i != phrase.head.i
            and token.pos_ in ("PROPN", "ADJ")
            and token.ent_type_ != "PERSON"
            and token.text[:1].isupper()
            # "Human rights groups ...": a sentence's first word is capitalised anyway
            and not (token.is_sent_start and not token.ent_type_)
            and (not run or token.i == run[-1].i + 1)
        ):
            run.append(token)
            continue
        if run:
            first = run[0]
            before = first.doc[first.i - 1] if first.i > 0 else None
            if before is not None and before.lower_ == "the" and before.i > 0:
                before = first.doc[before.i - 1]
            if run[-1].i < phrase.head.i or (
                before is not None and before.lower_ in ("in", "from")
            ):
                runs.append(run)
            run = []
    return runs


def _kind_of(country: str) -> str:
    return {"IGO": "igo", "NGO": "ngo", "IMG": "armed_group", "MNC": "company"}.get(
        country, "state"
    )


def _person_named(match: PhraseMatch, day: dt.date | None) -> Person | None:
    """The person a name stands for. A name several people share ("Bush", "Gandhi") is
    the one who holds a role on the day, else the one whose roles lie nearest to it;
    in an undated text, the one with the latest role."""
    people = [e.ref for e in match.entries if e.kind == "person" and isinstance(e.ref, Person)]
    if len(people) < 2:
        return people[0] if people else None
    dated = [p for p in people if p.roles]
    if not dated:
        return people[0]
    if day is None:
        return max(dated, key=lambda p: max(r.start for r in p.roles))
    return min(dated, key=lambda p: min(_days_apart(r, day) for r in p.roles))


def _days_apart(role: Role, day: dt.date) -> int:
    if day < role.start:
        return (role.start - day).days
    if role.end is not None and day > role.end:
        return (day - role.end).days
    return 0


def _role_for(person: Person, day: dt.date | None) -> Role | None:
    if day is None:
        return person.roles[-1] if person.roles else None
    return person.role_on(day) or person.outside_roles(day)


def _covers(match: PhraseMatch, token: Token) -> bool:
    return match.start <= token.i < match.end


def actor_code(country: str | None, sectors: Sequence[str]) -> str | None:
    """The CAMEO-style code of a country (or none) and its primary sector: IRQGOV, ---MIL."""
    if country is None and not sectors:
        return None
    return (country or NO_COUNTRY) + (sectors[0] if sectors else "")


class ActorResolver:
    def __init__(
        self, knowledge: ActorKnowledge, place_country: Callable[[str], str | None] | None = None
    ) -> None:
        """``place_country`` maps a place name to its country (ISO3), from a gazetteer."""
        self.knowledge = knowledge
        self.place_country = place_country

    def is_agent_head(self, token: Token) -> bool:
        """Whether ``token`` is itself an agent noun ("troops", "officials"), not a thing
        an agent modifies ("military aid")."""
        if token.lemma_.lower() in _COUNTING_NOUNS:
            # "hundreds of prisoners" are people, "hundreds of farms" are not
            return self.resolve(phrase_for(token)) is not None
        return any(m.of_kind("agent") is not None and _covers(m, token) for m in
                   self.knowledge.scan((token,)))  # fmt: skip

    def resolve(
        self, phrase: Phrase, role: str = "source", day: dt.date | None = None
    ) -> Actor | None:
        """An actor for ``phrase``, or None when it names no actor (pronouns, things).

        Evidence (an apposition, a context string) is used only when the phrase itself
        names no country or organisation: "Zarif and Mogherini, the EU's foreign policy
        chief" must not make Zarif the EU.
        """
        own = self._resolve(Phrase(phrase.head, phrase.tokens, (), phrase.glued), role, day)
        if not phrase.evidence and own is not None and own.country is None and own.sectors:
            # People of no country yet: their origin may hang on the verb.
            phrase = Phrase(phrase.head, phrase.tokens, _origin_on_verb(phrase), phrase.glued)
        if not phrase.evidence or (own is not None and own.country is not None):
            return own
        with_evidence = self._resolve(phrase, role, day)
        if with_evidence is not None and with_evidence.country is not None:
            if own is not None and own.sectors and with_evidence.sectors[:1] != own.sectors[:1]:
                # "civilians in South Ossetia": the evidence says where they are, not who
                # they are; they keep their own sector.
                return _spanning_evidence(
                    replace(
                        own,
                        country=with_evidence.country,
                        code=actor_code(with_evidence.country, own.sectors),
                        resolution=own.resolution + "+evidence:country",
                    ),
                    phrase,
                )
            if own is not None and own.resolution in UNKNOWN_NAMES:
                # "the Blue Lions Movement in Gulu": a group of Uganda, not Uganda
                return replace(
                    own,
                    country=with_evidence.country,
                    code=actor_code(with_evidence.country, own.sectors),
                    resolution=own.resolution + "+evidence:country",
                )
            return _spanning_evidence(
                replace(with_evidence, resolution=with_evidence.resolution + "+evidence"), phrase
            )
        return own

    def _resolve(self, phrase: Phrase, role: str, day: dt.date | None) -> Actor | None:
        head = phrase.head
        if head.lower_ in _PRONOUNS and len(phrase.tokens) == 1 and not head.text.isupper():
            return None  # "us" is a pronoun, "US" the United States ("US strikes killed")
        # Evidence (an apposition, a context string) never stands for the head itself.
        matches = [
            (m, _covers(m, head))
            for m in self.knowledge.scan(phrase.tokens)
            if not _inside_place_name(m, head.doc)
            and not _behind_preposition(m, head)
            and not _what_it_is_against(m, head.doc)
        ]
        kind = self.knowledge.inanimate.get(head.lemma_.lower())
        if (
            kind is not None
            and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and kind == "site"))
            and not any(c.dep_ == "poss" for c in head.children)
            and not any(covers and m.of_kind("org") for m, covers in matches)
        ):
            # "the Kenyan shilling", "Russian wheat prices", "the Ambassador Bridge": things,
            # not actors ("Ford's shares" still stand for Ford, "Downing Street" for a body).
            return None
        if phrase.evidence:
            matches += [(m, False) for m in self.knowledge.scan(phrase.evidence)]

        user = next((m for m, _ in matches if m.of_kind("user")), None)
        if user is not None:
            return self._user_actor(phrase, user, matches, day)
        person: Person | None = None
        person_modifier: Person | None = None
        org: Organisation | None = None
        head_place: tuple[str, Country] | None = None
        modifier_country: tuple[str, Country] | None = None
        head_agent: Agent | None = None
        other_agents: list[Agent] = []
        for m, covers_head in matches:
            named = _person_named(m, day)
            if named is not None and not m.of_kind("country", "capital", "org"):
                if covers_head and person is None:
                    person = named
                elif person_modifier is None:
                    person_modifier = named  # "Maliki's government"
                continue
            e = m.of_kind("org")
            if e is not None and org is None:
                assert isinstance(e.ref, Organisation)
                org = e.ref
                continue
            e = m.of_kind("country", "capital", "demonym", "people")
            if e is not None:
                assert isinstance(e.ref, Country)
                if covers_head and head_place is None:
                    head_place = (e.kind, e.ref)
                elif modifier_country is None:
                    modifier_country = (e.kind, e.ref)
                continue
            e = m.of_kind("agent")
            if e is not None:
                assert isinstance(e.ref, Agent)
                if e.ref.term in _COUNTING_NOUNS and not covers_head:
                    continue  # "the fate of thousands", "hundreds of thousands of Serbs"
                if covers_head and head_agent is None:
                    head_agent = e.ref
                else:
                    other_agents.append(e.ref)

        if head_agent is not None and head_agent.term in _COUNTING_NOUNS:
            counted = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            if other_agents or modifier_country is not None:
                head_agent = None  # "thousands of troops" are troops
            elif counted or head.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in head.children):
                return None  # "hundreds of hectares", "$500 million": no one
            # "thousands marched": a crowd
        sectors: list[str] = []
        for agent in ([head_agent] if head_agent else []) + other_agents:
            sectors.extend(s for s in agent.sectors if s not in sectors)

        text, start, end = phrase.text, phrase.start_char, phrase.end_char
        if person is not None:
            return self._person_actor(phrase, person, day)
        if person_modifier is not None and modifier_country is None and head_place is None:
            held = _role_for(person_modifier, day)
            country = self.knowledge.countries.get(held.country) if held else None
            if country is not None:
                modifier_country = ("person", country)
        if org is not None and org.kind == "government_body" and modifier_country is not None:
            how, country = modifier_country
            if country.iso3 != org.country:
                # "Chile's Defense Department": the body's kind, the named country.
                return self._actor(
                    phrase,
                    country,
                    list(org.sectors),
                    f"modifier:{how}+organisation-kind",
                    "state",
                    0.8,
                )
        if (
            org is not None
            and org.kind == "party"
            and head_agent is not None
            and head_agent.sectors[:1] in (("GOV",), ("MIL",), ("COP",), ("SPY",), ("REB",))
            and head.lemma_.lower() not in self.knowledge.titles
        ):
            country = self.knowledge.countries.get(org.country)
            if country is not None:
                # "the BJP government", "Sandinista troops": the state's organ, whichever
                # party heads it ("RPF rebels": the party's fighters are the country's
                # rebels); its people ("BJP leaders", "ANC officials") stay the party's
                return self._actor(
                    phrase, country, list(head_agent.sectors), "modifier:party+agent", "state", 0.8
                )
        if org is not None:
            org_sectors = list(org.sectors) + [s for s in sectors if s not in org.sectors]
            return Actor(
                text, start, end, name=org.name, code=org.code, country=org.country,
                sectors=tuple(org_sectors), resolution="dictionary:organisation", kind=org.kind,
                score=0.95,
            )  # fmt: skip

        if head_place is not None:
            how, country = head_place
            if how in ("demonym", "people"):  # "the Iraqis", "the Rohingya"
                return self._actor(phrase, country, _of_people(how, sectors), how, "group", 0.8)
            if not sectors and (how == "capital" or role == "source"):
                return self._actor(phrase, country, ["GOV"], f"metonymy:{how}", "state", 0.85)
            return self._actor(phrase, country, sectors, f"dictionary:{how}", "state", 0.9)

        entity_kind = _NAMED_ENTITY_KINDS.get(head.ent_type_)
        if head_place is None and modifier_country is None and self.place_country is not None:
            found = self._place_in_phrase(phrase)
            if found is not None:
                place, country = found
                if place.root.i == head.i and not sectors:
                    # A city named as an actor ("Mariupol"): its people, not its government.
                    return self._actor(phrase, country, [], "gazetteer:place", "group", 0.6)
                modifier_country = ("place", country)
        if modifier_country is not None:
            how, country = modifier_country
            kind = entity_kind or self._group_or_person(head)
            name = phrase.text if entity_kind == "person" else None
            reason = f"modifier:{how}" + ("+agent" if sectors else "")
            sectors = _of_people(how, sectors)
            return self._actor(phrase, country, sectors, reason, kind, 0.8, name=name)

        if sectors:
            return Actor(
                text, start, end, name=head_agent.term if head_agent else text,
                code=actor_code(None, sectors), country=None, sectors=tuple(sectors),
                resolution="dictionary:agent", kind=entity_kind or self._group_or_person(head),
                score=0.6,
            )  # fmt: skip

        if entity_kind is not None:
            # the name itself, not the phrase's tail: "accused Jonas Obwana of fraud"
            ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
            if ent is not None and start <= ent.start_char and ent.end_char < end:
                text, end = head.doc.text[start : ent.end_char], ent.end_char
            return Actor(
                text, start, end, name=text, code=None, country=None, sectors=(),
                resolution=f"unresolved:{head.ent_type_.lower()}", kind=entity_kind, score=0.3,
            )  # fmt: skip
        return None

    def _group_or_person(self, head: Token) -> str:
        """ "the interior minister" is one person, "ministers" or "the army" a group."""
        singular = head.tag_ in ("NN", "NNP")
        return "person" if singular and head.lemma_.lower() in self.knowledge.titles else "group"

    def _user_actor(
        self,
        phrase: Phrase,
        match: PhraseMatch,
        matches: list[tuple[PhraseMatch, bool]],
        day: dt.date | None,
    ) -> Actor | None:
        """A user dictionary entry; a bare country code takes the phrase's agent sector."""
        entry = match.of_kind("user")
        assert entry is not None and isinstance(entry.ref, DictionaryActor)
        code = entry.ref.code_on(day)
        if code is None:
            return None
        country, sectors = split_code(code)
        if not sectors:
            for m, _ in matches:
                agent = m.of_kind("agent")
                if agent is not None and isinstance(agent.ref, Agent) and agent.ref.sectors:
                    sectors = (agent.ref.sectors[0],)
                    code = country + sectors[0]
                    break
        return Actor(
            phrase.text, phrase.start_char, phrase.end_char, name=entry.ref.name.title(),
            code=code, country=country if country != NO_COUNTRY else None, sectors=sectors,
            resolution=f"user:{entry.ref.source}", kind=_kind_of(country), score=0.95,
        )  # fmt: skip

    def _place_in_phrase(self, phrase: Phrase) -> tuple[Span, Country] | None:
        """A place in the phrase ("Shanghai police", "Kano State government", "Rakhine
        rebels") and the country it lies in: a place entity, else the longest run of
        capitalised modifiers before the head that the gazetteer knows. The NER often
        labels such modifiers otherwise or not at all. Never inside a person's name."""
        assert self.place_country is not None
        doc = phrase.head.doc
        for first in phrase.tokens:
            if first.ent_iob_ != "B" or first.ent_type_ not in _PLACE_LABELS:
                continue
            # The entity that starts here (doc.ents would build every entity of the doc).
            end = first.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            ent = doc[first.i : end]
            if ent.text:
                iso3 = self.place_country(ent.text)
                country = self.knowledge.countries.get(iso3) if iso3 else None
                if country is not None:
                    return ent, country
        if phrase.head.ent_type_ == "PERSON":
            return None
        for run in _name_runs(phrase):
            for end in range(len(run), 0, -1):
                name = doc[run[0].i : run[end - 1].i + 1]
                if len(name.text) < 4 or (end == 1 and name.text.lower() in _COMPASS_WORDS):
                    continue  # "North Waziristan" is not in North, South Carolina
                iso3 = self.place_country(name.text)
                country = self.knowledge.countries.get(iso3) if iso3 else None
                if country is not None:
                    return name, country
        return None

    def _person_actor(self, phrase: Phrase, person: Person, day: dt.date | None) -> Actor:
        """A known person codes by the role held on ``day``; outside any role, as elite."""
        held = person.role_on(day) if day else None
        country: str | None
        if held is not None:
            country, sectors, how = (
                held.country,
                held.sectors,
                f"dictionary:person-role:{held.role}",
            )
        else:
            nearest = _role_for(person, day)
            country = nearest.country if nearest else person.nationality
            sectors = ("ELI",)
            if not person.roles:
                how = "dictionary:person:nationality"
            else:
                how = "dictionary:person:outside-role" if day else "dictionary:person:undated"
        code = held.code if held is not None and held.code else actor_code(country, sectors)
        return Actor(
            phrase.text, phrase.start_char, phrase.end_char, name=person.name,
            code=code, country=country, sectors=tuple(sectors),
            resolution=how, kind="person", score=0.9 if held else 0.7,
        )  # fmt: skip

    @staticmethod
    def _actor(
        phrase: Phrase,
        country: Country,
        sectors: Sequence[str],
        resolution: str,
        kind: str,
        score: float,
        name: str | None = None,
    ) -> Actor:
        return Actor(
            phrase.text, phrase.start_char, phrase.end_char, name=name or country.name,
            code=actor_code(country.iso3, sectors), country=country.iso3, sectors=tuple(sectors),
            resolution=resolution, kind=kind, score=score,
        )  # fmt: skip
