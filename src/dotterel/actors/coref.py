"""Coreference inside one document, over its events in reading order.

- "he", "she" -> the last person; "it" -> the last state or organisation; "they" ->
  the last group of people (armed group, agents, a demonym).
- The subject of a sentence that reports no event is in focus too.
- The subject pronoun of reported words -> the one who reported them ("The FARC said
  that they will lay down arms"), linked by the coder, which sees the parse; the event's
  actor is then the speaker's own mention in that sentence.
- An unknown name whose last word is the surname of a person met earlier ("Maliki"
  after "Prime Minister Nouri al-Maliki") -> that person.
- A person with no country whose surname an earlier mention with a country carries
  ("President Elena Huamán" after "Peruvian President Elena Huamán") -> that country.
- A definite, singular sector with no country ("the government", "the prime minister")
  -> that sector of the country last in focus.
Every link is recorded in the actor's ``resolution`` ("coreference:pronoun<-...").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from ..schema import Actor, Event

PRONOUN = "pronoun"
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "its"}
_GROUP_PRONOUNS = {"they", "them", "their"}
_DEFINITE = {"the", "his", "her", "its", "their"}
_OWNER_PRONOUNS = {"his", "her", "its", "their"}
_STATE_KINDS = {
    "state",
    "igo",
    "ngo",
    "government_body",
    "party",
    "company",
    "media",
    "armed_group",
}
_GROUP_KINDS = {"group", "armed_group", "igo", "state"}


def pending_pronoun(text: str, start: int, end: int) -> Actor:
    """A pronoun argument awaiting its antecedent."""
    return Actor(text, start, end, None, None, None, (), PRONOUN, "unknown", 0.0)


def _it_fits(actor: Actor) -> bool:
    """ "it": a state or organisation, or one body named by a singular noun ("the foreign
    ministry"), not people ("the rebels")."""
    if actor.kind in _STATE_KINDS:
        return True
    return actor.kind == "group" and not actor.text.rstrip().lower().endswith("s")


def pronoun_fits(pronoun: str, actor: Actor) -> bool:
    """Whether ``actor`` can be what ``pronoun`` refers to."""
    word = pronoun.lower()
    if word in _PERSON_PRONOUNS:
        return actor.kind == "person"
    if word in _THING_PRONOUNS:
        return _it_fits(actor)
    if word in _GROUP_PRONOUNS:
        return actor.kind in _GROUP_KINDS
    return False


def speaker_link(pronoun: Actor, speaker: Actor) -> Actor:
    """The speaker whose reported words ``pronoun`` is in ("UNITA claimed that they had
    attacked the base": they = UNITA). The speaker is named in the same sentence, so the
    actor carries the name's span, the one a reader looks for; the pronoun is kept in the
    resolution."""
    return replace(
        speaker,
        resolution=f"coreference:speaker<-{speaker.text} (as '{pronoun.text}' at {pronoun.start})",
        score=round(speaker.score * 0.9, 4),
    )


def _linked(
    mention: Actor, antecedent: Actor, how: str, weight: float, same_sentence: bool = False
) -> Actor:
    """``mention`` (its text and span) as ``antecedent``, the link said in its resolution.
    A pronoun whose antecedent is named in its own sentence ("Brasilia granted him asylum"
    after "Roger Pinto has been sheltering") carries the name's span, as a speaker's does:
    it is the one a reader looks for, and the sentence stays the event's provenance."""
    if same_sentence and how == "pronoun":
        return replace(
            antecedent,
            resolution=(
                f"coreference:{how}<-{antecedent.text} (as '{mention.text}' at {mention.start})"
            ),
            score=round(antecedent.score * weight, 4),
        )
    return replace(
        antecedent,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        resolution=f"coreference:{how}<-{antecedent.text}",
        score=round(antecedent.score * weight, 4),
    )


def _definite_singular(text: str) -> bool:
    """ "the government", "his government", "the defence ministry"; not "both delegations"."""
    words = text.lower().split()
    return 2 <= len(words) <= 3 and words[0] in _DEFINITE and not words[-1].endswith("s")


def _has_country(actor: Actor) -> bool:
    return actor.country is not None and len(actor.country) == 3 and actor.country.isalpha()


class _Focus:
    """What the document has mentioned so far, most recent last."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.sentences: list[int] = []  # the sentence of each actor seen
        self.roles: list[str] = []  # and its role there: source, target or mention
        self.pronouns: dict[int, Actor] = {}  # a pronoun's offset -> its antecedent

    def last(self, accept: Callable[[Actor], bool]) -> Actor | None:
        return next((a for a in reversed(self.actors) if accept(a)), None)

    def last_subject(self, accept: Callable[[Actor], bool], sentence: int | None) -> Actor | None:
        """The last doer of an act in this sentence or the one before that ``accept``
        takes: a pronoun refers to a subject before an object ("Israel admitted that its
        forces had struck a convoy in Gaza, and said it had dismissed two officers")."""
        if sentence is None:
            return None
        for seen, at, role in zip(
            reversed(self.actors), reversed(self.sentences), reversed(self.roles), strict=True
        ):
            if at < sentence - 1:
                return None
            if role == "source" and accept(seen):
                return seen
        return None

    def sentence_of(self, actor: Actor) -> int | None:
        for seen, sentence in zip(reversed(self.actors), reversed(self.sentences), strict=True):
            if seen is actor:
                return sentence
        return None

    def link(
        self,
        actor: Actor,
        other: Actor | None = None,
        sentence: int | None = None,
        role: str = "source",
    ) -> Actor:
        """Resolve ``actor``; never to the event's ``other`` actor ("He met Sarkozy")."""
        word = actor.text.lower()
        antecedent: Actor | None = None
        how = ""
        other_name = other.name if other is not None and other.resolved else None

        def free(a: Actor) -> bool:
            return a.resolved and (other_name is None or a.name != other_name)

        if actor.resolution == PRONOUN:
            fits: Callable[[Actor], bool] = lambda a: False  # noqa: E731
            if word in _PERSON_PRONOUNS:
                fits = lambda a: a.kind == "person"  # noqa: E731
            elif word in _THING_PRONOUNS:
                fits = _it_fits
            elif word in _GROUP_PRONOUNS:
                fits = lambda a: a.kind in _GROUP_KINDS  # noqa: E731
            # A subject pronoun prefers a subject; an object one the nearest mention
            # ("cut ties with Qatar, accusing it of ...").
            antecedent = self.pronouns.get(actor.start)
            if antecedent is None and role == "source":
                antecedent = self.last_subject(lambda a: fits(a) and free(a), sentence)
            if antecedent is None:
                antecedent = self.last(lambda a: fits(a) and free(a))
            if antecedent is not None:
                # The same word may be one act's object and another's subject ("accusing
                # it of supporting terrorism"): one referent for both.
                self.pronouns[actor.start] = antecedent
            how = "pronoun"
        elif actor.resolution == "unresolved:person":
            surname = actor.text.split()[-1].lower()
            antecedent = self.last(
                lambda a: (
                    a.kind == "person"
                    and a.resolved
                    and (a.name or a.text).split()[-1].lower() == surname
                )
            )
            how = "surname"
        elif (
            actor.country is None
            and actor.kind == "person"
            and actor.text[-1:].isalpha()
            and actor.text.split()[-1][:1].isupper()  # a name, not a title: "the ambassador"
        ):
            # "President Elena Huamán" after "Peruvian President Elena Huamán": the same
            # person, whose country an earlier mention gave.
            surname = actor.text.split()[-1]
            named = self.last(
                lambda a: (
                    a.kind == "person"
                    and _has_country(a)
                    and a.text.split()[-1] == surname
                    and surname[:1].isupper()
                )
            )
            if named is None or named.country is None:
                return actor
            sectors = actor.sectors or named.sectors
            return replace(
                actor,
                name=named.name,
                country=named.country,
                sectors=sectors,
                code=named.country + (sectors[0] if sectors else ""),
                resolution=f"{actor.resolution}+coreference:same-name<-{named.text}",
            )
        elif (
            actor.country is None
            and actor.sectors
            and (actor.kind != "person" or actor.resolution == "dictionary:agent")
            and _definite_singular(actor.text)
        ):
            # Never the event's other actor itself: in "Russia refused to meet the envoy",
            # the envoy is not Russia's for having met Russia's mention in the refusal.
            def owner_fits(a: Actor) -> bool:
                return (
                    _has_country(a)
                    and a.country != "IGO"
                    and not (other is not None and (a.start, a.end) == (other.start, other.end))
                )

            focus = None
            if actor.text.lower().split()[0] in _OWNER_PRONOUNS:
                # "Iran struck Israel over a strike on its consulate": "its" is a
                # doer's, as a subject pronoun is
                focus = self.last_subject(owner_fits, sentence)
            focus = focus or self.last(owner_fits)
            if focus is not None and focus.country is not None:
                return replace(
                    actor,
                    country=focus.country,
                    code=focus.country + actor.sectors[0],
                    resolution=f"{actor.resolution}+coreference:country-in-focus<-{focus.text}",
                )
            return actor
        if antecedent is None:
            return actor
        same = sentence is not None and self.sentence_of(antecedent) == sentence
        return _linked(actor, antecedent, how, 0.8, same_sentence=same)

    def see(self, actor: Actor | None, sentence: int = -1, role: str = "mention") -> None:
        if actor is not None and actor.resolution != PRONOUN:
            self.actors.append(actor)
            self.sentences.append(sentence)
            self.roles.append(role)


def resolve_coreference(
    events: Iterable[Event], mentions: Mapping[int, Sequence[Actor]] | None = None
) -> list[Event]:
    """Link pronouns, surnames and country-less sectors to what the document mentioned before.

    ``mentions`` are actors no event names, by sentence: the subject of a sentence that
    reports no event ("Maliki was in a defiant mood. He accused Syria ...") or of one whose
    events do not name it ("Roger Pinto has been sheltering at the embassy since Brasilia
    granted him asylum"). They enter the focus before the events of their own sentence."""
    focus = _Focus()
    out: list[Event] = []
    pending = sorted((mentions or {}).items())
    for event in events:
        while pending and pending[0][0] <= event.sentence_id:
            mentioned_in, actors = pending.pop(0)
            for actor in actors:
                focus.see(actor, mentioned_in)
        sentence = event.sentence_id
        source = (
            focus.link(event.source, event.target, sentence) if event.source is not None else None
        )
        target = (
            focus.link(event.target, source, sentence, "target")
            if event.target is not None
            else None
        )
        if source is not event.source or target is not event.target:
            event = replace(event, source=source, target=target, id="")
        focus.see(source, sentence, "source")
        focus.see(target, sentence, "target")
        out.append(event)
    return out
