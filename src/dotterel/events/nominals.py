"""Code the events that nouns name and no verb event used ("the raid on Sadr City", "Russia's
invasion of Ukraine").

An event noun's source and target come from its possessor, its modifiers and its
prepositions ("a meeting between A and B"); a noun whose act a verb withholds, stops or
ends ("suspended aid", "pulled out of the talks") is not coded.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..schema import has_actors
from .base import (
    _FRAMING_TYPES,
    _OUT_PARTICLES,
    _OWN_POSSESSIVES,
    _SUBJECT_DEPS,
    CodedEvent,
    _aimed_through,
    _CoderBase,
    _confidence,
    _key,
    _same_mention,
)
from .lexicon import Sense

_TALK_LEAVERS = {"withdraw", "pull"}
_WHO_PRONOUNS = {"who", "that", "which"}
_MUTUAL_TYPES = {"COOPERATE", "CONSULT", "AGREE"}  # done by conjoined parties with each other
_DEFIED_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "SANCTION"}  # what one may act despite
_CIRCUMSTANCE_PENALTY = 0.2
_GIVEN_TYPES = {"AID", "COOPERATE"}  # an event noun of these with no recipient is background
# Verbs an event noun happens by: "clashes erupted between".
_OCCURRING_VERBS = {
    "break", "erupt", "flare", "rage", "continue", "resume", "escalate", "intensify",
    "occur", "begin", "start", "take", "spread", "persist",
}  # fmt: skip


# Verbs that do again what their object names: "renewed his appeal" is his appeal anew
# ("met his commitments" makes no new commitment, so only these and light verbs count).
_RENEWING = frozenset(
    {
        "renew",
        "repeat",
        "reiterate",
        "resume",
        "continue",
        "intensify",
        "escalate",
        "step",
        "redouble",
    }
)


class NominalCoder(_CoderBase):
    """Events named by nouns."""

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
        internal = any(c.dep_ == "amod" and c.lower_ == "civil" for c in noun.children)
        for child in children:
            if child.dep_ == "poss":
                if internal:  # "Lebanon's civil war": where it was fought, not who fought
                    continue
                doer = (
                    self._subject(noun.head)
                    if child.lower_ in _OWN_POSSESSIVES
                    and noun.dep_ == "dobj"
                    and (
                        noun.head.lemma_.lower() in self.lexicon.light_verbs
                        or noun.head.lemma_.lower() in _RENEWING
                    )
                    else None
                )
                if doer is not None:
                    sources.append(doer)  # "Tutu renewed his appeal": his is Tutu's
                elif self.lexicon.in_class(noun.lemma_.lower(), "undergone") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
                ):
                    targets.append(child)  # "Suu Kyi's house arrest": she is held
                else:
                    sources.append(child)  # "Russia's invasion of Ukraine"
            elif child.dep_ == "prep" and child.lower_ == "by":
                sources += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "between":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    return [pobj], list(pobj.conjuncts), True  # "a meeting between A and B"
            elif child.dep_ == "prep" and child.lower_ in sense.target_preps:
                targets += [c for c in child.children if c.dep_ == "pobj"]
            elif (
                child.dep_ == "prep"
                and child.lower_ == "from"
                and not sources
                and not any(self.lexicon.in_class(c.lemma_.lower(), "market") for c in children)
            ):
                # "appeals from the U.N.", "aid from Japan": whose act it is (not "strong
                # demand from Egypt", a market's)
                sources += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in (
                "NORP",
                "GPE",
                "ORG",
            ):
                sources.append(child)  # "the Israeli attack", "U.S. sanctions"
            elif child.dep_ == "compound" and child.pos_ == "NOUN":
                # "US drone strikes": the parser hangs the doer on the weapon
                sources += [
                    g
                    for g in child.children
                    if g.dep_ in ("amod", "compound", "nmod")
                    and g.ent_type_ in ("NORP", "GPE", "ORG")
                ]
        # "the sanctions targeting Russia's banks", "a package of sanctions targeting"
        targets += _aimed_through(noun) or _aimed_through(self._event_noun(noun))
        # "the shelling of Grozny by Russian artillery": the parser hangs the agent on the
        # target.
        sources += [s for t in targets for s in self._prep_objects(t, ("by",))]
        if not sources:
            # "street protests led by Sheikh Hasina", "a raid carried out by commandos": the
            # agent of a participle that says who did the act
            sources += [
                agent
                for c in noun.children
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and self.lexicon.in_class(c.lemma_.lower(), "conducting")
                for agent in self._prep_objects(c, ("by",))
            ]
        acting = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (
            sense.event_type == "REQUEST"
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "at"
            and acting is not None
        ):
            # "troops entered Bahrain at the request of the ruling family", "arrested him at
            # a clinic at the request of a Spanish judge": the asker asked whoever acts
            asker = [c for c in noun.children if c.dep_ == "poss"] or self._prep_objects(
                noun, ("of",)
            )
            doer = self._subject(acting)
            return asker, [doer] if doer is not None else [], False
        framer = self._framing_noun(noun)
        if not sources and framer is not None:
            # "China and Russia explored the possibility of cooperation": theirs
            planner = self._planner(framer)
            if planner is not None:
                sources.append(planner)
        if not targets and sense.event_type in _DEFIED_TYPES:
            targets += self._defier(noun)  # "did not release them, despite appeals from the UN"
        if sense.event_type == "ASSAULT" and not (sources and targets):
            victims = self._died_in(noun)  # "three soldiers died in an attack by rebels"
            fought_with = self._prep_objects(noun, ("with",))
            if victims and not sources and targets and targets == fought_with:
                # "two protesters died in clashes with police": the other side killed them
                sources, targets = targets, victims
            elif not targets:
                targets += victims
        if (
            not sources
            and targets  # talks with someone; a summit attended is no one's act on anyone
            and sense.event_type == "CONSULT"
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Merkel will travel to Beijing for talks with Li": who goes is who talks
            subject = self._subject(noun.head.head)
            if subject is not None:
                sources.append(subject)
        return sources, targets, False

    def _defier(self, act: Token) -> list[Token]:
        """Who acts despite a demand, a warning or a sanction ("X went ahead despite
        appeals from the U.N.", "in defiance of calls by Washington"): whom it was aimed at."""
        prep = act.head
        if act.dep_ != "pobj":
            return []
        if (
            prep.lower_ == "of"
            and prep.head.lower_ in ("spite", "defiance")
            and prep.head.dep_ == "pobj"
        ):
            prep = prep.head.head
        clause = prep.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        yielding = prep.lower_ == "to" and any(
            s.event_type in ("CONCEDE", "RETREAT")
            for s in self.lexicon.verb_senses(clause.lemma_.lower())
        )  # "bowing to pressure from the ILO"
        if prep.lower_ not in ("despite", "in", "under") and not yielding:
            return []
        if self.lexicon.in_class(clause.lemma_.lower(), "saying"):
            # "North Korea has not agreed, an official said, despite Chinese pressure"
            clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
            if self.lexicon.in_class(clause.lemma_.lower(), "saying"):
                return []
        subject = self._subject(clause)
        return [subject] if subject is not None else []

    def _died_in(self, act: Token) -> list[Token]:
        """Who died in, during or after a violent act ("three soldiers died in an attack",
        "two civilians were killed in the shelling"): its victims."""
        prep = act.head
        dying = prep.head
        if act.dep_ != "pobj" or prep.lower_ not in ("in", "during", "after", "from"):
            return []
        return self._who_died(dying)

    def _died_when(self, verb: Token) -> list[Token]:
        """Who died when a violent act happened ("five civilians died when a bomb
        exploded"): its victims."""
        return self._who_died(verb.head) if verb.dep_ == "advcl" else []

    def _who_died(self, dying: Token) -> list[Token]:
        """The named subject of a verb of dying (not "who died")."""
        if not self.lexicon.in_class(dying.lemma_.lower(), "dying"):
            return []
        return [c for c in dying.children if c.dep_ == "nsubj" and c.lower_ not in _WHO_PRONOUNS]

    def _said_by_another(self, noun: Token) -> bool:
        """Whether an event noun is a speech act its possessor made ("Argentina's call"):
        rejecting it does not undo it."""
        return self.lexicon.in_class(noun.lemma_.lower(), "speech") and any(
            c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES for c in noun.children
        )

    def _not_an_event_noun(self, noun: Token, sense: Sense) -> bool:
        """An event noun that reports no political act here: a market's demand ("weaker
        Chinese demand"), a test between two sides (a match: "the third Test between
        India and England"), or any act in a sentence about a sports side ("India's
        cricket team arrived for its first tour of Pakistan")."""
        if sense.event_type == "REQUEST" and any(
            c.dep_ == "amod" and self.lexicon.in_class(c.lemma_.lower(), "market")
            for c in noun.children
        ):
            return True
        if sense.cameo == "152" and self._prep_objects(noun, ("between",)):
            return True
        sport = self.lexicon.sport["actor"]
        return any(
            t.lemma_.lower() in sport
            and (t if t.dep_ not in ("compound", "amod") else t.head).dep_
            in (*_SUBJECT_DEPS, "nsubjpass")
            for t in noun.sent
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
        if self._restricted(obj):
            return True  # "tariffs on steel imports from Canada", "banned imports from Iran"
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

    def _party_acting_under(self, noun: Token) -> Token | None:
        """The subject of a verb done under, or as part of, an accord with another party
        ("released prisoners under a deal with Washington"): the accord's other party."""
        if not self._prep_objects(noun, ("with",)):
            return None
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.lower_ == "of" and prep.head.lower_ == "part":  # "as part of a deal with"
            prep = prep.head.head
        if prep.lower_ not in ("under", "as", "through") or prep.head.pos_ != "VERB":
            return None
        return self._subject(prep.head)

    def _intender(self, noun: Token) -> tuple[Token, Token] | None:
        """The subject of the verb an intended event noun is the object of ("agreed on a
        package of sanctions", "promised aid to Kyiv"): whose intent it is, when the verb
        itself is said as done ("urged Moscow to agree to a ceasefire" is no intent); with
        that verb."""
        head = noun
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and self.lexicon.in_class(head.head.head.lemma_.lower(), "partitive")
        ):
            head = head.head.head  # "a package of sanctions"
        if head.dep_ == "dobj":
            governor = head.head
        elif head.dep_ == "pobj" and head.head.dep_ == "prep":
            governor = head.head.head
        else:
            return None
        if governor.pos_ != "VERB":
            return None
        negated, modality, _ = self._qualifiers(governor)
        subject = self._subject(governor)
        if negated or modality != "actual" or subject is None:
            return None
        return subject, governor

    def _restricted(self, obj: Token) -> bool:
        """Whether a flow of goods or help ("imports", "arms sales") is what a sanction
        restricts: the object of "on" after a sanction noun ("tariffs on imports") or a
        noun of restricting ("limits on exports", object_classes.tsv) or of a sanctioning
        verb ("banned imports from Iran"). Restricted, the flow is not done."""
        sense = self.nominal_sense(obj)
        if sense is None or sense.event_type not in ("COOPERATE", "AID"):
            return False
        if obj.dep_ == "pobj" and obj.head.lower_ in ("on", "against"):
            holder = obj.head.head
            if holder.pos_ != "NOUN":
                return False
            if self.lexicon.in_class(holder.lemma_.lower(), "restricting"):
                return True  # "new limits on technology exports to Russia"
            restriction = self.nominal_sense(holder)
            return restriction is not None and restriction.event_type == "SANCTION"
        if obj.dep_ in ("dobj", "nsubjpass") and obj.head.pos_ == "VERB":
            senses = self.lexicon.verb_senses(obj.head.lemma_.lower())
            return bool(senses) and all(s.event_type in ("SANCTION", "COERCE") for s in senses)
        return False

    def _content_of_used_object(self, noun: Token, used: set[int]) -> bool:
        """Whether ``noun`` is what an amount or a load that a coded verb acts on is made
        of: "aid" in "gave 500 million euros in aid", "sent tons of food aid". Only what
        is given: "blocked a package of sanctions against Russia" leaves the sanctions
        another's act."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of"):
            return False
        sense = self.nominal_sense(noun)
        if sense is None or sense.event_type != "AID":
            return False
        holder = noun.head.head
        return (
            holder.pos_ in ("NOUN", "SYM", "NUM")
            and holder.dep_ in ("dobj", "nsubjpass")
            and holder.head.i in used
            and self._event_noun(holder) == noun
        )

    def code_nominals(
        self, sent: Span, used: set[int], seen: set[tuple], day: dt.date | None
    ) -> list[CodedEvent]:
        """Events expressed by nouns that no verb event used ("the raid on Sadr City")."""
        events: list[CodedEvent] = []
        for noun in sent:
            if not (noun.pos_ == "NOUN" or _gerund_as_noun(noun)) or noun.i in used:
                continue
            if any(t.dep_ == "appos" for t in (noun, *noun.ancestors)):
                continue  # an apposition describes someone; it reports no event
            sense = self.nominal_sense(noun)
            if sense is None or self._not_an_event_noun(noun, sense):
                continue
            ender = noun.head.head if noun.head.dep_ == "prep" else None
            if ender is not None and self._ended_act(ender) == noun:
                continue  # "the cessation of hostilities": the ending is the event
            if self._withheld(noun):
                continue  # "froze military aid to Egypt": the freeze is the act, not aid
            if self._content_of_used_object(noun, used):
                continue  # "gave 500 million euros in aid to Ukraine": the giving is the act
            source_heads, target_heads, between = self._nominal_arguments(noun, sense)
            circumstance = sense.event_type in _DEFIED_TYPES and bool(self._defier(noun))
            if between:
                sources = [self._actor_or_pronoun(h, "source", day) for h in source_heads]
                target_list = [self._actor_or_pronoun(h, "target", day) for h in target_heads]
            else:
                sources = list(self._resolve_all(source_heads, "source", day))
                target_list = list(self._resolve_all(target_heads, "target", day))
            # "the Mumbai attacks": a city named before the act is where, not who
            sources = [
                a for a in sources if a is None or a.resolution.split("+")[0] != "gazetteer:place"
            ]
            struck_on = any(
                o.ent_type_ not in ("DATE", "TIME")
                and not self.lexicon.in_class(o.lemma_.lower(), "time")
                for o in self._prep_objects(noun, ("on",))
            )  # "a strike on its consulate", not "a strike on Monday"
            sense = self._strike_noun_by(
                sense,
                [a for a in sources if a is not None],
                [a for a in target_list if a],
                struck_on,
            )
            modality, cues = self._nominal_modality(noun)
            intended_by = None
            if modality == "intended" and all(s is None for s in sources):
                # "EU leaders agreed on a package of sanctions targeting Russia": theirs
                intended_by = self._intender(noun)
                if intended_by is not None:
                    sources = [self._actor_or_pronoun(intended_by[0], "source", day)]
            elif (
                all(s is None for s in sources)
                and sense.event_type in (*_MUTUAL_TYPES, "SUPPORT")
                and (party := self._party_acting_under(noun)) is not None
            ):
                # "Cuba released prisoners under a deal with Washington": Cuba's deal,
                # background to the release, which ranks first
                sources = [self._actor_or_pronoun(party, "source", day)]
                circumstance = True
            elif (
                modality == "hypothetical"
                and all(s is None for s in sources)
                # "weighing a proposal" is another's proposal
                and sense.event_type not in _FRAMING_TYPES
            ):
                # "the United States is considering sanctions against Venezuela": its own
                weighed_by = self._intender(noun)
                if (
                    weighed_by is not None
                    and self.lexicon.in_class(weighed_by[1].lemma_.lower(), "deliberating")
                    # what is weighed, not why: "weighing sanctions over the annexation"
                    and any(
                        c.dep_ == "dobj"
                        and (c == noun or (noun.head.lower_ == "of" and c == noun.head.head))
                        for c in weighed_by[1].children
                    )
                ):
                    intended_by = weighed_by
                    sources = [self._actor_or_pronoun(weighed_by[0], "source", day)]
            if not target_list and any(s is not None for s in sources):
                # "sanctions targeting Russia's energy sector": aimed at its owner
                possessors = [
                    c for h in target_heads if h.pos_ == "NOUN" for c in h.children
                    if c.dep_ == "poss"
                ]  # fmt: skip
                target_list = list(self._resolve_all(possessors, "target", day))
                # "air strikes on a crowded neighbourhood of Rafah": aimed at its country
                thing = None if target_list else self._unresolved_object(target_heads, source_heads)
                if thing is not None:  # or the thing itself, as a verb's object is
                    placed = self._thing_placed(thing, noun, day, aimed_there=False)
                    target_list = list(placed) or [thing]
            if intended_by is not None and not target_list and intended_by[1].i in used:
                continue  # "pledged aid to Syria": the pledge, coded, is the promise
            denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)  # "no talks"
            if modality == "intended":
                sense = self.lexicon.as_intent(sense)
            resolved_sources = [a for a in sources if a is not None and a.resolved]
            reciprocal = (
                not target_list
                and len(resolved_sources) > 1
                and sense.event_type in _MUTUAL_TYPES
                and not between
            )
            if not target_list and sense.event_type in _GIVEN_TYPES and not reciprocal:
                continue  # "built with Japanese financing", "Ukraine's grain exports": to no one
            pairs = (
                # "China and Russia explored the possibility of cooperation": with each other
                [(a, b) for a in resolved_sources for b in resolved_sources if a is not b]
                if reciprocal
                else [(a, b) for a in sources or [None] for b in target_list or [None]]
            )
            for source, target in pairs:
                if not has_actors(source, target):
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
                if circumstance or intended_by is not None:
                    # "despite warnings from Pyongyang": background to the clause's own
                    # act, which ranks first; so does the verb that says whose intent an
                    # act noun is ("agreed on sanctions")
                    confidence = max(0.05, confidence - _CIRCUMSTANCE_PENALTY)
                if intended_by is not None:
                    reason += f"; intended by the subject of '{intended_by[1].text}'"
                events.append(
                    CodedEvent((noun,), sense, source, target, denied, modality, confidence, reason)
                )
        return events


def _gerund_as_noun(token: Token) -> bool:
    """ "Fighting between the army and the rebels killed 20": a gerund the tagger calls a
    verb, used as a noun (a subject or object with no subject of its own)."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in token.children)
    )
