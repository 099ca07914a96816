"""Read whether an act happened: its negation and modality, from the trigger's auxiliaries,
adverbs and marks and from the verbs or nouns that govern it.

A cooperative act said not to be done is a refusal (PLOVER REJECT), a framing act
("refused to", "called for") takes the code of the act it directs, a reported "would" is
an intention, and an event noun under a demand, a plan or an accusation has not happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import Modality
from .base import (
    _BLAME_PREPS,
    _DIRECTIVE_TYPES,
    _FRAMING_TYPES,
    _OBLIGATION_VERBS,
    _WARNING_VERBS,
    _accused,
    _blamer,
    _CoderBase,
    _noun_infinitive,
    _to_infinitive,
)
from .lexicon import Sense

_HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
_OWN_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
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
# Acts that, said not to be done, are refused ("will not release"): PLOVER REJECT.
_REFUSABLE_TYPES = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Governors whose negated complement is a refusal ("vowed never to release"), and those
# whose own negation is one too ("does not intend to withdraw", "is not willing to meet").
_VOWING = frozenset({"vow", "pledge", "promise", "swear", "decide", "resolve", "insist"})
_UNWILLING_CUES = ("verb:unwilling", "verb:reluctant")  # "is unwilling to meet": refused
_INTENDING = frozenset(
    {"want", "wish", "plan", "intend", "go", "willing", "ready", "prepared", "prepare"}
)
_CANNOT_CUES = {"aux:can", "aux:could", "aux:would"}  # "cannot accept", "would not support"
# Verbs whose object is an act wanted, not done ("needs the approval of").
_WANTING = frozenset({"need", "require", "seek", "want", "await", "lack", "expect"})


class QualifierReader(_CoderBase):
    """Negation, modality, refusals and directed framing acts."""

    def _is_accusation(self, verb: Token) -> bool:
        found = self._sense_for(verb)
        return found is not None and found[0].event_type == "ACCUSE"

    def _is_directive(self, verb: Token) -> bool:
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        found = self._sense_for(verb)
        return found is not None and found[0].event_type in _DIRECTIVE_TYPES

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
        if any(c in _UNWILLING_CUES for c in cues):
            return True
        governor = verb.head if verb.dep_ == "xcomp" else None
        said_no_here = any(c.dep_ == "neg" for c in verb.children)
        if governor is not None:
            lemma = governor.lemma_.lower()
            carriers = [governor, governor.head] if governor.dep_ == "acomp" else [governor]
            if lemma in _INTENDING and any(c.dep_ == "neg" for t in carriers for c in t.children):
                return True  # "does not intend to withdraw", "is not willing to meet"
            return said_no_here and lemma in _VOWING | _INTENDING  # "vowed never to"
        if verb.dep_ == "advcl" and any(c.startswith("neg:") for c in cues):
            # "will not go to Moscow to meet him": the errand refused is the act refused
            said_no_here = any(c.dep_ == "neg" for c in verb.head.children)
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
            and c not in _UNWILLING_CUES
            and self.lexicon.modality.get((c[5:], "VERB")) == "negated"
            for c in cues
        )

    def _backshifted_will(self, verb: Token) -> bool:
        """Whether "would" on ``verb`` is a reported "will" ("Japan said it would send
        aid": an intention), not a condition ("would have", "if", "unless")."""
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return False
        teller = clause.head.lemma_.lower()
        if teller in _WARNING_VERBS:
            # "Moscow warned it would retaliate": the warner's own act is threatened;
            # "warned that Russia would invade" foretells another's
            if not any(c.dep_ == "nsubj" and c.lower_ in _OWN_PRONOUNS for c in clause.children):
                return False
        elif not self.lexicon.in_class(teller, "saying"):
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
                # ("accepted a truce mediated by Qatar": a participle says what it is)
                if clause.dep_ == "acl" and clause.pos_ == "VERB" and clause.tag_ != "VBN":
                    found = self._sense_for(clause)
                    if found is not None:
                        return self.lexicon.directed_at(sense, found[0])
            act = self.nominal_sense(thing)
            if act is not None:
                if self._party_calls_for_peace(verb, sense, act, thing):
                    return self.lexicon.as_intent(act)
                return self.lexicon.directed_at(sense, act)
        return sense

    def _party_calls_for_peace(self, verb: Token, appeal: Sense, act: Sense, thing: Token) -> bool:
        """Whether an appeal, addressed to no one, asks for an end to the caller's own
        conflict ("Hamas called for an end to the fighting with Israel"): the PLOVER
        codebook codes a party's call to end its conflict as AGREE, an intent."""
        if appeal.cameo[:2] != "02" or not act.cameo.startswith("087") or act.cameo == "0874":
            return False  # de-escalation or a ceasefire; a withdrawal (0874) is no peace
        if any(c.dep_ == "dobj" and c.i != thing.i for c in verb.children) or self._prep_objects(
            verb, ("on", "upon")
        ):
            return False  # "called on Israel to end ...": asked of another
        return any(
            # "fighting with Israel" makes the caller a party; "between A and B" may not
            t.dep_ == "prep" and t.lower_ == "with" and t.head.pos_ == "NOUN"
            for t in thing.subtree
        )

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
            blamer = _blamer(token) if _accused(token) is not None else None
            if blamer is not None and self._is_accusation(blamer):
                raise_to("hypothetical", f"verb:{blamer.lemma_.lower()}")
                break  # "accused Iran of arming militias": alleged, not established
            framing = self._framing_noun(token) if token.tag_ == "VBG" else None
            if _noun_infinitive(token) or framing is not None:
                # "rejected calls to lift the blockade", "a plan to withdraw", "Israel's
                # refusal to allow", "the possibility of sending troops": the noun frames
                # the act as the verb would.
                framer = framing if framing is not None else token.head
                noun = framer.lemma_.lower()
                effect = self.lexicon.modality.get((noun, "NOUN"))
                level = _MODAL_EFFECTS.get(effect or "")
                if _any_such(framer):
                    # "would veto any attempt by Congress to block the deal": no attempt
                    # made, only one that might be
                    raise_to("hypothetical", f"det:any {noun}")
                elif level is not None:
                    raise_to(level, f"noun:{noun}")
                elif effect == "negated":
                    negated = not negated
                    cues.append(f"noun:{noun}")
                else:
                    framed_as = self.nominal_sense(framer)
                    if framed_as is not None and framed_as.event_type in _DIRECTIVE_TYPES:
                        raise_to("hypothetical", f"noun:{noun}")
                break
            if (
                token.dep_ in ("acl", "ccomp")
                and token.head.pos_ == "NOUN"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
            ):
                # "denied allegations that it was buying oil", "rumours that troops had
                # crossed": the noun frames what its clause says
                noun = token.head.lemma_.lower()
                level = _MODAL_EFFECTS.get(self.lexicon.modality.get((noun, "NOUN")) or "")
                if level is not None:
                    raise_to(level, f"noun:{noun}")
                break
            text = token.head
            if (
                token.dep_ == "acl"
                and token.tag_ == "VBG"
                and text.dep_ == "dobj"
                and self._is_text(text)
                and self._rejects(text.head)
            ):
                # "vetoed a resolution condemning the annexation": the text never passed
                negated = not negated
                cues.append(f"verb:{text.head.lemma_.lower()}")
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
            if token.dep_ == "ccomp" and any(
                c.dep_ in ("dobj", "nsubjpass") and token.i < c.i < governor.i
                for c in governor.children
            ):
                break  # "X accused Y of ..., a charge Y denied": told, not denied by its teller
            effect = self.lexicon.modality.get(
                (governor.lemma_.lower(), "ADJ" if governor.pos_ == "ADJ" else "VERB")
            )
            if governor.lemma_.lower() == "go" and governor.tag_ != "VBG":
                effect = None  # "went to Moscow to meet him" met him; "is going to" plans
            if effect is None and token.dep_ == "xcomp" and _to_infinitive(token):
                if governor.lemma_.lower() == "be" and token.lemma_.lower() != "blame":
                    effect = (
                        "intended"  # "Israel is to release 26 prisoners" ("is to blame" accuses)
                    )
                elif governor.lemma_.lower() in _OBLIGATION_VERBS and governor.tag_ != "VBD":
                    effect = "hypothetical"  # "the rebels have to disarm"; "had to withdraw" did
            if (
                effect is None
                and (
                    token.dep_ in ("xcomp", "ccomp")
                    or (token.dep_ == "advcl" and _to_infinitive(token))
                )
                and self._is_directive(governor)
                and not (
                    governor.lemma_.lower() in _WARNING_VERBS and self._backshifted_will(token)
                )
            ):
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
                if any(c.dep_ == "neg" for c in governor.children):
                    # "has not ruled out sending troops", "did not deny arming them": left
                    # open, not done (the governor's own "not" undoes the negation above)
                    raise_to("hypothetical", f"verb:not {governor.lemma_.lower()}")
            if token.dep_ == "ccomp":
                break  # reported speech: the reporting verb's tense is not the event's
            token = governor
        return negated, modality, cues

    def _nominal_modality(self, noun: Token) -> tuple[Modality, list[str]]:
        """An event noun under a demand or a plan has not happened ("demanded the release of")."""
        governor = noun.head
        while governor.dep_ in ("pobj", "prep") and governor.head.i != governor.i:
            governor = governor.head
        framer = self._framing_noun(noun)
        framed = self.lexicon.modality.get((framer.lemma_.lower(), "NOUN")) if framer else None
        if _any_such(noun) or (framer is not None and _any_such(framer)):
            # "warned against any attack on Taiwan", "any talk of Assad stepping down":
            # whichever might come, none in particular has happened
            return "hypothetical", ["det:any"]
        if framer is not None and _MODAL_EFFECTS.get(framed or "") is not None:
            # "explored the possibility of cooperation", "the threat of sanctions"
            return _MODAL_EFFECTS[framed or ""], [f"noun:{framer.lemma_.lower()}"]
        responded_to = noun.head.head if noun.head.lower_ in ("for", "to") else None
        if (
            responded_to is not None
            and responded_to.pos_ == "NOUN"
            and self.lexicon.in_class(responded_to.lemma_.lower(), "responding")
        ):
            return "actual", []  # "in retaliation for the bombing": the cause happened
        if governor.i == noun.i or governor.pos_ not in ("VERB", "AUX"):
            return "actual", []
        if noun.head.lower_ in ("despite", "under") or noun.head.head.lower_ in (
            "spite",
            "defiance",
        ):
            return "actual", []  # "promised, under pressure from Washington, to freeze"
        blamer: Token | None = None
        if _accused(governor) is not None:
            blamer = _blamer(governor)  # "accusing it of committing genocide"
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
        if effect == "negated" and any(c.dep_ == "neg" for c in governor.children):
            # "has not ruled out military action": left open, not done
            return "hypothetical", [f"verb:not {governor.lemma_.lower()}"]
        if noun.head.lower_ == "for" and self.lexicon.in_class(
            governor.lemma_.lower(), "responding"
        ):
            return "actual", []  # "vowed to retaliate for the killing": the cause happened
        if noun.head.lower_ == "for":
            # "will travel to Beijing for talks": a purpose shares its journey's modality
            negated, modality, cues = self._qualifiers(governor)
            if modality != "actual" and not negated:
                return modality, cues
        return "actual", []


def _any_such(noun: Token) -> bool:
    """Whether a noun is quantified by "any" ("any attempt", "any attack"): it names
    whatever act might come, not one that happened."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
