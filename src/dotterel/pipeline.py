"""The pipeline: articles -> cleaned documents -> parsed sentences -> coded events.

``Pipeline.code_documents`` is the pure core: documents in, coded documents out,
no file or database I/O, so that Ray or Spark can call it on any worker.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from .actors import ActorResolver, builtin_knowledge
from .actors.coref import resolve_coreference
from .actors.dictionaries import UserDictionary, load_dictionary
from .actors.knowledge import ActorKnowledge
from .actors.resolve import phrase_for
from .clean import clean_text
from .config import Config
from .errors import ConfigError, InputError
from .events import EventCoder, lexicon, ontology
from .events.calibration import IDENTITY, calibration
from .events.coder import CodedEvent
from .events.lexicon import Sense
from .events.relation_model import (
    AnyRelationModel,
    Decision,
    combine,
    lexicon_candidates,
    pair_input,
    sense_for_type,
    shipped_relation_model,
)
from .nlp import Parser, SpacyParser
from .schema import (
    PLACE_RESOLUTIONS,
    Actor,
    Article,
    CodedDocument,
    Document,
    Event,
    Location,
    Sentence,
    Trigger,
    has_actors,
)
from .when import (
    SEASONS,
    ResolvedDate,
    duration_start,
    inherit_dates,
    publication_date_from_text,
    resolve_expression,
    shift_from,
)
from .where import Gazetteer, geonames_gazetteer, geoparse, locate_event
from .where.gazetteer import normalise_name
from .where.mislabelled import restore_cities
from .where.story import at_the_seat, place_from_story

log = logging.getLogger(__name__)
# A place written right after a group, in its own phrase: "peacekeepers from Chad", "the
# U.N. mission in Mali" ("children near Gulu" is more often where the act was)
_WRITTEN_PLACE_PREPS = ("in", "from")
_REGION_OVER_TOWN = 3  # how much more populous a region must be to beat a town of its name


def prepare_document(article: Article, config: Config) -> Document:
    """Clean an article and settle its publication date (metadata, dateline, or --date)."""
    if len(article.text) > config.max_chars:
        raise InputError(article.origin, f"longer than max_chars={config.max_chars}")
    cleaned = clean_text(article.text)
    if not cleaned.text.strip():
        raise InputError(article.origin, "no text left after cleaning")
    date, date_source = article.date, "metadata" if article.date else None
    if date is None:
        found = publication_date_from_text(cleaned.text)
        if found is not None:
            date, date_source = found.value, f"text:{found.expression}"
    if date is None and config.default_date:
        date, date_source = config.default_date, "default"
    return Document(
        id=Document.make_id(cleaned.text),
        text=cleaned.text,
        raw_text=article.text,
        offsets=cleaned.offsets,
        origin=article.origin,
        external_id=article.external_id,
        title=article.title,
        date=date,
        date_source=date_source,
        url=article.url,
        source=article.source,
    )


# Settings read when a Pipeline loads its parser and actor knowledge.
_LOADING_SETTINGS = frozenset({"spacy_model", "batch_size", "workers", "user_dictionaries"})


def unvoted(sense: Sense) -> str | None:
    """Why the relation model may not vote on a coded sense, or None where it may.
    Not on a refusal read from negation ("will not release them"), which the model does
    not weigh: its vote would turn the refusal into the release refused. Not on an act
    undone ("cut military aid", "lifted the ban"): the model reads the act, and its vote
    would turn the cut into the aid."""
    if sense.origin.endswith("+refused"):
        return "a refusal"
    if sense.origin.startswith("undoing"):
        return "an act undone"
    return None


class VotePair(NamedTuple):
    """A coded pair the relation model votes on: its sentence, source and target spans,
    the lexicon's type, and whether the act is only intended."""

    sent: Span
    source: Span
    target: Span
    lexicon_type: str
    intended: bool = False


class Pipeline:
    """Holds the loaded parser and knowledge; codes documents."""

    def __init__(
        self,
        config: Config | None = None,
        parser: Parser | None = None,
        knowledge: ActorKnowledge | None = None,
        gazetteer: Gazetteer | None = None,
        user_dictionaries: Sequence[UserDictionary] = (),
        relation_model: AnyRelationModel | None = None,
    ) -> None:
        self.config = config or Config()
        self.parser = parser if parser is not None else SpacyParser(self.config)
        self.ontology = ontology()
        self.lexicon = lexicon()
        if knowledge is None:
            files = [load_dictionary(path) for path in self.config.user_dictionaries]
            knowledge = builtin_knowledge().with_user([*files, *user_dictionaries])
        self.knowledge = knowledge
        self.gazetteer = gazetteer if gazetteer is not None else geonames_gazetteer()
        self.resolver = ActorResolver(knowledge, self._place_country)
        self.coder = EventCoder(self.lexicon, self.resolver, self.config.require_actor)
        self._relation_model = relation_model
        self._calibration = calibration() if self.config.calibrate_confidence else IDENTITY

    def reconfigured(self, **settings: Any) -> Pipeline:
        """This pipeline with other coding settings, sharing what is loaded (parser,
        actor knowledge, gazetteer, relation model). Settings that choose what is loaded
        need a new Pipeline."""
        loaded = sorted(set(settings) & _LOADING_SETTINGS)
        if loaded:
            raise ConfigError(f"{', '.join(loaded)}: these settings need a new Pipeline")
        return Pipeline(
            replace(self.config, **settings),
            parser=self.parser,
            knowledge=self.knowledge,
            gazetteer=self.gazetteer,
            relation_model=self._relation_model,
        )

    def relation_model(self) -> AnyRelationModel | None:
        """The learned relation model, loaded on first use (None when switched off)."""
        if not self.config.relation_model:
            return None
        if self._relation_model is None:
            self._relation_model = shipped_relation_model()
        return self._relation_model

    def model_votes(self, pairs: Sequence[VotePair]) -> list[tuple[Decision, Sense | None]]:
        """The relation model's vote on each pair against the lexicon's type (one batch),
        with the sense to code where the model wins (the CAMEO code of the lexicon's sense
        of that type, else the type's default), or None where the lexicon's type stands.
        For an intended act both vote on the expression of intent ("will release them" is
        AGREE, whichever act). Empty when the model is switched off."""
        model = self.relation_model()
        if model is None or not pairs:
            return []
        predictions = model.predict([pair_input(p.sent, p.source, p.target) for p in pairs])
        intents = {act: into for act, (into, _) in self.lexicon.intent.items()}
        votes: list[tuple[Decision, Sense | None]] = []
        for pair, prediction in zip(pairs, predictions, strict=True):
            senses = lexicon_candidates(self.lexicon, pair.source, pair.target)
            if pair.intended:
                senses = [self.lexicon.as_intent(s) for s in senses]
                prediction = prediction.as_intended(intents)
            vote = combine(pair.lexicon_type, {s.event_type for s in senses}, prediction)
            if vote.by != "model":
                votes.append((vote, None))
                continue
            default = self.ontology.plover[vote.event_type].default_cameo
            votes.append((vote, sense_for_type(senses, vote.event_type, default)))
        return votes

    def _voted(self, doc: Doc, found: list[tuple[Span, int, CodedEvent]]) -> list[CodedEvent]:
        """The coded events after the relation model's vote (``code_with_relation_model``):
        each event whose source and target are named in its own sentence keeps the
        lexicon's type unless the model finds another far more likely; then it takes the
        model's type at half the coder's confidence, the two disagreeing. With the model
        switched off (``relation_model=False``) the events are the lexicon's."""
        if self.relation_model() is None:
            return [coded for _, _, coded in found]
        pairs: list[VotePair] = []
        voted: list[int] = []
        for n, (sent, _, coded) in enumerate(found):
            if unvoted(coded.sense) or coded.source is None or coded.target is None:
                continue
            src = doc.char_span(coded.source.start, coded.source.end, alignment_mode="expand")
            tgt = doc.char_span(coded.target.start, coded.target.end, alignment_mode="expand")
            if src is None or tgt is None or src.sent != sent or tgt.sent != sent:
                continue
            if src.start < tgt.end and tgt.start < src.end:
                continue  # one phrase names both ("the Iraqi-Iranian talks")
            pairs.append(
                VotePair(sent, src, tgt, coded.sense.event_type, coded.modality == "intended")
            )
            voted.append(n)
        events = [coded for _, _, coded in found]
        for n, (vote, sense) in zip(voted, self.model_votes(pairs), strict=True):
            coded = events[n]
            reason = f"{coded.reason}; {vote.reason}"
            if sense is None:
                events[n] = replace(coded, reason=reason)
            else:
                events[n] = replace(
                    coded, sense=sense, confidence=coded.confidence / 2, reason=reason
                )
        return events

    def _place_country(self, name: str) -> str | None:
        candidates = self.gazetteer.candidates(name)
        if not candidates:
            return None
        first = candidates[0]
        # "Bali": a region far more populous than the first town of the name is meant
        regions = [c for c in candidates[1:4] if c.feature == "region" and c.name == name]
        bigger = [
            r for r in regions if (r.population or 0) > _REGION_OVER_TOWN * (first.population or 0)
        ]
        return bigger[0].country if first.feature == "city" and bigger else first.country

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Parse in batches and code every document, in input order."""
        items = ((d.text, d) for d in documents)
        for doc, document in self.parser.pipe(items):
            yield self.code_parsed(doc, document)

    def code_parsed(self, doc: Doc, document: Document) -> CodedDocument:
        restore_cities(doc, self.gazetteer, self._names_a_person, self._strikes_places)
        sentences: list[Sentence] = []
        found: list[tuple[Span, int, CodedEvent]] = []
        # A sentence's date expressions (resolved once), its date and its contexts serve
        # all its events; an expression of the trigger's own clause beats the first one.
        facts: dict[int, tuple[tuple[str | None, str | None, str | None], tuple[str, ...]]] = {}
        dates: dict[tuple[int, int], tuple[str | None, str | None, str | None]] = {}
        mentions: dict[int, list[Actor]] = {}  # main subjects that no event names
        day = dt.date.fromisoformat(document.date) if document.date else None
        last_day: str | None = None
        for sentence_id, sent in enumerate(doc.sents):
            sentences.append(
                Sentence(document.id, sentence_id, sent.start_char, sent.end_char, sent.text)
            )
            coded_events = self.coder.code(sent, day)
            topic = self.coder.subject_actor(sent, day)
            if topic is not None and not any(
                a is not None and a.start == topic.start
                for e in coded_events
                for a in (e.source, e.target)
            ):
                # "Roger Pinto has been sheltering at the embassy since Brasilia granted him
                # asylum": the subject no event names is still the one a pronoun refers to
                mentions[sentence_id] = [topic]
            expressions = (
                _date_expressions(sent, document, self._names_an_act, last_day)
                if coded_events
                else []
            )
            # The day the narrative is at, for "a day earlier" in a later sentence.
            last_day = next(
                (r.value for _, r in expressions if r is not None and r.precision == "day"),
                last_day,
            )
            for coded in coded_events:
                if sentence_id not in facts:
                    facts[sentence_id] = (
                        self._date(sent, document, expressions),
                        self._contexts(sent),
                    )
                found.append((sent, sentence_id, coded))
                own = self._own_date(expressions, document, coded.trigger[0])
                if own is not None:
                    dates[(sentence_id, coded.trigger[0].i)] = own
        if self.config.code_with_relation_model and found:
            found = [
                (sent, sid, coded)
                for (sent, sid, _), coded in zip(found, self._voted(doc, found), strict=True)
            ]
        # The story's countries, from its actors; not from an actor whose country is
        # itself the gazetteer's guess from a place name ("the electoral office in Tari",
        # "arrive in Tari").
        countries = {
            a.country
            for _, _, c in found
            for a in (c.source, c.target)
            if a is not None
            and a.country
            and len(a.country) == 3
            and a.country.isalpha()
            and a.resolution not in PLACE_RESOLUTIONS
            and not a.resolution.startswith("modifier:place")
        }
        places = geoparse(doc, self.gazetteer, countries) if found else []
        # The countries of places named without doubt ("TRIPOLI, Lebanon", Karachi) settle
        # an ambiguous name of the same story (Tripoli, Hyderabad), as its actors' do.
        # Only a place called by its own name: "Tari" is Taree's other name in GeoNames,
        # and the Tari of Papua New Guinea is a small town.
        countries |= {
            p.country
            for p in places
            if p.country
            and ("gazetteer:unique" in p.method or p.feature == "country")
            and normalise_name(p.name) == normalise_name(doc.text[p.start or 0 : p.end or 0])
        }
        events = resolve_coreference(
            [
                self._event(
                    document,
                    sent,
                    sid,
                    c,
                    countries,
                    dates.get((sid, c.trigger[0].i), facts[sid][0]),
                    facts[sid][1],
                )  # fmt: skip
                for sent, sid, c in found
            ],
            mentions,
        )
        events = inherit_dates(events, document.date)
        events = self._with_document_location(doc, events, places)
        events = [self._with_places_written(doc, e) for e in events]
        events = [e for e in events if e.confidence >= self.config.min_confidence]
        if self.config.require_actor:
            events = [e for e in events if has_actors(e.source, e.target)]
        return CodedDocument(document, tuple(sentences), tuple(events))

    def _with_places_written(self, doc: Doc, event: Event) -> Event:
        """Each group's text with the place written right after it in its own phrase
        ("Houthi rebels in Yemen", "the U.N. mission in Lebanon"): part of the phrase,
        though no evidence of whose it is. Done last, so that places are chosen as before."""
        return replace(
            event,
            source=self._with_place_written(doc, event.source),
            target=self._with_place_written(doc, event.target),
        )

    def _with_place_written(self, doc: Doc, actor: Actor | None) -> Actor | None:
        if actor is None or actor.resolution in PLACE_RESOLUTIONS or actor.kind == "person":
            return actor  # "met the crown prince in Riyadh": where they met, often
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return actor
        prep = doc[span.end]
        # one on the verb ("arrested five militants in Mosul") says where the act was
        if prep.dep_ != "prep" or prep.head != span.root or prep.lower_ not in _WRITTEN_PLACE_PREPS:
            return actor
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or not (place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC")):
            return actor
        named = doc[place.left_edge.i : place.i + 1]
        if place.ent_type_ not in ("GPE", "LOC", "") or not self.gazetteer.candidates(named.text):
            return actor  # "troops in December", "a man in a black suit"
        end = named.end_char
        return replace(actor, text=doc.text[actor.start : end], end=end)

    def _with_document_location(
        self, doc: Doc, events: list[Event], places: list[Location]
    ) -> list[Event]:
        actor_spans = [
            (a.start, a.end)
            for e in events
            for a in (e.source, e.target)
            if a is not None and a.resolution not in PLACE_RESOLUTIONS
        ]
        # "as US troops looked on": a country that names whose troops they are, though
        # they are no actor of a coded event, is no place of the act
        actor_spans += [
            (p.start, p.end)
            for p in places
            if p.start is not None and p.end is not None and self._names_agents(doc, p)
        ]
        events = [at_the_seat(e, self.gazetteer) for e in events]
        return place_from_story(doc, events, places, actor_spans)

    def geoparse(self, doc: Doc) -> list[Location]:
        """Every place of a parsed text (``dotterel geoparse``), as coding sees them."""
        restore_cities(doc, self.gazetteer, self._names_a_person, self._strikes_places)
        return geoparse(doc, self.gazetteer)

    def _names_a_person(self, name: Span) -> bool:
        actor = self.resolver.resolve(phrase_for(name.root))
        return actor is not None and actor.resolved and actor.kind == "person"

    def _strikes_places(self, verb: Token) -> bool:
        senses = self.lexicon.verbs.get(verb.lemma_.lower(), ())
        return any(s.event_type == "ASSAULT" for s in senses)

    def _names_agents(self, doc: Doc, place: Location) -> bool:
        span = doc.char_span(place.start or 0, place.end or 0, alignment_mode="expand")
        return (
            span is not None
            and span.root.dep_ in ("compound", "amod", "nmod")
            and (
                span.root.head.pos_ == "PROPN"  # "US Assistant Secretary of State Frazer"
                or (span.root.head.pos_ == "NOUN" and self.resolver.is_agent_head(span.root.head))
            )
        )

    def _event(
        self,
        document: Document,
        sent: Span,
        sentence_id: int,
        coded: CodedEvent,
        countries: set[str],
        when: tuple[str | None, str | None, str | None],
        contexts: tuple[str, ...],
    ) -> Event:
        sense = coded.sense
        cameo = self.ontology.cameo_info(sense.cameo)
        first = coded.trigger[0]
        trigger = Trigger(
            text=" ".join(t.text for t in coded.trigger),
            # the words may run backwards ("the ban was lifted": lift + ban); the span
            # covers them all, in text order
            start=min(t.idx for t in coded.trigger),
            end=max(t.idx + len(t.text) for t in coded.trigger),
            lemma=" ".join(t.lemma_.lower() for t in coded.trigger),
        )
        # A place named as itself ("attacked Mosul") may be the location; a capital used
        # for its government ("Washington said") may not.
        actor_offsets = [
            (a.start, a.end)
            for a in (coded.source, coded.target)
            if a is not None and a.resolution not in PLACE_RESOLUTIONS
        ]
        location = locate_event(first, actor_offsets, self.gazetteer, countries)
        date, precision, date_source = when
        event_type, mode = self.convention(sense.event_type, sense.mode, sense.cameo)
        mode = mode if mode and self.ontology.is_mode(event_type, mode) else None
        return Event(
            doc_id=document.id,
            sentence_id=sentence_id,
            text=sent.text,
            span=(sent.start_char, sent.end_char),
            event_type=event_type,
            mode=mode,
            context=contexts,
            cameo=sense.cameo,
            cameo_label=cameo.label,
            quad_class=cameo.quad_class,
            goldstein=cameo.goldstein,
            source=coded.source,
            target=coded.target,
            date=date,
            date_precision=precision,  # type: ignore[arg-type]
            date_source=date_source,
            location=location,
            negated=coded.negated,
            modality=coded.modality,
            confidence=round(self._calibration(coded.confidence), 4),
            trigger=trigger,
            method="lexicon+parse",
            reason=f"{coded.reason}; raw score {coded.confidence:.2f}",
        )

    def convention(self, event_type: str, mode: str | None, cameo: str) -> tuple[str, str | None]:
        """The act's PLOVER type and mode under the configured convention."""
        if self.config.plover_convention == "table":
            return self.ontology.by_table(event_type, mode, cameo)
        return event_type, mode

    @staticmethod
    def _date(
        sent: Span, document: Document, expressions: list[tuple[Span, ResolvedDate | None]]
    ) -> tuple[str | None, str | None, str | None]:
        for ent, resolved in expressions:
            if resolved is not None:
                return resolved.value, resolved.precision, f"sentence:{ent.text!r}"
        for ent, _ in expressions:
            # "has ruled for 12 years": a state lasting up to now began that long ago.
            prep = ent.doc[ent.start - 1] if ent.start > sent.start else None
            if prep is None or prep.lower_ not in ("for", "over") or not _perfect(prep.head):
                continue
            span = f"{prep.text} {ent.text}"
            resolved = duration_start(span, document.date)
            if resolved is not None:
                return resolved.value, resolved.precision, f"duration-start:{span!r}"
        if document.date is not None:
            return document.date, "day", "publication"
        return None, None, None

    @staticmethod
    def _own_date(
        expressions: list[tuple[Span, ResolvedDate | None]], document: Document, trigger: Token
    ) -> tuple[str | None, str | None, str | None] | None:
        """The date of the trigger's own clause ("warned on Monday that talks would resume
        in March": Monday for the warning), else of a clause that holds it; None when the
        sentence's date expressions all belong to other clauses ("signed a deal, weeks
        after troops clashed in March": not March), and the sentence's own rules decide
        when it names none."""
        resolved = [(ent, r) for ent, r in expressions if r is not None]
        if not resolved:
            return None
        clause = _clause_verbs(trigger)
        above = {a.i for a in _clause_verb(trigger).ancestors}
        for wanted in (clause, above):
            for ent, r in resolved:
                if _clause_verb(ent.root).i in wanted:
                    return r.value, r.precision, f"sentence:{ent.text!r}"
        for ent, r in resolved:
            if _before_the_reporter(ent, trigger):
                return r.value, r.precision, f"sentence:{ent.text!r}"
        if document.date is not None:
            return document.date, "day", "publication"
        return None

    def _names_an_act(self, noun: Token) -> bool:
        """Whether a noun names an act the lexicon knows ("invasion", "elections")."""
        return self.coder.nominal_sense(noun) is not None

    def _contexts(self, sent: Span) -> tuple[str, ...]:
        lemmas = {t.lemma_.lower() for t in sent}
        lowered = sent.text.lower()
        return tuple(
            name
            for name, cues in self.lexicon.contexts
            if any((cue in lemmas) if " " not in cue else (cue in lowered) for cue in cues)
        )


def _date_expressions(
    sent: Span,
    document: Document,
    names_an_act: Callable[[Token], bool] = lambda _: True,
    last_day: str | None = None,
) -> list[tuple[Span, ResolvedDate | None]]:
    """The sentence's DATE entities, and TIME entities that name a day ("on Monday night"),
    each with what it resolves to (or None). A date that only describes a thing ("May's
    cabinet", "its summer recess") dates no act."""
    found: list[tuple[Span, ResolvedDate | None]] = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME") or _describes_a_thing(ent, names_an_act):
            continue
        resolved = resolve_expression(ent.text, document.date, _direction(ent))
        if ent.label_ == "TIME" and (resolved is None or resolved.precision != "day"):
            continue  # "3 p.m.", "the night": no day of their own
        found.append((ent, resolved))
    # "resigned today, a day after voters rejected the bailout": the parser's entities may
    # miss the count that dates an after-clause.
    taken = {t.i for ent, _ in found for t in ent}
    for token in sent:
        if (
            token.lemma_.lower() in ("day", "hour")
            and token.dep_ == "npadvmod"
            and token.i not in taken
            and _after_or_before(token.head) is not None
        ):
            found.append((sent.doc[token.left_edge.i : token.i + 1], None))
    # "launched an operation on Friday after gunmen ambushed patrols a day earlier", "A day
    # earlier, gunmen kidnapped an official": counted from the sentence's other day, else
    # from the day the text reached before.
    days = [r.value for _, r in found if r is not None and r.precision == "day"]
    return [
        (ent, resolved or shift_from(_counted_to_the_clause(ent), days[0] if days else last_day))
        for ent, resolved in found
    ]


_BARE_COUNT = re.compile(
    r"(?:(?:a\s+few|several|some|a|one|two|three|\d+)\s+)?(?:days?|hours?)", re.IGNORECASE
)


def _counted_to_the_clause(ent: Span) -> str:
    """The count as seen from the clause it dates: in "began talks today, a day after
    rebels seized the city", "a day" sits in the after-clause, whose act came a day
    before the main one: "a day before" the main clause's day."""
    mark = _after_or_before(ent.root.head) if _BARE_COUNT.fullmatch(ent.text.strip()) else None
    if mark is None:
        return ent.text
    return f"{ent.text} {'before' if mark == 'after' else 'after'}"


def _after_or_before(verb: Token) -> str | None:
    """The "after" or "before" that opens the clause of ``verb``, if any."""
    return next(
        (c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")),
        None,
    )


def _describes_a_thing(ent: Span, names_an_act: Callable[[Token], bool]) -> bool:
    """ "May's cabinet", "its summer recess": a date expression that modifies a noun
    inside a noun phrase, when the noun names no act ("the 2003 invasion", "Monday's
    attack" still date theirs)."""
    root = ent.root
    if root.head.pos_ != "NOUN" or names_an_act(root.head):
        return False
    if root.dep_ == "poss":
        # "Monday's losses" dates them; "May's cabinet" is Theresa May's.
        return len(ent) == 1 and ent.root.lower_ in _MONTHS_AND_NAMES
    # "its summer recess", "the winter session": a season that names a part of the year
    return root.dep_ in ("compound", "amod", "nmod") and ent.root.lower_ in SEASONS


def _before_the_reporter(ent: Span, trigger: Token) -> bool:
    """ "Gunmen killed nine villagers late on Sunday, a local official said on Tuesday": the
    parser hangs "late on Sunday" on "said", but it comes before the reporter's subject,
    so it dates the report's content, the trigger's clause."""
    reporter = _clause_verb(ent.root)
    if reporter.lemma_.lower() not in _REPORTING_VERBS or reporter.i <= trigger.i:
        return False
    if _clause_verb(trigger).i not in {a.i for a in reporter.ancestors}:
        return False
    subjects = [c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and trigger.i < ent.start and ent.end <= subjects[0].left_edge.i


def _clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` is in (itself, for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _clause_verbs(trigger: Token) -> set[int]:
    """The trigger's verb and the verbs it shares its time with: the ones it completes or
    that complete it ("agreed on Monday to withdraw"), not reported speech."""
    verb = _clause_verb(trigger)
    found = {verb.i}
    up = verb
    while up.dep_ in ("xcomp", "conj") and up.head.i != up.i:
        up = up.head
        found.add(up.i)
    # "dissolved parliament and suspended the constitution on Sunday": conjoined acts
    # share the date written after the last of them.
    found.update(c.i for c in verb.children if c.dep_ in ("xcomp", "conj"))
    return found


def _direction(ent: Span) -> str | None:
    """Which side of the publication date the clause of a date expression points to:
    "future" for "will meet on Friday", "would march again on Sunday", "are due to meet
    on Monday", "leaders meet in Brussels on Monday", "called a rally for Sunday"; "past"
    for "met on Friday"; else None."""
    if ent.root.head.lower_ == "for" and ent.root.head.head.pos_ == "NOUN":
        return "future"  # "a rally for Sunday", "talks set for Monday"
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if _perfect(verb):
        return "past"
    if any(a.lower_ in ("would", "could", "may", "might", "should", "must") for a in auxes):
        return "future"  # said they "would march again on Sunday": ahead of the report
    governor = verb
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:
        governor = governor.head
        if governor.lemma_.lower() in _SCHEDULING_WORDS:
            return "future"  # "are due to meet on Monday", "plans to visit on Friday"
    if verb.lemma_.lower() in _SCHEDULING_WORDS and verb.tag_ == "VBN" and auxes:
        return "future"  # "results are expected on Monday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBP", "VBZ") and not auxes and verb.lemma_.lower() not in _REPORTING_VERBS:
        return "future"  # "EU leaders meet Davutoglu on Monday": a timetable
    return None


_SCHEDULING_WORDS = frozenset(
    {"due", "expect", "schedule", "set", "plan", "intend", "go", "prepare", "poised", "slate"}
)
_MONTHS_AND_NAMES = frozenset({"may", "june", "april", "august"})  # also first or last names
_REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm"})


def _perfect(verb: Token) -> bool:
    """Whether a verb is in the perfect aspect: "has ruled", "have been fighting"."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def code_documents(documents: Iterable[Document], config: Config | None = None) -> list[Event]:
    """The pure core as one call: documents in, events out (loads the model once)."""
    pipeline = Pipeline(config)
    return [e for coded in pipeline.code_documents(documents) for e in coded.events]
