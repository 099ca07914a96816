"""Code events in a parsed sentence: who did what to whom, from the dependency parse.

For every verb the lexicon knows (or a light verb with an event noun as object,
"held talks with"), the coder finds the source (subject, or passive agent) and the
target (object, a preposition the sense names, or the passive subject), expands
coordinated actors into one event each, and reads negation and modality from the
verb's auxiliaries, adverbs and governing verbs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..actors.coref import PRONOUN, pending_pronoun, pronoun_fits, speaker_link
from ..actors.resolve import ActorResolver, Phrase, actor_code, phrase_for
from ..schema import Actor, Modality
from .lexicon import EventLexicon, Sense

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acomp"}
_RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
REFERRING_PRONOUNS = {"he", "she", "him", "her", "it", "they", "them"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
_TIME_OR_CAUSE_MARKS = {
    "after",
    "before",
    "since",
    "when",
    "while",
    "as",
    "because",
    "though",
    "although",
    "once",
}
_MODALITY_RANK = {"actual": 0, "intended": 1, "hypothetical": 2}
_MODAL_EFFECTS: dict[str, Modality] = {"intended": "intended", "hypothetical": "hypothetical"}
# Types whose verbs take a person or group as direct object when they express the event.
_ACTOR_OBJECT_TYPES = {"CONSULT"}
# Acts that frame another (refuse to, agree to, threaten to, urge to): the relation
# between the actors is the framing act's.
_FRAMING_TYPES = {"REJECT", "AGREE", "THREATEN", "REQUEST"}
# Acts that, said not to be done, are refused ("will not release"): PLOVER REJECT.
_REFUSABLE_TYPES = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Governors whose negated complement is a refusal ("vowed never to release"), and those
# whose own negation is one too ("does not intend to withdraw", "is not willing to meet").
_VOWING = frozenset({"vow", "pledge", "promise", "swear", "decide", "resolve", "insist"})
_INTENDING = frozenset(
    {"want", "wish", "plan", "intend", "go", "willing", "ready", "prepared", "prepare"}
)
_CANNOT_CUES = {"aux:can", "aux:could", "aux:would"}  # "cannot accept", "would not support"
# Triggers that ask, urge or threaten: the act they govern has not happened.
_DIRECTIVE_TYPES = {"REQUEST", "THREATEN"}
# Acts that conjoined subjects with no object do with each other ("A and B met").
_RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_RECIPROCAL_CAMEO = {"057", "0871"}  # "A and B signed a treaty", "A and B halted fire": each other
_MUTUAL_CONSULT_CAMEO = {"040", "044", "046"}  # meet, meet at a third place, negotiate
# Acts whose target is often where the forces or the aid go.
_PLACED_TYPES = {"MOBILIZE", "RETREAT", "AID"}
_MOVING_TYPES = {"MOBILIZE", "RETREAT"}  # their object is what moves, never whom
_THINGS_NAMED = {"it", "this", "that"}
_ASSERTING_VERBS = {"insist"}  # a demand, or with a past clause a claim ("insisted it had")
_NAMING_VERBS = {
    "call",
    "describe",
    "term",
    "brand",
    "label",
    "dub",
}  # "calling it a step forward": no one is phoned
_PRESS_SECTORS = {"JRN"}
_FIRST_PERSON = {"i", "me", "we", "us"}  # in a quote, the speaker
# Modals that make a saying a demand ("said Israel must withdraw", CAMEO 10) or an appeal
# ("should", 02), with the framing act's unspecific code.
_OBLIGATION_MODALS = {"must": "100", "should": "020", "ought": "020"}
_OUT_PARTICLES = {"out", "away", "back", "off", "next"}  # "next to the convoy"
_TALK_LEAVERS = {"withdraw", "pull"}
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
_SUSPECTED = {"suspected", "alleged", "accused", "wanted"}  # "suspected members": suspects
_VENUE_TYPES = {
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "COOPERATE",
}  # acts whose place is a venue  # "pulled out of the talks": no meeting
_BORDERS = {"border", "frontier", "boundary", "line"}  # "the Line of Control with India"
# Acts by which something goes to someone: its recipient is whom they are aimed at.
_GIVING_TYPES = {"RETREAT", "CONCEDE", "AID", "COOPERATE"}
_UNOFFICIAL_SECTORS = {"CVL", "MED", "BUS", "EDU", "JRN", "REF", "LAB", "AGR"}  # no visitors
_OFFICIAL_SECTORS = {"GOV", "DIP", "LEG", "JUD", "ELI"}  # who gathers to meet, not protest
_GIVEN_TYPES = {"AID", "COOPERATE"}  # an event noun of these with no recipient is background
_CROWD_SECTORS = {
    "CVL",
    "LAB",
    "AGR",
    "EDU",
    "OPP",
}  # who riots or occupies as a crowd  # speaking to reporters is a statement, not a consultation
# Acts that, aimed at no one named, are aimed at the country they are done in. Meetings,
# agreements and joint acts are not: where they happen is a venue.
_STRIKING_TYPES = {
    "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "CONCEDE", "RETREAT", "AID"
}  # fmt: skip
# How an actor was read when its phrase is a country's own name.
_COUNTRY_NAMED = {"metonymy:country", "dictionary:country"}
# Who never strikes by stopping work: the state's own organs.
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# How the parser hangs the first part of "test-fired" on the verb.
_PREFIX_DEPS = {"npadvmod", "compound", "advmod", "amod", "nmod", "dep"}
# Classes a modifier puts an object in: "chemical weapons", "tear gas", "rubber bullets".
_MODIFIED_CLASSES = {"chemical", "crowd_control"}
# Verbs an event noun happens by: "clashes erupted between".
_OCCURRING_VERBS = {
    "break", "erupt", "flare", "rage", "continue", "resume", "escalate", "intensify",
    "occur", "begin", "start", "take", "spread", "persist",
}  # fmt: skip
# "in protest against X": the nouns that frame an act as a protest, and how they name its aim
_PROTEST_FRAMES = {"protest", "opposition", "defiance"}
_PROTEST_AIM_PREPS = ("against", "at", "over", "of")
_PLACING_PREPS = {"on", "under", "into", "in"}
_AMOUNT_LABELS = {"QUANTITY", "MONEY", "PERCENT", "CARDINAL", "DATE", "TIME", "ORDINAL"}
_BLAME_PREPS = {"of", "for", "with"}
_CONDITION_MARKS = {"if", "unless"}
_ANONYMITY = {"name", "identify", "quote"}  # "asked not to be named"
_YIELD_TYPES = {"CONCEDE", "RETREAT"}
_YIELDING_VERBS = {"bow", "yield", "respond", "cave", "bend", "succumb", "accede", "heed", "give"}
_DOER_PREPS = ("by", "from")  # "an offer from Kenya", "the demolition of homes by police"
_GERUND_SUBJECT_PREPS = {"by", "after", "before", "while", "without", "upon", "on"}
_OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}


# Prepositions by which a thing acted on points at someone: "aid to", "ties with",
# "sanctions on", "a campaign against".
_OBJECT_TARGET_PREPS = ("to", "with", "on", "against")
_NAMED_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}


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


# Acts done to someone else: with a reflexive object ("positioned itself", "armed
# themselves") they report no event between two actors.
_MATERIAL_TYPES = frozenset(
    {"MOBILIZE", "AID", "ASSAULT", "COERCE", "RETREAT", "SANCTION", "COOPERATE", "CONCEDE"}
)
_REFLEXIVES = frozenset(
    {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"}
)
# Verbs whose object is an act wanted, not done ("needs the approval of").
_WANTING = frozenset({"need", "require", "seek", "want", "await", "lack", "expect"})


_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
_DEPLOYMENT_PREPS = ("to", "into", "toward", "towards", "against", "near", "along")
_PARTICLE_ADVERBS = frozenset({"down", "up", "out", "back", "off", "away", "over"})


def _object_controller(governor: Token) -> Token | None:
    """Who does what the governor's infinitive says when the governor has an object:
    "urged Iran to stop", "called on Putin to withdraw", "asked him to resign". "promise"
    keeps its subject ("promised Iraq to withdraw")."""
    lemma = governor.lemma_.lower()
    if lemma in ("promise", "vow", "pledge", "threaten"):
        return None
    # "appealed to world leaders to impose", "pleaded with the rebels to free".
    preps = ("on", "to", "with") if lemma in _APPEAL_VERBS else ("on",)
    for child in governor.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


_APPEAL_VERBS = frozenset({"appeal", "plead", "call", "turn", "signal", "write", "cable"})


def _accused(token: Token) -> Token | None:
    """Whom a verb of blaming blames for ``token``'s act: the object of "accused Iran of
    arming", "blamed Hezbollah for attacking", "charged him with aiding"."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _BLAME_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _purpose_or_manner(clause: Token) -> bool:
    """A clause saying what an act is for or how it was done: "marched to demand",
    "went on strike, demanding"."""
    return clause.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _made_of(obj: Token) -> list[Token]:
    """What an object is made of: the "of" phrase of "50 companies of police"."""
    return [
        pobj
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _reflexive_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)


class EventCoder:
    def __init__(self, lexicon: EventLexicon, resolver: ActorResolver, require_actor: bool = True):
        self.lexicon = lexicon
        self.resolver = resolver
        self.require_actor = require_actor
        # Every verb lemma some table knows: the fallback for misread past forms.
        self._known_lemmas = frozenset(
            {
                *lexicon.verbs,
                *lexicon.light_verbs,
                *lexicon.undoing_verbs,
                *lexicon.deployment_verbs,
                *lexicon.placing_verbs,
                *lexicon.claiming_verbs,
                *lexicon.object_senses,
            }
        )

    # -- triggers ------------------------------------------------------------
    def _sense_for(self, verb: Token) -> tuple[Sense, tuple[Token, ...]] | None:
        """The verb's sense, preferring a deployment or a light-verb noun, then a
        particle sense."""
        deployment = self._deployment(verb)
        if deployment is not None:
            return deployment, (verb,)
        lemma = self._lemma(verb)
        if any(
            c.dep_ == "xcomp" and self.lexicon.in_class(c.lemma_.lower(), "comment")
            for c in verb.children
        ) and any(s.event_type == "REJECT" for s in self.lexicon.verb_senses(lemma)):
            return None  # "declined to comment": CAMEO 011, a statement PLOVER does not code
        if any(
            c.dep_ == "dobj" and self.lexicon.in_class(c.lemma_.lower(), "honour")
            for c in verb.children
        ):
            return None  # "shared the Nobel Peace Prize", "won an award": an honour, no act
        by_object = self._object_sense(verb, lemma)
        tested = self._weapons_test(verb, lemma, by_object)
        if tested is not None:
            return tested
        if by_object is not None:
            return by_object
        if lemma in self.lexicon.undoing_verbs:
            for child in verb.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    child = self._event_noun(child)
                    restriction = self.nominal_sense(child)
                    if restriction is not None:
                        # "lifted the sanctions": the lifting is the act, not the sanctions.
                        undoing = self.lexicon.undoing(lemma, restriction)
                        return (undoing, (verb, child)) if undoing is not None else None
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ != "from":
                    continue
                for act in (c for c in prep.children if c.dep_ == "pobj"):
                    sense = self.nominal_sense(act)
                    undoing = self.lexicon.undoing(lemma, sense) if sense is not None else None
                    if undoing is not None:  # "withdrew from the talks": SANCTION 164
                        return undoing, (verb, act)
        # "called off the talks": the particle's sense (a cancellation) beats the noun's
        called_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and any(
            s.particle == "off" for s in self.lexicon.verb_senses(lemma)
        )
        if lemma in self.lexicon.light_verbs and not called_off:
            for child in verb.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    child = self._event_noun(child)  # "held a round of talks": the talks
                    sense = self.nominal_sense(child)
                    if sense is not None:
                        if sense.event_type == "RETREAT" and lemma in self.lexicon.declaring_verbs:
                            # The PLOVER manual: declaring a ceasefire or a withdrawal,
                            # not carrying it out, is CONCEDE.
                            sense = replace(
                                sense,
                                event_type="CONCEDE",
                                mode=None,
                                origin=sense.origin + "+declared",
                            )
                        return sense, (verb, child)
        if lemma in self.lexicon.receiving_verbs:
            # "came under attack from rebels": the act received is the object of "under"
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
                for act in (c for c in prep.children if c.dep_ == "pobj"):
                    sense = self.nominal_sense(act)
                    if sense is not None:
                        return sense, (verb, act)
        if lemma in self.lexicon.claiming_verbs:
            # "claimed responsibility for the bombing": the claimant did the act it names.
            for credit in (c for c in verb.children if c.dep_ == "dobj"):
                if not self.lexicon.in_class(credit.lemma_.lower(), "credit"):
                    continue
                for prep in (c for c in credit.children if c.dep_ == "prep" and c.lower_ == "for"):
                    for act in (c for c in prep.children if c.dep_ == "pobj"):
                        sense = self.nominal_sense(act)
                        if sense is not None:
                            return sense, (verb, act)
        if lemma in self.lexicon.placing_verbs:
            # "placed its troops on full alert", "went on strike", "put him under arrest";
            # the parser may hang the phrase on the object.
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for prep in [*verb.children, *(c for o in objects for c in o.children)]:
                if prep.dep_ == "prep" and prep.lower_ in _PLACING_PREPS:
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        sense = self.nominal_sense(pobj)
                        if sense is not None:
                            if not objects and sense.event_type == "COERCE":
                                return None  # "remained in custody": held, not holding
                            return sense, (verb, pobj)
        senses = self.lexicon.verb_senses(lemma)
        if not senses:
            return None
        particles = {
            c.lower_: c
            for c in verb.children
            if (
                # A particle follows its verb: "In a rare gesture, Seoul sent ..." has none.
                (c.dep_ in ("prt", "prep", "agent") and c.i > verb.i)
                # The parser sometimes takes the particle for an adverb ("stepped down").
                or (c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS)
                # "found him guilty", "was found guilty": a predicate as the particle
                or (c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ == "ADJ")
            )
            and not _temporal_phrase(c)  # "called Erdogan on Wednesday" is no "call on"
        }
        particles.update(
            {
                # "ordered them to leave the country": the complement's verb
                c.lemma_.lower(): c
                for c in verb.children
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
            }
        )
        if lemma in _NAMING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in _THINGS_NAMED for c in verb.children
        ):
            return None  # "calling it a light of hope for Central America": naming
        for sense in senses:
            if not sense.particle:
                if sense.event_type == "CONSULT" and any(
                    c.dep_ == "oprd" or (c.dep_ == "dobj" and c.lower_ in _THINGS_NAMED)
                    for c in verb.children
                ):
                    # "what he called an operation", "calling it a step forward": naming,
                    # not a phone call
                    return None
                return sense, (verb,)
            if sense.particle in particles:
                return sense, (verb, particles[sense.particle])
        return None

    def _weapons_test(
        self, verb: Token, lemma: str, by_object: tuple[Sense, tuple[Token, ...]] | None
    ) -> tuple[Sense, tuple[Token, ...]] | None:
        """A weapon "test-fired" or "test-launched" is a test, a show of force (the noun
        "test"), not an attack."""
        test = next(
            (
                c
                for c in verb.children
                if c.lower_ == "test" and c.i < verb.i and c.dep_ in _PREFIX_DEPS
            ),
            None,
        )
        if test is None or not any(
            s.event_type == "ASSAULT"
            for s in (*self.lexicon.verb_senses(lemma), *(by_object[:1] if by_object else ()))
        ):
            return None
        sense = self.nominal_sense(test)
        return (sense, (verb, test)) if sense is not None else None

    def _author_of_text(self, verb: Token) -> Token | None:
        """The author of a text that a present participle describes: its possessor, or the
        subject of the verb that issued it ("the Senate passed a resolution backing ...")."""
        text = verb.head
        if not (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and any(self.lexicon.in_class(text.lemma_.lower(), c) for c in ("document", "message"))
        ):
            return None
        owner = next((c for c in text.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        if text.dep_ in ("dobj", "pobj") and text.head.pos_ in ("VERB", "AUX"):
            return self._subject(text.head)
        return None

    def _imposed_on(self, thing: Token) -> list[Token]:
        """ "sanctions imposed on India", "restrictions placed on Gaza": the party a
        participle after the noun aims it at."""
        return [
            pobj
            for acl in thing.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for pobj in self._prep_objects(acl, ("on", "against"))
        ]

    def _conditioned_parties(self, verb: Token, day: dt.date | None) -> list[Token]:
        """Subjects of an "if" or "unless" clause under a threat or its complement, when
        they name an actor ("... unless France withdrew its troops")."""
        found: list[Token] = []
        frontier = [verb]
        for _ in range(3):
            clauses = [
                c for v in frontier for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl")
            ]
            for clause in clauses:
                if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children
                ):
                    found += [
                        c
                        for c in clause.children
                        if c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
                        and self.resolver.resolve(phrase_for(c), "target", day) is not None
                    ]
            frontier = [c for c in clauses if c.dep_ != "advcl"]
        return found

    def _in_protest_against(self, verb: Token, trigger: tuple[Token, ...]) -> list[Token]:
        """The aim of "in protest against / at / over X" on a verb or its event noun (the
        parser may hang the aim on the verb: "went on strike in protest at the reform")."""
        aims: list[Token] = []
        for holder in dict.fromkeys((verb, *trigger)):
            for protest in self._prep_objects(holder, ("in",)):
                if protest.lemma_.lower() in _PROTEST_FRAMES:
                    aims += self._prep_objects(protest, _PROTEST_AIM_PREPS) or [
                        o for o in self._prep_objects(verb, _PROTEST_AIM_PREPS) if o.i > protest.i
                    ]
        return aims

    def _protest_aim(self, verb: Token) -> list[Token]:
        """Whom a protest is aimed at, from its purpose: "marched through Bucharest to
        demand the resignation of the government"."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or not _purpose_or_manner(clause):
                continue
            found = self._sense_for(clause)
            if found is not None and found[0].event_type in ("REQUEST", "ACCUSE"):
                return self._argument_heads(clause, found[1], found[0])[1]
        return []

    def _not_a_demand(self, verb: Token, sense: Sense) -> bool:
        """A directive verb that demands nothing of another: "insisted that its soldiers
        did not shoot" (a claim about the past), "ordered its troops to be ready" (an order
        to one's own forces), "marched through Bucharest to demand ..." (the demand is the
        protest's aim: the protest is the event)."""
        if verb.lemma_.lower() in _ASSERTING_VERBS:
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                if any(m.dep_ == "mark" for m in clause.children) and (
                    clause.tag_ in ("VBD", "VBN")
                    or any(a.dep_ == "aux" and a.tag_ == "VBD" for a in clause.children)
                ):
                    return True
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if objects and all(self._own(o) for o in objects):
            return True
        if any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in _ANONYMITY
            and any(a.dep_ == "auxpass" for a in c.children)
            for c in verb.children
        ):
            return True  # "a diplomat who asked not to be named": a source's condition
        if (
            sense.event_type == "REQUEST"
            and verb.dep_ in ("advcl", "xcomp")
            and _purpose_or_manner(verb)
        ):
            found = self._sense_for(verb.head) if verb.head.pos_ == "VERB" else None
            return found is not None and found[0].event_type == "PROTEST"
        return False

    def _sports_report(
        self, verb: Token, sense: Sense, source_heads: list[Token], target_heads: list[Token]
    ) -> bool:
        """ "Real Madrid beat Liverpool in the final", "the Pakistani cricket team arrived":
        a game or a sports side, not a political act (data/sport.tsv)."""
        sport = self.lexicon.sport
        if any(
            t.lemma_.lower() in sport["actor"]
            for h in [*source_heads, *target_heads]
            for t in phrase_for(h).tokens
        ):
            return True
        return (
            sense.event_type == "ASSAULT"
            and verb.lemma_.lower() in sport["contest"]
            and any(t.lemma_.lower() in sport["context"] for t in verb.sent)
        )

    def _arrival_or_departure(
        self, verb: Token, sense: Sense, source: Actor | None
    ) -> Sense | None:
        """An arrival is a visit only by a political visitor: troops that arrive deploy
        ("1,500 troops from Nigeria arrived in Monrovia"), doctors or a team code none.
        Leaving is a withdrawal only by armed forces.
        Officials who gather ("world leaders gathered for the summit") are no protest."""
        if (
            sense.event_type == "PROTEST"
            and self.lexicon.in_class(verb.lemma_.lower(), "gathering")
            and source is not None
            and set(source.sectors) & _OFFICIAL_SECTORS
        ):
            return None
        sectors = set(source.sectors) if source is not None else set()
        if self.lexicon.in_class(verb.lemma_.lower(), "departure"):
            # "the last Russian troops left Estonia" withdraw; an envoy who left Kabul did
            # not, nor did an attack that "left 20 dead" or troops that "left behind" ruins
            # or "left their barracks".
            subject = self._subject(verb)
            places = [
                c for c in verb.children if c.dep_ == "dobj" and not self._own(c)
            ] + self._prep_objects(verb, ("from",))
            departed = (
                bool(sectors & _ARMED_SECTORS)
                and subject is not None
                and self.nominal_sense(subject) is None
                and bool(places)
                and not any(
                    c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "prt") or c.lower_ == "behind"
                    for c in verb.children
                )
            )
            return sense if departed else None
        if sense.event_type != "CONSULT" or not self.lexicon.in_class(
            verb.lemma_.lower(), "arrival"
        ):
            return sense
        purpose = self._deployment_purpose(verb)
        subject = self._subject(verb)
        if subject is not None and purpose is None:
            # "Russian military advisers arrived in Bangui", "Cuban doctors arrive":
            # helpers by what they are, whatever purpose the parser finds
            word = subject.lemma_.lower()
            purpose = (
                "072"
                if word in self.lexicon.assistance
                else "073"
                if word in self.lexicon.relief_staff
                else None
            )
        if purpose is not None and sectors & (_ARMED_SECTORS | {"MED"}):
            # "military advisers arrived in Bangui to train the army", "doctors arrived
            # to help": aid, not a show of force or a visit
            cameo = purpose if sectors & _ARMED_SECTORS else "073"  # doctors: humanitarian
            return replace(sense, event_type="AID", mode=None, cameo=cameo, origin="arrival")
        visitor = subject is not None and self.lexicon.in_class(subject.lemma_.lower(), "visitor")
        if sectors & _ARMED_SECTORS and not visitor:
            # "A Hamas delegation arrived in Cairo for talks" visits: only fighters deploy
            return replace(
                sense, event_type="MOBILIZE", mode="troops", cameo="154", origin="arrival"
            )
        if sectors and sectors <= _UNOFFICIAL_SECTORS:
            return None
        return sense

    @staticmethod
    def _strike_by(sense: Sense, source: Actor | None) -> Sense | None:
        """A strike as its striker makes it: armed forces "carried out strikes on" by force
        (ASSAULT 190); the state's organs stop work without striking ("the government
        stopped work on the dam": None); anyone else protests."""
        sectors = set(source.sectors) if source is not None else set()
        if sense.mode != "strike" or not sectors:
            return sense
        if sense.origin == "objects:thing" and sectors & _STATE_SECTORS:
            return None
        if sectors & _ARMED_SECTORS:
            return replace(
                sense, event_type="ASSAULT", mode=None, cameo="190",
                origin=sense.origin + "+armed",
            )  # fmt: skip
        return sense

    def _crowd_act(self, verb: Token, sense: Sense, source: Actor | None) -> Sense:
        """A crowd that occupies, blocks or torches is protesting (data/crowd_acts.tsv);
        the same verb done by a state or an armed group keeps its sense."""
        crowd = self.lexicon.crowd_acts.get(verb.lemma_.lower())
        if crowd is None or source is None or not source.sectors:
            return sense
        if not set(source.sectors) <= _CROWD_SECTORS:
            return sense
        return replace(crowd, target_preps=sense.target_preps)

    def _object_sense(self, verb: Token, lemma: str) -> tuple[Sense, tuple[Token, ...]] | None:
        """The verb's sense for what its object is (data/object_senses.tsv): "released a
        $1.2 billion tranche" is AID, "withdrew from the Commonwealth" SANCTION."""
        for particle, wanted, sense in self.lexicon.object_senses.get(lemma, ()):
            if particle:
                marker = next(
                    (
                        c
                        for c in verb.children
                        if c.lower_ == particle and c.dep_ in ("prt", "prep", "advmod")
                    ),
                    None,
                )
                if marker is None:
                    continue
                objects = [c for c in marker.children if c.dep_ == "pobj"] or [
                    c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                ]
                if not objects and marker.lower_ in _OUT_PARTICLES:
                    # "pulled out of the talks": the object hangs on "of" or "from"
                    objects = self._prep_objects(verb, ("of", "from"))
                trigger: tuple[Token, ...] = (verb, marker)
            else:
                # "gave the junta one week to ...": a bare noun phrase of time counts too
                objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]
                if wanted == "captive":
                    # "held 30 civilians hostage", "kept the crew captive": the predicate
                    objects += [c for c in verb.children if c.dep_ in ("oprd", "advcl", "xcomp")]
                if wanted in _MODIFIED_CLASSES:
                    # "dropped sarin on the town": the parser may take a bare noun for an adverb
                    objects += [c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "NOUN"]
                if (
                    verb.dep_ == "acl"
                    and not _noun_infinitive(verb)
                    and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
                    and wanted != "captive"  # "freed 70 hostages held by militants": who they are
                ):
                    objects.append(verb.head)  # "intelligence supplied by Saudi Arabia"
                trigger = (verb,)
            if wanted == "clause":
                # "denied that troops had crossed": the object is a that-clause.
                if not objects and any(
                    c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
                    for c in verb.children
                ):
                    return sense, trigger
                continue
            matched = [o for o in objects if self._object_class(o, wanted)]
            if matched:
                if sense.origin == "objects:thing" and all(o.dep_ == "npadvmod" for o in matched):
                    # "gave the junta one week": the time is the thing, the object the target
                    sense = replace(sense, origin="objects")
                return sense, trigger
        return None

    def _object_class(self, obj: Token, wanted: str) -> bool:
        if wanted == "person":
            # anyone: a named person or a noun for people ("two Somali nationals")
            return (
                obj.ent_type_ == "PERSON"
                or self.resolver.is_agent_head(obj)
                or any(self.lexicon.in_class(obj.lemma_.lower(), c) for c in ("people", "suspect"))
            )
        if wanted == "organisation":
            actor = self.resolver.resolve(phrase_for(obj))
            return actor is not None and actor.country == "IGO"
        if wanted == "money" and (obj.ent_type_ == "MONEY" or obj.lower_ == "$"):
            return True
        if wanted in _MODIFIED_CLASSES and any(
            self.lexicon.in_class(m.lemma_.lower(), wanted)
            for m in obj.children
            if m.dep_ in ("amod", "compound")
        ):
            return True  # "chemical weapons", "mustard gas", "tear gas"
        # The object or what it is made of ("500,000 tonnes of rice", "planeloads of
        # dates, tents and medicine").
        heads = [obj] + [t for p in _made_of(obj) for t in (p, *p.conjuncts)]
        if wanted == "suspect" and any(
            c.dep_ == "amod" and c.lower_ in _SUSPECTED for c in obj.children
        ):
            return True  # "three suspected members of the Shining Path"
        return any(self.lexicon.in_class(h.lemma_.lower(), wanted) for h in heads)

    def _lemma(self, verb: Token) -> str:
        """The verb's lemma. The small model's lemmatizer misreads some past forms
        ("raped" -> "rap", "staged" -> "stag"): a past form ending in -ed whose lemma no
        table knows is also looked up without its -d or -ed."""
        lemma = verb.lemma_.lower()
        word = verb.lower_
        if (
            lemma in self._known_lemmas
            or verb.tag_ not in ("VBD", "VBN")
            or not word.endswith("ed")
        ):
            return lemma
        return next((s for s in (word[:-1], word[:-2]) if s in self._known_lemmas), lemma)

    def _deployment(self, verb: Token) -> Sense | None:
        """ "moved troops to the border", "rushed police to Manipur": a verb of moving
        whose object is armed force or materiel is MOBILIZE (data/deployment.tsv); one
        whose object is peacekeepers is AID 074, also for verbs that mobilise by
        themselves ("deployed peacekeeping troops")."""
        lemma = self._lemma(verb)
        moves = lemma in self.lexicon.deployment_verbs
        if not moves and not any(
            s.event_type == "MOBILIZE" and not s.particle for s in self.lexicon.verb_senses(lemma)
        ):
            return None
        if lemma in self.lexicon.destination_verbs and not any(
            c.dep_ == "prep" and c.lower_ in ("into", "to", "toward", "towards")
            for c in verb.children
        ):
            return None  # "ordered troops to withdraw" is an order, not a deployment
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            # The object (or passive subject: "tank divisions were moved to the border") and
            # what it is made of ("50 companies of police").
            heads = [obj, *_made_of(obj)]
            # Relief goods and civilian "water tanks" are no force.
            heads = [
                h
                for h in heads
                if not self._civilian_use(h)
                and not self.lexicon.in_class(h.lemma_.lower(), "relief")
            ]
            if any(
                w.lemma_.lower() in self.lexicon.protection
                for h in heads
                for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
            ):
                # Sending peacekeepers protects the place: AID 074, not a show of force.
                return Sense(lemma, "", "AID", None, "074", _DEPLOYMENT_PREPS, "deployment")
            if not moves:
                continue  # a verb that mobilises by itself ("deployed"): judged below
            sectors: set[str] = set()
            for head in heads:
                actor = self.resolver.resolve(phrase_for(head))
                sectors |= set(actor.sectors) if actor is not None else set()
            materiel = any(
                w.lemma_.lower() in self.lexicon.materiel  # "the frigate HMS Montrose"
                for h in heads
                for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
            )
            advisers = any(h.lemma_.lower() in self.lexicon.assistance for h in heads)
            if heads and all(
                h.lemma_.lower() in self.lexicon.relief_staff
                for h in heads
                for h in (h, *h.conjuncts)
            ):
                # "sent 1,000 doctors and nurses to Pakistan": humanitarian aid
                return Sense(lemma, "", "AID", None, "073", _DEPLOYMENT_PREPS, "deployment")
            if self._arms_to_an_actor(verb, heads):
                # "sent weapons to Ukraine": arms supplied to someone are military aid
                # (PLOVER AID: "military and police assistance including arms").
                return Sense(lemma, "", "AID", None, "072", _DEPLOYMENT_PREPS, "deployment")
            if not materiel and not advisers and not sectors & _ARMED_SECTORS:
                continue
            purpose = "072" if advisers else self._deployment_purpose(verb)
            if purpose is not None:
                # Forces sent to help the side they go to: aid, not a show of force.
                return Sense(lemma, "", "AID", None, purpose, _DEPLOYMENT_PREPS, "deployment")
            mode, cameo = ("police", "153") if "COP" in sectors else ("troops", "154")
            return Sense(lemma, "", "MOBILIZE", mode, cameo, _DEPLOYMENT_PREPS, "deployment")
        purpose = None if moves else self._deployment_purpose(verb)
        if purpose is not None:  # "troops are deployed in Ivory Coast to monitor a buffer zone"
            return Sense(lemma, "", "AID", None, purpose, _DEPLOYMENT_PREPS, "deployment")
        return None

    def _arms_to_an_actor(self, verb: Token, heads: list[Token]) -> bool:
        """Whether the things moved are small arms or ammunition (not forces, ships or
        aircraft) and go to an actor other than a place's own ("to Ukraine", "to the
        rebels"), not to a place ("to the border")."""
        if not all(self.lexicon.in_class(h.lemma_.lower(), "weapon") for h in heads):
            return False
        return any(
            (actor := self.resolver.resolve(phrase_for(r))) is not None
            and (actor.country is not None or bool(actor.sectors))
            # "sent ammunition to its troops": its own forces resupplied
            and not any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in r.children)
            for r in self._given_to(verb)
        )

    def _own(self, obj: Token) -> bool:
        """Whether an object is its subject's own ("its troops"); "its allies", "their
        counterparts" are others (class `relational`)."""
        return not self.lexicon.in_class(obj.lemma_.lower(), "relational") and any(
            c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children
        )

    def _deployment_purpose(self, verb: Token) -> str | None:
        """ "sent troops to help train the army" (072), "deployed to monitor a buffer zone"
        (074): the CAMEO code of a purpose clause of helping or protecting, if any."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            ):
                continue
            lemma = clause.lemma_.lower()
            if lemma in self.lexicon.protect_purposes:
                return "074"
            if lemma in self.lexicon.assist_purposes:
                return "072"
        # "deployed as part of the ECOMOG peacekeeping force"
        for part in self._prep_objects(verb, ("as",)):
            for force in [part, *self._prep_objects(part, ("of",))]:
                if any(
                    self.lexicon.in_class(t.lemma_.lower(), "peacekeeper")
                    for t in (force, *force.children)
                ):
                    return "074"
        return None

    def _civilian_use(self, noun: Token) -> bool:
        """ "water tanks", "fuel tankers": a modifier that makes materiel civilian."""
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        return any(
            self.lexicon.in_class(m.lemma_.lower(), "civilian_use")
            for m in modifiers + [c for m in modifiers for c in m.conjuncts]
        )

    def nominal_sense(self, noun: Token) -> Sense | None:
        """An event noun's sense; a compound or modified reading wins ("air strike" over
        "strike", "joint exercise" over "exercise")."""
        modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
        # "joint air combat drills": a modifier of the compound chain modifies the head
        modifiers += [m for c in modifiers if c.dep_ == "compound" for m in c.subtree if m != c]
        for child in modifiers:
            if child.dep_ in ("compound", "amod"):
                # The modifier as written or as its lemma ("coordinated" -> "coordinate").
                for word in dict.fromkeys((child.lower_, child.lemma_.lower())):
                    sense = self.lexicon.nominals.get(f"{word} {noun.lemma_.lower()}")
                    if sense is not None:
                        return sense
        ending = self._ending(noun)
        if ending is not None:
            # "the lifting of sanctions", "a halt to military action": the ending is the
            # event, as the verb's would be ("lifted the sanctions")
            verb_lemma, _, ended = ending
            return self.lexicon.undoing(verb_lemma, ended)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                # "a state of emergency": the noun and its "of" object
                sense = self.lexicon.nominals.get(f"{noun.lemma_.lower()} of {pobj.lemma_.lower()}")
                if sense is not None:
                    return sense
        sense = self.lexicon.nominals.get(noun.lemma_.lower())
        # "their withdrawal from ECOWAS": leaving a body reduces relations, as the verb
        # does (object_senses.tsv), not a military retreat
        if (
            sense is not None
            and sense.event_type == "RETREAT"
            and sense.cameo.startswith("087")
            and any(
                self._object_class(o, "organisation") for o in self._prep_objects(noun, ("from",))
            )
        ):
            return replace(
                sense, event_type="SANCTION", mode="withdraw", cameo="160",
                target_preps=("from",), origin=sense.origin + "+organisation",
            )  # fmt: skip
        event_noun = self._event_noun(noun) if sense is None else noun
        return self.nominal_sense(event_noun) if event_noun is not noun else sense

    def _ending(self, noun: Token) -> tuple[str, Token, Sense] | None:
        """For a noun that ends an act ("the suspension of talks", "a halt to attacks",
        "an end to the blockade"): the ending verb it names (object_classes.tsv `ends:`),
        the event noun it ends and that noun's sense."""
        verb_lemma = next(
            (
                c.split(":", 1)[1]
                for c in sorted(self.lexicon.object_classes.get(noun.lemma_.lower(), ()))
                if c.startswith("ends:")
            ),
            None,
        )
        if verb_lemma is None:
            return None
        for act in self._prep_objects(noun, ("of", "to", "on")):
            sense = self.nominal_sense(act) if act.pos_ == "NOUN" else None
            if sense is not None:
                return verb_lemma, act, sense
        return None

    def _ended_act(self, noun: Token) -> Token | None:
        """The event noun an ending noun ends, if it is one."""
        ending = self._ending(noun)
        return ending[1] if ending is not None else None

    def _event_noun(self, noun: Token) -> Token:
        """The event a partitive noun is made of: "an eleventh round of talks", "a message
        of condolence"; any other noun is its own event."""
        if self.lexicon.nominals.get(noun.lemma_.lower()) is None and self.lexicon.in_class(
            noun.lemma_.lower(), "partitive"
        ):
            for part in _made_of(noun):
                if self.nominal_sense(part) is not None:
                    return part
        if noun.ent_type_ == "MONEY" or any(c.lower_ == "$" for c in noun.children):
            # "sent $2 billion in military aid": the sum is an amount of the act
            for part in self._prep_objects(noun, ("in", "of")):
                if self.nominal_sense(part) is not None:
                    return part
        if self.lexicon.nominals.get(noun.lemma_.lower()) is None and not any(
            c.dep_ in ("det", "poss", "nummod") for c in noun.children
        ):
            # "halted missile and drone attacks": the parser joins the first modifier
            # to the head noun they share
            for shared in (c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"):
                if self.lexicon.nominals.get(shared.lemma_.lower()) is not None:
                    return shared
        return noun

    # -- arguments -----------------------------------------------------------
    def _planner(self, noun: Token) -> Token | None:
        """Who will do the act of "a plan to withdraw", "Iran's offer to mediate": the
        noun's own agent, or for a plan, pledge or decision, whoever made it ("Washington
        announced a plan to withdraw")."""
        sense = self.nominal_sense(noun)
        agents = self._nominal_arguments(noun, sense)[0] if sense is not None else []
        agents = agents or [c for c in noun.children if c.dep_ == "poss"]
        if agents:
            return agents[0]
        if (
            self.lexicon.modality.get((noun.lemma_.lower(), "NOUN")) is not None
            and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.pos_ in ("VERB", "AUX")
        ):
            return self._subject(noun.head)
        return None

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject, inherited through xcomp/conj chains ("plans to attack")."""
        token: Token | None = verb
        raised = False  # reached from an infinitive: "Abbas is scheduled to meet"
        while token is not None:
            for child in token.children:
                if child.dep_ in _SUBJECT_DEPS or (raised and child.dep_ in _PASSIVE_SUBJECT_DEPS):
                    if child.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
                        return token.head
                    return child
            raised = token.dep_ == "xcomp"
            if token.dep_ == "xcomp" and token.head.i != token.i:
                controller = _object_controller(token.head)
                if controller is not None:
                    return controller  # "called on Putin to withdraw": Putin withdraws
            accused = _accused(token)
            if accused is not None:
                return accused  # "accused Iran of arming militias": Iran arms them
            if token.dep_ in _INHERIT_SUBJECT_DEPS and token.head.i != token.i:
                token = token.head
            elif _means_or_time_gerund(token):
                token = token.head.head  # "broke the truce by shelling": the rebels shelled
            elif _noun_infinitive(token):
                return self._planner(token.head)
            else:
                token = None
        # Headlines: "Kosovo rejects Belgrade demand" parses the subject as a compound.
        return next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)

    @staticmethod
    def _passive(verb: Token) -> bool:
        if any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
            return True
        # "were arrested and beaten by police": a participle joined to a passive verb,
        # with no subject of its own, is passive too
        return (
            verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
            and any(
                c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.head.children
            )
        )

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
                # "on Thursday" is a time, never a target.
                found.extend(
                    c
                    for c in child.children
                    if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
                )
                # "opened fire on coca growers marching towards the city": the parser
                # makes the phrase a clause, whose subject is the object
                found.extend(
                    subject
                    for clause in child.children
                    if clause.dep_ == "pcomp" and clause.tag_ in ("VBG", "VBN")
                    for subject in clause.children
                    if subject.dep_ == "nsubj"
                )
        return found

    def _argument_heads(
        self, verb: Token, trigger: tuple[Token, ...], sense: Sense
    ) -> tuple[list[Token], list[Token], str]:
        """Candidate source and target heads, in order of preference, and the voice."""
        sources: list[Token] = []
        targets: list[Token] = []
        # The event noun of a light or ending verb ("held talks", "suspended aid") is part
        # of the trigger, never a target.
        noun = (
            trigger[1]
            if len(trigger) > 1 and sense.origin.startswith(("nominals", "undoing"))
            else None
        )
        if _misparsed_main_verb(verb):
            # "The opposition group, Al-Wefaq, called on the government": the parser took
            # the main verb for a modifier of its subject.
            sources.append(_misparsed_subject(verb))
            targets += [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            targets += self._prep_objects(verb, sense.target_preps)
            return sources, targets, "active"
        author = self._author_of_text(verb)
        if author is not None:
            # "sent a message congratulating Evo Morales", "passed a resolution condemning
            # US drone strikes": the text's author does what the participle says.
            sources.append(author)
            targets += [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            targets += self._prep_objects(verb, sense.target_preps)
            return sources, targets, "active"
        if (
            verb.dep_ == "acl"
            and not _noun_infinitive(verb)
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        ):
            # "a top aide seized by American forces": the modified noun is the target.
            sources += self._prep_objects(verb, ("by",))
            targets.append(verb.head)
            return sources, targets, "participle"
        if self._passive(verb):
            sources += self._prep_objects(verb, ("by",))
            if not sources:
                # "were arrested and beaten by police": the agent of the joined participles
                sources += [
                    agent
                    for other in (*verb.conjuncts,)
                    if other.tag_ == "VBN"
                    for agent in self._prep_objects(other, ("by",))
                ]
            passive_subjects = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
            if not passive_subjects and verb.dep_ == "conj":
                # "sailors taken hostage ... were set free": the first verb's subject;
                # "journalists were arrested and beaten": its passive subject
                inherited = self._subject(verb)
                passive_subjects = (
                    [inherited]
                    if inherited is not None
                    else [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
                )
            targets += passive_subjects
            if noun is not None:
                targets += self._prep_objects(noun, sense.target_preps)
            targets += self._prep_objects(verb, sense.target_preps)
            if sense.event_type in ("MOBILIZE", "AID"):
                # "troops were deployed along the boundary with Eritrea" (inspectors
                # "allowed into Chechnya" are whom the act is done to)
                targets += self._where_placed(verb, noun, targets, sense)
            return sources, targets, "passive"
        subject = self._subject(verb)
        if len(trigger) > 1 and trigger[1].dep_ == "ccomp":
            # "found Taylor guilty": the predicate's subject is whom the act is done to;
            # "let go of 17 children": the complement verb's object.
            targets += [c for c in trigger[1].children if c.dep_ in _SUBJECT_DEPS]
            targets += self._prep_objects(trigger[1], ("of",))
        if len(trigger) > 1 and trigger[1].dep_ == "acomp":
            # "is concerned about China's buildup": the aim hangs on the adjective
            targets += self._prep_objects(trigger[1], sense.target_preps)
        if (
            noun is None
            and sense.origin == "objects:thing"
            and verb.lemma_.lower() in self.lexicon.receiving_verbs
        ):
            # "Kenya received armoured vehicles from China": the giver is the source.
            sources += self._prep_objects(verb, ("from",))
            return sources, [subject] if subject is not None else [], "active"
        if noun is not None and verb.lemma_.lower() in self.lexicon.receiving_verbs:
            # "Egypt received a $2 billion deposit from the UAE": the giver is the source.
            sources += self._prep_objects(verb, ("from",))
            # "won the backing of NATO", "suffered an attack by Israeli jets"
            sources += self._prep_objects(noun, ("from", "of", "by"))
            return sources, [subject] if subject is not None else [], "active"
        subject_event = (
            self.nominal_sense(subject)
            if subject is not None
            and subject.pos_ == "NOUN"
            and not sense.origin.startswith("nominals")
            else None
        )
        if subject is not None and subject_event is not None:
            # "the bombing of the embassy by al-Qaeda killed 200": the act's agent did it,
            # not whoever its phrase names.
            sources += self._nominal_arguments(subject, subject_event)[0]
        elif subject is not None:
            sources.append(subject)
        if noun is not None:
            if verb.lemma_.lower() in self.lexicon.placing_verbs and noun.dep_ == "pobj":
                # "put the leader under house arrest": whom the act is done to (not the
                # "part" of "took part in the talks")
                placed = [
                    c
                    for c in verb.children
                    if c.dep_ == "dobj" and self.resolver.resolve(phrase_for(c)) is not None
                ]
                targets += placed
                if sense.event_type == "MOBILIZE":
                    # "placed its forces along the border with Pakistan on high alert"
                    borders = [
                        border
                        for holder in (verb, *placed, noun)
                        for border in self._prep_objects(holder, ("along", "on", "near", "at"))
                        if border.lemma_.lower() in _BORDERS
                    ]
                    # The parser may hang "with Pakistan" on the verb.
                    targets += [
                        n
                        for holder in ([*borders, verb] if borders else [])
                        for n in self._prep_objects(holder, ("with",))
                    ]
            targets += self._prep_objects(noun, sense.target_preps)
            ended = self._ended_act(noun)
            if ended is not None:  # "announced a halt to military action against Pakistan"
                targets += self._prep_objects(ended, sense.target_preps)
            # "lifted the sanctions imposed on India": whom the noun's act was aimed at
            targets += self._imposed_on(noun)
            # "lent diplomatic support to Syria": the light verb carries the noun's target;
            # "offered Turkey a deal": so does its indirect object.
            targets += self._given_to(verb)
        else:
            objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            # "withdrew its troops", "deployed their navy": the source's own forces are
            # what it moves, not whom the act is aimed at; they come last.
            targets += [o for o in objects if not self._own(o)]
            # "helped Iraq rebuild its army", "allowed parties to resume": the subject of
            # an infinitive is the verb's object (not "said Iran will stop", nor a that-clause).
            targets += [
                subject
                for clause in verb.children
                if clause.dep_ == "ccomp"
                and clause.tag_ == "VB"
                and not any(
                    c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ != "to")
                    for c in clause.children
                )
                for subject in clause.children
                if subject.dep_ in _SUBJECT_DEPS
            ]
            # "cut ties with Russia", "imposed sanctions on Iran", "suspended food supplies
            # and flights to Armenia": the target hangs off the object (or its conjunct),
            # which is a thing directed at someone.
            for obj in objects + [c for o in objects for c in o.children if c.dep_ == "conj"]:
                targets += self._prep_objects(obj, (*sense.target_preps, *_OBJECT_TARGET_PREPS))
                if self.nominal_sense(obj) is not None:
                    # "accepted an offer by the Vatican": whose act the object is
                    targets += self._prep_objects(obj, ("by",))
            if objects:
                # The parser often hangs it on the verb: "suspended aid [to Pakistan]".
                targets += self._prep_objects(verb, _OBJECT_TARGET_PREPS)
        targets += self._prep_objects(verb, sense.target_preps)
        if sense.event_type in _PLACED_TYPES:
            targets += self._where_placed(verb, noun, targets, sense)
        if noun is None and sense.event_type not in _PLACED_TYPES:
            # "attacked its own people": the subject's own may still be the target; never
            # the forces it moves or withdraws ("withdraw his troops").
            targets += [o for o in verb.children if o.dep_ in _OBJECT_DEPS and self._own(o)]
        if sense.event_type in _DIRECTIVE_TYPES:
            # "demanded that Georgian troops withdraw": the one asked is the complement's subject.
            for clause in verb.children:
                if clause.dep_ == "ccomp":
                    targets += [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
        return sources, targets, "active"

    def _object_is_not_an_actor(self, verb: Token, sense: Sense, day: dt.date | None) -> bool:
        """One meets or calls on people, not on commitments: "met its commitments",
        "what he called an operation" are no consultations."""
        if sense.event_type not in _ACTOR_OBJECT_TYPES or sense.origin != "verbs":
            return False

        def same_kind_of_event(token: Token) -> bool:  # "hosted talks", "held a meeting"
            noun = self.lexicon.nominals.get(token.lemma_.lower())
            return noun is not None and noun.event_type == sense.event_type

        objects = [
            c for c in verb.children if c.dep_ in ("dobj", "oprd") and not same_kind_of_event(c)
        ]
        return bool(objects) and not self._resolve_all(objects, "target", day)

    def _actor_or_pronoun(self, head: Token, role: str, day: dt.date | None) -> Actor | None:
        """The actor a phrase names; a personal pronoun waits for coreference."""
        if head.lower_ in REFERRING_PRONOUNS and head.pos_ == "PRON":
            pronoun = pending_pronoun(head.text, head.idx, head.idx + len(head.text))
            speaker = self._speaker(head, day)
            if speaker is not None and pronoun_fits(head.text, speaker):
                return speaker_link(pronoun, speaker)
            return pronoun
        if head.lower_ in _FIRST_PERSON and head.pos_ == "PRON":
            # '"We have moved battalions to the border," the army spokesman said': the
            # speaker (for "we", the body the speaker speaks for, which has the same code).
            speaker = self._speaker(head, day)
            if speaker is None or (head.lower_ in ("i", "me") and speaker.kind != "person"):
                return None
            pronoun = pending_pronoun(head.text, head.idx, head.idx + len(head.text))
            return speaker_link(pronoun, speaker)
        return self.resolver.resolve(phrase_for(head), role, day)

    def subject_actor(self, sent: Span, day: dt.date | None) -> Actor | None:
        """The actor the sentence's main subject names, if any: for coreference in the
        sentences after one that reports no event."""
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        actor = self.resolver.resolve(phrase_for(subjects[0]), "source", day)
        return actor if actor is not None and actor.resolved else None

    def _speaker(self, pronoun: Token, day: dt.date | None) -> Actor | None:
        """The named subject of the verb that reports the clause ``pronoun`` is the
        subject of ("The Commission announced that it had suspended aid")."""
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        reporter = clause.head
        subjects = [c for c in reporter.children if c.dep_ in ("nsubj",)]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return None
        speaker = self.resolver.resolve(phrase_for(subjects[0]), "source", day)
        return speaker if speaker is not None and speaker.resolved else None

    def _complement_targets(
        self, verb: Token, source_heads: list[Token], day: dt.date | None
    ) -> list[Actor]:
        for clause in verb.children:
            if clause.dep_ != "xcomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            found = self._sense_for(clause)
            preps = found[0].target_preps if found else ("with", "to", "on", "against")
            objects = [c for c in clause.children if c.dep_ in _OBJECT_DEPS]
            # "threatened to withhold EU funds from Warsaw": a thing given or withheld
            # yields to whom it goes to or is taken from.
            things = [
                o
                for o in objects
                if o.pos_ == "NOUN"
                and o.ent_type_ not in _NAMED_ACTORS
                and not self.resolver.is_agent_head(o)
            ]
            # "threatened to launch a military operation against Kurdish fighters": whom
            # the object's act is aimed at, before the act itself
            aimed = [
                t
                for o in things
                if (act := self.nominal_sense(o)) is not None
                for t in self._prep_objects(o, act.target_preps)
            ]
            # "refused to hand over bin Laden to the United States": whom it goes to first
            given = self._given_to(clause) if found and found[0].event_type in _GIVING_TYPES else []
            heads = [
                *given,
                *(o for o in objects if o not in things),
                *self._prep_objects(clause, (*preps, "from")),
                *aimed,
                # "refused to recognise a ruling by the ICJ": whose the thing is
                *self._owners(things),
                *things,
            ]
            # "pledged to keep oil supplies to importing nations": whom the object goes to;
            # "agreed to let IAEA inspectors visit": whom the act lets do something.
            heads += [t for o in objects for t in self._prep_objects(o, _OBJECT_TARGET_PREPS)]
            heads += [
                subject
                for inner in clause.children
                if inner.dep_ == "ccomp" and inner.tag_ == "VB"
                for subject in inner.children
                if subject.dep_ in _SUBJECT_DEPS
            ]
            actors = self._resolve_all([h for h in heads if h not in source_heads], "target", day)
            if actors:
                return actors
        return []

    def _unresolved_object(
        self, target_heads: list[Token], source_heads: list[Token]
    ) -> Actor | None:
        """The event's object as written when no actor resolves ("refused a request from
        The New York Times"): evidence for the reader, with no code and no identity. Never
        an amount ("cut its stockpile to 300 kilograms") or a direction ("from the north")."""
        # A name ("granted asylum to Julian Assange") before a thing ("asylum").
        named = [h for h in target_heads if h.pos_ == "PROPN" or h.ent_type_ in _NAMED_ACTORS]
        for head in named + [h for h in target_heads if h not in named]:
            if head in source_heads or head.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            if head.ent_type_ in _AMOUNT_LABELS or any(
                self.lexicon.in_class(head.lemma_.lower(), c) for c in ("direction", "time")
            ):
                continue  # "to 300 kilograms", "from the north", "at dawn"
            if head.dep_ == "pobj" and head.head.lower_ == "in":
                continue  # "in the hills": where, not whom
            phrase = phrase_for(head)
            return Actor(
                phrase.text, phrase.start_char, phrase.end_char, None, None, None, (),
                "unresolved:phrase", "unknown", 0.1,
            )  # fmt: skip
        return None

    def _resolve_all(
        self, heads: list[Token], role: str, day: dt.date | None = None
    ) -> list[Actor]:
        """The first head that names an actor, expanded over its conjuncts."""
        for head in heads:
            group = [head, *head.conjuncts]
            named = [
                c
                for c in head.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.left_edge.i == head.i + 1
                and any(m.dep_ == "conj" for m in c.children)
            ]
            if named:
                # "Presidents Boris Yeltsin and Alexander Lukashenko": the names are the actors.
                group = [named[0], *named[0].conjuncts]
            actors: list[Actor | None] = []
            for t in group:
                members = self._coordinated_members(t, role, day)
                actors += members or [self._actor_or_pronoun(t, role, day)]
            found = [a for a in actors if a is not None]
            if found:
                return found
        return []

    def _coordinated_members(self, head: Token, role: str, day: dt.date | None) -> list[Actor]:
        """ "Israeli and Palestinian negotiators": one actor per coordinated modifier that
        names a country, each with the head ("Israeli negotiators", "Palestinian
        negotiators"); empty when the phrase has no such modifiers."""
        for modifier in head.lefts:
            if modifier.dep_ not in ("amod", "compound") or not modifier.conjuncts:
                continue
            whole = head.doc[min(modifier.i, head.i) : head.i + 1]
            members = []
            for word in (modifier, *modifier.conjuncts):
                alone = self.resolver.resolve(Phrase(head, (word, head), ()), role, day)
                if alone is None or alone.country is None:
                    return []
                members.append(
                    replace(
                        alone,
                        text=whole.text,
                        start=whole.start_char,
                        end=whole.end_char,
                        resolution=alone.resolution + "+coordinated",
                    )
                )
            return members
        # "negotiators from Kosovo and Serbia", "officials in Ankara and Baghdad": one actor
        # per country the "from" (or "in", when they differ) names, each with the head's sector.
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "in")):
            for first in (c for c in prep.children if c.dep_ == "pobj" and c.conjuncts):
                own = self.resolver.resolve(Phrase(head, (head,), ()), role, day)
                sectors = own.sectors if own is not None else ()
                members = []
                for place in (first, *first.conjuncts):
                    named = phrase_for(place)
                    country = self.resolver.resolve(named, role, day)
                    if country is None or country.country is None:
                        return []
                    members.append(
                        replace(
                            country,
                            text=named.text,
                            start=named.start_char,
                            end=named.end_char,
                            sectors=sectors,
                            code=actor_code(country.country, sectors),
                            resolution=f"modifier:{prep.lower_}+coordinated:{head.lemma_.lower()}",
                        )
                    )
                if prep.lower_ == "in" and len({m.country for m in members}) < len(members):
                    return []  # "protesters in Cairo and Alexandria": one country's people
                return members
        return []

    def _resolve_targets(
        self,
        heads: list[Token],
        day: dt.date | None,
        forces_are_things: bool = False,
    ) -> list[Actor]:
        """Like ``_resolve_all``, but a thing that only a modifier makes an actor ("military
        aid", ---MIL) yields to a later head with a country or a name ("suspended military
        aid to Pakistan"). With ``forces_are_things`` (deploying, withdrawing, giving), so
        do forces of no country: "sent troops to Chad" is aimed at Chad."""
        weak: list[Actor] = []
        weak_is_thing = False
        for head in heads:
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "in"
                and self.lexicon.in_class(head.lemma_.lower(), "complex_preposition")
            ):
                continue  # "in the face of a counteroffensive", "in the wake of": no one
            found = self._resolve_all([head], "target", day)
            act = self.nominal_sense(head) if found and head.pos_ == "NOUN" else None
            if (
                found
                and head.pos_ == "NOUN"
                and head.ent_type_ not in _NAMED_ACTORS
                and all("evidence" in a.resolution for a in found)
                and not self.resolver.is_agent_head(head)
            ):
                # "rejected appeals from the United Nations": a thing that names no one
                # itself stands for whoever made it or owns it. An agreement or a meeting
                # "in Brussels" took place there: the place is no party to it (a bombing
                # "in Baghdad" struck it).
                owned = self._resolve_all(self._owners([head]), "target", day)
                found = owned if owned or (act and act.event_type in _VENUE_TYPES) else found
            elif act is not None and all(a.resolution == "modifier:capital" for a in found):
                # "endorsed the Algiers peace accord between Ethiopia and Eritrea": a city
                # naming an act says where it was made; its parties are whom it concerns.
                found = self._resolve_all(self._owners([head]), "target", day)
            if (
                found
                and act is not None
                and all(a.country is None for a in found)
                and not self.resolver.is_agent_head(head)
                and not any(c.dep_ in ("compound", "poss") for c in head.children)
            ):
                # "threatened to launch a new military operation against Kurdish
                # fighters": an act that an adjective alone makes ---MIL is no one (an
                # "opposition rally" is the opposition's); whom the act is aimed at may be
                # ("military aid worth $1.3 billion to Islamabad was suspended")
                found = self._resolve_all(self._prep_objects(head, act.target_preps), "target", day)
                if not found:
                    continue
            if not found:
                continue
            if forces_are_things and head.dep_ == "pobj":
                # "pulled out of Mogadishu", "sent troops to Kabul": the capital is the
                # place, not the government.
                found = [
                    replace(
                        a,
                        code=actor_code(a.country, ()),
                        sectors=(),
                        resolution=a.resolution.replace("metonymy:capital", "place:capital"),
                    )
                    if a.resolution.startswith("metonymy:capital") and a.country
                    else a
                    for a in found
                ]
            strong = any(
                a.country
                or (
                    a.resolution != "dictionary:agent" and not a.resolution.startswith("unresolved")
                )
                for a in found
            )
            if strong or (not forces_are_things and self.resolver.is_agent_head(head)):
                return found

            # Of weak ones, whom a thing goes to ("aid to the rebel groups") before the
            # thing itself, the object that no agent noun heads ("military aid").
            thing = head.dep_ == "dobj" and not self.resolver.is_agent_head(head)
            if not weak or (weak_is_thing and not thing):
                weak, weak_is_thing = found, thing
        return weak

    @staticmethod
    def _mutual(sense: Sense, target_heads: list[Token], targets: list[Actor | None]) -> bool:
        """A meeting or talks with someone (no host, no visitor, no phone call), or an
        agreement or joint act "with" someone: both sides do it."""
        if sense.event_type == "CONSULT" and sense.mode is None:
            return sense.cameo in _MUTUAL_CONSULT_CAMEO
        if sense.event_type not in _RECIPROCAL_TYPES and sense.cameo != "057":
            return False  # "declared a truce with Israel" is one side's
        partners = [h for h in target_heads if h.dep_ == "pobj" and h.head.lower_ == "with"]
        return any(
            t is not None and any(t.start <= h.idx < t.end for h in partners) for t in targets
        )

    def _pressers(self, verb: Token) -> list[Token]:
        """Who pressed for a concession: "bowing to pressure from the ILO", "responding to
        opposition demands", "under pressure from striking miners", "in response to the
        protests", "bowing to days of protests led by indigenous groups"."""
        pressures: list[Token] = []
        for child in verb.children:
            if child.dep_ == "advcl" and child.lemma_.lower() in _YIELDING_VERBS:
                pressures += self._prep_objects(child, ("to",))
            elif child.dep_ == "prep" and child.lower_ in ("under", "in"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if pobj.lemma_.lower() == "response":
                        pressures += self._prep_objects(pobj, ("to",))
                    elif pobj.lemma_.lower() == "pressure":
                        pressures.append(pobj)
        pressures += [p for pressure in pressures for p in _made_of(pressure)]
        found: list[Token] = []
        for pressure in pressures:
            found += self._prep_objects(pressure, ("from", "by"))
            found += [
                c for c in pressure.children if c.dep_ in ("poss", "compound", "amod", "nmod")
            ]
            found += [
                agent
                for acl in pressure.children
                if acl.dep_ == "acl"
                for agent in self._prep_objects(acl, ("by",))
            ]
            found.append(pressure)  # "bowing to the protesters"
        return found

    def _owners(self, things: list[Token]) -> list[Token]:
        """Who a thing belongs to or comes from: its possessor and its "by", "from", "of"
        or "belonging to" phrase ("the assets of the party", "a report by the UN office").
        For an act ("the demolition of homes by police"), only its doer."""
        owners: list[Token] = []
        for thing in things:
            if thing.pos_ not in ("NOUN", "PROPN") or self.lexicon.in_class(
                thing.lemma_.lower(), "complex_preposition"
            ):
                continue
            act = self.nominal_sense(thing) is not None
            # "a power-sharing deal with the opposition": the other party to it
            preps = (*_DOER_PREPS, "with") if act else (*_DOER_PREPS, "of", "with")
            owners += [c for c in thing.children if c.dep_ == "poss"]
            owners += self._prep_objects(thing, preps)
            if thing.dep_ == "dobj":
                # "accept mediation by the EU": the parser hangs the doer on the verb
                owners += [
                    o
                    for prep in thing.head.children
                    if prep.dep_ == "prep" and prep.lower_ in _DOER_PREPS and prep.i > thing.i
                    for o in prep.children
                    if o.dep_ == "pobj"
                ]
            if act:
                # "offers of talks from Seoul": the parser hangs the doer on the "of" object
                owners += [
                    d
                    for o in self._prep_objects(thing, ("of",))
                    if o.pos_ == "NOUN"
                    for d in self._prep_objects(o, _DOER_PREPS)
                ]
                # "endorsed the accord between Ethiopia and Eritrea", "welcomed the signing
                # of the peace agreement between Kiir and Machar": the parties to the act
                acts = [thing, *(o for o in self._prep_objects(thing, ("of",)) if o.pos_ == "NOUN")]
                owners += [p for a in acts for p in self._prep_objects(a, ("between",))]
            owners += [
                pobj
                for acl in thing.children
                if acl.dep_ == "acl" and acl.lemma_.lower() == "belong"
                for pobj in self._prep_objects(acl, ("to",))
            ]
            # "a ceasefire proposal put forward by Egypt", "food aid offered by the WFP"
            owners += [
                pobj
                for acl in thing.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN"
                for pobj in self._prep_objects(acl, ("by",))
            ]
        return owners

    def _promised_to(self, things: list[Token]) -> list[Token]:
        """Whom a thing was promised to, in a relative clause on it ("the $500 million it
        pledged to the Palestinian Authority")."""
        return [
            recipient
            for thing in things
            for clause in thing.children
            if clause.dep_ == "relcl" and self.lexicon.in_class(clause.lemma_.lower(), "promise")
            # "the rice it had promised North Korea": the thing is the clause's gap, so
            # an object of the clause is whom it was promised to
            for recipient in self._given_to(clause, objects=True)
        ]

    def _given_to(self, verb: Token, objects: bool = False) -> list[Token]:
        """Whom a verb gives to: its "to" object and its indirect object ("offered Turkey a
        deal"), with ``objects`` also its direct object."""
        deps = ("dative", "dobj") if objects else ("dative",)
        return [
            *self._prep_objects(verb, ("to",)),
            *(c for c in verb.children if c.dep_ in deps and c.pos_ != "ADP"),
        ]

    def _country_struck(
        self, verb: Token, trigger: tuple[Token, ...], day: dt.date | None
    ) -> list[Actor]:
        """An act aimed at no one named is aimed at the country it is done in ("carried out
        airstrikes in Syria", "delivered aid in Haiti"), as CAMEO coders code it; a city
        names no one."""
        holders = [verb, *trigger[1:], *(c for c in verb.children if c.dep_ == "dobj")]
        struck: list[Actor] = []
        for place in (p for h in dict.fromkeys(holders) for p in self._prep_objects(h, ("in",))):
            actor = self.resolver.resolve(phrase_for(place), "target", day)
            if (
                actor is not None
                and actor.country
                and actor.resolution.split("+")[0] in _COUNTRY_NAMED
            ):
                struck.append(
                    replace(
                        actor,
                        code=actor_code(actor.country, ()),
                        sectors=(),
                        resolution="place:country-struck",
                    )
                )
        return struck[:1]

    def _where_placed(
        self, verb: Token, noun: Token | None, targets: list[Token], sense: Sense
    ) -> list[Token]:
        """Where forces or aid go, as targets: "deployed troops to the mission in Mali",
        "aid in northern Iraq" (a country there is the target when nothing better names
        one), "along its border with Congo" (the neighbour across the border)."""
        placed: list[Token] = []
        frontier = [verb, *([noun] if noun is not None else []), *targets]
        # A show of force is aimed at whom it is near: "staged drills near Taiwan".
        near = ("near", "around", "off") if sense.event_type == "MOBILIZE" else ()
        for _ in range(2):  # "to the mission [in Mali]"
            frontier = [
                pobj
                for governor in frontier
                for pobj in self._prep_objects(
                    governor, ("in", "into", "to", "from", "toward", "towards", *near)
                )
            ]
            frontier += [
                pobj
                for border in [verb, *frontier]
                for along in [
                    *self._prep_objects(border, ("along", "on", "to", "near")),
                    *([border] if border is not verb else []),  # reached already
                ]
                if along.lemma_.lower() in _BORDERS
                for pobj in self._prep_objects(along, ("with",))
            ]
            placed += frontier
        return placed

    def _moved_forces(self, head: Token, day: dt.date | None) -> bool:
        """Whether a phrase is armed force or materiel ("ground forces", "tanks",
        "American troops"): what a deployment or a withdrawal moves."""
        if head.lemma_.lower() in self.lexicon.materiel:
            return True
        actor = self.resolver.resolve(phrase_for(head), "target", day)
        return actor is not None and bool(set(actor.sectors) & _ARMED_SECTORS)

    def _is_accusation(self, verb: Token) -> bool:
        found = self._sense_for(verb)
        return found is not None and found[0].event_type == "ACCUSE"

    def _is_directive(self, verb: Token) -> bool:
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        found = self._sense_for(verb)
        return found is not None and found[0].event_type in _DIRECTIVE_TYPES

    # -- qualifiers ----------------------------------------------------------
    def _refusal(self, verb: Token, sense: Sense, cues: list[str]) -> bool:
        """Whether a negated act is a refusal: a cooperative act one says one will not do
        ("will not release", "vowed never to meet", "does not intend to withdraw", "is
        unwilling to negotiate", "cannot accept"). A past act not done ("did not endorse")
        and an intent not yet given ("has not agreed to return") stay negated acts;
        negation by a governing verb ("refused to release") is that verb's own event."""
        if (
            sense.event_type not in _REFUSABLE_TYPES
            or self._undone_by_governor(cues)
            or any(c.startswith("mark:") for c in cues)  # "if Iran does not accept"
        ):
            return False
        if any(c in ("verb:unwilling", "verb:reluctant") for c in cues):
            return True
        governor = verb.head if verb.dep_ == "xcomp" else None
        said_no_here = any(c.dep_ == "neg" for c in verb.children)
        if governor is not None:
            lemma = governor.lemma_.lower()
            carriers = [governor, governor.head] if governor.dep_ == "acomp" else [governor]
            if lemma in _INTENDING and any(c.dep_ == "neg" for t in carriers for c in t.children):
                return True  # "does not intend to withdraw", "is not willing to meet"
            return said_no_here and lemma in _VOWING | _INTENDING  # "vowed never to"
        if not said_no_here:
            return False
        if any(c in ("aux:will", "aux:shall", "aux:would-reported") for c in cues):
            return True  # "will not release", "said it would not negotiate"
        # "cannot accept the plan", "would not support it"
        return sense.event_type in ("AGREE", "SUPPORT") and any(c in _CANNOT_CUES for c in cues)

    def _refuses_complement(self, verb: Token) -> bool:
        """Whether ``verb`` frames a refusal ("vowed never to return the islands")."""
        for clause in verb.children:
            if clause.dep_ == "xcomp" and any(c.dep_ == "neg" for c in clause.children):
                found = self._sense_for(clause)
                if found is not None and found[0].event_type in _REFUSABLE_TYPES:
                    return verb.lemma_.lower() in _VOWING | _INTENDING
        return False

    def _undone_by_governor(self, cues: list[str]) -> bool:
        """Whether a verb governing the act negates it ("refused to release", "halted")
        rather than a plain "not"."""
        return any(
            c.startswith("verb:")
            and c not in ("verb:unwilling", "verb:reluctant")
            and self.lexicon.modality.get((c[5:], "VERB")) == "negated"
            for c in cues
        )

    def _backshifted_will(self, verb: Token) -> bool:
        """Whether "would" on ``verb`` is a reported "will" ("Japan said it would send
        aid": an intention), not a condition ("would have", "if", "unless")."""
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or not self.lexicon.in_class(
            clause.head.lemma_.lower(), "saying"
        ):
            return False
        return not any(
            (c.dep_ == "aux" and c.lemma_.lower() == "have")
            or (c.dep_ == "mark" and c.lemma_.lower() in _HYPOTHETICAL_MARKS)
            or (
                c.dep_ == "advcl"
                and any(m.lemma_.lower() in _HYPOTHETICAL_MARKS for m in c.children)
            )
            for t in (verb, clause)
            for c in t.children
        )

    def _directed(self, verb: Token, sense: Sense) -> Sense:
        """A framing act's code made specific by the act it offers, asks for or refuses
        ("refused to release" 1243, "called for the lifting of sanctions" 0254)."""
        if sense.event_type not in _FRAMING_TYPES:
            return sense
        for clause in verb.children:
            if clause.dep_ in ("xcomp", "ccomp") and clause.pos_ in ("VERB", "AUX"):
                found = self._sense_for(clause)
                if found is not None:
                    return self.lexicon.directed_at(sense, found[0])
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for thing in [*objects, *self._prep_objects(verb, ("for",))]:
            for clause in thing.children:  # "rejected the proposal to end the boycott"
                if clause.dep_ == "acl" and clause.pos_ == "VERB":
                    found = self._sense_for(clause)
                    if found is not None:
                        return self.lexicon.directed_at(sense, found[0])
            act = self.nominal_sense(thing)
            if act is not None:
                return self.lexicon.directed_at(sense, act)
        return sense

    def _qualifiers(self, verb: Token) -> tuple[bool, Modality, list[str]]:
        negated = False
        modality: Modality = "actual"
        cues: list[str] = []

        def raise_to(level: Modality, cue: str) -> None:
            nonlocal modality
            cues.append(cue)
            if _MODALITY_RANK[level] > _MODALITY_RANK[modality]:
                modality = level

        token = verb
        # Walk up through the chain that governs this verb ("refused to meet", "plans to attack").
        for depth in range(4):
            for child in token.children:
                if child.dep_ == "neg":
                    negated = not negated if depth else True
                    cues.append(f"neg:{child.lower_}")
                    continue
                pos = {"aux": "AUX", "advmod": "ADV", "mark": "SCONJ"}.get(child.dep_)
                if pos is None:
                    continue
                lemma = child.lemma_.lower()
                if pos == "SCONJ" and lemma in _HYPOTHETICAL_MARKS:
                    raise_to("hypothetical", f"mark:{lemma}")
                    continue
                effect = self.lexicon.modality.get((lemma, pos))
                level = _MODAL_EFFECTS.get(effect or "")
                if lemma == "would" and self._backshifted_will(token):
                    raise_to("intended", "aux:would-reported")  # "said it would send aid"
                elif level is not None:
                    raise_to(level, f"{pos.lower()}:{lemma}")
                elif effect == "negated":
                    negated = True
                    cues.append(f"{pos.lower()}:{lemma}")
            if token.head.i == token.i:
                break
            if token.dep_ == "conj":  # "to stop the attack and withdraw": the first verb's frame
                token = token.head
                continue
            if token.dep_ == "acomp" and token.pos_ == "ADJ":
                token = token.head  # "is not willing to meet": the copula carries "not"
                continue
            if _accused(token) is not None and self._is_accusation(token.head.head):
                raise_to("hypothetical", f"verb:{token.head.head.lemma_.lower()}")
                break  # "accused Iran of arming militias": alleged, not established
            if _noun_infinitive(token):
                # "rejected calls to lift the blockade", "a plan to withdraw", "Israel's
                # refusal to allow": the noun frames the act as the verb would.
                noun = token.head.lemma_.lower()
                effect = self.lexicon.modality.get((noun, "NOUN"))
                level = _MODAL_EFFECTS.get(effect or "")
                if level is not None:
                    raise_to(level, f"noun:{noun}")
                elif effect == "negated":
                    negated = not negated
                    cues.append(f"noun:{noun}")
                else:
                    framing = self.nominal_sense(token.head)
                    if framing is not None and framing.event_type in _DIRECTIVE_TYPES:
                        raise_to("hypothetical", f"noun:{noun}")
                break
            if token.dep_ not in ("xcomp", "ccomp", "advcl"):
                break
            if token.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_OR_CAUSE_MARKS
                for c in token.children
            ):
                # "vowed to hunt them down after rebels killed 42", "began on Friday when
                # police raided a camp": the killing, the raid are real
                break
            governor = token.head
            effect = self.lexicon.modality.get(
                (governor.lemma_.lower(), "ADJ" if governor.pos_ == "ADJ" else "VERB")
            )
            if effect is None and token.dep_ in ("xcomp", "ccomp") and self._is_directive(governor):
                effect = "hypothetical"  # "urged Moscow to agree": asked for, not done
            level = _MODAL_EFFECTS.get(effect or "")
            if level is not None:
                raise_to(level, f"verb:{governor.lemma_.lower()}")
            elif effect == "negated" and token.dep_ != "advcl":
                # Two negating governors cancel: "refused to stop attacking" attacks. A
                # clause beside the act is not what it undoes ("scrapped the decree,
                # bowing to protests").
                negated = not negated
                cues.append(f"verb:{governor.lemma_.lower()}")
            if token.dep_ == "ccomp":
                break  # reported speech: the reporting verb's tense is not the event's
            token = governor
        return negated, modality, cues

    # -- sentence ------------------------------------------------------------
    def code(self, sent: Span, day: dt.date | None = None) -> list[CodedEvent]:
        """Events in ``sent``; ``day`` (the document's date) dates people's roles."""
        events: list[CodedEvent] = []
        seen: set[tuple] = set()
        spent: set[int] = set()
        for verb in sent:
            if (
                verb.pos_ not in ("VERB", "AUX") and not _headline_verb(verb)
            ) or verb.dep_ == "amod":
                continue
            found = self._sense_for(verb)
            if found is None:
                continue
            sense, trigger = found
            source_heads, target_heads, voice = self._argument_heads(verb, trigger, sense)
            # "went on strike": the event's own noun is no one it is aimed at
            target_heads = [h for h in target_heads if h not in trigger]
            if sense.event_type in _YIELD_TYPES and self._given_to(verb):
                # "handed Hong Kong back to China": a place handed over is what is
                # yielded; the recipient is whom the act is aimed at
                target_heads = [
                    h
                    for h in target_heads
                    if not (h.dep_ == "dobj" and h.ent_type_ in ("GPE", "LOC", "FAC"))
                ]
            if self._object_is_not_an_actor(verb, sense, day):
                continue
            if any(
                self.resolver.knowledge.inanimate.get(h.lemma_.lower()) == "hazard"
                for h in [*source_heads, *(p for h in source_heads for p in _made_of(h))]
            ):
                continue  # "typhoons struck the Philippines": no one's act
            if (
                sense.event_type in ("ASSAULT", "COERCE")
                and target_heads
                and all(
                    self.resolver.knowledge.inanimate.get(h.lemma_.lower()) == "hazard"
                    for h in target_heads
                )
            ):
                continue  # "fight the epidemic", "battled the wildfire": no one is attacked
            if self._sports_report(verb, sense, source_heads, target_heads):
                continue
            if sense.event_type in _DIRECTIVE_TYPES and self._not_a_demand(verb, sense):
                continue
            if sense.event_type == "PROTEST" or verb.lemma_.lower() in self.lexicon.crowd_acts:
                # "burned their headscarves in protest against the clerical rulers": the
                # aim named by "in protest" comes before what the protesters acted on; the
                # framing noun is no second protest
                framed = self._in_protest_against(verb, trigger)
                target_heads = [*framed, *target_heads]
                spent.update(a.head.head.i for a in framed if a.head.head.dep_ == "pobj")
            if sense.event_type == "PROTEST" and not target_heads:
                target_heads = self._protest_aim(verb)
            if sense.event_type == "THREATEN":
                # "threatened to close the strait if the United States imposed sanctions":
                # the threat is aimed at whoever must meet its condition.
                # One warned by name is its addressee, first: "warned NATO that Moscow
                # could resort to nuclear weapons if Ukraine's attacks continued".
                addressed = [
                    h
                    for h in target_heads
                    if h.dep_ in ("dobj", "dative") and h.head.i == verb.i and h.pos_ == "PROPN"
                ]
                target_heads = [
                    *addressed,
                    *self._conditioned_parties(verb, day),
                    *(h for h in target_heads if h not in addressed),
                ]
            hosted = False
            if sense.event_type == "CONSULT" and verb.lemma_.lower() in self.lexicon.hosting_verbs:
                # The PLOVER manual: the visitor is the actor, the host the recipient.
                source_heads, target_heads = target_heads[:1], source_heads
                sense = replace(sense, mode="visit", cameo="042", origin=sense.origin + "+hosted")
                hosted = True
            if (
                sense.event_type in _MATERIAL_TYPES
                and _reflexive_object(verb)
                and sense.mode != "explosives"  # "a bomber blew himself up among pilgrims"
            ):
                continue  # "Brazil has positioned itself as a broker": no act on anyone
            handled: list[Token] = []  # things handled ("rejected the accusations")
            if sense.origin == "objects:thing":
                # "handed the suspects over to Uganda": what is handed is not the target,
                # nor what it is about ("information on Boko Haram camps").
                things = [h for h in target_heads if h.dep_ in ("dobj", "pobj", "nsubjpass")]
                if sense.event_type != "AID":
                    # "rejected Washington's accusations", "seized the newspaper's
                    # presses": whose the thing is (what is given is not the giver's
                    # recipient's: "provides Egypt's water" names no one given to)
                    handled = things
                target_heads = [
                    h
                    for h in target_heads
                    if h.dep_ not in ("dobj", "nsubjpass")  # "suspects were handed over"
                    and not (
                        h.head.dep_ == "prep"
                        and h.head.head.dep_ == "dobj"
                        and h.head.lower_ not in sense.target_preps
                    )
                    # "shared intelligence on militant groups", the parser hanging "on"
                    # on the verb: what the thing is about
                    and not (
                        h.head.dep_ == "prep"
                        and h.head.lower_ in _TOPIC_PREPS
                        and h.head.lower_ not in sense.target_preps
                    )
                    and not self.lexicon.in_class(h.lemma_.lower(), "meeting")
                ]
                if not target_heads:
                    # "withdrew from the talks with the rebels": whom the thing is with
                    things += self._prep_objects(verb, ("of", "from"))
                    target_heads = [
                        o
                        for t in dict.fromkeys(things)
                        for o in self._prep_objects(t, sense.target_preps)
                    ]
            if (sense.event_type in _MOVING_TYPES or sense.origin == "deployment") and (
                sense.mode != "release"  # captives set free are whom the act is done to
            ):
                # "sending ground forces across the border": the forces moved are not whom
                # the move is aimed at (prisoners released are); with no one else named,
                # they move themselves ("a date for withdrawing American troops").
                # In the passive, the subject moves: "Police were stationed outside".
                movable = ("dobj", "nsubjpass") if voice == "passive" else ("dobj",)
                moved = [
                    h for h in target_heads if h.dep_ in movable and self._moved_forces(h, day)
                ]
                target_heads = [h for h in target_heads if h not in moved]
                if not source_heads:
                    source_heads = moved
            sources: list[Actor | None] = list(self._resolve_all(source_heads, "source", day)) or [
                None
            ]
            target_actors = self._resolve_targets(
                [t for t in target_heads if t not in source_heads],
                day,
                forces_are_things=sense.event_type in _PLACED_TYPES,
            )
            if not target_actors:
                # "Bowing to pressure from the ILO, Uzbekistan ended ...": a concession is
                # made to whoever pressed for it; "confiscated the printing presses of the
                # newspaper", "rejected an offer from Kenya": a thing done to or taken from
                # whoever it belongs to or came from.
                pressers = self._pressers(verb) if sense.event_type in _YIELD_TYPES else []
                things = [t for t in [*target_heads, *handled] if t not in source_heads]
                if sense.event_type == "AID":
                    # "has not delivered the missiles it promised to the Peshmerga"
                    pressers += self._promised_to(
                        [*things, *(c for c in verb.children if c.dep_ == "dobj")]
                    )
                owners = self._owners(things)
                target_actors = self._resolve_targets(
                    [h for h in [*pressers, *owners] if h not in source_heads],
                    day,
                    forces_are_things=sense.event_type in _PLACED_TYPES,
                )
            if not target_actors and sense.event_type in _STRIKING_TYPES:
                target_actors = self._country_struck(verb, trigger, day)
            targets: list[Actor | None] = list(target_actors) or [
                self._unresolved_object(target_heads, source_heads)
            ]
            negated, modality, cues = self._qualifiers(verb)
            if negated and self._refusal(verb, sense, cues):
                # "will not release the hostages", "cannot accept the plan": PLOVER's REJECT is
                # "all rejections and refusals", stated now; not a release that failed to happen
                sense = self.lexicon.as_refusal(sense)
                negated, modality = False, "actual"
                cues.append("refusal")
            elif modality == "intended" and not negated:
                # "promised to stop shelling Gaza" is no threat: a negated intent keeps the
                # act's own type, flagged negated and intended.
                sense = self.lexicon.as_intent(sense)
            sense = self._directed(verb, sense)
            if sense.event_type == "AGREE" and self._refuses_complement(verb):
                continue  # "vowed never to return the islands": the refusal is coded on "return"
            if not target_actors and sense.event_type in _FRAMING_TYPES:
                # "refused to meet with the envoy": the framing act takes its complement's target.
                complement_targets = self._complement_targets(verb, source_heads, day)
                targets = list(complement_targets) or targets
            pairs = [(source, target) for source in sources for target in targets]
            # "Sudan's army and the RSF agreed to resume talks": with no one else named
            # (the object is a thing), conjoined subjects act with each other.
            unnamed_object = not target_actors and not any(
                h.pos_ == "PROPN" or h.ent_type_ in _NAMED_ACTORS for h in target_heads
            )
            reciprocal = (
                unnamed_object
                and len(sources) > 1
                and (
                    sense.event_type in _RECIPROCAL_TYPES
                    or sense.cameo in _RECIPROCAL_CAMEO
                    or verb.lemma_.lower() in self.lexicon.mutual_verbs
                )
            )
            if (
                sense.event_type == "MOBILIZE"
                and len({a.code for a in sources if a is not None and a.country}) > 1
                and any(self.lexicon.in_class(t.lemma_.lower(), "drill") for t in trigger)
            ):
                # "Warships from India, Japan and the United States took part in the naval
                # exercise": an exercise of several states is joint (PLOVER: COOPERATE)
                sense = replace(sense, event_type="COOPERATE", mode=None, cameo="062")
                reciprocal = True
            first_reversed = None  # where the other side of a mutual act starts in pairs
            if reciprocal:
                # "Armenia and Azerbaijan agreed to halt fighting", "A and B met": each did
                # it with the other.
                pairs = [(a, b) for a in sources for b in sources if a is not b]
            elif (
                not negated
                and modality == "actual"
                and (hosted or self._mutual(sense, target_heads, targets))
            ):
                # "Blair held talks with Ahern", "Iran signed a deal with Russia": CAMEO codes
                # a meeting or an agreement between two sides in both directions; "Kibaki
                # hosted Museveni": the visit (042) and the hosting (043).
                reverse = [
                    (_as_source(b), a)
                    for a, b in pairs
                    if a is not None
                    and b is not None
                    and b.resolved
                    and not set(b.sectors) & _PRESS_SECTORS  # "spoke to reporters"
                ]
                first_reversed = len(pairs) if reverse else None
                pairs += reverse
            for index, (source, target) in enumerate(pairs):
                other_side = first_reversed is not None and index >= first_reversed
                if _same_mention(source, target):
                    continue
                if (
                    sense.event_type == "CONSULT"
                    and target is not None
                    and set(target.sectors) & _PRESS_SECTORS
                ):
                    continue  # "spoke to reporters", "told journalists": a statement
                struck = self._strike_by(self._crowd_act(verb, sense, source), source)
                if struck is None:
                    continue
                pair_sense = struck
                if (
                    pair_sense.event_type == "RETREAT"
                    and pair_sense.cameo.startswith("084")
                    and target is not None
                    and set(target.sectors) & {"COP", "JUD"}
                ):
                    # "handed the suspects over to Peruvian police": judicial cooperation
                    pair_sense = replace(
                        pair_sense, event_type="COOPERATE", mode=None, cameo="063",
                        origin=pair_sense.origin + "+to-justice",
                    )  # fmt: skip
                if hosted and other_side:
                    pair_sense = replace(sense, mode=None, cameo="043")  # the host's side
                arrival = self._arrival_or_departure(verb, pair_sense, source)
                if arrival is None:
                    continue
                pair_sense = arrival
                # Pronouns may resolve later (coreference), so they count for now.
                resolved = [
                    a
                    for a in (source, target)
                    if a is not None and (a.resolved or a.resolution == PRONOUN)
                ]
                if self.require_actor and not resolved:
                    continue
                key = (pair_sense.event_type, _key(source), _key(target))
                if key in seen:
                    # The same act said twice ("threatened to launch an operation against
                    # X"): its words are spent, not left to code a bare noun.
                    spent.update(t.i for t in trigger)
                    continue
                seen.add(key)
                # "refused to release them": the refusal is the act, not the release
                refused = negated and self._undone_by_governor(cues)
                confidence = _confidence(source, target, pair_sense, voice, modality, refused)
                reason = (
                    f"{pair_sense.origin}:{'+'.join(self._lemma(t) for t in trigger)}"
                    f" -> {pair_sense.event_type}; voice={voice}"
                    + ("; reciprocal: conjoined subjects, no one else named" if reciprocal else "")
                    + ("; mutual: the other side of the act" if other_side else "")
                    + (f"; cues={','.join(cues)}" if cues else "")
                )
                events.append(
                    CodedEvent(
                        trigger, pair_sense, source, target, negated, modality, confidence, reason
                    )
                )
        used = {t.i for e in events for t in e.trigger} | spent
        events += self.code_nominals(sent, used, seen, day)
        events += self.code_said_demands(sent, seen, day)
        return events

    def code_said_demands(
        self, sent: Span, seen: set[tuple], day: dt.date | None
    ) -> list[CodedEvent]:
        """Demands and appeals made by saying what another party must or should do ("the
        UN said Israel must withdraw": REQUEST 106; "should" appeals, 02x). The act itself
        stays a hypothetical event of its own."""
        events: list[CodedEvent] = []
        for clause in sent:
            saying = clause.head
            if (
                clause.dep_ != "ccomp"
                or clause.pos_ not in ("VERB", "AUX")
                or not self.lexicon.in_class(saying.lemma_.lower(), "saying")
            ):
                continue
            auxiliaries = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
            modal = next((m for m in _OBLIGATION_MODALS if m in auxiliaries), None)
            if modal is None or "have" in auxiliaries:
                continue  # "must have known": a guess, not a demand
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "must not attack": a warning, coded by its own words if at all
            found = self._sense_for(clause)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            speaker = self._subject(saying)
            if found is None or subject is None or speaker is None or subject.pos_ == "PRON":
                continue  # a pronoun is often the speaker itself ("Iran said it must act")
            act, trigger = found
            source = self._actor_or_pronoun(speaker, "source", day)
            target = self._actor_or_pronoun(subject, "target", day)
            if source is None or target is None or not target.resolved:
                continue
            if _same_mention(source, target) or (source.code and source.code == target.code):
                continue
            framing = Sense(
                lemma=saying.lemma_.lower(),
                particle=modal,
                event_type="REQUEST",
                mode=None,
                cameo=_OBLIGATION_MODALS[modal],
                target_preps=(),
                origin="said-demand",
            )
            sense = self.lexicon.directed_at(framing, act)
            key = (sense.event_type, _key(source), _key(target))
            if key in seen:
                continue
            seen.add(key)
            reason = (
                f"said-demand:{saying.lemma_.lower()}+{modal}+{self._lemma(clause)} -> REQUEST;"
                f" {target.text!r} {modal} {'+'.join(t.lemma_.lower() for t in trigger)}"
            )
            confidence = _confidence(source, target, sense, "active", "actual")
            events.append(
                CodedEvent((saying,), sense, source, target, False, "actual", confidence, reason)
            )
        return events

    def _framed(self, coding: PairCoding, src_ids: set[int]) -> PairCoding:
        """The framing act governing the trigger, when the source is its subject ("refused
        to meet", "agreed to withdraw"); an intended act as the expression of intent."""
        verb = coding.trigger[0]
        while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
            governor = verb.head
            found = self._sense_for(governor) if governor.pos_ in ("VERB", "AUX") else None
            subject = self._subject(governor)
            if found is None or subject is None:
                break
            if found[0].event_type in _FRAMING_TYPES and any(
                t.i in src_ids for t in phrase_for(subject).tokens
            ):
                negated, modality, _ = self._qualifiers(governor)
                reason = f"{found[0].origin}:{governor.lemma_.lower()} -> {found[0].event_type}; frames {verb.lemma_.lower()}"
                return PairCoding(found[0], found[1], negated, modality, coding.confidence, reason)
            verb = governor
        if coding.modality == "intended":
            intent = self.lexicon.as_intent(coding.sense)
            if intent is not coding.sense:
                return replace(
                    coding,
                    sense=intent,
                    reason=coding.reason + f"; intended -> {intent.event_type}",
                )
        return coding

    # -- nominal events ------------------------------------------------------
    def _nominal_arguments(
        self, noun: Token, sense: Sense
    ) -> tuple[list[Token], list[Token], bool]:
        """Source and target heads of an event noun; True when they come from "between"."""
        sources: list[Token] = []
        targets: list[Token] = []
        children = list(noun.children)
        ended = self._ended_act(noun)
        if ended is not None:  # "the suspension of aid to Egypt": the aid's recipient
            children += [c for c in ended.children if c.dep_ == "prep"]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _OCCURRING_VERBS:
            # "fighting broke out between the army and the rebels": the parser hangs the
            # parties on the verb of happening
            children += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
        for child in children:
            if child.dep_ == "poss":
                sources.append(child)  # "Russia's invasion of Ukraine"
            elif child.dep_ == "prep" and child.lower_ == "by":
                sources += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "between":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    return [pobj], list(pobj.conjuncts), True  # "a meeting between A and B"
            elif child.dep_ == "prep" and child.lower_ in sense.target_preps:
                targets += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in (
                "NORP",
                "GPE",
                "ORG",
            ):
                sources.append(child)  # "the Israeli attack", "U.S. sanctions"
        # "the shelling of Grozny by Russian artillery": the parser hangs the agent on the
        # target.
        sources += [s for t in targets for s in self._prep_objects(t, ("by",))]
        return sources, targets, False

    def _nominal_modality(self, noun: Token) -> tuple[Modality, list[str]]:
        """An event noun under a demand or a plan has not happened ("demanded the release of")."""
        governor = noun.head
        while governor.dep_ in ("pobj", "prep") and governor.head.i != governor.i:
            governor = governor.head
        if governor.i == noun.i or governor.pos_ not in ("VERB", "AUX"):
            return "actual", []
        blamer: Token | None = None
        if _accused(governor) is not None:
            blamer = governor.head.head  # "accusing it of committing genocide"
        elif noun.head.dep_ == "prep" and noun.head.lower_ in _BLAME_PREPS:
            blamer = governor  # "accused Serbia of genocide"
        if blamer is not None and self._is_accusation(blamer):
            # "accusing it of committing genocide", "accused Serbia of genocide": alleged
            return "hypothetical", [f"verb:{blamer.lemma_.lower()}"]
        if self._is_directive(governor):
            return "hypothetical", [f"governor:{governor.lemma_.lower()}"]
        if governor.lemma_.lower() in _WANTING and noun.dep_ == "dobj":
            # "the text needs the approval of Congress": an act wanted, not done.
            return "hypothetical", [f"governor:{governor.lemma_.lower()}"]
        effect = self.lexicon.modality.get((governor.lemma_.lower(), "VERB"))
        level = _MODAL_EFFECTS.get(effect or "")
        if level is not None:
            return level, [f"verb:{governor.lemma_.lower()}"]
        return "actual", []

    def _said_by_another(self, noun: Token) -> bool:
        """Whether an event noun is a speech act its possessor made ("Argentina's call"):
        rejecting it does not undo it."""
        return self.lexicon.in_class(noun.lemma_.lower(), "speech") and any(
            c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES for c in noun.children
        )

    def _withheld(self, noun: Token) -> bool:
        """Whether an event noun is the object of a verb that stops, refuses, withholds or
        ends it ("suspended aid", "rejected the ceasefire", "lifted sanctions"): not done."""
        obj = noun
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head
        if obj.dep_ == "pobj" and obj.head.lower_ in ("from", "of"):
            # "pulled out of the talks", "withdrew from the negotiations": they end
            leaver = obj.head.head
            if leaver.lower_ in _OUT_PARTICLES:
                leaver = leaver.head
            return leaver.lemma_.lower() in _TALK_LEAVERS and self.lexicon.in_class(
                noun.lemma_.lower(), "meeting"
            )
        if obj.dep_ not in ("dobj", "nsubjpass"):
            return False
        verb = obj.head
        if verb.lemma_.lower() in self.lexicon.undoing_verbs:
            return True
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            return True  # "called off the talks", "put off the visit": cancelled
        if self.lexicon.modality.get((verb.lemma_.lower(), "VERB")) != "negated":
            return False
        if self._said_by_another(noun):
            # "Britain rejected Argentina's call for talks": the call was made all the same.
            return False
        # "failed to prevent an attack": the two negations cancel, the attack happened.
        return not self._qualifiers(verb)[0]

    def code_nominals(
        self, sent: Span, used: set[int], seen: set[tuple], day: dt.date | None
    ) -> list[CodedEvent]:
        """Events expressed by nouns that no verb event used ("the raid on Sadr City")."""
        events: list[CodedEvent] = []
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.i in used:
                continue
            if any(t.dep_ == "appos" for t in (noun, *noun.ancestors)):
                continue  # an apposition describes someone; it reports no event
            sense = self.nominal_sense(noun)
            if sense is None:
                continue
            ender = noun.head.head if noun.head.dep_ == "prep" else None
            if ender is not None and self._ended_act(ender) == noun:
                continue  # "the cessation of hostilities": the ending is the event
            if self._withheld(noun):
                continue  # "froze military aid to Egypt": the freeze is the act, not aid
            source_heads, target_heads, between = self._nominal_arguments(noun, sense)
            if between:
                sources = [self._actor_or_pronoun(h, "source", day) for h in source_heads]
                target_list = [self._actor_or_pronoun(h, "target", day) for h in target_heads]
            else:
                sources = list(self._resolve_all(source_heads, "source", day))
                target_list = list(self._resolve_all(target_heads, "target", day))
            modality, cues = self._nominal_modality(noun)
            if modality == "intended":
                sense = self.lexicon.as_intent(sense)
            if not target_list and sense.event_type in _GIVEN_TYPES:
                continue  # "built with Japanese financing", "Ukraine's grain exports": to no one
            for source in sources or [None]:
                for target in target_list or [None]:
                    if not any(a is not None and a.resolved for a in (source, target)):
                        continue
                    if _same_mention(source, target):
                        continue
                    key = (sense.event_type, _key(source), _key(target))
                    if key in seen:
                        continue
                    seen.add(key)
                    reason = f"nominals:{noun.lemma_.lower()} -> {sense.event_type}; nominal" + (
                        f"; cues={','.join(cues)}" if cues else ""
                    )
                    confidence = _confidence(source, target, sense, "nominal", modality)
                    events.append(
                        CodedEvent(
                            (noun,), sense, source, target, False, modality, confidence, reason
                        )
                    )
        return events

    def code_pair(self, sent: Span, source: Span, target: Span) -> PairCoding | None:
        """The event from ``source`` to ``target`` (spans of the same Doc), if a trigger links them.

        A trigger whose parsed arguments are these actors wins (in either voice);
        failing that, the trigger on the dependency path between them nearest the target.
        """
        src_ids = {t.i for t in source}
        tgt_ids = {t.i for t in target}
        best: tuple[float, PairCoding] | None = None
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            found = self._sense_for(verb)
            if found is None:
                continue
            sense, trigger = found
            source_heads, target_heads, voice = self._argument_heads(verb, trigger, sense)

            def hits(heads: list[Token], ids: set[int]) -> bool:
                return any(
                    any(t.i in ids for t in phrase_for(h).tokens)
                    for h0 in heads
                    for h in (h0, *h0.conjuncts)
                )

            score = 0.45 * hits(source_heads, src_ids) + 0.45 * hits(target_heads, tgt_ids)
            if score and (best is None or score > best[0]):
                negated, modality, cues = self._qualifiers(verb)
                reason = f"{sense.origin}:{verb.lemma_.lower()} -> {sense.event_type}; arguments; voice={voice}"
                best = (
                    score,
                    PairCoding(sense, trigger, negated, modality, min(0.95, 0.05 + score), reason),
                )
        if best is not None and best[0] >= 0.9:
            return self._framed(best[1], src_ids)
        # No trigger takes both as arguments: look on the path between them.
        src_path = _ancestors_and_self(source.root)
        tgt_path = _ancestors_and_self(target.root)
        common = next((t for t in tgt_path if t in src_path), None)
        path = [t for t in tgt_path if common is None or t.i != common.i]
        path += [common] if common is not None else []
        path += [t for t in src_path if common is not None and t.i != common.i and t not in path]
        for token in path:
            noun_sense = self.nominal_sense(token) if token.pos_ == "NOUN" else None
            found = self._sense_for(token) if token.pos_ in ("VERB", "AUX") else None
            if found is None and noun_sense is not None:
                found = (noun_sense, (token,))
            if found is None:
                continue
            sense, trigger = found
            negated, modality, cues = self._qualifiers(token)
            reason = f"{sense.origin}:{token.lemma_.lower()} -> {sense.event_type}; dependency path"
            coding = PairCoding(sense, trigger, negated, modality, 0.4, reason)
            if best is None or best[0] < 0.4:
                return coding
            break
        return best[1] if best is not None else None


def _temporal_phrase(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


@dataclass(frozen=True)
class PairCoding:
    """The relation a sentence expresses from a given source to a given target."""

    sense: Sense
    trigger: tuple[Token, ...]
    negated: bool
    modality: Modality
    confidence: float
    reason: str


def _headline_verb(token: Token) -> bool:
    """ "Al-Shabaab gunmen storm Nairobi's Westgate mall": in a headline the tagger may take
    the verb for a noun; a noun that roots the sentence and has a subject is its verb."""
    return (
        token.dep_ == "ROOT"
        and token.pos_ == "NOUN"
        and token.tag_ in ("NN", "NNS")
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _noun_infinitive(token: Token) -> bool:
    """ "a plan to withdraw", "calls to lift the blockade": an infinitive on a noun (the
    parser sometimes calls it a relative clause)."""
    return (
        token.dep_ in ("acl", "relcl")
        and token.head.pos_ == "NOUN"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _means_or_time_gerund(token: Token) -> bool:
    """A gerund after "by", "after", "before", "while", "without" or "upon", whose doer is
    the subject of the verb the phrase hangs on ("left after meeting Erdogan")."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in _GERUND_SUBJECT_PREPS
        and prep.head.i != prep.i
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _misparsed_main_verb(verb: Token) -> bool:
    """A finite past-tense verb hung as a modifier on a noun that heads the sentence: the
    sentence's real main verb, its subject the noun."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and _misparsed_subject(verb).dep_ == "ROOT"
        and _misparsed_subject(verb).pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _misparsed_subject(verb: Token) -> Token:
    """The noun a misparsed main verb hangs on, or the name its apposition describes
    ("Aung San Suu Kyi, the detained opposition leader, called on ...")."""
    head = verb.head
    return head.head if head.dep_ == "appos" else head


def _as_source(actor: Actor) -> Actor:
    """A country named as a partner ("a deal with Russia") acts as its government when it
    becomes the source of the mutual event, as the resolver codes a country subject."""
    if actor.resolution != "dictionary:country" or actor.sectors or actor.country is None:
        return actor
    return replace(
        actor,
        sectors=("GOV",),
        code=actor_code(actor.country, ("GOV",)),
        resolution="metonymy:country",
    )


def _same_mention(source: Actor | None, target: Actor | None) -> bool:
    """One mention on both sides; the members of "Israeli and Palestinian negotiators"
    share a span but are two actors."""
    return (
        source is not None
        and target is not None
        and (source.start, source.code) == (target.start, target.code)
    )


def _ancestors_and_self(token: Token) -> list[Token]:
    return [token, *token.ancestors]


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
