"""Code events in a parsed sentence: who did what to whom, from the dependency parse.

For every verb the lexicon knows (or a light verb with an event noun as object,
"held talks with"), the coder finds the source (subject, or passive agent) and the
target (object, a preposition the sense names, or the passive subject), expands
coordinated actors into one event each, and reads negation and modality from the
verb's auxiliaries, adverbs and governing verbs. ``EventCoder`` runs that loop; the steps
are the mixins it inherits: senses.py (the trigger's sense), arguments.py (source and
target), qualifiers.py (negation, modality, refusals) and nominals.py (events named by
nouns), with what they share in base.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..actors.coref import PRONOUN
from ..actors.resolve import ActorResolver, actor_code, phrase_for
from ..schema import PLACE_RESOLUTIONS, Actor, Modality, has_actors
from .arguments import ArgumentFinder
from .base import (
    _AIMING_VERBS,
    _ARMED_SECTORS,
    _DIRECTIVE_TYPES,
    _FRAMING_TYPES,
    _NAMED_ACTORS,
    _OBLIGATION_VERBS,
    _PLACED_TYPES,
    _WARNING_VERBS,
    CodedEvent,
    _confidence,
    _key,
    _made_of,
    _names_a_place,
    _purpose_clauses,
    _same_mention,
)
from .lexicon import EventLexicon, Sense
from .nominals import NominalCoder
from .qualifiers import QualifierReader
from .senses import SenseFinder

# Acts that conjoined subjects with no object do with each other ("A and B met").
_RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_RECIPROCAL_CAMEO = {"057", "0871"}  # "A and B signed a treaty", "A and B halted fire": each other
# "A and B established (or broke off) diplomatic relations": each with the other; not "A and B
# recognised the council"
_RELATIONS_CAMEO = {"054", "161"}
_MUTUAL_CONSULT_CAMEO = {"040", "044", "046"}  # meet, meet at a third place, negotiate
_MOVING_TYPES = {"MOBILIZE", "RETREAT"}  # their object is what moves, never whom
_PRESS_SECTORS = {"JRN"}
_CAPTURING_VERBS = frozenset({"capture", "seize"})
# what one side says it is ready or wants to do with another is its own intent
_ONE_SIDED_INTENTS = frozenset(
    {"ready", "willing", "prepared", "want", "hope", "wish", "eager", "keen", "offer", "seek"}
)
# one side's act on a deal or talks "with" another: ratifying, approving, proposing
_ONE_SIDED_ACTS = frozenset(
    {"ratify", "approve", "endorse", "adopt", "propose", "offer", "suggest", "seek"}
)
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
_COMBATANTS = frozenset({"MIL", "REB", "UAF"})
# people a state deports one by one: no officials, diplomats, parties or bodies
_SMALL_NUMBERS = {
    w: n
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), start=1
    )
}
_PRIVATE_PEOPLE = frozenset({"CVL", "JRN", "REF", "LAB", "EDU", "MED", "REL", "BUS", "CRM", "AGR"})
_REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}
_DESCRIBING_PENALTY = 0.1
_SPEAKING_BODIES = {"JRN", "LEG"}  # groups whose attacks are words: the press, parliaments
# Modals that make a saying a demand ("said Israel must withdraw", CAMEO 10) or an appeal
# ("should", 02), with the framing act's unspecific code.
_OBLIGATION_MODALS = {"must": "100", "should": "020", "ought": "020"}
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# Acts that, aimed at no one named, are aimed at the country they are done in. Meetings,
# agreements and joint acts are not: where they happen is a venue.
_STRIKING_TYPES = {
    "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "CONCEDE", "RETREAT", "AID"
}  # fmt: skip
_YIELD_TYPES = {"CONCEDE", "RETREAT"}
# The acts whose aim a verb of aiming (base._AIMING_VERBS) may name: "sanctions targeting".
_MEASURE_TYPES = {"SANCTION", "COERCE", "ACCUSE", "REQUEST", "THREATEN", "REJECT", "AID"}
# Acts aimed at the place they are done in: "struck targets in Kandahar", "called for calm
# in Kenya"
_AIMED_WHERE_DONE = _STRIKING_TYPES | {"REQUEST"}
_AIMED_BY_PURPOSE = {"ASSAULT", "COERCE"}  # with nothing named as their object
# Acts done to someone else: with a reflexive object ("positioned itself", "armed
# themselves") they report no event between two actors.
_MATERIAL_TYPES = frozenset(
    {"MOBILIZE", "AID", "ASSAULT", "COERCE", "RETREAT", "SANCTION", "COOPERATE", "CONCEDE"}
)
_REFLEXIVES = frozenset(
    {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"}
)


class EventCoder(SenseFinder, ArgumentFinder, QualifierReader, NominalCoder):
    """The rule-based coder: ``code`` finds a sentence's events, ``code_pair`` the relation
    between two given actors."""

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
            if verb.dep_ == "xcomp" and verb.lemma_.lower() == "blame" and verb.head.lemma_ == "be":
                continue  # "the rebels were to blame": they are blamed (code_said_blame)
            if self._scheduled_for(verb, sense):
                continue  # "Putin is scheduled to meet Erdogan": the meeting is the event
            if self._warns_of_own_act(verb):
                continue  # "Moscow warned it would retaliate": the threat is the retaliation
            source_heads, target_heads, voice = self._argument_heads(verb, trigger, sense)
            if sense.origin == "explosion":  # the bomb is no one; whose it is, is
                source_heads = [
                    o for b in verb.children if b.dep_ == "nsubj" for o in self._bomb_owners(b)
                ]
            # "went on strike": the event's own noun is no one it is aimed at
            target_heads = [h for h in target_heads if h not in trigger]
            if not target_heads and sense.event_type == "ASSAULT":
                # "five civilians died when a bomb exploded in the market": its victims
                target_heads = self._died_when(verb)
            referred = self._doer_of_referred_act(verb)
            misread = self._subject_read_as_apposition(verb)
            if referred is not None and misread is not None:
                source_heads = [misread]
            if referred is not None and referred not in source_heads:
                # "sent troops into Bahrain, a move Iran condemned": Saudi Arabia's move
                target_heads = [referred, *(h for h in target_heads if h != verb.head)]
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
            if self._aim_of_a_measure(verb, sense):
                continue
            if sense.event_type == "MOBILIZE" and self._peacekeepers(source_heads):
                # "Brazilian peacekeepers began patrolling the slum": peacekeeping (AID 074)
                sense = replace(
                    sense,
                    event_type="AID",
                    mode=None,
                    cameo="074",
                    origin=sense.origin + "+peacekeepers",
                )
            if any(
                self.resolver.knowledge.inanimate.get(h.lemma_.lower()) in ("hazard", "strife")
                for h in [
                    *source_heads,
                    *(p for h in source_heads for p in _made_of(h)),
                    *(h.head for h in source_heads if h.dep_ == "poss"),  # "Lebanon's civil war"
                ]
            ):
                continue  # "typhoons struck the Philippines", "the war killed 150,000": no one's act
            if not source_heads and self._done_by_hazard(verb):
                continue  # "rains triggered landslides, killing 22 people": no one's act
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
            hosting = (
                sense.event_type == "CONSULT" and verb.lemma_.lower() in self.lexicon.hosting_verbs
            )
            parties = [
                party
                for talks in (target_heads[:1] if hosting else [])
                if talks.dep_ == "dobj" and self.lexicon.in_class(talks.lemma_.lower(), "meeting")
                for party in self._prep_objects(talks, ("between", "among"))
            ]
            if parties:
                # "Egypt hosted talks between Hamas and Fatah": the host brings the parties
                # together, as a mediator does (CAMEO 045); they are its targets.
                sense = replace(sense, mode=None, cameo="045", origin=sense.origin + "+talks")
                target_heads = parties
            elif hosting and not [
                h for h in target_heads if not self.lexicon.in_class(h.lemma_.lower(), "meeting")
            ]:
                # "Qatar will host the talks": the host's act, with no guest named
                target_heads = []
            elif hosting:
                # The PLOVER manual: the visitor is the actor, the host the recipient; of
                # "hosted a dinner for the president", the guest.
                guests = [
                    h
                    for h in target_heads
                    if not self.lexicon.in_class(h.lemma_.lower(), "occasion")
                ]
                source_heads, target_heads = guests[:1], source_heads
                sense = replace(sense, mode="visit", cameo="042", origin=sense.origin + "+hosted")
                hosted = True
            if (
                sense.event_type in _MATERIAL_TYPES
                and _reflexive_object(verb)
                and sense.mode != "explosives"  # "a bomber blew himself up among pilgrims"
            ):
                continue  # "Brazil has positioned itself as a broker": no act on anyone
            handled: list[Token] = []  # things handled ("rejected the accusations")
            if (
                sense.origin == "objects:thing"
                and len(trigger) > 1
                and trigger[1].dep_ == "prep"
                and any(c.dep_ == "dobj" for c in verb.children)
            ):
                # "forced Chavez from power": the thing follows the preposition, and the
                # object is whom the act is done to
                target_heads = [h for h in target_heads if h.head != trigger[1]]
            elif sense.origin == "objects:thing":
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
                    h
                    for h in target_heads
                    if h.dep_ in movable
                    and (
                        self._moved_forces(h, day)
                        # "Cuban doctors were sent to Italy": the staff sent move too
                        or h.lemma_.lower() in self.lexicon.relief_staff
                        or h.lemma_.lower() in self.lexicon.assistance
                    )
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
            thing = None if target_actors else self._unresolved_object(target_heads, source_heads)
            placed: list[Actor] = []
            if thing is not None and (
                any(s is not None for s in sources) or sense.origin == "explosion"
            ):
                # "freezing heating pipes in the Krasnoyarsk region": no one's act
                # "called for calm in Kenya" is aimed at Kenya; "discussed trade in Geneva"
                # and "rallied in Belgrade" name a venue
                aimed_there = sense.event_type in _AIMED_WHERE_DONE
                placed = self._thing_placed(thing, verb, day, aimed_there)
            targets: list[Actor | None] = list(target_actors) or list(placed) or [thing]
            if (
                sense.event_type == "MOBILIZE"
                and not any(
                    t is not None and t.resolved and t.resolution not in PLACE_RESOLUTIONS
                    for t in targets
                )
            ) or (sense.event_type in _AIMED_BY_PURPOSE and all(t is None for t in targets)):
                # "sent troops to Aceh to hunt the rebels": whom the forces are sent against;
                # "fired tear gas to disperse the protesters": whom the firing is aimed at
                aim = self._resolve_targets(_purpose_objects(verb), day)
                if sense.event_type != "MOBILIZE":
                    # people, not "a Soviet beachhead" ("fighting to prevent ...")
                    aim = [a for a in aim if a.sectors]
                targets = list(aim) or targets
            if self._attack_in_words(verb, trigger, sense, sources, targets):
                # "came under fire from lawmakers", "faced attacks from the opposition":
                # words, not weapons
                sense = replace(sense, event_type="ACCUSE", mode=None, cameo="111")
            negated, modality, cues = self._qualifiers(verb)
            if any(c.dep_ == "det" and c.lower_ == "no" for t in trigger[1:] for c in t.children):
                # "made no arrests", "gave no aid": the act's own noun denies it
                negated = not negated
                cues.append("det:no")
            act_sense = sense  # before a refusal or an intent recodes it
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
                if all(t is None for t in targets):
                    # "refused to accept the election results": what is refused, as written
                    objects = [
                        o
                        for c in verb.children
                        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                        for o in c.children
                        if o.dep_ == "dobj"
                    ]
                    targets = [self._unresolved_object(objects, source_heads)]
            pairs = [(source, target) for source in sources for target in targets]
            # "Sudan's army and the RSF agreed to resume talks": with no one else named
            # (the object is a thing), conjoined subjects act with each other.
            unnamed_object = not target_actors and not any(
                h.pos_ == "PROPN" or h.ent_type_ in _NAMED_ACTORS for h in target_heads
            )
            reciprocal = (len(sources) > 1 and _each_other(target_heads)) or (
                unnamed_object
                and len(sources) > 1
                # "Egypt and Qatar brokered the talks": mediators stand on one side
                and not sense.cameo.startswith("045")
                and (
                    sense.event_type in _RECIPROCAL_TYPES
                    or sense.cameo in _RECIPROCAL_CAMEO
                    or (
                        sense.cameo in _RELATIONS_CAMEO
                        and any(
                            self.lexicon.in_class(t.lemma_.lower(), "relations")
                            for t in (*trigger, *verb.children)
                        )
                    )
                    or verb.lemma_.lower() in self.lexicon.mutual_verbs
                    or self.lexicon.in_class(verb.lemma_.lower(), "fighting")
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
            if (
                not reciprocal
                and sense.event_type in _STRIKING_TYPES
                and all(t is None for t in targets)
                # "rainfall threatening harvests"; a bomb is someone's though none is named
                and (any(s is not None for s in sources) or sense.origin == "explosion")
            ):
                # "opened fire in a market in Baghdad": with not even a thing named as
                # its object, the act struck the city, as CAMEO coders code it
                city = self._country_struck(verb, trigger, day, cities=True)
                if city:
                    pairs = [(source, target) for source in sources for target in city]
            first_reversed = None  # where the other side of a mutual act starts in pairs
            if reciprocal:
                # "Armenia and Azerbaijan agreed to halt fighting", "A and B met": each did
                # it with the other.
                pairs = [(a, b) for a in sources for b in sources if a is not b]
            elif (
                not negated
                # "ratified the deal with Canada", "offered a truce with Hamas": one side's
                and verb.lemma_.lower() not in _ONE_SIDED_ACTS
                and (
                    (
                        modality == "actual"
                        and (
                            hosted
                            or self._mutual(sense, target_heads, targets)
                            or (
                                # "Nicaraguan troops clashed with a rebel column": both fought
                                self.lexicon.in_class(verb.lemma_.lower(), "fighting")
                                and _with_partner(target_heads, targets)
                            )
                        )
                    )
                    or (
                        # "Rouhani will meet Abadi next week": both sides intend the meeting;
                        # "Syria said it was ready to resume talks with Israel": Syria alone
                        modality == "intended"
                        and sense.event_type == "AGREE"
                        and verb.head.lemma_.lower() not in _ONE_SIDED_INTENTS
                        and (hosted or self._mutual(act_sense, target_heads, targets))
                    )
                )
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
                if _own_country_promised(sense, source, target):
                    # "Kim vowed to strengthen North Korea's deterrent": no one promised
                    target = None
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
                if _state_detention(verb, pair_sense, source, target):
                    # "police seized 40 protesters": an arrest; captured fighters and
                    # people seized by armed groups stay ASSAULT abduct (PLOVER manual)
                    pair_sense = replace(
                        pair_sense, event_type="COERCE", mode="arrest", cameo="173",
                        origin=pair_sense.origin + "+detention",
                    )  # fmt: skip
                if self._hijacking(verb, pair_sense, source):
                    # "gunmen seized a passenger bus": armed groups and criminals seizing a
                    # vehicle hijack it (CAMEO 181); a state's organs impound (1711)
                    pair_sense = replace(
                        pair_sense, event_type="ASSAULT", mode="abduct", cameo="181",
                        origin=pair_sense.origin + "+hijacking",
                    )  # fmt: skip
                if _deportation(verb, pair_sense, source, target):
                    # "expelled a British journalist": individuals are deported (COERCE
                    # 174); diplomats and members of a body are expelled (SANCTION 166)
                    pair_sense = replace(
                        pair_sense, event_type="COERCE", mode="deport", cameo="174",
                        origin=pair_sense.origin + "+individuals",
                    )  # fmt: skip
                if hosted and other_side and sense.event_type == "CONSULT":
                    pair_sense = replace(sense, mode=None, cameo="043")  # the host's side
                arrival = self._arrival_or_departure(verb, pair_sense, source)
                if arrival is None:
                    continue
                pair_sense = arrival
                # Pronouns may resolve later (coreference), so they count for now.
                pending = any(a is not None and a.resolution == PRONOUN for a in (source, target))
                if self.require_actor and not (pending or has_actors(source, target)):
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
                if other_side:
                    # the text's own direction ranks first: "Obama met Netanyahu" is
                    # Obama's meeting before it is Netanyahu's
                    confidence = max(0.05, confidence - 0.01)
                if target is not None and any(
                    target.start <= r.idx < target.end for r in self._requester(verb)
                ):
                    # "might ask the UN to send a force": the asked-for act, aimed at the
                    # asker, ranks below the asking
                    confidence = max(0.05, confidence - _DESCRIBING_PENALTY)
                if verb.dep_ == "acl" and verb.tag_ == "VBG":
                    # "opened fire on protesters demanding his resignation": what describes
                    # a party ranks below the act done to it
                    confidence = max(0.05, confidence - _DESCRIBING_PENALTY)
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
                if pair_sense.origin in ("objects:thing", "crowd") or pair_sense.cameo == "057":
                    # "set fire to a police station", "signed a trade deal with Peru": the
                    # thing or the deal is part of this act
                    spent.update(c.i for c in verb.children if c.dep_ == "dobj")
                if pair_sense.event_type in ("AGREE", "CONSULT"):
                    # "scheduled talks with the EU": the talks are this event, not another
                    spent.update(
                        c.i
                        for c in verb.children
                        if c.dep_ == "dobj" and self.lexicon.in_class(c.lemma_.lower(), "meeting")
                    )
                if pair_sense.event_type == "SUPPORT":
                    # "pledged its support for Kiev": the support is this event
                    spent.update(
                        c.i
                        for c in verb.children
                        if c.dep_ == "dobj"
                        and self.lexicon.in_class(c.lemma_.lower(), "endorsement")
                    )
        events = _threats_as_one(_without_framed_promises(events))
        used = {t.i for e in events for t in e.trigger} | spent
        events += self.code_nominals(sent, used, seen, day)
        events += self.code_said_demands(sent, seen, day)
        events += self.code_said_blame(sent, seen, day)
        return events

    def _aim_of_a_measure(self, verb: Token, sense: Sense) -> bool:
        """ "sanctions targeting Russia's banks", "a law targeting NGOs", "tariffs hitting
        Chinese steel": the verb names what a measure or a text is aimed at; no one is
        attacked. On an act noun ("air strikes targeting Hamas") it names the act's
        target, which the noun's event carries."""
        if sense.event_type != "ASSAULT" or sense.origin != "verbs":
            return False
        if verb.lemma_.lower() not in _AIMING_VERBS:
            return False
        doer = self._subject(verb)
        if doer is None or doer.pos_ != "NOUN":
            return False
        if self.lexicon.in_class(doer.lemma_.lower(), "document"):
            return True
        act = self.nominal_sense(doer)
        if act is not None and verb.dep_ == "acl" and verb.head.i == doer.i:
            return True  # "air strikes targeting Hamas": the strikes' event is aimed there
        return act is not None and act.event_type in _MEASURE_TYPES

    def _warns_of_own_act(self, verb: Token) -> bool:
        """ "Moscow warned it would retaliate": a warning to no one named, of an act the
        warner says it would do, is that act threatened (coded on the act's verb)."""
        if verb.lemma_.lower() not in _WARNING_VERBS or any(
            c.dep_ in ("dobj", "dative") for c in verb.children
        ):
            return False
        return any(
            c.dep_ == "ccomp" and self._backshifted_will(c) and self._sense_for(c) is not None
            for c in verb.children
        )

    def _scheduled_for(self, verb: Token, sense: Sense) -> bool:
        """ "is scheduled to meet", "was set to visit": a passive of arranging with an
        infinitive raises its subject into that act; the arranging is no act of its own."""
        return (
            sense.event_type == "AGREE"
            and self.lexicon.in_class(verb.lemma_.lower(), "scheduling")
            and self._passive(verb)
            and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)
        )

    def _doer_of_referred_act(self, verb: Token) -> Token | None:
        """For a verb on a noun that sums up the sentence's act ("..., a move Iran
        condemned", "..., a decision welcomed by the opposition"), the subject of the
        clause that did the act."""
        accuser = self._accuser_of_denied(verb)
        if accuser is not None:
            return accuser
        if verb.dep_ == "conj" and self._act_summed_up(verb) is not None:
            # "ETA announced an end to its campaign, and Zapatero hailed the decision"
            before = self._subject(verb.head)
            own = self._subject(verb)
            if before is not None and (own is None or own.i != before.i):
                return before
        told = self._act_told_before(verb)
        if told is not None:
            return told
        noun = verb.head
        if self._subject_read_as_apposition(verb) is not None:
            noun = noun.head
        edge = noun.left_edge.i
        set_off = edge > 0 and noun.doc[edge - 1].text == ","  # the parser may call it an object
        if (
            verb.dep_ not in ("relcl", "acl")
            or not (noun.dep_ in ("appos", "npadvmod") or (noun.dep_ == "dobj" and set_off))
            or not self.lexicon.in_class(noun.lemma_.lower(), "act_reference")
        ):
            return None
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        return self._subject(clause) if clause.pos_ in ("VERB", "AUX") else None

    def _act_told_before(self, verb: Token) -> Token | None:
        """Who did the act a verb's object sums up when the sentence's main clause told it:
        "A court sentenced her, prompting Paris to denounce the verdict", "Nigeria executed
        nine activists, and the Commonwealth ..., calling the hangings murder" (the main
        clause's subject, never the verb's own)."""
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ not in ("VBG", "VB", "VBD"):
            return None
        if self._act_summed_up(verb) is None:
            return None
        main = verb.sent.root
        if main.i == verb.i or main.pos_ not in ("VERB", "AUX"):
            return None
        governor = verb
        while governor.dep_ == "xcomp" and governor.head.i != governor.i:
            governor = governor.head
            if governor.i == main.i or any(
                s.event_type == "REQUEST" for s in self.lexicon.verb_senses(governor.lemma_.lower())
            ):
                # "Guterres called on Putin to stop the attack", "accused Russia ... and
                # called on the West to help stop the offensive": an act asked for, not
                # one that sums up the act told
                return None
        doer = self._subject(main)
        own = self._subject(verb)
        if doer is None or (own is not None and own.i == doer.i):
            return None
        return doer

    def _act_summed_up(self, verb: Token) -> Token | None:
        """The verb's object when it sums up an act the sentence has told ("hailed the
        decision", "denounce the verdict", "calling the hangings murder")."""
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and self.lexicon.in_class(c.lemma_.lower(), "act_reference")
                and any(d.dep_ == "det" and d.lower_ in _REFERRING_DETERMINERS for d in c.children)
                and _said_of_nothing(c)
            ),
            None,
        )

    def _subject_read_as_apposition(self, verb: Token) -> Token | None:
        """The subject of a verb on a noun that sums up the act, which the parser made an
        apposition of that noun with the verb its modifier ("..., a move the U.N. human
        rights office condemned")."""
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            and noun.dep_ == "appos"
            and noun.i > noun.head.i
            and self.lexicon.in_class(noun.head.lemma_.lower(), "act_reference")
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
        ):
            return noun
        return None

    def _accuser_of_denied(self, verb: Token) -> Token | None:
        """Who made the accusation a verb denies or rejects, when the sentence has just told
        it: "X accused Y of ..., a charge Y denied" (the parser may make the accusation the
        denial's complement), "Pompeo blamed Iran, but Tehran rejected the accusation"."""
        allegation = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "nsubjpass")  # the parser may call it a subject
                and self.lexicon.in_class(c.lemma_.lower(), "allegation")
                and _said_of_nothing(c)
            ),
            None,
        )
        if allegation is None:
            return None
        fronted = _fronted_accusation(verb, allegation)
        if fronted is not None:
            return self._subject(fronted)
        for earlier in reversed(verb.doc[verb.sent.start : allegation.i]):
            if earlier.pos_ == "VERB" and any(
                s.event_type == "ACCUSE" for s in self.lexicon.verb_senses(earlier.lemma_.lower())
            ):
                return self._subject(earlier)
        return None

    def _attack_in_words(
        self,
        verb: Token,
        trigger: tuple[Token, ...],
        sense: Sense,
        sources: list[Actor | None],
        targets: list[Actor | None],
    ) -> bool:
        """Whether an attack is words, not weapons: one undergone ("came under fire from",
        "faced attacks from") from people who bear no arms (lawmakers, the opposition, the
        press), or one made by an official, a politician or the press ("the opposition
        leader attacked the prime minister", "newspapers attacked the president")."""
        if sense.event_type != "ASSAULT" or not any(s is not None for s in sources):
            return False
        unarmed = all(
            s is not None and s.sectors and not set(s.sectors) & _ARMED_SECTORS for s in sources
        )
        if len(trigger) > 1 and verb.lemma_.lower() in self.lexicon.receiving_verbs:
            return unarmed
        if not (
            unarmed
            and len(trigger) == 1
            and self.lexicon.in_class(verb.lemma_.lower(), "verbal_attack")
        ):
            return False
        speakers = [s for s in sources if s is not None]
        if not all(
            (s.kind == "person" and "CVL" not in s.sectors) or set(s.sectors) & _SPEAKING_BODIES
            for s in speakers
        ):
            return False
        # Never on armed forces or a place ("attacked Hamas positions"); a head of
        # government attacks with the state's forces unless what is attacked is a person or
        # what someone said or decided.
        if any(t is None or _names_a_place(t) or set(t.sectors) & _ARMED_SECTORS for t in targets):
            return False
        return not any("GOV" in s.sectors for s in speakers) or all(
            t is not None and (t.kind == "person" or not t.resolved) for t in targets
        )

    @staticmethod
    def _mutual(sense: Sense, target_heads: list[Token], targets: list[Actor | None]) -> bool:
        """A meeting or talks with someone (no host, no visitor, no phone call), or an
        agreement or joint act "with" someone: both sides do it."""
        if sense.event_type == "CONSULT" and sense.mode is None:
            return sense.cameo in _MUTUAL_CONSULT_CAMEO
        if sense.event_type not in _RECIPROCAL_TYPES and sense.cameo != "057":
            return False  # "declared a truce with Israel" is one side's
        return _with_partner(target_heads, targets)

    def _said_clauses(self, sent: Span) -> Iterator[tuple[Token, Token]]:
        """Each clause reported by a verb of saying, with that verb ("the UN said Israel
        must withdraw")."""
        for clause in sent:
            if (
                clause.dep_ == "ccomp"
                and clause.pos_ in ("VERB", "AUX")
                and self.lexicon.in_class(clause.head.lemma_.lower(), "saying")
            ):
                yield clause, clause.head

    def code_said_demands(
        self, sent: Span, seen: set[tuple], day: dt.date | None
    ) -> list[CodedEvent]:
        """Demands and appeals made by saying what another party must or should do ("the
        UN said Israel must withdraw": REQUEST 106; "should" appeals, 02x). The act itself
        stays a hypothetical event of its own."""
        events: list[CodedEvent] = []
        for clause, saying in self._said_clauses(sent):
            auxiliaries = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
            modal = next((m for m in _OBLIGATION_MODALS if m in auxiliaries), None)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            verb = clause
            periphrastic = _OBLIGATION_VERBS.get(clause.lemma_.lower())
            if modal is None and periphrastic is not None and not auxiliaries & {"will", "would"}:
                # "said the rebels have to disarm", "said donors need to do more"
                verb = next(
                    (c for c in _purpose_clauses(clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                    clause,
                )
                modal = periphrastic if verb is not clause else None
            if modal is None or "have" in auxiliaries:
                continue  # "must have known": a guess, not a demand
            if any(c.dep_ == "neg" for c in (*clause.children, *verb.children)):
                continue  # "must not attack": a warning, coded by its own words if at all
            found = self._sense_for(verb)
            speaker = self._subject(saying)
            if subject is None or speaker is None or subject.pos_ == "PRON":
                continue  # a pronoun is often the speaker itself ("Iran said it must act")
            # an act with no sense of its own ("must stop enriching uranium") is demanded all
            # the same, unspecified
            act, trigger = found if found is not None else (None, (verb,))
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
            sense = framing if act is None else self.lexicon.directed_at(framing, act)
            key = (sense.event_type, _key(source), _key(target))
            if key in seen:
                continue
            seen.add(key)
            reason = (
                f"said-demand:{saying.lemma_.lower()}+{modal}+{self._lemma(verb)} -> REQUEST;"
                f" {target.text!r} {modal} {'+'.join(t.lemma_.lower() for t in trigger)}"
            )
            confidence = _confidence(source, target, sense, "active", "actual")
            events.append(
                CodedEvent((saying,), sense, source, target, False, "actual", confidence, reason)
            )
        return events

    def code_said_blame(
        self, sent: Span, seen: set[tuple], day: dt.date | None
    ) -> list[CodedEvent]:
        """Blame laid by saying who was behind an act ("India said Pakistan-based militants
        were behind the attacks", "Iran said the United States was responsible for the
        killing"): the speaker accuses them (CAMEO 112)."""
        events: list[CodedEvent] = []
        for clause, saying in self._said_clauses(sent):
            if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
                continue  # "was not behind": a denial
            predicate = _blame_predicate(clause)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            speaker = self._subject(saying)
            if predicate is None or subject is None or speaker is None:
                continue
            source = self._actor_or_pronoun(speaker, "source", day)
            targets = self._resolve_all([subject], "target", day)
            sense = Sense(saying.lemma_.lower(), "", "ACCUSE", "allege", "112", (), "said-blame")
            for target in targets:
                if source is None or _same_mention(source, target):
                    continue
                key = (sense.event_type, _key(source), _key(target))
                if key in seen:
                    continue
                seen.add(key)
                reason = f"said-blame:{saying.lemma_.lower()}+{predicate.lower_} -> ACCUSE"
                confidence = _confidence(source, target, sense, "active", "actual")
                events.append(
                    CodedEvent(
                        (saying, predicate),
                        sense,
                        source,
                        target,
                        False,
                        "actual",
                        confidence,
                        reason,
                    )
                )
        return events

    def _forces_for(self, coding: PairCoding, source: Span, tgt_ids: set[int]) -> PairCoding:
        """Forces sent to the target itself, a state or its government, with no sign of
        hostility: military assistance, which the PLOVER codebook codes AID ("military and
        police assistance including arms and personnel"); MOBILIZE's target is whom forces
        are mobilised against."""
        sense = coding.sense
        if sense.origin not in ("deployment", "verbs") or sense.event_type != "MOBILIZE":
            return coding
        verb = coding.trigger[0]
        if any(c.dep_ == "prep" and c.lower_ in _HOSTILE_PREPS for c in verb.children) or any(
            t.lemma_.lower() in _HOSTILE_WORDS for t in verb.sent
        ):
            return coding
        sender = self.resolver.resolve(phrase_for(source.root))
        if sender is None:
            return coding
        for dest in self._prep_objects(verb, ("to", "in")):  # "into Ukraine" invades
            if not any(t.i in tgt_ids for t in phrase_for(dest).tokens):
                continue
            actor = self.resolver.resolve(phrase_for(dest))
            if actor is None or actor.country is None:
                continue
            if sender.country in (None, actor.country):
                continue  # "mobilised troops in Xinjiang": its own land
            aid = replace(sense, event_type="AID", mode=None, cameo="072")
            return replace(
                coding,
                sense=aid,
                reason=coding.reason + "; forces sent to the target: military aid",
            )
        return coding

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
            if (
                found[0].event_type in _FRAMING_TYPES
                and any(t.i in src_ids for t in phrase_for(subject).tokens)
                # "vowed never to return the islands": the refusal, coded on "return"
                and not (found[0].event_type == "AGREE" and self._refuses_complement(governor))
            ):
                negated, modality, _ = self._qualifiers(governor)
                sense = self._directed(governor, found[0])
                reason = f"{found[0].origin}:{governor.lemma_.lower()} -> {found[0].event_type}; frames {verb.lemma_.lower()}"
                return PairCoding(sense, found[1], negated, modality, coding.confidence, reason)
            verb = governor
        if coding.negated:
            # "will not release them": a refusal, as in code()
            _, _, cues = self._qualifiers(coding.trigger[0])
            if self._refusal(coding.trigger[0], coding.sense, cues):
                return replace(
                    coding,
                    sense=self.lexicon.as_refusal(coding.sense),
                    negated=False,
                    modality="actual",
                    reason=coding.reason + "; refusal -> REJECT",
                )
        if coding.modality == "intended":
            intent = self.lexicon.as_intent(coding.sense)
            if intent is not coding.sense:
                return replace(
                    coding,
                    sense=intent,
                    reason=coding.reason + f"; intended -> {intent.event_type}",
                )
        return coding

    def _for_a_purpose(self, coding: PairCoding) -> PairCoding:
        """A call or a visit made to do something else ("called Netanyahu to congratulate
        him", "phoned Tsipras to urge him to accept"): between the two, the act it was
        made for."""
        if coding.sense.event_type != "CONSULT" or coding.sense.cameo not in _CONTACT_CODES:
            return coding
        for clause in _purpose_clauses(coding.trigger[0]):
            if clause.pos_ != "VERB":
                continue
            found = self._sense_for(clause)
            if found is None or found[0].event_type == "CONSULT":
                continue
            sense, trigger = found
            reason = f"{sense.origin}:{clause.lemma_.lower()} -> {sense.event_type}; the purpose of {coding.reason}"
            return replace(
                coding, sense=self._directed(clause, sense), trigger=trigger, reason=reason
            )
        return coding

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
                    PairCoding(
                        self._directed(verb, sense), trigger, negated, modality,
                        min(0.95, 0.05 + score), reason,
                    ),
                )  # fmt: skip
        if best is not None and best[0] >= 0.9:
            coding = self._forces_for(self._for_a_purpose(best[1]), source, tgt_ids)
            return self._framed(coding, src_ids)
        # No trigger takes both as arguments: look on the path between them.
        src_path = _ancestors_and_self(source.root)
        tgt_path = _ancestors_and_self(target.root)
        common = next((t for t in tgt_path if t in src_path), None)
        path = [t for t in tgt_path if common is None or t.i != common.i]
        path += [common] if common is not None else []
        path += [t for t in src_path if common is not None and t.i != common.i and t not in path]
        for token in path:
            if _in_condition(token) and any(t in path for t in token.ancestors):
                # "will not end the strike until the company meets their demands": the
                # condition is not what the source does to the target; the clause it bounds is
                continue
            noun_sense = self.nominal_sense(token) if token.pos_ == "NOUN" else None
            found = self._sense_for(token) if token.pos_ in ("VERB", "AUX") else None
            if found is None and noun_sense is not None:
                found = (noun_sense, (token,))
            if found is None:
                continue
            sense, trigger = found
            negated, modality, cues = self._qualifiers(token)
            reason = f"{sense.origin}:{token.lemma_.lower()} -> {sense.event_type}; dependency path"
            if token.pos_ in ("VERB", "AUX"):
                sense = self._directed(token, sense)
            coding = PairCoding(sense, trigger, negated, modality, 0.4, reason)
            if best is None or best[0] < 0.4:
                return self._framed(coding, src_ids)
            break
        # one actor is the trigger's argument ("said it would release them"): intent and
        # refusal read as when both are
        return self._framed(best[1], src_ids) if best is not None else None


# Signs that forces sent somewhere are a show of force, not help.
_HOSTILE_PREPS = frozenset({"against", "near", "along", "toward", "towards"})
_HOSTILE_WORDS = frozenset(
    {"border", "frontier", "invasion", "invade", "tension", "standoff", "threat", "confront",
     "offensive", "attack", "deter", "intimidate", "warn"}
)  # fmt: skip


@dataclass(frozen=True)
class PairCoding:
    """The relation a sentence expresses from a given source to a given target."""

    sense: Sense
    trigger: tuple[Token, ...]
    negated: bool
    modality: Modality
    confidence: float
    reason: str


_CONDITIONS = frozenset({"until", "till", "unless", "if"})
_CONTACT_CODES = frozenset({"040", "041", "042", "043"})  # consult, phone, visit, host


def _in_condition(token: Token) -> bool:
    """Whether ``token`` is in a clause that sets a condition ("until they are met",
    "unless Cuba reforms", "if he reneges")."""
    clause = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return (
        clause is not None
        and clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)
    )


def _reflexive_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)


def _headline_verb(token: Token) -> bool:
    """ "Al-Shabaab gunmen storm Nairobi's Westgate mall": in a headline the tagger may take
    the verb for a noun; a noun that roots the sentence and has a subject is its verb."""
    return (
        token.dep_ == "ROOT"
        and token.pos_ == "NOUN"
        and token.tag_ in ("NN", "NNS")
        and any(c.dep_ == "nsubj" for c in token.children)
    )


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


def _ancestors_and_self(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def _with_partner(target_heads: list[Token], targets: list[Actor | None]) -> bool:
    """Whether a target is named after "with" ("talks with Ahern", "clashed with rebels")."""
    partners = [h for h in target_heads if h.dep_ == "pobj" and h.head.lower_ == "with"]
    return any(t is not None and any(t.start <= h.idx < t.end for h in partners) for t in targets)


def _said_of_nothing(noun: Token) -> bool:
    """ "the accusation", "the decision": a noun that says nothing of whose or what it is,
    so it refers back to the act just told."""
    return not any(d.dep_ in ("poss", "prep", "relcl", "acl") for d in noun.children)


def _blame_predicate(copula: Token) -> Token | None:
    """What makes "X was behind the attack", "X is responsible for", "X is to blame" an
    attribution of an act: the predicate's word."""
    for child in copula.children:
        if child.dep_ == "prep" and child.lower_ == "behind":
            return child
        if child.dep_ == "acomp" and child.lemma_.lower() in ("responsible", "culpable"):
            return child
        if child.dep_ == "xcomp" and child.lemma_.lower() == "blame":
            return child
    return None


def _fronted_accusation(verb: Token, allegation: Token) -> Token | None:
    """ "Washington accused Syria of ..., a charge Damascus denied": the parser makes the
    accusation the complement of the denial that follows it."""
    edge = allegation.left_edge.i
    if edge == 0 or verb.doc[edge - 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < edge), None)


def _purpose_objects(verb: Token) -> list[Token]:
    """The objects of a purpose infinitive on ``verb`` ("to hunt the rebels")."""
    return [
        obj
        for clause in _purpose_clauses(verb)
        if clause.tag_ == "VB"
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def _each_other(heads: list[Token]) -> bool:
    """Whether an object is "each other" or "one another": conjoined subjects act on
    each other ("Armenian and Azerbaijani forces accused each other of ...")."""
    return any(
        (h.lower_ == "other" and any(c.lower_ == "each" for c in h.children))
        or (h.lower_ == "one" and any(c.lower_ == "another" for c in h.children))
        or (h.lower_ == "another" and any(c.lower_ == "one" for c in h.children))
        for h in heads
    )


def _without_framed_promises(events: list[CodedEvent]) -> list[CodedEvent]:
    """The events less a promise or an agreement whose infinitive is coded as what is
    promised, by the same source: "agreed to withdraw its troops from Georgia" is the
    intent to withdraw alone, "vowed to retaliate against Israel" the threat alone. Only
    a vow makes a threat of a hostile act; "promised to freeze settlement construction"
    and "agreed to shut down its reactor" are promises, and stay. So does one whose
    infinitive keeps its own type ("pledged to send troops", an intended deployment). A
    promise made to another party keeps its addressee: "Iran agreed with Russia to expand
    trade" is the promise to Russia with the act's code, and "agreed with Egypt to release
    the hostages" both the promise and the act."""
    promised = {
        (e.trigger[0].i, _key(e.source), e.sense.event_type): e
        for e in events
        if e.modality == "intended"
        and e.sense.event_type in ("AGREE", "THREATEN")
        and e.trigger[0].dep_ == "xcomp"
    }

    def framed(e: CodedEvent) -> CodedEvent | None:
        kinds = ("AGREE", "THREATEN") if e.trigger[0].lemma_.lower() == "vow" else ("AGREE",)
        for c in _infinitives(e.trigger[0]):
            for kind in kinds:
                found = promised.get((c.i, _key(e.source), kind))
                if found is not None:
                    return found
        return None

    kept: list[CodedEvent] = []
    absorbed: set[int] = set()  # promised acts folded into their promise
    for e in events:
        act = framed(e) if e.sense.event_type == "AGREE" and e.modality == "actual" else None
        # another party the promise is made to ("agreed with Russia"), not its own
        # forces ("agreed to withdraw its troops")
        promisee = (
            e.target is not None
            and e.target.country is not None
            and e.source is not None
            and e.target.country != e.source.country
        )
        if act is None:
            kept.append(e)
        elif promisee and act.target is None and act.sense.event_type == "AGREE":
            # "Iran agreed with Russia to expand trade": the promise names whom it is
            # made to, and takes the promised act's code
            kept.append(replace(e, sense=replace(e.sense, cameo=act.sense.cameo)))
            absorbed.add(id(act))
        elif promisee and act.target is not None and _key(act.target) != _key(e.target):
            kept.append(e)  # "agreed with Egypt to release the hostages": both said
    return [e for e in kept if id(e) not in absorbed]


def _threats_as_one(events: list[CodedEvent]) -> list[CodedEvent]:
    """A threat and the act it threatens, coded twice ("threatened to close the strait
    if the United States imposed sanctions": THREATEN 130 at the United States and the
    closing, THREATEN 137 at no one), are one event: the threat, with the act's code."""
    merged: dict[int, CodedEvent] = {}
    dropped: set[int] = set()
    for k, threat in enumerate(events):
        if threat.sense.event_type != "THREATEN":
            continue
        verb = threat.trigger[0]
        if verb.lemma_.lower() not in _WARNING_VERBS:
            continue
        infinitives = {t.i for t in _infinitives(verb)}
        for j, act in enumerate(events):
            if (
                j != k
                and j not in dropped
                and act.sense.event_type == "THREATEN"
                and act.trigger[0].i in infinitives
                and _key(act.source) == _key(threat.source)
                and (act.target is None or _key(act.target) == _key(threat.target))
            ):
                dropped.add(j)
                merged[k] = replace(
                    threat, sense=replace(threat.sense, mode=act.sense.mode, cameo=act.sense.cameo)
                )
    return [merged.get(k, e) for k, e in enumerate(events) if k not in dropped]


def _infinitives(verb: Token) -> list[Token]:
    """The verb's infinitive and theirs in turn ("vowed to continue fighting")."""
    found = [c for c in verb.children if c.dep_ == "xcomp"]
    for clause in list(found):
        found += _infinitives(clause)
    return found


def _state_detention(verb: Token, sense: Sense, source: Actor | None, target: Actor | None) -> bool:
    """A state's organ capturing or seizing someone who is no fighter detains them."""
    if sense.cameo != "181" or verb.lemma_.lower() not in _CAPTURING_VERBS:
        return False
    if source is None or target is None:
        return False
    sources, targets = set(source.sectors), set(target.sectors)
    return (
        bool(sources & _STATE_ORGANS)
        and not sources & {"REB", "UAF", "CRM"}
        and not (targets & _COMBATANTS)
    )


def _own_country_promised(sense: Sense, source: Actor | None, target: Actor | None) -> bool:
    """A promise whose target is only the owner of what the promiser will act on, and
    that owner its own country, is made to no one ("vowed to strengthen North Korea's
    deterrent"); "promised Iraqis better services" is made to the people."""
    return (
        sense.event_type == "AGREE"
        and source is not None
        and target is not None
        and source.country is not None
        and target.country == source.country
        and not target.sectors
        and target.text.endswith(("'s", "'", "’s"))
    )


def _deportation(verb: Token, sense: Sense, source: Actor | None, target: Actor | None) -> bool:
    """A state expelling private people deports them (the PLOVER manual: expulsions of
    individuals are COERCE; those of diplomats, or from a group, SANCTION expel)."""
    if sense.cameo != "166" or verb.lemma_.lower() != "expel":
        return False
    if source is None or target is None or target.country == "IGO":
        return False
    targets = set(target.sectors)
    sources = set(source.sectors)
    return (
        bool(sources & {"GOV", "COP", "JUD"})
        and not sources & _COMBATANTS  # an army driving people out is no legal matter
        and bool(targets)
        and targets <= _PRIVATE_PEOPLE
        and _individuals(verb.doc.char_span(target.start, target.end, alignment_mode="expand"))
    )


def _individuals(span: Span | None) -> bool:
    """ "a British journalist", "two missionaries": people one by one, not a group
    ("thousands of migrant workers", "Afghan refugees")."""
    if span is None:
        return False
    head = span.root
    counts = [t for t in span if t.like_num and t.i < head.i]
    if counts:
        number = counts[0].text.replace(",", "")
        value = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number.lower(), 99)
        return value < 10  # "dozens", "hundreds", 300: a group
    return head.tag_ in ("NN", "NNP")
