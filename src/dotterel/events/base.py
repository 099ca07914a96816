"""What the parts of the event coder share: the record of a coded event, the word sets and
parse helpers more than one part reads, and ``_CoderBase``, which every part inherits.

``EventCoder`` (coder.py) is put together from mixins, one a module: senses.py finds a
trigger's sense, arguments.py who does it to whom, qualifiers.py whether it happened, and
nominals.py the events nouns name. They call each other through ``self``; ``_CoderBase``
declares the attributes they read and, for the type checker, the methods one part calls in
another.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actors.resolve import ActorResolver
from ..schema import Actor, Modality
from .lexicon import EventLexicon, Sense

_SUBJECT_DEPS = {"nsubj", "csubj"}
# Acts that frame another (refuse to, agree to, threaten to, urge to): the relation
# between the actors is the framing act's.
_FRAMING_TYPES = {"REJECT", "AGREE", "THREATEN", "REQUEST"}
# Triggers that ask, urge or threaten: the act they govern has not happened.
_DIRECTIVE_TYPES = {"REQUEST", "THREATEN"}
_WARNING_VERBS = frozenset({"warn", "threaten"})  # whose own "would" act is a threat
# Acts whose target is often where the forces or the aid go.
_PLACED_TYPES = {"MOBILIZE", "RETREAT", "AID"}
_OUT_PARTICLES = {"out", "away", "back", "off", "next"}  # "next to the convoy"
_BLAME_PREPS = {"of", "for", "with"}
# Verbs that name what an act or a measure is aimed at ("sanctions targeting banks").
_AIMING_VERBS = frozenset({"target", "hit"})
# Verbs whose object is charged with an act even when the parser hangs the act on the
# object ("accused Western states of arming terrorists").
_CHARGING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict", "acquit"})
_OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}
_NAMED_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
# How an actor was read when its phrase is a country's own name.
_COUNTRY_NAMED = frozenset({"metonymy:country", "dictionary:country"})
# A city or region named as such, or a phrase a place or its people name ("Anbar province",
# "Rakhine state", "a Baghdad market")
_CITY_NAMED = frozenset(
    {"gazetteer:place", "metonymy:capital", "modifier:place", "modifier:people"}
)
_BORDERS = frozenset({"border", "frontier", "boundary", "line"})  # "the Line of Control"


def _names_a_place(actor: Actor | None) -> bool:
    """Whether an actor was read from a country's or a city's own name (not its people)."""
    return (
        actor is not None
        and bool(actor.country)
        and actor.resolution.split("+")[0] in _COUNTRY_NAMED | _CITY_NAMED
    )


@dataclass(frozen=True)
class CodedEvent:
    """An event found in a sentence, before dates and places are attached."""

    trigger: tuple[Token, ...]
    sense: Sense
    source: Actor | None
    target: Actor | None
    negated: bool
    modality: Modality
    confidence: float
    reason: str


class _CoderBase:
    """The state every part of the coder reads (set by ``EventCoder.__init__``), and the
    preposition lookup they all use."""

    lexicon: EventLexicon
    resolver: ActorResolver
    require_actor: bool
    _known_lemmas: frozenset[str]

    def _is_text(self, noun: Token) -> bool:
        """A document or message: "a resolution", "a law", "a letter"."""
        return any(self.lexicon.in_class(noun.lemma_.lower(), c) for c in ("document", "message"))

    def _rejects(self, verb: Token) -> bool:
        """Whether a verb can reject what it acts on ("vetoed", "rejected", "refused")."""
        return any(s.event_type == "REJECT" for s in self.lexicon.verb_senses(verb.lemma_))

    @staticmethod
    def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
        found: list[Token] = []
        # "pulled out of Goma", "moved away from the border": the preposition hangs on
        # the particle.
        particles = [
            c
            for c in token.children
            if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in _OUT_PARTICLES
        ]
        for child in [*token.children, *(c for p in particles for c in p.children)]:
            # The parser calls "to" after a giving verb a dative: "granted asylum to X".
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                # "on Thursday" is a time, never a target; ", with Addis Ababa accusing
                # Asmara" is a clause of its own, no partner of the act
                found.extend(
                    c
                    for c in child.children
                    if c.dep_ == "pobj"
                    and c.ent_type_ not in ("DATE", "TIME")
                    and not _absolute_with(child, c)
                )
                # "opened fire on coca growers marching towards the city": the parser
                # makes the phrase a clause, whose subject is the object
                found.extend(
                    subject
                    for clause in child.children
                    if clause.dep_ == "pcomp"
                    and clause.tag_ in ("VBG", "VBN")
                    and not _absolute_with(child, clause)
                    for subject in clause.children
                    if subject.dep_ == "nsubj"
                )
        return found

    def _framing_noun(self, token: Token) -> Token | None:
        """The noun that frames an act written after its "of" ("the possibility of sending
        troops", "the possibility of cooperation", "the threat of sanctions"), as a noun
        frames an infinitive ("a plan to send"): one of modality.tsv's nouns."""
        prep = token.head
        framer = prep.head
        if (
            token.dep_ in ("pcomp", "pobj")
            and prep.lower_ == "of"
            and framer.pos_ == "NOUN"
            and self.lexicon.modality.get((framer.lemma_.lower(), "NOUN")) is not None
        ):
            return framer
        return None

    if TYPE_CHECKING:
        # Defined in senses.py.
        def _sense_for(self, verb: Token) -> tuple[Sense, tuple[Token, ...]] | None: ...
        def _is_directive(self, verb: Token) -> bool: ...
        def nominal_sense(self, noun: Token) -> Sense | None: ...
        def _ended_act(self, noun: Token) -> Token | None: ...
        def _event_noun(self, noun: Token) -> Token: ...
        def _own(self, obj: Token) -> bool: ...
        def _names_sum(self, noun: Token) -> bool: ...
        @staticmethod
        def _strike_noun_by(
            sense: Sense, sources: list[Actor], targets: list[Actor], struck_on: bool = False
        ) -> Sense: ...

        # Defined in arguments.py.
        def _subject(self, verb: Token) -> Token | None: ...
        def _given_to(self, verb: Token, objects: bool = False) -> list[Token]: ...
        def _requester(self, verb: Token) -> list[Token]: ...
        def _actor_or_pronoun(
            self, head: Token, role: str, day: dt.date | None
        ) -> Actor | None: ...
        def _resolve_all(
            self, heads: list[Token], role: str, day: dt.date | None = None
        ) -> list[Actor]: ...
        def _unresolved_object(
            self, target_heads: list[Token], source_heads: list[Token]
        ) -> Actor | None: ...
        def _thing_placed(
            self, thing: Actor, verb: Token, day: dt.date | None, aimed_there: bool
        ) -> list[Actor]: ...
        def _planner(self, noun: Token) -> Token | None: ...

        # Defined in qualifiers.py.
        def _qualifiers(self, verb: Token) -> tuple[bool, Modality, list[str]]: ...
        def _nominal_modality(self, noun: Token) -> tuple[Modality, list[str]]: ...

        # Defined in nominals.py.
        def _nominal_arguments(
            self, noun: Token, sense: Sense
        ) -> tuple[list[Token], list[Token], bool]: ...


def _aimed_through(noun: Token) -> list[Token]:
    """What a participle on an act noun aims the act at: "sanctions targeting Russia's
    banks", "air strikes hitting Hamas positions", "a campaign aimed at the opposition"."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl":
            continue
        lemma = clause.lemma_.lower()
        if lemma in _AIMING_VERBS and clause.tag_ == "VBG":
            found += [c for c in clause.children if c.dep_ == "dobj"]
        elif lemma in ("aim", "direct") and clause.tag_ == "VBN":
            found += [
                o
                for prep in clause.children
                if prep.dep_ == "prep" and prep.lower_ == "at"
                for o in prep.children
                if o.dep_ == "pobj"
            ]
    return found


def _blamer(token: Token) -> Token | None:
    """The verb of "accused Iran of arming" that ``token`` ("arming") hangs on through its
    preposition, also where the parser hangs the preposition on the object ("accused
    Western states of arming terrorists")."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _BLAME_PREPS:
        return None
    verb = prep.head
    if (
        verb.dep_ == "dobj"
        and verb.pos_ in ("NOUN", "PROPN", "PRON")
        and verb.head.lemma_.lower() in _CHARGING_VERBS
    ):
        verb = verb.head  # not "ruled out a date for withdrawing troops"
    return verb if verb.pos_ == "VERB" else None


def _accused(token: Token) -> Token | None:
    """Whom a verb of blaming blames for ``token``'s act: the object of "accused Iran of
    arming", "blamed Hezbollah for attacking", "charged him with aiding"."""
    verb = _blamer(token)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` carries the infinitive marker: "to release", "to disarm"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose_clauses(verb: Token) -> list[Token]:
    """The infinitive clauses on ``verb`` that say what it was done for ("sent troops to
    help", "called Netanyahu to congratulate him")."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)]


# "the rebels have to disarm" (a demand), "donors need to do more" (an appeal)
_OBLIGATION_VERBS = {"have": "must", "need": "should"}


def _purpose_or_manner(clause: Token) -> bool:
    """A clause saying what an act is for or how it was done: "marched to demand",
    "went on strike, demanding"."""
    return clause.tag_ == "VBG" or _to_infinitive(clause)


def _made_of(obj: Token) -> list[Token]:
    """What an object is made of: the "of" phrase of "50 companies of police"."""
    return [
        pobj
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _noun_infinitive(token: Token) -> bool:
    """ "a plan to withdraw", "calls to lift the blockade": an infinitive on a noun (the
    parser sometimes calls it a relative clause)."""
    return (
        token.dep_ in ("acl", "relcl")
        and token.head.pos_ == "NOUN"
        and token.tag_ == "VB"
        and _to_infinitive(token)
    )


def _same_mention(source: Actor | None, target: Actor | None) -> bool:
    """One mention on both sides; the members of "Israeli and Palestinian negotiators"
    share a span but are two actors."""
    return (
        source is not None
        and target is not None
        and (source.start, source.code) == (target.start, target.code)
    )


def _key(actor: Actor | None) -> tuple:
    return () if actor is None else (actor.code, actor.start)


def _confidence(
    source: Actor | None,
    target: Actor | None,
    sense: Sense,
    voice: str,
    modality: Modality,
    refused: bool = False,
) -> float:
    """A heuristic score (not yet calibrated): more resolved evidence, more confidence. A
    hypothetical event (a request's complement, a condition) and a refused one ("refused
    to release them": the refusal is the act) rank below an actual one of the same
    sentence: they are not reported as having happened."""
    score = 0.45 - (0.1 if modality == "hypothetical" or refused else 0.0)
    if source is not None and source.resolved:
        score += 0.25 * source.score
    if target is not None and target.resolved:
        score += 0.2 * target.score
    if sense.origin == "nominals":
        score -= 0.05
    if voice != "active":
        score -= 0.03
    return max(0.05, min(0.95, score))


def _absolute_with(prep: Token, pobj: Token) -> bool:  # pobj: the object or the clause
    """ "..., with Addis Ababa accusing Asmara of starting the clashes": an absolute clause
    after a comma (not "clashed with protesters throwing stones")."""
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].text == ","
        and (
            pobj.tag_ == "VBG"  # the parser makes the clause the object
            or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children)
        )
    )
