"""dotterel's typed records: one per concept, each carrying its provenance.

``Event.to_record()`` gives the public event record, version 1, documented in
``docs/schema.md`` and ``src/dotterel/schema/event.schema.json``. Fields may be
added to it; none may be renamed or dropped.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

Modality = Literal["actual", "intended", "hypothetical"]
Precision = Literal["day", "month", "year", "decade"]


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in cleaned text back to the raw (decoded) text.

    ``anchors`` holds (clean_offset, raw_offset) pairs at the start of each
    copied run of characters; offsets inside a run move together.
    """

    anchors: tuple[tuple[int, int], ...] = ((0, 0),)

    def to_raw(self, clean_offset: int) -> int:
        keys = [a[0] for a in self.anchors]
        i = max(0, bisect.bisect_right(keys, clean_offset) - 1)
        clean_start, raw_start = self.anchors[i]
        return raw_start + (clean_offset - clean_start)

    def to_json(self) -> str:
        return json.dumps(self.anchors, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> OffsetMap:
        return cls(tuple((int(a), int(b)) for a, b in json.loads(text)))


@dataclass(frozen=True)
class Article:
    """An article as read from input, before cleaning."""

    text: str
    origin: str  # file path, "path:line" or "<stdin>"
    external_id: str | None = None
    title: str | None = None
    date: str | None = None  # publication date from metadata, YYYY-MM-DD
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Document:
    """A cleaned article. ``id`` is the sha256 of ``text``."""

    id: str
    text: str
    raw_text: str
    offsets: OffsetMap
    origin: str
    external_id: str | None = None
    title: str | None = None
    date: str | None = None  # publication date, YYYY-MM-DD or None if unknown
    date_source: str | None = None  # metadata | text:<expression> | default
    url: str | None = None
    source: str | None = None

    @staticmethod
    def make_id(clean_text: str) -> str:
        return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    sentence_id: int
    start: int
    end: int
    text: str


# How the resolver marks a person's or an organisation's name it does not know.
UNKNOWN_NAMES = frozenset({"unresolved:person", "unresolved:org"})
# How it marks a place named as an actor ("shelled Grozny", "opened fire in Kandahar", a
# thing struck in it: "struck targets near Damascus"): a place's people, no party; the
# place is where the act happened too.
PLACE_RESOLUTIONS = frozenset(
    {"unresolved:gpe", "gazetteer:place", "place:city-struck", "place:thing-in"}
)


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention: who, with the evidence for the resolution."""

    text: str
    start: int
    end: int
    name: str | None
    code: str | None
    country: str | None  # ISO3, or IGO / NGO / IMG / MNC
    sectors: tuple[str, ...]
    resolution: str  # how it was resolved, e.g. "country:name", "agent+demonym"
    kind: str = "unknown"  # state | igo | ngo | armed_group | person | group | unknown
    score: float = 1.0

    @property
    def resolved(self) -> bool:
        return self.country is not None or bool(self.sectors) or self.code is not None

    @property
    def named(self) -> bool:
        """Resolved, or a person or organisation the text names that no dictionary knows
        ("Jonas Obwana", "the Blue Lions Movement"): an actor all the same, kept uncoded."""
        return self.resolved or self.resolution in UNKNOWN_NAMES

    def to_record(self) -> dict[str, Any]:
        d = asdict(self)
        d["sectors"] = list(self.sectors)
        return d


def has_actors(source: Actor | None, target: Actor | None) -> bool:
    """Whether an event has actors enough to report: a resolved one, or two names no
    dictionary knows ("Jonas Obwana attacked the Blue Lions Movement"). One unknown name
    alone is too often no actor at all: "the Nile provides water", "NASA's James Webb
    Space Telescope has captured an image" (the NER model's ORG and PERSON)."""
    actors = [a for a in (source, target) if a is not None]
    return any(a.resolved for a in actors) or (len(actors) == 2 and all(a.named for a in actors))


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None
    start: int | None = None
    end: int | None = None
    method: str = ""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Trigger:
    """The words that express the event, with document offsets."""

    text: str
    start: int
    end: int
    lemma: str


@dataclass(frozen=True)
class Event:
    doc_id: str
    sentence_id: int
    text: str
    span: tuple[int, int]
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    cameo_label: str
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    date: str | None
    date_precision: Precision | None
    date_source: str | None
    location: Location | None
    negated: bool
    modality: Modality
    confidence: float
    trigger: Trigger
    method: str
    reason: str
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    def compute_id(self) -> str:
        def actor_key(a: Actor | None) -> str:
            return "" if a is None else f"{a.code or ''}@{a.start}"

        key = "|".join(
            [
                self.doc_id,
                str(self.sentence_id),
                f"{self.span[0]}-{self.span[1]}",
                f"{self.trigger.start}",
                self.event_type,
                actor_key(self.source),
                actor_key(self.target),
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]

    def to_record(self) -> dict[str, Any]:
        """The public event record, version 1."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_id": self.sentence_id,
            "text": self.text,
            "span": list(self.span),
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "cameo_label": self.cameo_label,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": None if self.source is None else self.source.to_record(),
            "target": None if self.target is None else self.target.to_record(),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": None if self.location is None else self.location.to_record(),
            "negated": self.negated,
            "modality": self.modality,
            "confidence": round(self.confidence, 4),
            "trigger": asdict(self.trigger),
            "method": self.method,
            "reason": self.reason,
            "schema_version": SCHEMA_VERSION,
        }


@dataclass(frozen=True)
class CodedDocument:
    """What the pure core returns for one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
