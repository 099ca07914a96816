"""The library API that every view (CLI, REST, web) calls.

It joins the stages: read (ingest) -> clean -> parse and code (pipeline) -> store.
Failures of single inputs are reported through a callback and never stop the run.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from spacy.tokens import Doc, Span

from .actors.dictionaries import UserDictionary, guess_format, load_dictionary, parse_dictionary
from .config import Config
from .errors import InputError
from .ingest import InputFailure, read_inputs
from .pipeline import Pipeline, VotePair, prepare_document, unvoted
from .schema import Article, CodedDocument, Document
from .store import EventStore

if TYPE_CHECKING:
    from .aggregate.dedup import DedupSettings

log = logging.getLogger(__name__)

FailureHandler = Callable[[InputFailure], None]
RecordSink = Callable[[list[dict[str, Any]]], None]


@dataclass
class CodeSummary:
    documents: int = 0
    sentences: int = 0
    events: int = 0
    stored: int = 0
    failures: list[InputFailure] = field(default_factory=list)


def _documents(
    paths: Iterable[str],
    config: Config,
    summary: CodeSummary,
    on_failure: FailureHandler,
    stdin: BinaryIO | None,
) -> Iterator[Document]:
    for item in read_inputs(paths, stdin):
        if isinstance(item, InputFailure):
            summary.failures.append(item)
            on_failure(item)
            continue
        try:
            yield prepare_document(item, config)
        except InputError as exc:
            failure = InputFailure(exc.source, exc.reason)
            summary.failures.append(failure)
            on_failure(failure)


def code_inputs(
    paths: Iterable[str],
    pipeline: Pipeline,
    *,
    store: EventStore | None = None,
    sink: RecordSink | None = None,
    on_failure: FailureHandler = lambda f: None,
    on_document: Callable[[Document], None] = lambda d: None,
    stdin: BinaryIO | None = None,
) -> CodeSummary:
    """Code every input; store and/or emit the events of each batch of documents."""
    config = pipeline.config
    summary = CodeSummary()
    batch: list[CodedDocument] = []

    def flush() -> None:
        if store is not None:
            summary.stored += store.write(batch, coded_with=pipeline.parser.name)
        if sink is not None:
            sink([e.to_record() for c in batch for e in c.events])
        batch.clear()

    docs = _documents(paths, config, summary, on_failure, stdin)
    for coded in pipeline.code_documents(docs):
        summary.documents += 1
        summary.sentences += len(coded.sentences)
        summary.events += len(coded.events)
        on_document(coded.document)
        batch.append(coded)
        if len(batch) >= config.batch_size:
            flush()
    if batch:
        flush()
    return summary


def refresh_event_groups(store: EventStore, settings: DedupSettings | None = None) -> int:
    """Recompute the store's ``event_groups`` and ``mentions`` tables from all its events;
    returns the number of groups. Run after coding, so SQL users see current dedup."""
    import pyarrow as pa

    from .aggregate.dedup import group_events

    started = time.perf_counter()
    events = store.events_frame().to_pandas()
    groups, mentions = group_events(events, store.documents_frame().to_pandas(), settings)
    store.write_groups(
        pa.Table.from_pandas(groups, preserve_index=False),
        pa.Table.from_pandas(mentions, preserve_index=False),
    )
    log.info(
        "dedup: %d mentions in %d events (%.1f s)",
        len(events), len(groups), time.perf_counter() - started,
    )  # fmt: skip
    return len(groups)


def user_dictionaries(db: Path | None, files: Iterable[Path] = ()) -> list[UserDictionary]:
    """Dictionaries imported into the store at ``db`` (if it exists), then ``files``."""
    found: list[UserDictionary] = []
    if db is not None and db.exists():
        with EventStore(db, read_only=True) as store:
            for source, fmt, content in store.dictionaries():
                found.append(parse_dictionary(content, source, fmt))
    found.extend(load_dictionary(path) for path in files)
    for d in found:
        for problem in d.problems:
            log.info("dictionary line skipped: %s", problem)  # reported at import
    return found


def import_dictionary(path: Path, db: Path, fmt: str | None = None) -> UserDictionary:
    """Validate a dictionary file and keep it in the store; later codings use it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from exc
    kind = fmt or guess_format(path, text)
    parsed = parse_dictionary(text, path.name, kind)
    if not parsed.actors and not parsed.agents:
        raise InputError(str(path), f"no dictionary entries found (read as {kind})")
    with EventStore(db) as store:
        store.save_dictionary(path.name, kind, text, len(parsed.actors) + len(parsed.agents))
    return parsed


# -- classify: the relation between given actors ---------------------------------


def _find(doc: Doc, needle: str, avoid: tuple[int, int] | None = None) -> Span | None:
    """The span of ``needle`` in ``doc`` (case-insensitive), snapped to tokens."""
    haystack = doc.text.lower()
    target = needle.strip().lower()
    if not target:
        return None
    start = haystack.find(target)
    while start != -1 and avoid is not None and avoid[0] <= start < avoid[1]:
        start = haystack.find(target, start + 1)
    if start == -1:
        return None
    return doc.char_span(start, start + len(target), alignment_mode="expand")


def classify_record(record: dict[str, Any], pipeline: Pipeline, origin: str) -> dict[str, Any]:
    """Add event_type, cameo, quad_class, goldstein and confidence to a classify record.

    The lexicon codes the pair from its trigger words; the learned relation model, which
    reads the sentence and the clause that links the pair, votes too (see
    ``relation_model.combine``): it may replace the lexicon's type by one it finds far
    more likely. When no trigger links the pair, the model alone decides."""
    text, source, target = (record.get(k) for k in ("text", "source", "target"))
    for key, value in (("text", text), ("source", source), ("target", target)):
        if not isinstance(value, str) or not value.strip():
            raise InputError(origin, f"record has no '{key}'")
    assert isinstance(text, str) and isinstance(source, str) and isinstance(target, str)
    doc = pipeline.parser.parse(text)
    src = _find(doc, source)
    tgt = _find(doc, target, avoid=None if src is None else (src.start_char, src.end_char))
    if src is None and tgt is None:
        raise InputError(
            origin, f"neither source {source!r} nor target {target!r} occurs in the text"
        )
    if src is None or tgt is None:
        return _classify_with_one_actor(dict(record), doc, src, tgt, pipeline, origin)
    sent = src.sent if src.sent == tgt.sent else doc[:]
    coding = pipeline.coder.code_pair(sent, src, tgt)
    out = dict(record)
    model = pipeline.relation_model()
    if coding is None:
        return _classify_with_model(out, sent, src, tgt, pipeline)
    sense, negated, modality = coding.sense, coding.negated, coding.modality
    confidence, reason = coding.confidence, f"lexicon: {coding.reason}"
    if model is not None and unvoted(sense):
        reason += f"; {unvoted(sense)}: the model does not vote"
    elif model is not None:
        vote, replacement = pipeline.model_votes(
            [VotePair(sent, src, tgt, sense.event_type, modality == "intended")]
        )[0]
        reason += f"; {vote.reason}"
        if replacement is not None:
            sense = replacement
            confidence = vote.probability / 2  # the two disagree
        else:
            confidence = (coding.confidence + vote.probability) / 2
    return _coded(
        out, pipeline, sense.event_type, sense.mode, sense.cameo, negated, modality,
        confidence, reason,
    )  # fmt: skip


def _coded(
    out: dict[str, Any],
    pipeline: Pipeline,
    event_type: str,
    mode: str | None,
    cameo: str,
    negated: bool,
    modality: str,
    confidence: float,
    reason: str,
) -> dict[str, Any]:
    """The classify record with its coding and the CAMEO code's label, quad class and
    Goldstein value."""
    info = pipeline.ontology.cameo_info(cameo)
    event_type, mode = pipeline.convention(event_type, mode, cameo)
    out.update(
        event_type=event_type, mode=mode, cameo=cameo, cameo_label=info.label,
        quad_class=info.quad_class, goldstein=info.goldstein, negated=negated,
        modality=modality, confidence=round(confidence, 4), reason=reason,
    )  # fmt: skip
    return out


def _classify_with_one_actor(
    out: dict[str, Any],
    doc: Doc,
    src: Span | None,
    tgt: Span | None,
    pipeline: Pipeline,
    origin: str,
) -> dict[str, Any]:
    """One actor is absent from the text (a placeholder such as "an actor", or a name the
    text writes otherwise): the most confident event that the coder finds with the
    present actor in the same role, marked as such."""

    present, role = (src, "source") if src is not None else (tgt, "target")
    assert present is not None
    missing = "target" if role == "source" else "source"
    document = prepare_document(Article(text=doc.text, origin=origin), pipeline.config)
    if document.text != doc.text:  # cleaning changed the text: find the actor again
        doc = pipeline.parser.parse(document.text)
        present = _find(doc, out[role])
        if present is None:
            raise InputError(origin, f"{role} {out[role]!r} does not occur in the cleaned text")
    coded = pipeline.code_parsed(doc, document)

    def overlaps(event: Any) -> bool:
        actor = getattr(event, role)
        return (
            actor is not None and actor.start < present.end_char and present.start_char < actor.end
        )

    events = sorted(
        (e for e in coded.events if overlaps(e)), key=lambda e: (-e.confidence, e.sentence_id)
    )
    if not events:
        raise InputError(
            origin,
            f"{missing} {out[missing]!r} does not occur in the text, and no event has "
            f"{out[role]!r} as its {role}",
        )
    event = events[0]
    sense_type, cameo, mode = event.event_type, event.cameo, event.mode
    reason = f"{missing} not in the text: the coder's event with this {role} ({event.reason})"
    other = getattr(event, missing)
    model = pipeline.relation_model()
    if model is not None and other is not None:
        # The coder found the other actor: the model votes on that pair as classify does.
        other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if other_span is not None and other_span.sent == present.sent:
            a, b = (present, other_span) if role == "source" else (other_span, present)
            vote, sense = pipeline.model_votes([VotePair(present.sent, a, b, event.event_type)])[0]
            reason += f"; {vote.reason}"
            if sense is not None:
                sense_type, cameo, mode = sense.event_type, sense.cameo, sense.mode
    return _coded(
        out, pipeline, sense_type, mode, cameo, event.negated, event.modality,
        0.8 * event.confidence, reason,
    )  # fmt: skip


def _classify_with_model(
    out: dict[str, Any], sent: Span, src: Span, tgt: Span, pipeline: Pipeline
) -> dict[str, Any]:
    """No trigger links the pair: the learned relation model's guess, marked as such."""
    from .events.relation_model import pair_input

    model = pipeline.relation_model()
    if model is None:
        out.update(
            event_type=None, mode=None, cameo=None, cameo_label=None, quad_class=None,
            goldstein=None, negated=False, modality=None, confidence=0.0,
            reason="no event trigger links the source to the target",
        )  # fmt: skip
        return out
    prediction = model.predict([pair_input(sent, src, tgt)])[0]
    cameo = pipeline.ontology.plover[prediction.event_type].default_cameo
    info = pipeline.ontology.cameo_info(cameo)
    out.update(
        event_type=prediction.event_type, mode=None, cameo=cameo, cameo_label=info.label,
        quad_class=info.quad_class, goldstein=info.goldstein, negated=None, modality=None,
        # No trigger backs the model here: discount it below trigger-based codings.
        confidence=round(0.6 * prediction.probability, 4),
        reason=(
            f"relation model {model.name} (p={prediction.probability:.2f}); "
            "no event trigger links the source to the target"
        ),
    )  # fmt: skip
    return out


# -- actor: resolve actor text ----------------------------------------------------


def resolve_actor(
    text: str, pipeline: Pipeline, context: str | None = None, date: str | None = None
) -> dict[str, Any]:
    """Resolve a piece of actor text (with optional context) to an actor record."""
    from .actors.resolve import Phrase

    if not text.strip():
        raise InputError("actor", "empty actor text")
    doc = pipeline.parser.parse(text.strip())
    head = next((t for t in doc if t.dep_ == "ROOT"), doc[-1])
    evidence = tuple(pipeline.parser.parse(context)) if context and context.strip() else ()
    # Without a date, roles are those held today.
    day = dt.date.fromisoformat(date) if date else dt.date.today()
    actor = pipeline.resolver.resolve(Phrase(head, tuple(doc), evidence), role="source", day=day)
    record: dict[str, Any]
    if actor is None:
        record = {
            "text": text, "start": 0, "end": len(text), "name": None, "code": None,
            "country": None, "sectors": [], "resolution": "unresolved", "kind": "unknown",
            "score": 0.0,
        }  # fmt: skip
    else:
        record = actor.to_record()
    record["context"] = context
    record["date"] = date
    return record
