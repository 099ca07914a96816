"""Find a trigger's sense: which event a verb, a light verb's noun or an event noun reports.

The lexicon's verb senses are refined by what the verb acts on (object senses, forces or
materiel moved, a weapons test, an undoing or light verb's noun, a particle), some verbs
report no event (naming, honours, sports), and who acts can change the sense: a strike by
armed forces is an assault, a crowd that occupies protests, troops that arrive deploy.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolve import phrase_for
from ..schema import Actor
from .base import (
    _ARMED_SECTORS,
    _BORDERS,
    _COUNTRY_NAMED,
    _OUT_PARTICLES,
    _OWN_POSSESSIVES,
    _SUBJECT_DEPS,
    _CoderBase,
    _made_of,
    _names_a_place,
    _noun_infinitive,
    _purpose_clauses,
    _purpose_or_manner,
)
from .lexicon import Sense

_THINGS_NAMED = {"it", "this", "that"}
_INVITATIONS = {"request", "invitation", "behest", "bidding"}  # forces sent at one's asking
_ACCORD_VERBS = {"agree", "concur"}  # "agreed with X" alone: accord, CAMEO 019
_AGREED_PREPS = {"on", "upon", "to", "over"}  # what is agreed
_FUTURE_AUXILIARIES = {"will", "would", "shall", "could", "can", "'ll"}
# Endings of adjectives the tagger may take for adverbs ("called the attack cowardly").
_ADJECTIVE_ENDINGS = ("ly", "ous", "ful", "ive", "ic", "al", "ble")
_ASSERTING_VERBS = {"insist"}  # a demand, or with a past clause a claim ("insisted it had")
_NAMING_VERBS = {
    "call",
    "describe",
    "term",
    "brand",
    "label",
    "dub",
}  # "calling it a step forward": no one is phoned
_SUSPECTED = {"suspected", "alleged", "accused", "wanted"}  # "suspected members": suspects
_UNOFFICIAL_SECTORS = {"CVL", "MED", "BUS", "EDU", "JRN", "REF", "LAB", "AGR"}  # no visitors
_LINKING_VERBS = {"remain", "stay", "seem", "appear", "become", "grow", "look", "sound"}
_BLAST_PREPS = ("at", "outside", "near", "on", "inside", "through", "beside", "into")  # "in": where
_OFFICIAL_SECTORS = {"GOV", "DIP", "LEG", "JUD", "ELI"}  # who gathers to meet, not protest
_CROWD_SECTORS = {
    "CVL",
    "LAB",
    "AGR",
    "EDU",
    "OPP",
}  # who riots or occupies as a crowd  # speaking to reporters is a statement, not a consultation
# Who never strikes by stopping work: the state's own organs.
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_IRREGULAR_SECTORS = {"REB", "UAF", "CRM"}  # armed groups and criminals: they hijack
_SEIZING_VERBS = {"seize", "capture", "commandeer", "grab"}
_STRIKING_SECTORS = {"LAB", "EDU", "MED", "AGR", "JRN", "CVL"}  # who stop work to protest
# A state named as such: "Israel", "Washington" (a strike it makes is an attack).
_STATE_NAMED = _COUNTRY_NAMED | {"metonymy:capital"}
# How the parser hangs the first part of "test-fired" on the verb.
_PREFIX_DEPS = {"npadvmod", "compound", "advmod", "amod", "nmod", "dep"}
# Classes a modifier puts an object in: "chemical weapons", "tear gas", "rubber bullets".
_MODIFIED_CLASSES = {
    "chemical",
    "crowd_control",
    "money",
    "media_outlet",
}  # "tear gas", "channel RCTV"
_PLACING_PREPS = {"on", "under", "into", "in"}
_ANONYMITY = {"name", "identify", "quote"}  # "asked not to be named"
_DEPLOYMENT_PREPS = ("to", "into", "toward", "towards", "against", "near", "along")
_PARTICLE_ADVERBS = frozenset({"down", "up", "out", "back", "off", "away", "over"})


def _judged_object(verb: Token) -> Token | None:
    """What a naming verb says its object is: the predicate noun or adjective ("called
    the strike a success"), or the adjective the tagger made an adverb after the object
    ("called the attack cowardly")."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") and named:
            return c
        if (
            c.dep_ == "advmod"
            and c.pos_ in ("ADV", "ADJ")
            and any(n.i < c.i for n in named)
            and c.lower_.endswith(_ADJECTIVE_ENDINGS)
        ):
            return c
    return None


def _done_by_offering(sense: Sense) -> bool:
    """Whether offering the act does it: condolences, sympathy, praise and apologies are
    offered by saying them (SUPPORT, CAMEO 05), and asylum offered is granted (075),
    unlike aid or a truce, which are promised."""
    return sense.event_type == "SUPPORT" or sense.cameo.startswith(("05", "075"))


def _asks_to_act(verb: Token) -> bool:
    """Whether "call on" asks for something: an infinitive or a clause after it ("called
    on Israel to halt"), or what is asked "for" ("called on donors for help")."""
    return any(
        (t.dep_ == "aux" and t.lower_ == "to")
        or t.dep_ in ("ccomp", "xcomp", "advcl")
        or (t.dep_ == "prep" and t.lower_ == "for")
        for t in verb.subtree
        if t.i > verb.i
    )


def _in_accord(verb: Token) -> bool:
    """Whether "agree" agrees with someone and commits to nothing: no infinitive, object
    or "on"/"to" (what is agreed), and any that-clause states a view, not a future act
    ("agreed with Iran that inspectors would return" is an agreement)."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    if any(
        c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in _AGREED_PREPS)
        for c in verb.children
    ):
        return False
    # the parser may hang the clause on the party ("with the IAEA that inspectors would")
    return not any(
        t.dep_ == "aux" and t.lower_ in _FUTURE_AUXILIARIES for t in verb.subtree if t.i > verb.i
    )


def _party_called(name: Token, verb: Token) -> bool:
    """Whether the parser made the party phoned a predicate: "Biden called President
    Zelensky on Tuesday" has no object, only a named party where "called it a step" has a
    name; "what he called Hamas" names."""
    return (
        name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and verb.dep_ not in ("relcl", "acl")
        and not any(c.tag_ in ("WP", "WDT") for c in verb.children)
    )


class SenseFinder(_CoderBase):
    """A trigger's sense, from the verb, its object, its particle or an event noun."""

    def _sense_for(self, verb: Token) -> tuple[Sense, tuple[Token, ...]] | None:
        """The verb's sense, preferring a deployment or a light-verb noun, then a
        particle sense."""
        deployment = self._deployment(verb) or self._incursion(verb) or self._explosion(verb)
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
        if self.lexicon.in_class(lemma, "having_esteem") and any(
            c.dep_ == "dobj" and self.lexicon.in_class(c.lemma_.lower(), "esteem")
            for c in verb.children
        ):
            return None  # "commands strong loyalty", "enjoys broad support": standing, no act
        if (
            self.lexicon.in_class(lemma, "career")
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        ):
            return None  # "trained as a lawyer", "served as ambassador": a career, no act
        if self.lexicon.in_class(lemma, "refuge") and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children
        ):
            return None  # "civilians sheltering in churches" take refuge; no one gives it
        if self.lexicon.in_class(lemma, "adjusting") and any(
            c.dep_ in ("dobj", "nsubjpass")
            and self.lexicon.in_class(c.lemma_.lower(), "economic_quantity")
            for c in verb.children
        ):
            return None  # "cut its budget deficit", "cut interest rates": policy, no act
        if self.lexicon.in_class(lemma, "enacting") and any(
            c.dep_ in ("dobj", "nsubjpass")
            and self.lexicon.in_class(c.lemma_.lower(), "legislation")
            for c in verb.children
        ):
            return None  # "signed a decree banning imports": the decree's act is coded
        if self.lexicon.in_class(lemma, "attending") and any(
            c.dep_ in ("dobj", "nsubjpass") and self.lexicon.in_class(c.lemma_.lower(), "schooling")
            for c in verb.children
        ):
            return None  # "attending universities", "attended Friday prayers": no meeting
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
        # "called the sanctions illegal": a verdict on the noun, which it does not make
        judged = any(
            c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ == "ADJ" for c in verb.children
        ) or (lemma in _NAMING_VERBS and _judged_object(verb) is not None)
        if lemma in self.lexicon.light_verbs and not called_off and not judged:
            for child in verb.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    child = self._event_noun(child)  # "held a round of talks": the talks
                    sense = self.nominal_sense(child)
                    if sense is not None:
                        if self.lexicon.modality.get(
                            (lemma, "VERB")
                        ) == "intended" and not _done_by_offering(sense):
                            # "offered a truce", "promised aid": an offer of the act, which
                            # the codebook codes AGREE, not the act
                            return self.lexicon.as_intent(sense), (verb, child)
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
            # "came under attack from rebels", "came in for criticism": the act received is
            # the object of "under" (of "for" after "in")
            came_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
            found = self._act_after([verb], {"under", "for"} if came_in else {"under"})
            if found is not None:
                return found[0], (verb, found[1])
        if lemma in self.lexicon.claiming_verbs:
            # "claimed responsibility for the bombing": the claimant did the act it names.
            for credit in (c for c in verb.children if c.dep_ == "dobj"):
                if not self.lexicon.in_class(credit.lemma_.lower(), "credit"):
                    continue
                found = self._act_after([credit], {"for"})
                if found is not None:
                    return found[0], (verb, found[1])
        if self.lexicon.in_class(lemma, "responding"):
            # "Israel responded with air strikes on Lebanon": the act it responded with
            found = self._act_after([verb], {"with"})
            if found is not None:
                return found[0], (verb, found[1])
        if lemma in self.lexicon.placing_verbs:
            # "placed its troops on full alert", "went on strike", "put him under arrest";
            # the parser may hang the phrase on the object.
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            found = self._act_after([verb, *objects], _PLACING_PREPS)
            if found is not None:
                if not objects and found[0].event_type == "COERCE":
                    return None  # "remained in custody": held, not holding
                return found[0], (verb, found[1])
        senses = self.lexicon.verb_senses(lemma)
        if lemma in _LINKING_VERBS and any(c.dep_ == "acomp" for c in verb.children):
            # "remained skeptical of the promises" as "was skeptical of"
            senses = (*(s for s in self.lexicon.verb_senses("be") if s.particle), *senses)
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
                # "called the attack cowardly": the tagger's adverb after the object
                or (lemma in _NAMING_VERBS and c == _judged_object(verb))
            )
            # "called Erdogan on Wednesday" is no "call on"; "called for an end to 26
            # years of rule" is a call for something all the same (the NER's DATE)
            and not _temporal_phrase(c, self._names_an_act)
        }
        particles.update(
            {
                # "ordered them to leave the country": the complement's verb
                c.lemma_.lower(): c
                for c in verb.children
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
            }
        )
        judgement = self._naming_judgement(verb) if lemma in _NAMING_VERBS else None
        if judgement == "condemnation":
            # "called the hangings an act of judicial murder": a condemnation (CAMEO 111)
            return Sense(lemma, "", "ACCUSE", "disapprove", "111", (), "naming"), (verb,)
        if judgement == "praise":
            # "called the accord a historic achievement": praise (CAMEO 051)
            return Sense(lemma, "", "SUPPORT", "", "051", (), "naming"), (verb,)
        if lemma in _NAMING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in _THINGS_NAMED for c in verb.children
        ):
            return None  # "calling it a light of hope for Central America": naming
        visited = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ in ("on", "upon")
                and not _temporal_phrase(c, self._names_an_act)  # "called Erdogan on Friday"
            ),
            None,
        )
        if lemma == "call" and visited is not None and not _asks_to_act(verb):
            # "the ambassador called on the foreign minister": a visit (CAMEO 042); "called
            # on Israel to halt" asks
            return Sense(lemma, "on", "CONSULT", "visit", "042", ("on", "upon"), "visit"), (
                verb,
                visited,
            )
        if lemma in _ACCORD_VERBS and _in_accord(verb):
            # "agreed with the opposition that reforms were needed": accord with someone's
            # view (CAMEO 019), not a commitment to act
            return Sense(lemma, "", "SUPPORT", "", "019", ("with",), "accord"), (verb,)
        for sense in senses:
            if not sense.particle:
                if sense.event_type == "CONSULT" and any(
                    (c.dep_ == "oprd" and not _party_called(c, verb))
                    or (c.dep_ == "dobj" and c.lower_ in _THINGS_NAMED)
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
            sense.event_type in ("ASSAULT", "COERCE")  # "beat", "crushed"
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
        if (
            self.lexicon.in_class(verb.lemma_.lower(), "homecoming")
            and sense.event_type in ("RETREAT", "CONCEDE")
            and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children)
            and not sectors & _ARMED_SECTORS  # "the troops returned from Iraq" withdrew
        ):
            # "the president returned from the United States": travel, no one returned
            return None
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
                # "Nigerian peacekeepers arrived in Liberia": protection, as sending them is
                else "074"
                if self._peacekeepers([subject])
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
        if sense.lemma == "strike" and sense.origin == "verbs" and sectors:
            if sectors <= _STRIKING_SECTORS:  # "teachers struck for higher pay"
                return replace(
                    sense, event_type="PROTEST", mode="strike", cameo="143",
                    origin=sense.origin + "+labour",
                )  # fmt: skip
            return sense
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

    @staticmethod
    def _strike_noun_by(
        sense: Sense, sources: list[Actor], targets: list[Actor], struck_on: bool = False
    ) -> Sense:
        """A strike noun done by a state or armed forces is an attack ("US drone strikes",
        "Israeli strikes on Iran's nuclear sites"): a country's own name or its forces do
        not stop work, nor do a people's strikes aimed at another country. Workers, unions
        and a nation's people at home strike."""
        if sense.mode != "strike":
            return sense
        for source in sources:
            sectors = set(source.sectors)
            foreign = source.country is not None and any(
                t.country is not None and t.country != source.country for t in targets
            )
            if (
                sectors & _ARMED_SECTORS
                or (sectors <= {"GOV"} and source.resolution.split("+")[0] in _STATE_NAMED)
                # "an Israeli strike on its consulate": workers strike on no one
                or (
                    not sectors
                    and source.resolution == "demonym"
                    and (foreign or (struck_on and any(t.sectors for t in targets)))
                )
            ):
                return replace(
                    sense, event_type="ASSAULT", mode=None, cameo="190",
                    origin=sense.origin + "+armed",
                )  # fmt: skip
        return sense

    def _hijacking(self, verb: Token, sense: Sense, source: Actor | None) -> bool:
        """Armed groups and criminals seizing a vehicle hijack it ("gunmen seized a
        passenger bus", "pirates seized a tanker"); a state's organs seizing one impound
        it, and a seizer the text does not name keeps the verb's own sense."""
        if sense.cameo not in ("1711", "192") or verb.lemma_.lower() not in _SEIZING_VERBS:
            return False
        sectors = set(source.sectors) if source is not None else set()
        if not sectors & _IRREGULAR_SECTORS or sectors & _STATE_SECTORS:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.conjuncts]
        return any(self.lexicon.in_class(o.lemma_.lower(), "conveyance") for o in objects)

    def _crowd_act(self, verb: Token, sense: Sense, source: Actor | None) -> Sense:
        """A crowd that occupies, blocks or torches is protesting (data/crowd_acts.tsv);
        the same verb done by a state or an armed group keeps its sense."""
        if (
            sense.event_type == "PROTEST"
            and verb.lemma_.lower() == "protest"
            and source is not None
            and set(source.sectors) & {"GOV", "DIP"}
            and "OPP" not in source.sectors  # lawmakers walking out to protest do protest
        ):
            # "China summoned the ambassador to protest the visit": a state's protest is
            # an official complaint (CAMEO 114), not a demonstration
            return replace(sense, event_type="ACCUSE", mode="disapprove", cameo="114")
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
                if verb.dep_ == "relcl" and any(
                    o.dep_ == "dobj" and o.lower_ in ("which", "that") for o in objects
                ):
                    objects.append(verb.head)  # "the meeting, which Russia sponsored"
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
            if wanted == "credit":
                # "take more responsibility for security" takes on a duty, admits nothing
                matched = [
                    o
                    for o in matched
                    if not any(
                        self.lexicon.in_class(d.lemma_.lower(), "duty")
                        for d in self._prep_objects(o, ("for",))
                    )
                ]
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
        if wanted == "place":
            # "seized Kunduz", "seized the town", "seized control of the airport"
            return obj.ent_type_ in ("GPE", "LOC", "FAC") or self.lexicon.in_class(
                obj.lemma_.lower(), "territory"
            )
        if wanted == "organisation":
            actor = self.resolver.resolve(phrase_for(obj))
            return actor is not None and actor.country == "IGO"
        if wanted == "money" and (obj.ent_type_ == "MONEY" or obj.lower_ == "$"):
            return True
        if wanted == "money" and any(
            c.dep_ in ("compound", "nmod") and (c.lower_ == "$" or c.ent_type_ == "MONEY")
            for c in obj.children
        ):
            return True  # "a $500 million credit line": a sum lent
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

    def _explosion(self, verb: Token) -> Sense | None:
        """A bomb that goes off ("a car bomb exploded outside a police station", "a truck
        bomb tore through a federal building"): a bombing (CAMEO 183) aimed at where it
        went off; its doer is whoever the bomb is said to be of."""
        lemma = self._lemma(verb)
        words = [lemma] + [
            f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep")
        ]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            not any(self.lexicon.in_class(w, "explosion") for w in words)
            or subject is None
            or not any(
                self.lexicon.in_class(subject.lemma_.lower(), c) for c in ("weapon", "projectile")
            )
        ):
            return None
        return Sense(lemma, "", "ASSAULT", "explosives", "183", _BLAST_PREPS, "explosion")

    def _bomb_owners(self, bomb: Token) -> list[Token]:
        """Whose a bomb is: "an IRA bomb", "a bomb planted by the Taliban"."""
        owners = [c for c in bomb.children if c.dep_ in ("compound", "amod", "poss")]
        owners += [
            agent
            for acl in bomb.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for agent in self._prep_objects(acl, ("by",))
        ]
        return [o for o in owners if self.resolver.resolve(phrase_for(o)) is not None]

    def _incursion(self, verb: Token) -> Sense | None:
        """Armed force moving into a named place ("Iraqi troops crossed into Kuwait", "tanks
        rolled into Prague", "Ugandan soldiers entered Kisangani"): into another country's
        land it occupies territory (CAMEO 192); into its own it deploys (154); peacekeepers
        protect (074). Anyone else moving codes nothing here."""
        lemma = self._lemma(verb)
        if not self.lexicon.in_class(lemma, "incursion") or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
        ):
            return None
        if self._prep_objects(verb, ("from",)) or any(c.lower_ == "out" for c in verb.children):
            return None  # "crossed the bridge out of Afghanistan": leaving
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(
            o.pos_ != "PROPN"
            and o.lemma_.lower() not in _BORDERS
            and not any(p.pos_ == "PROPN" for p in self._prep_objects(o, ("of",)))
            for o in objects
        ):
            return None  # "drove 700,000 people into Bangladesh": what moves is the object
        # "entered Somalia"; "crossed the border into Congo", "entered the town of Kisangani";
        # forces landing on a shore ("landed on the island of Grenada"; landing in a place is
        # an arrival)
        reached = self._prep_objects(verb, ("into", "on") if lemma == "land" else ("into",))
        places = [
            *reached,
            *(p for r in reached if r.pos_ != "PROPN" for p in self._prep_objects(r, ("of",))),
            *(o for o in objects if o.pos_ == "PROPN" or o.lemma_.lower() in _BORDERS),
            *(p for o in objects for p in self._prep_objects(o, ("into", "of"))),
        ]
        subject = self._subject(verb)
        if subject is None or not places:
            return None
        heads = [subject, *_made_of(subject)]
        words = [
            w.lemma_.lower()
            for h in heads
            for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
        ]
        if any(self.lexicon.in_class(w, "relief") or w == "aid" for w in words):
            return None  # "allowed U.N. aid convoys to enter northern Gaza"
        if any(w in self.lexicon.protection for w in words):
            return Sense(lemma, "", "AID", None, "074", ("into",), "incursion")
        armed = [
            actor
            for h in heads
            if (actor := self.resolver.resolve(phrase_for(h))) is not None
            and set(actor.sectors) & _ARMED_SECTORS
        ]
        if not armed and not any(w in self.lexicon.materiel for w in words):
            return None
        occupying = Sense(lemma, "", "ASSAULT", None, "192", ("into",), "incursion")
        deploying = Sense(lemma, "", "MOBILIZE", "troops", "154", ("into",), "incursion")
        crossing = lemma == "cross" or any(p.lemma_.lower() in _BORDERS for p in places)
        # Rebels who move into a town of their own country take it; an army deploys there.
        state_forces = [a for a in armed if "REB" not in a.sectors]
        unknown = False
        for place in places:
            entered = self.resolver.resolve(phrase_for(place), "target")
            if entered is not None and entered.country:
                if _names_a_place(entered):
                    # "Pakistani troops moved into Bajaur" deploy at home
                    own = any(a.country == entered.country for a in state_forces)
                    return deploying if own else occupying
            elif place.pos_ == "PROPN" and place.ent_type_ in ("GPE", "LOC", "NORP", ""):
                unknown = True  # a place the gazetteer does not place ("South Waziristan")
        if unknown:
            # whose land it is is unknown; across a border, it is another's
            return occupying if crossing or not state_forces else deploying
        return None

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
            self.nominal_sense(place) is None  # "led his troops into battle"
            for place in self._prep_objects(verb, ("into", "to", "toward", "towards"))
        ):
            return None  # "ordered troops to withdraw" is an order, not a deployment
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            # The object (or passive subject: "tank divisions were moved to the border") and
            # what it is made of ("50 companies of police").
            heads = [obj, *_made_of(obj)]
            if self._relief_load(obj):
                # "airlifted plastic sheeting and water tanks to Goma", "sent a convoy of
                # trucks carrying food": relief goods sent are humanitarian aid
                return Sense(lemma, "", "AID", None, "073", _DEPLOYMENT_PREPS, "deployment")
            # Relief goods and civilian "water tanks" are no force.
            heads = [
                h
                for h in heads
                if not self._civilian_use(h)
                and not self.lexicon.in_class(h.lemma_.lower(), "relief")
            ]
            if self._peacekeepers(heads):
                # Sending peacekeepers protects the place: AID 074, not a show of force.
                return Sense(lemma, "", "AID", None, "074", _DEPLOYMENT_PREPS, "deployment")
            if not moves and any(h.lemma_.lower() in self.lexicon.assistance for h in heads):
                # "U.S. military advisers were deployed to Iraq": trainers and advisers
                # sent are military aid, whatever the verb
                return Sense(lemma, "", "AID", None, "072", _DEPLOYMENT_PREPS, "deployment")
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
            # "hundreds of doctors": the count is of the doctors
            counted = [
                h
                for h in heads
                if not (_made_of(h) and self.lexicon.in_class(h.lemma_.lower(), "partitive"))
            ]
            if counted and all(
                h.lemma_.lower() in self.lexicon.relief_staff
                for h in counted
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
            if purpose is None and (self._invited(verb) or self._asked_for(verb)):
                # "sent troops to Kazakhstan at the request of its government", "Haiti
                # asked the United States to send troops": protection given
                purpose = "074"
            if purpose is not None:
                # Forces sent to help the side they go to: aid, not a show of force.
                return Sense(lemma, "", "AID", None, purpose, _DEPLOYMENT_PREPS, "deployment")
            mode, cameo = ("police", "153") if "COP" in sectors else ("troops", "154")
            return Sense(lemma, "", "MOBILIZE", mode, cameo, _DEPLOYMENT_PREPS, "deployment")
        purpose = None if moves else self._deployment_purpose(verb)
        if purpose is None and not moves and self._asked_for(verb):
            purpose = "074"  # "Mali asked France to deploy soldiers"
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
            # "urged allies to send more weapons": to whoever asked
            for r in self._given_to(verb) or self._requester(verb)
        )

    def _peacekeepers(self, heads: list[Token]) -> bool:
        """Whether a head or its modifier names protectors ("UN peacekeepers", "a
        peacekeeping force")."""
        return any(
            w.lemma_.lower() in self.lexicon.protection
            for h in heads
            for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
        )

    def _names_sum(self, noun: Token) -> bool:
        """Whether a noun is a sum of money: "$2 billion", or "500 million euros", which
        the NER model may call a number."""
        return (
            noun.ent_type_ == "MONEY"
            or any(c.lower_ == "$" for c in noun.children)
            or (
                self.lexicon.in_class(noun.lemma_.lower(), "money")
                and any(c.dep_ == "nummod" for c in noun.children)
            )
        )

    def _own(self, obj: Token) -> bool:
        """Whether an object is its subject's own ("its troops"); "its allies", "their
        counterparts" are others (class `relational`)."""
        return not self.lexicon.in_class(obj.lemma_.lower(), "relational") and any(
            c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children
        )

    def _asked_for(self, verb: Token) -> bool:
        """Whether the sending is what a named actor asked another for, with no other
        destination named ("Haiti asked the United States to send troops")."""
        if self._prep_objects(verb, _DEPLOYMENT_PREPS):
            return False
        return any(
            (actor := self.resolver.resolve(phrase_for(r))) is not None and actor.resolved
            for r in self._requester(verb)
        )

    def _invited(self, verb: Token) -> bool:
        """Whether forces are moved at someone's request or invitation ("at the request of
        its government", "at the invitation of Baghdad"): protection given, not a show of
        force."""
        return any(
            invitation.lemma_.lower() in _INVITATIONS
            for invitation in self._prep_objects(verb, ("at", "upon", "on"))
        )

    def _deployment_purpose(self, verb: Token) -> str | None:
        """ "sent troops to help train the army" (072), "deployed to monitor a buffer zone"
        (074): the CAMEO code of a purpose clause of helping or protecting, if any."""
        for clause in _purpose_clauses(verb):
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

    def _relief_load(self, obj: Token) -> bool:
        """Whether what is moved is relief goods: every conjunct a relief good or a civilian
        "water tank", or vehicles "carrying" relief goods."""
        things = [t for o in (obj, *obj.conjuncts) for t in (o, *_made_of(o))]
        carried = [
            c
            for t in things
            for acl in t.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in ("carry", "deliver", "bring")
            for c in acl.children
            if c.dep_ == "dobj"
        ]
        loads = [
            part
            for o in (obj, *obj.conjuncts)
            if self.lexicon.in_class(o.lemma_.lower(), "partitive")
            for part in _made_of(o)
        ]
        # "a convoy of food", "two planeloads of medicine": the load is what is sent
        goods = carried or loads or [t for t in (obj, *obj.conjuncts)]
        return all(
            self.lexicon.in_class(g.lemma_.lower(), "relief")
            # "water tanks", never "fuel prices"
            or (g.lemma_.lower() in self.lexicon.materiel and self._civilian_use(g))
            for g in (x for c in goods for x in (c, *c.conjuncts))
        )

    def _civilian_use(self, noun: Token) -> bool:
        """ "water tanks", "fuel tankers": a modifier that makes materiel civilian."""
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        return any(
            self.lexicon.in_class(m.lemma_.lower(), "civilian_use")
            for m in modifiers + [c for m in modifiers for c in m.conjuncts]
        )

    def _act_after(
        self, heads: Iterable[Token], preps: Collection[str]
    ) -> tuple[Sense, Token] | None:
        """The first act a noun names after one of ``preps`` on ``heads``, with that noun:
        "under attack", "responsibility for the bombing", "on full alert"."""
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for act in (c for c in prep.children if c.dep_ == "pobj"):
                    sense = self.nominal_sense(act)
                    if sense is not None:
                        return sense, act
        return None

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
        if sense is None and noun.tag_ == "VBG":
            sense = self.lexicon.nominals.get(noun.lower_)  # "fighting", tagged a verb
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
        if (
            sense is None
            and self.lexicon.in_class(noun.lemma_.lower(), "frame")
            # "the U.N. peacekeeping mission" is a party, not an act
            and not self._names_a_party(noun)
        ):
            # "launched a mediation effort between A and B", "a rescue mission": the act is
            # the modifier's; its partners hang on the frame noun
            for child in (c for c in noun.lefts if c.dep_ == "compound"):
                framed = self.lexicon.nominals.get(child.lemma_.lower())
                if framed is not None:
                    return framed
        event_noun = self._event_noun(noun) if sense is None else noun
        return self.nominal_sense(event_noun) if event_noun is not noun else sense

    def _names_a_party(self, noun: Token) -> bool:
        actor = self.resolver.resolve(phrase_for(noun))
        return actor is not None and bool(actor.country)

    def _ending(self, noun: Token) -> tuple[str, Token, Sense] | None:
        """For a noun that ends an act ("the suspension of talks", "a halt to attacks",
        "an end to the blockade"): the ending verb it names (object_classes.tsv `ends:`),
        the event noun it ends and that noun's sense."""
        verb_lemma = self._ending_verb(noun)
        if verb_lemma is None:
            return None
        for act in self._prep_objects(noun, ("of", "to", "on")):
            sense = self.nominal_sense(act) if act.pos_ == "NOUN" else None
            if sense is not None:
                return verb_lemma, act, sense
        return None

    def _ending_verb(self, noun: Token) -> str | None:
        """The verb a noun ends an act as (object_classes.tsv `ends:VERB`), if any."""
        return next(
            (
                c.split(":", 1)[1]
                for c in sorted(self.lexicon.object_classes.get(noun.lemma_.lower(), ()))
                if c.startswith("ends:")
            ),
            None,
        )

    def _ended_act(self, noun: Token) -> Token | None:
        """The event noun an ending noun ends, if it is one."""
        ending = self._ending(noun)
        return ending[1] if ending is not None else None

    def _names_an_act(self, noun: Token) -> bool:
        """An event noun, or one that ends an act ("an end to the fighting")."""
        return self.nominal_sense(noun) is not None or self._ending_verb(noun) is not None

    def _naming_judgement(self, verb: Token) -> str | None:
        """The judgement a naming verb passes, "condemnation" or "praise", when it calls
        something a crime, a sham or a traitor ("called the campaign a textbook example of
        ethnic cleansing") or a success, a milestone or a friend ("called the accord a
        historic achievement"); None for any other name."""
        for name in (c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"):
            words = [name, *_made_of(name), *(c for c in name.children if c.dep_ == "compound")]
            for judgement in ("condemnation", "praise"):
                if any(self.lexicon.in_class(w.lemma_.lower(), judgement) for w in words):
                    return judgement
        return None

    def _event_noun(self, noun: Token) -> Token:
        """The event a partitive noun is made of: "an eleventh round of talks", "a message
        of condolence"; any other noun is its own event."""
        if self.lexicon.nominals.get(noun.lemma_.lower()) is None and self.lexicon.in_class(
            noun.lemma_.lower(), "partitive"
        ):
            for part in _made_of(noun):
                if self.nominal_sense(part) is not None:
                    return part
        if self._names_sum(noun):
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


def _temporal_phrase(prep: Token, names_an_act: Callable[[Token], bool]) -> bool:
    return any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") and not names_an_act(c)
        for c in prep.children
    )
