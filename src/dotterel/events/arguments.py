"""Find who does an act and to whom: a trigger's source and target heads, and the actors they
name.

Heads come from the parse (subject, object, the prepositions a sense names, the passive
agent and subject, clauses that inherit a subject) and resolve to actors, one per member of
a coordination ("Israeli and Palestinian negotiators"); when no one is named, a thing's
owner, whoever pressed for a concession or the country an act is done in stands in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.coref import pending_pronoun, pronoun_fits, speaker_link
from ..actors.resolve import Phrase, actor_code, phrase_for
from ..schema import Actor
from .base import (
    _ARMED_SECTORS,
    _BORDERS,
    _CITY_NAMED,
    _COUNTRY_NAMED,
    _DIRECTIVE_TYPES,
    _NAMED_ACTORS,
    _OUT_PARTICLES,
    _PLACED_TYPES,
    _SUBJECT_DEPS,
    _accused,
    _aimed_through,
    _CoderBase,
    _made_of,
    _names_a_place,
    _noun_infinitive,
    _purpose_or_manner,
    _to_infinitive,
)
from .lexicon import EventLexicon, Sense

_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acomp"}
# Verbs whose object is what their subject acts with: the subject does the infinitive.
_INSTRUMENT_VERBS = {"use", "employ", "utilise", "utilize"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
_RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
REFERRING_PRONOUNS = {"he", "she", "him", "her", "it", "they", "them"}
# Where the head of a noun phrase stands: what a pronoun may refer back to.
_NOUN_PHRASE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "appos", "conj"}
# Types whose verbs take a person or group as direct object when they express the event.
_ACTOR_OBJECT_TYPES = {"CONSULT"}
_FIRST_PERSON = {"i", "me", "we", "us"}  # in a quote, the speaker
_VENUE_TYPES = {
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "COOPERATE",
}  # acts whose place is a venue  # "pulled out of the talks": no meeting
# Acts by which something goes to someone: its recipient is whom they are aimed at.
_GIVING_TYPES = {"RETREAT", "CONCEDE", "AID", "COOPERATE"}
# Where a thing an act is aimed at lies: "positions around Kyiv", "flights to Libya"; and
# where a strike is done: "struck targets near Damascus".
_THING_PREPS = (
    "in",
    "near",
    "around",
    "inside",
    "outside",
    "off",
    "across",
    "at",
    "to",
    "from",
    "of",
)
_STRUCK_PREPS = ("in", "near", "around", "inside", "outside", "off", "across")
_NOT_PLACES = ("meeting", "occasion", "time", "direction")
# "in protest against X": the nouns that frame an act as a protest, and how they name its aim
_PROTEST_FRAMES = {"protest", "opposition", "defiance"}
_PROTEST_AIM_PREPS = ("against", "at", "over", "of")
_AMOUNT_LABELS = {"QUANTITY", "MONEY", "PERCENT", "CARDINAL", "DATE", "TIME", "ORDINAL"}
_CONDITION_MARKS = {"if", "unless"}
_YIELDING_VERBS = {"bow", "yield", "respond", "cave", "bend", "succumb", "accede", "heed", "give"}
_DOER_PREPS = ("by", "from")  # "an offer from Kenya", "the demolition of homes by police"
_GERUND_SUBJECT_PREPS = {"by", "after", "before", "while", "without", "upon", "on"}
# Prepositions by which a thing acted on points at someone: "aid to", "ties with",
# "sanctions on", "a campaign against".
_OBJECT_TARGET_PREPS = ("to", "with", "on", "against")
_APPEAL_VERBS = frozenset({"appeal", "plead", "call", "turn", "signal", "write", "cable"})


class ArgumentFinder(_CoderBase):
    """Source and target heads of a trigger, and the actors they name."""

    def _author_of_text(self, verb: Token) -> Token | None:
        """The author of a text that a present participle describes: its possessor, or the
        subject of the verb that issued it ("the Senate passed a resolution backing ...")."""
        text = verb.head
        if not (verb.dep_ == "acl" and verb.tag_ == "VBG" and self._is_text(text)):
            return None
        return self._text_author(text)

    def _text_author(self, text: Token) -> Token | None:
        """Who issued a text: its possessor, a name in its phrase, or the subject of the
        verb that issued it (not of one that rejected it)."""
        owner = next((c for c in text.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        named = next(
            (
                c
                for c in text.children
                if c.dep_ in ("compound", "nmod", "amod")
                and c.ent_type_ in ("ORG", "GPE", "NORP")
                and self.resolver.resolve(phrase_for(c)) is not None
            ),
            None,
        )
        if named is not None:
            return named  # "vetoed a U.N. Security Council resolution condemning ..."
        if text.dep_ in ("dobj", "pobj") and text.head.pos_ in ("VERB", "AUX"):
            issuer = text.head
            if self._rejects(issuer):
                return None  # "rejected a resolution condemning ...": not its author
            return self._subject(issuer)
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

    def _planner(self, noun: Token) -> Token | None:
        """Who will do the act of "a plan to withdraw", "Iran's offer to mediate": the
        noun's own agent, or for a plan, pledge or decision, whoever made it ("Washington
        announced a plan to withdraw"); for an appeal or a call, whom it is addressed to
        ("an appeal to Western governments to impose sanctions")."""
        sense = self.nominal_sense(noun)
        if sense is not None and sense.event_type in ("REQUEST", "THREATEN"):
            # "his appeal to Western governments to impose sanctions": they would impose them;
            # the caller never does what it calls for ("a call by Moscow to lift sanctions")
            addressed = self._prep_objects(noun, ("to", "on"))
            return addressed[0] if addressed else None
        agents = self._nominal_arguments(noun, sense)[0] if sense is not None else []
        agents = agents or [c for c in noun.children if c.dep_ == "poss"]
        # "opposed the U.S. decision to sell arms to Taiwan": a name modifying the noun
        agents = agents or [
            c
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
        ]
        # "vowed to veto any attempt by Congress to block the deal": Congress would block it
        agents = agents or self._prep_objects(noun, ("by",))
        if (
            agents
            and agents[0].lower_ in _POSSESSIVE_PRONOUNS
            and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.pos_ in ("VERB", "AUX")
        ):
            # "the United States stepped up its efforts to mediate": whoever's they are
            return self._subject(noun.head) or agents[0]
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
                    if token.dep_ == "ccomp" and self._object_read_as_subject(token.head) == child:
                        return None  # the verb before acts on that noun; this clause's is unnamed
                    named = _name_after_title(child)
                    if named is not None:
                        return named  # "Egypt's army chief General Abdel Fattah el-Sisi gave"
                    if child.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
                        if self._is_text(token.head):
                            # "passed a law that would impose life sentences": its author
                            return self._text_author(token.head)
                        # "the bombing, which killed 30 people": whoever bombed
                        return self._doer_of_act_noun(token.head) or token.head
                    return child
            raised = token.dep_ == "xcomp"
            # "called on Cambodia to free him", the parser making the infinitive adverbial
            asked = (
                token.dep_ == "advcl" and _to_infinitive(token) and self._is_directive(token.head)
            )
            if (token.dep_ == "xcomp" or asked) and token.head.i != token.i:
                controller = _object_controller(token.head)
                if (
                    controller is not None
                    and token.head.lemma_.lower() in _INSTRUMENT_VERBS
                    and self.resolver.resolve(phrase_for(controller)) is None
                ):
                    # "used tear gas to disperse protesters": the police disperse them;
                    # "using the police to harass" them, the police harass
                    controller = None
                if controller is not None:
                    return controller  # "called on Putin to withdraw": Putin withdraws
            accused = _accused(token)
            if accused is not None:
                return accused  # "accused Iran of arming militias": Iran arms them
            finite = _misjoined_finite_verb(token)
            if finite is not None:
                token = finite
                continue
            if (
                token.dep_ == "acl"
                and _noun_acts(token, self.lexicon)
                and token.head.pos_ in ("NOUN", "PROPN")
                and not self.lexicon.in_class(token.lemma_.lower(), "saying")
            ):
                if token.doc[token.i - 1].text != ",":
                    return token.head  # "protesters demanding his resignation": they demand it
                # "ambushed an army convoy, killing 20 soldiers": the clause's subject kills
                clause = token.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                    clause = clause.head
                return self._subject(clause) if clause.pos_ in ("VERB", "AUX") else None
            if token.dep_ in _INHERIT_SUBJECT_DEPS and token.head.i != token.i:
                token = token.head
            elif _means_or_time_gerund(token):
                token = token.head.head  # "broke the truce by shelling": the rebels shelled
            elif token.tag_ == "VBG" and self._claimed_through(token) is not None:
                # "claimed responsibility for killing two soldiers": the claimant killed
                token = self._claimed_through(token)
            elif _noun_infinitive(token):
                return self._planner(token.head)
            elif token.tag_ == "VBG" and (framer := self._framing_noun(token)) is not None:
                # "is considering the possibility of sending troops": whoever considers it
                return self._planner(framer)
            else:
                token = None
        # Headlines: "Kosovo rejects Belgrade demand" parses the subject as a compound.
        return next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)

    def _violent_clause_doers(self, verb: Token) -> list[Token]:
        """The subject of a "when" or "as" clause on ``verb`` that tells a violent act."""
        doers: list[Token] = []
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in clause.children
            ):
                continue
            found = self._sense_for(clause)
            if found is not None and found[0].event_type == "ASSAULT":
                doers += [c for c in clause.children if c.dep_ == "nsubj"]
        return doers

    def _object_read_as_subject(self, verb: Token) -> Token | None:
        """The object of an attack or arrest verb that the parser made the subject of a
        clause after it ("killing at least 13 people as Lithuanians tried", "battling Sikh
        militants holed up inside"): such verbs take no clause, so the noun is their object."""
        if any(c.dep_ in _OBJECT_DEPS for c in verb.children) or verb.pos_ != "VERB":
            return None
        senses = self.lexicon.verb_senses(verb.lemma_.lower())
        if not senses or any(s.event_type not in ("ASSAULT", "COERCE") for s in senses):
            return None
        for clause in verb.rights:
            if clause.dep_ != "ccomp" or any(c.dep_ == "mark" for c in clause.children):
                continue
            for subject in clause.lefts:
                if (
                    subject.dep_ == "nsubj"
                    and subject.left_edge.i == verb.i + 1
                    and subject.pos_ in ("NOUN", "PROPN")
                ):
                    return subject
        return None

    def _doer_of_act_noun(self, noun: Token) -> Token | None:
        """Who did the act an event noun names: its own agent ("the Israeli raid"), or who
        claimed it ("claimed responsibility for the bombing")."""
        sense = self.nominal_sense(noun)
        if sense is None:
            return None
        agents = self._nominal_arguments(noun, sense)[0]
        if agents:
            return agents[0]
        claimed = self._claimed_through(noun)
        return self._subject(claimed) if claimed is not None else None

    def _claimed_through(self, word: Token) -> Token | None:
        """The verb that claims ``word``'s act: "claimed responsibility for the bombing",
        "took credit for killing" (a word after "for" on an object of class `credit`)."""
        prep = word.head
        credit = prep.head
        if (
            word.dep_ in ("pobj", "pcomp")
            and prep.lower_ == "for"
            and credit.dep_ == "dobj"
            and self.lexicon.in_class(credit.lemma_.lower(), "credit")
        ):
            return credit.head
        return None

    @staticmethod
    def _passive(verb: Token) -> bool:
        if any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            return False  # "..., a charge Armenia denied": the parser calls the object a subject
        if any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
            return True
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
            and any(c.dep_ == "agent" for c in verb.children)
        ):
            return True  # "Mandela walked free, released by the government of de Klerk"
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
            if noun is not None:  # "a law imposing new sanctions on Russia"
                targets += self._prep_objects(noun, sense.target_preps)
            targets += [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c != noun]
            targets += self._prep_objects(verb, sense.target_preps)
            if sense.event_type in _DIRECTIVE_TYPES:
                # "a resolution demanding that Russia withdraw": whom it asks
                targets += [
                    c
                    for clause in verb.children
                    if clause.dep_ == "ccomp"
                    for c in clause.children
                    if c.dep_ in _SUBJECT_DEPS
                ]
            return sources, targets, "active"
        if (
            verb.dep_ == "acl"
            and not _noun_acts(verb, self.lexicon)  # "protesters demanding his resignation"
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
            if not sources and sense.event_type == "ASSAULT":
                # "were wounded when Russian forces shelled the town": whoever did the
                # violent act the clause tells
                sources += self._violent_clause_doers(verb)
            passive_subjects = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
            if not passive_subjects and verb.dep_ in ("advcl", "pcomp"):
                # "walked free, released by the government", "before being shot dead by
                # security forces": the one the clause hangs on undergoes it
                governing = verb.head.head if verb.dep_ == "pcomp" else verb.head
                undergoer = (
                    self._subject(governing)
                    or next(
                        (c for c in governing.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None
                    )
                    if governing.pos_ in ("VERB", "AUX")
                    else None
                )
                # someone, not "prices supported by strong demand"
                if (
                    undergoer is not None
                    and self.resolver.resolve(phrase_for(undergoer)) is not None
                ):
                    passive_subjects = [undergoer]
                elif verb.dep_ == "advcl":
                    return [], [], "passive"  # no act between parties
            if not passive_subjects and verb.dep_ == "conj":
                # "sailors taken hostage ... were set free": the first verb's subject;
                # "journalists were arrested and beaten": its passive subject
                inherited = self._subject(verb)
                passive_subjects = (
                    [inherited]
                    if inherited is not None
                    else [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
                )
            # "militants led by Bhindranwale, who was killed in the fighting": the one the
            # relative clause is about
            passive_subjects = [
                verb.head if s.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s
                for s in passive_subjects
            ]
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
            if verb.lemma_.lower() in self.lexicon.causing_verbs:
                # "fired rockets, prompting Israeli strikes on Gaza": an act that names its
                # own target is aimed there, not at whoever caused it
                own_sources, own_targets, _ = self._nominal_arguments(noun, sense)
                aimed = [t for t in own_targets if self.resolver.resolve(phrase_for(t)) is not None]
                if aimed:
                    return sources + own_sources, aimed, "active"
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
            # "gave IAEA inspectors access to the Parchin complex": whom the light verb gives
            # the act to comes before what the act is aimed at
            targets += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            targets += self._prep_objects(noun, sense.target_preps)
            # "accusations of fraud against the ruling party": the aim hangs on what is
            # alleged
            aims = tuple(p for p in sense.target_preps if p != "of")
            targets += [
                t
                for alleged in self._prep_objects(noun, ("of",))
                if alleged.pos_ == "NOUN"
                for t in self._prep_objects(alleged, aims)
            ]
            if self.lexicon.in_class(noun.lemma_.lower(), "undergone"):
                # "extended Suu Kyi's house arrest": whoever undergoes it
                targets += [c for c in noun.children if c.dep_ == "poss"]
            ended = self._ended_act(noun)
            if ended is not None:  # "announced a halt to military action against Pakistan"
                targets += self._prep_objects(ended, sense.target_preps)
            # "lifted the sanctions imposed on India": whom the noun's act was aimed at
            targets += self._imposed_on(noun)
            targets += _aimed_through(noun)  # "launched air strikes targeting Hamas"
            # "lent diplomatic support to Syria": the light verb carries the noun's target;
            # "offered Turkey a deal": so does its indirect object.
            targets += self._given_to(verb)
        else:
            objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            if not objects:
                # headlines: "Iraq invades Kuwait" parses the object as an adverbial
                objects = [
                    c
                    for c in verb.children
                    if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ in _NAMED_ACTORS
                ] or [
                    # "Obama met Merkel Tuesday": the parser makes the name a compound of the day
                    name
                    for c in verb.children
                    if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ in ("DATE", "TIME")
                    for name in c.lefts
                    if name.dep_ == "compound"
                    and name.pos_ == "PROPN"
                    and name.ent_type_ not in ("DATE", "TIME")  # "Easter Monday"
                ]
            if not objects and sense.particle in _OUT_PARTICLES | {"down", "up", "over"}:
                # "Turkey shoots down Russian jet": the parser may take the particle for a
                # preposition and the object for its own
                objects = self._prep_objects(verb, (sense.particle,))
            misread = self._object_read_as_subject(verb)
            if misread is not None:
                objects = [misread]
            if not objects and sense.event_type == "REQUEST" and sense.particle == "for":
                # "called for the resignation of Prime Minister Mahathir": what is asked for
                # is the object, and whom it names is asked
                objects = [
                    o
                    for o in self._prep_objects(verb, ("for",))
                    if self.nominal_sense(o) is not None
                ]
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
                content = self._event_noun(obj)
                if content is not obj:
                    # "pledged $500 million in aid for Syrian refugees": whom the aid is for
                    content_sense = self.nominal_sense(content)
                    content_preps = content_sense.target_preps if content_sense else ()
                    targets += self._prep_objects(
                        content, (*sense.target_preps, *_OBJECT_TARGET_PREPS, *content_preps)
                    )
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
        if sense.event_type == "PROTEST":
            # "protested outside the Chinese embassy": the state the embassy stands for
            sites = self._prep_objects(verb, ("outside", "at", "near", "before"))
            sites += [
                o
                for front in self._prep_objects(verb, ("in",))
                if front.lower_ == "front"
                for o in self._prep_objects(front, ("of",))
            ]
            targets += [
                t for t in sites if self.lexicon.in_class(t.lemma_.lower(), "diplomatic_post")
            ]
        if sense.event_type in _DIRECTIVE_TYPES:
            # "demanded that Georgian troops withdraw": the one asked is the complement's subject.
            for clause in verb.children:
                if clause.dep_ != "ccomp":
                    continue
                if (
                    sense.event_type == "THREATEN"
                    and not any(c.dep_ == "neg" for c in clause.children)
                    and self._sense_for(clause) is not None
                ):
                    # "warned that Russia would cut gas supplies": a forecast of Russia's
                    # act, not a threat to Russia ("warned that Iran would pay a price" is)
                    continue
                targets += [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
        if self.lexicon.in_class(verb.lemma_.lower(), "permitting"):
            # "allowed U.S. troops to be stationed", "allowed inspectors access": the one
            # allowed, whom the parser makes the complement's subject
            targets += [
                c
                for clause in verb.children
                if clause.dep_ in ("ccomp", "xcomp")
                for c in clause.children
                if c.dep_ in (*_SUBJECT_DEPS, *_PASSIVE_SUBJECT_DEPS)
            ]
        if sense.event_type == "AID" and not self._prep_objects(verb, ("to",)):
            # "asked Berlin to deliver Taurus missiles": to the one who asked
            targets += self._requester(verb)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CONTACT_VERBS:
            # "telephoned Sharon to urge restraint": the one called, when the purpose names
            # no one
            targets += [c for c in verb.head.children if c.dep_ == "dobj"]
        return sources, targets, "active"

    def _done_by_hazard(self, verb: Token) -> bool:
        """Whether a participle clause with no subject tells what a natural hazard did:
        "Heavy rains triggered landslides, killing 22 people", "a storm hit the coast,
        leaving 12 dead"."""
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.tag_ != "VBG":
            return False
        doers = [c for c in verb.head.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
        return any(
            self.resolver.knowledge.inanimate.get(w.lemma_.lower()) == "hazard"
            for d in doers
            for w in (d, *_made_of(d), *(c for c in d.children if c.dep_ == "compound"))
        )

    def _object_is_not_an_actor(self, verb: Token, sense: Sense, day: dt.date | None) -> bool:
        """One meets or calls on people, not on commitments: "met its commitments",
        "what he called an operation" are no consultations."""
        if sense.origin != "verbs":
            return False
        if self.lexicon.in_class(verb.lemma_.lower(), "actor_object"):
            # "hanged nine activists" executes them; "hung a banner" is no act
            # with no object of its own ("were arrested and beaten by police"), the one it
            # shares; a pronoun is a party coreference resolves
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            return (
                bool(objects)
                and not any(o.pos_ == "PRON" for o in objects)
                # "fought heavy battles": the act named again, not a thing it is done to
                and not any(self.nominal_sense(o) is not None for o in objects)
                and not self._resolve_all(objects, "target", day)
            )
        if sense.event_type not in _ACTOR_OBJECT_TYPES:
            return False
        subject = self._subject(verb)
        if subject is not None and subject.conjuncts and verb.lemma_.lower() != "meet":
            return False  # "Turkey and Iran discussed the possibility of ...": with each other
        if any(
            self._prep_objects(t, sense.target_preps)
            for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        ):
            return False  # "discussed the grain corridor with Putin": the topic, then whom

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
            if self._refers_to_a_thing(head, day):
                return None  # "presented the plan to Saakashvili, who agreed to it"
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
        actor = self.resolver.resolve(phrase_for(head), role, day)
        if (
            actor is not None
            and actor.resolution == "dictionary:agent"
            and head.pos_ == "NOUN"
            and head.lemma_.lower() not in self.resolver.knowledge.agents
            and self.lexicon.modality.get((head.lemma_.lower(), "NOUN")) is not None
        ):
            # "the possibility of joint military operations" is no one ("the police
            # investigation" is the police's act, aimed at through it)
            return None
        return actor

    def _refers_to_a_thing(self, pronoun: Token, day: dt.date | None) -> bool:
        """Whether an object "it" refers to a thing named earlier in its sentence: the
        nearest noun before it that "it" could be is no actor ("presented the plan to
        President Saakashvili, who agreed to it": the plan, not the capital named before
        it). A subject "it" keeps to the subject in focus, so it is left to coreference."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj"):
            return False
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if token.dep_ not in _NOUN_PHRASE_DEPS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.head == verb and token.dep_ in _SUBJECT_DEPS:
                continue  # "Russia vetoed it": never its own clause's subject
            if token.ent_type_ in ("DATE", "TIME") or token.tag_ in ("NNS", "NNPS"):
                continue  # "the same evening", "the rebels": never "it"
            actor = self.resolver.resolve(phrase_for(token), "target", day)
            if actor is None:
                return token.pos_ == "NOUN"
            if pronoun_fits("it", actor):
                return False
        return False

    def subject_actor(self, sent: Span, day: dt.date | None) -> Actor | None:
        """The actor the sentence's main subject names, if any: for coreference when no
        event of the sentence names it."""
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
            permits = self.lexicon.in_class(clause.lemma_.lower(), "permitting")
            heads += [
                subject
                for inner in clause.children
                if (inner.dep_ == "ccomp" and inner.tag_ == "VB")
                # "agreed to allow U.S. troops to be stationed"
                or (permits and inner.dep_ in ("ccomp", "xcomp"))
                for subject in inner.children
                if subject.dep_ in _SUBJECT_DEPS
                or (permits and subject.dep_ in _PASSIVE_SUBJECT_DEPS)
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
            if (
                head.ent_type_ in _AMOUNT_LABELS
                or any(self.lexicon.in_class(head.lemma_.lower(), c) for c in ("direction", "time"))
                or self._names_sum(head)  # "pledged 500 million euros"
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
        """The first head that names an actor, expanded over its conjuncts. A meeting is
        no actor, whoever attends it ("the Commonwealth summit opens")."""
        for head in heads:
            if any(self.lexicon.in_class(head.lemma_.lower(), c) for c in ("meeting", "occasion")):
                continue  # "in a ceremony in Calabar": when and where, not whom
            group = [head, *head.conjuncts]
            if head.dep_ in _SUBJECT_DEPS and any(c.dep_ == "cc" for c in head.children):
                # "Gandhi and Jayewardene signed": the parser may make both subjects
                group += [s for s in head.head.children if s.dep_ == head.dep_ and s.i > head.i]
            included = _included(head)
            if included and self._actor_or_pronoun(head, role, day) is not None:
                # "20 prisoners, including Obasanjo"; of "15 guests, including two
                # lawmakers" the guests, whom no actor names, stay the one target
                group += included
            counted = _counted_people(head)
            if counted is not None and counted.conjuncts:
                # "rounded up hundreds of activists and slum dwellers": both are held, if
                # each is known; else the whole phrase stays one unknown group
                counted_members = [counted, *counted.conjuncts]
                if all(
                    getattr(self._actor_or_pronoun(m, role, day), "resolved", False)
                    for m in counted_members
                ):
                    group = [head, *counted.conjuncts]
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
                members = self._misjoined_parties(t, role, day) or self._coordinated_members(
                    t, role, day
                )
                actors += members or [self._actor_or_pronoun(t, role, day)]
            found = [a for a in actors if a is not None]
            if found:
                return found
        return []

    def _misjoined_parties(self, head: Token, role: str, day: dt.date | None) -> list[Actor]:
        """ "Colombia's government and FARC rebels signed": the parser may hang the first
        party on the second's head, with the second's modifier as its conjunct; both
        parties, when each is an actor."""
        doc = head.doc
        for first in head.lefts:
            if first.dep_ not in ("nmod", "compound") or first.pos_ != "NOUN":
                continue
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            if (
                second is None
                or not any(c.dep_ == "cc" for c in first.children)
                or not self.resolver.is_agent_head(first)
                # "government and rebel forces" is forces of both sides: a first party has
                # words of its own ("The Philippine government", "Colombia's government")
                or head.left_edge.i == first.i
            ):
                continue
            parties = [
                self.resolver.resolve(
                    Phrase(first, tuple(doc[head.left_edge.i : first.i + 1]), ()), role, day
                ),
                self.resolver.resolve(
                    Phrase(head, tuple(doc[second.left_edge.i : head.i + 1]), ()), role, day
                ),
            ]
            found = [a for a in parties if a is not None and a.resolved]
            if len(found) == 2:
                return found
        return []

    def _misjoined_people(
        self, head: Token, first: Token, role: str, day: dt.date | None
    ) -> list[Actor]:
        """The two people of "Kibaki and opposition leader Raila Odinga", which the parser
        makes one name with the first as a modifier; empty unless both resolve."""
        doc = head.doc
        second_start = first.conjuncts[-1].left_edge.i
        firsts = doc[first.left_edge.i : first.i + 1]
        seconds = doc[second_start : head.i + 1]
        one = self.resolver.resolve(Phrase(first, tuple(firsts), ()), role, day)
        other = self.resolver.resolve(Phrase(head, tuple(seconds), ()), role, day)
        if one is None or other is None or not one.resolved or not other.resolved:
            return []
        return [one, other]

    def _coordinated_members(self, head: Token, role: str, day: dt.date | None) -> list[Actor]:
        """ "Israeli and Palestinian negotiators", "North and South Korea": one actor per
        coordinated modifier that names a country, each with the head ("Israeli
        negotiators", "Palestinian negotiators"); empty when the phrase has no such
        modifiers."""
        for modifier in head.lefts:
            # "North and South Korea": the parser hangs "North" on "Korea" as nmod
            if modifier.dep_ not in ("amod", "compound", "nmod") or not modifier.conjuncts:
                continue
            whole = head.doc[min(modifier.i, head.i) : head.i + 1]
            if head.ent_type_ == "PERSON" and modifier.dep_ == "nmod":
                # "Kibaki and opposition leader Raila Odinga signed": the parser hangs the
                # first party on the second's name; they are two people
                return self._misjoined_people(head, modifier, role, day)
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
        # "negotiators from Kosovo and Serbia", "officials in Ankara and Baghdad", "the
        # foreign ministers of Greece and Macedonia": one actor per country the "from" (or
        # "in", when they differ, or "of" after an agent noun) names, with the head's sector.
        agent = self.resolver.is_agent_head(head)
        for prep in (
            c
            for c in head.children
            if c.dep_ == "prep" and (c.lower_ in ("from", "in") or (agent and c.lower_ == "of"))
        ):
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
            # Members named after "including" do not make a weak group strong: "sent 29
            # jailed cartel figures, including Caro Quintero, to the United States"
            included = _included(head)
            cut = min((m.left_edge.idx for m in included), default=len(head.doc.text))
            strong = any(
                a.country
                or (
                    a.resolution != "dictionary:agent" and not a.resolution.startswith("unresolved")
                )
                for a in found
                if a.start < cut
            )
            if strong or (not forces_are_things and self.resolver.is_agent_head(head)):
                return found

            # Of weak ones, whom a thing goes to ("aid to the rebel groups") before the
            # thing itself, the object that no agent noun heads ("military aid").
            thing = head.dep_ == "dobj" and not self.resolver.is_agent_head(head)
            if not weak or (weak_is_thing and not thing):
                weak, weak_is_thing = found, thing
        return weak

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
            lemma = thing.lemma_.lower()
            if self.lexicon.in_class(lemma, "passage") or self.lexicon.in_class(lemma, "trade"):
                # "eased restrictions on travel to Cuba", "banned exports to Iran",
                # "suspended visas for Canadian citizens"
                owners += self._prep_objects(thing, ("to", "into", "for"))
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
            # "opened fire on a bus carrying Hindu pilgrims": whom the vehicle carries
            owners += [
                o
                for acl in thing.children
                if acl.dep_ == "acl" and acl.lemma_.lower() in _CARRYING
                for o in acl.children
                if o.dep_ == "dobj"
            ]
            # "a ceasefire proposal put forward by Egypt", "food aid offered by the WFP";
            # people "kidnapped by Boko Haram" are no one's
            owners += [
                pobj
                for acl in thing.children
                if acl.dep_ == "acl"
                and acl.tag_ == "VBN"
                and acl.lemma_.lower() not in _MEDIATING  # "a truce brokered by Qatar"
                and not self.lexicon.in_class(lemma, "people")
                and not self.resolver.is_agent_head(thing)
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

    def _requester(self, verb: Token) -> list[Token]:
        """The subject of the request a verb is the asked-for act of ("urged allies to send
        more weapons"): whom the asked-for giving is for."""
        if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
            return []
        asking = verb.head
        if not any(
            s.event_type == "REQUEST" for s in self.lexicon.verb_senses(asking.lemma_.lower())
        ):
            return []
        return [c for c in asking.children if c.dep_ in _SUBJECT_DEPS]

    def _country_struck(
        self,
        verb: Token,
        trigger: tuple[Token, ...],
        day: dt.date | None,
        cities: bool = False,
    ) -> list[Actor]:
        """An act aimed at no one named is aimed at the country it is done in ("carried out
        airstrikes in Syria", "delivered aid in Haiti"), as CAMEO coders code it. With
        ``cities``, so is a city or province, when not even a thing is named as the act's
        object ("opened fire in Kandahar")."""
        holders = [verb, *trigger[1:], *(c for c in verb.children if c.dep_ == "dobj")]
        places = [
            p
            for h in dict.fromkeys(holders)
            for p in self._prep_objects(h, ("in", "across") if cities else ("in",))
        ]
        if cities:  # "in a market in Baghdad", "on bridges and roads across southern Lebanon"
            places += [
                p
                for h in [*places, *holders]
                if h.pos_ == "NOUN"
                for p in self._prep_objects(h, ("in", "of", "across"))
                if p not in places
            ]
            places += [
                p
                for h in holders
                for thing in self._prep_objects(h, ("on", "against"))
                # "on rebel-held districts of eastern Aleppo", "on targets inside Georgia"
                for p in self._prep_objects(thing, ("in", "across", "of", "inside"))
            ]
        struck: list[Actor] = []
        # "in a ceremony in Calabar", "at talks in Geneva": an occasion is no place struck
        occasions = [
            p
            for p in places
            if any(self.lexicon.in_class(p.lemma_.lower(), c) for c in ("meeting", "occasion"))
        ]
        places = [
            p for p in places if p not in occasions and not any(p.head.head == o for o in occasions)
        ]
        for place in places:
            actor = self.resolver.resolve(phrase_for(place), "target", day)
            if (
                actor is not None
                and actor.country
                and (
                    actor.resolution.split("+")[0] in _COUNTRY_NAMED
                    or (cities and actor.resolution.split("+")[0] in _CITY_NAMED)
                )
            ):
                struck.append(
                    replace(
                        actor,
                        code=actor_code(actor.country, ()),
                        sectors=(),
                        resolution=(
                            "place:country-struck"
                            if actor.resolution.split("+")[0] in _COUNTRY_NAMED
                            else "place:city-struck"
                        ),
                    )
                )
        return struck[:1]

    def _thing_placed(
        self, thing: Actor, verb: Token, day: dt.date | None, aimed_there: bool
    ) -> list[Actor]:
        """A thing named as an act's object, in or near a named place ("withdrew from
        positions around Kyiv", "a ban on flights to and from Libya"; with ``aimed_there``,
        also where the act is done: "struck targets near Damascus", "called for calm in
        Kenya"): the act is aimed at the place's country, as CAMEO coders code it. The span
        runs from the thing to the place where they are written together; the place stays
        the event's location."""
        doc = verb.doc
        span = doc.char_span(thing.start, thing.end, alignment_mode="expand")
        if span is None or any(
            self.lexicon.in_class(span.root.lemma_.lower(), c) for c in ("meeting", "occasion")
        ):
            return []  # "attended a ceremony in Kigali": where, not whom
        frontier = [span.root]
        candidates: list[Token] = []
        for _ in range(2):  # "positions in the hills near Goma"
            frontier = [p for holder in frontier for p in _placed_objects(holder, _THING_PREPS)]
            candidates += frontier
        if aimed_there:
            candidates += _placed_objects(verb, _STRUCK_PREPS)
        for place in candidates:
            if any(self.lexicon.in_class(place.lemma_.lower(), c) for c in _NOT_PLACES):
                continue
            actor = self.resolver.resolve(phrase_for(place), "target", day)
            if actor is None or not _names_a_place(actor):
                continue
            named_words = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if named_words is None or not any(
                t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC") for t in named_words
            ):
                continue  # "the increase in metro fares": no place named
            # "targets near Damascus": one phrase; "targets overnight in Damascus": the place;
            # never across the act's own verb ("a tanker detained by Ukraine in the port")
            written_with = (
                _phrase_ids(span.root)
                | {place.head.i}
                | {t.i for left in place.lefts for t in left.subtree}
            )
            joined = all(
                t.i in written_with and t.pos_ not in ("VERB", "AUX")
                for t in doc[span.end : place.i]
            )
            start = thing.start if joined and thing.start < actor.start else actor.start
            placed = [replace(actor, text=doc.text[start : actor.end], start=start)]
            for other in place.conjuncts:  # "targets in Tripoli and Benghazi"
                also = self.resolver.resolve(phrase_for(other), "target", day)
                if also is not None and _names_a_place(also):
                    placed.append(also)
            return [
                replace(
                    a,
                    code=actor_code(a.country, ()),
                    sectors=(),
                    resolution="place:thing-in",
                    score=thing.score,  # where a thing lies is no evidence that the act happened
                )
                for a in placed
            ]
        return []

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
                if not self.lexicon.in_class(pobj.lemma_.lower(), "occasion")
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


def _noun_acts(participle: Token, lexicon: EventLexicon) -> bool:
    """Whether the noun a participle modifies does what it says: a present participle
    ("protesters demanding his resignation") or a gathering verb's past one ("protesters
    gathered in Tahrir Square"), not a passive ("an aide seized by American forces")."""
    return participle.tag_ == "VBG" or (
        participle.tag_ in ("VBN", "VBD")  # the tagger may call it a past tense
        and lexicon.in_class(participle.lemma_.lower(), "gathering")
    )


def _name_after_title(subject: Token) -> Token | None:
    """The name the parser made a second subject right after a title ("Egypt's army chief
    General Abdel Fattah el-Sisi gave ..."): the name is who acts."""
    if subject.pos_ != "NOUN":
        return None
    return next(
        (
            s
            for s in subject.head.children
            if s.dep_ == subject.dep_
            and s.pos_ == "PROPN"
            and s.left_edge.i == subject.right_edge.i + 1
            and s.ent_type_ == "PERSON"
        ),
        None,
    )


def _misjoined_finite_verb(verb: Token) -> Token | None:
    """The finite verb a past-tense verb is really joined to when the parser hangs it on a
    gerund inside a noun phrase: "rejected any talk of Assad stepping down and accused
    Western states of arming terrorists" (Syria accused, not whoever stepped down)."""
    gerund = verb.head
    if not (
        verb.dep_ == "conj"
        and gerund.tag_ == "VBG"
        and gerund.dep_ in ("acl", "pcomp", "pobj")
        and (
            verb.tag_ == "VBD"
            or (
                verb.tag_ == "VBN"
                and any(c.dep_ == "dobj" for c in verb.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            )
        )
    ):
        return None
    return next(
        (
            a
            for a in gerund.ancestors
            if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP") and a.i < verb.i
        ),
        None,
    )


# Verbs of contact whose infinitive says what for, not what the one contacted is to do.
# a go-between's verbs: who brokers a deal is no party to it
_MEDIATING = frozenset({"broker", "mediate", "facilitate"})
_CONTACT_VERBS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet", "summon"})


def _object_controller(governor: Token) -> Token | None:
    """Who does what the governor's infinitive says when the governor has an object:
    "urged Iran to stop", "called on Putin to withdraw", "asked him to resign". "promise"
    keeps its subject ("promised Iraq to withdraw")."""
    lemma = governor.lemma_.lower()
    if lemma in ("promise", "vow", "pledge", "threaten"):
        return None
    if lemma in _CONTACT_VERBS and any(c.dep_ == "dobj" for c in governor.children):
        return None  # "telephoned Sharon to urge restraint": the caller urges it
    # "appealed to world leaders to impose", "pleaded with the rebels to free".
    preps = ("on", "to", "with") if lemma in _APPEAL_VERBS else ("on",)
    for child in governor.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                continue  # "agreed on Monday to allow": when, not whom
            return pobj
    return None


def _included(head: Token) -> list[Token]:
    """Members a group names after "including": "20 prisoners, including Obasanjo"; the
    parser may hang the phrase on the act ("the release of 20 prisoners, including")."""
    holders = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        holders.append(head.head.head)
    return [
        member
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for first in prep.children
        if first.dep_ == "pobj"
        for member in (first, *first.conjuncts)
    ]


def _counted_people(head: Token) -> Token | None:
    """The people a number or quantity noun counts: "hundreds of activists", "40 of the
    protesters"."""
    if not (head.like_num or head.pos_ == "NUM" or head.lemma_.lower() in _QUANTITY_NOUNS):
        return None
    return next(
        (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"),
        None,
    )  # fmt: skip


_CARRYING = frozenset({"carry", "transport", "ferry", "take", "bring"})
_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "number"})


def _means_or_time_gerund(token: Token) -> bool:
    """A gerund after "by", "after", "before", "while", "without" or "upon", whose doer is
    the subject of the verb the phrase hangs on ("left after meeting Erdogan")."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        # "responded by sanctioning officials": the parser may call an active verb's "by"
        # its agent
        and (
            prep.dep_ == "prep"
            or (
                prep.dep_ == "agent"
                and not any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in prep.head.children)
            )
        )
        and prep.lower_ in _GERUND_SUBJECT_PREPS
        and prep.head.i != prep.i
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _misparsed_main_verb(verb: Token) -> bool:
    """A finite past-tense verb hung as a modifier on a noun that heads the sentence: the
    sentence's real main verb, its subject the noun."""
    return (
        verb.dep_ == "acl"
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _acts_on_someone(verb)))
        and _misparsed_subject(verb).dep_ == "ROOT"
        and _misparsed_subject(verb).pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _acts_on_someone(participle: Token) -> bool:
    """Whether a past participle takes an object of its own (or its conjunct's: "guards
    tortured and humiliated detainees"), or a prepositional object and a clause ("called on
    the government to lift"): an active verb the parser read as a reduced relative, since a
    passive one ("an aide seized by American forces") has neither."""
    if any(c.dep_ == "agent" for c in participle.children):
        return False
    objects = any(c.dep_ == "dobj" for v in (participle, *participle.conjuncts) for c in v.children)
    called_on = any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in participle.children
    ) and any(c.dep_ == "xcomp" for c in participle.children)
    return objects or called_on


def _misparsed_subject(verb: Token) -> Token:
    """The noun a misparsed main verb hangs on, or the name its apposition describes
    ("Aung San Suu Kyi, the detained opposition leader, called on ...")."""
    head = verb.head
    return head.head if head.dep_ == "appos" else head


def _placed_objects(holder: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a holder's prepositions, also of conjoined ones ("to and from Libya")."""
    found: list[Token] = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for p in [prep, *prep.conjuncts]:
            found += [
                c for c in p.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
            ]
    return found


def _phrase_ids(head: Token) -> set[int]:
    return {t.i for t in head.subtree}
