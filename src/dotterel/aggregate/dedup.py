"""Group event mentions that report the same real-world event, within and across articles.

Two mentions are one event when they share the PLOVER type, the qualifiers (negation and
modality), the source and the target (by code, or by name when unresolved), their dates
fall within a tolerance of the group's first day, and their places are compatible (the same
place, or within a radius, or one of them unlocated, placed only from its story (a dateline,
the document's one place, the previous sentence) or a country that holds the other).

Day-dated mentions form groups first, in date order. A mention dated only to a month or a
year joins a group only when exactly one group of its block falls in that month or year: an
ambiguous coarse date never merges, so "attacks in 2006" cannot swallow every attack of
that year. An undated mention merges only within its own article.

``one_a_day`` is the classic filter of the field (Phoenix, ICEWS): one event per date,
source code, target code and CAMEO code. It merges across outlets but never across days,
places or CAMEO subcodes, and it cannot tell two attacks on the same day apart.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeGuard

import pandas as pd

from ..geo import km_between

#: Columns of the groups frame, beyond the representative mention's event columns.
GROUP_COLUMNS = [
    "group_id",
    "num_mentions",
    "num_sources",
    "num_articles",
    "first_seen",
    "last_seen",
]
MENTION_COLUMNS = [
    "group_id",
    "event_id",
    "doc_id",
    "sentence_id",
    "span_start",
    "span_end",
    "trigger_start",
    "trigger_end",
    "outlet",
    "url",
    "published",
    "text",
]


@dataclass(frozen=True)
class DedupSettings:
    """How close two mentions must be to count as one event.

    | setting | default | meaning |
    |---|---|---|
    | date_tolerance_days | 1 | day-dated mentions within this many days of a group's first day join it |
    | place_radius_km | 50.0 | located mentions further apart than this are different events |
    """

    date_tolerance_days: int = 1
    place_radius_km: float = 50.0


def actor_key(code: Any, name: Any, text: Any) -> str:
    """The identity of an actor for grouping: its code, else its name as written."""
    if isinstance(code, str) and code:
        return code.upper()
    for value in (name, text):
        if isinstance(value, str) and value.strip():
            return "name:" + " ".join(value.lower().split())
    return ""


def _parse_day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _coarse_range(value: Any) -> tuple[date, date] | None:
    """First and last day of a month- or year-dated mention ("2006-10", "2006")."""
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if len(value) == 4:
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class _Place:
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature: str | None


# Places read from the story rather than the event's own sentence (its dateline, its one
# place, the previous sentence's scene): weak evidence, which never splits a group.
_WEAK_PLACE_METHODS = ("document:", "inherited:")


def _place(row: dict[str, Any]) -> _Place | None:
    method = str(row.get("location_method") or "")
    if method.startswith(_WEAK_PLACE_METHODS) or "(document:" in method:
        return None
    lat, lon = row.get("location_lat"), row.get("location_lon")
    gid = row.get("location_geonameid")
    coords = (float(lat), float(lon)) if _number(lat) and _number(lon) else (None, None)
    if coords[0] is None and not _number(gid) and not row.get("location_country"):
        return None
    return _Place(
        int(gid) if _number(gid) else None,
        coords[0],
        coords[1],
        row.get("location_country") or None,
        row.get("location_feature") or None,
    )


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not (isinstance(value, float) and math.isnan(value))


def places_compatible(a: _Place | None, b: _Place | None, radius_km: float) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    # A country-level place holds every place inside it.
    if a.feature == "country" or b.feature == "country":
        return True
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return True
    return km_between(a.lat, a.lon, b.lat, b.lon) <= radius_km


def actors_compatible(a: str, b: str) -> bool:
    """Whether two actor keys (``actor_key``) may name the same actor in two reports.

    A missing actor is a wildcard ("Ecuador signed a ceasefire" vs "... with Peru"); a bare
    country stands for any of its sectors ("Peru" vs "PERGOV"); an unknown country matches
    any country of the same sector ("---GOV" vs "PERGOV"). Names must be equal.
    """
    if not a or not b or a == b:
        return True
    if a.startswith("name:") or b.startswith("name:") or len(a) < 3 or len(b) < 3:
        return False
    (country_a, sector_a), (country_b, sector_b) = (a[:3], a[3:]), (b[:3], b[3:])
    if "---" in (country_a, country_b):
        return sector_a == sector_b and sector_a != ""
    return country_a == country_b and (sector_a == "" or sector_b == "")


class _Mention:
    __slots__ = ("index", "place", "source", "target")

    def __init__(self, index: int, row: dict[str, Any]) -> None:
        self.index = index
        self.place = _place(row)
        self.source = actor_key(
            row.get("source_code"), row.get("source_name"), row.get("source_text")
        )
        self.target = actor_key(
            row.get("target_code"), row.get("target_name"), row.get("target_text")
        )

    @property
    def specificity(self) -> int:
        """0 for a located mention with both actors; higher for vaguer ones."""
        return (self.place is None) + (not self.source) + (not self.target)


class _Group:
    def __init__(self, anchor: date | None) -> None:
        self.anchor = anchor  # the first day, for day-dated groups
        self.members: list[_Mention] = []

    def accepts(self, mention: _Mention, radius_km: float) -> bool:
        """Complete linkage: the mention must fit every member, so groups never chain."""
        return all(
            places_compatible(mention.place, m.place, radius_km)
            and actors_compatible(mention.source, m.source)
            and actors_compatible(mention.target, m.target)
            for m in self.members
        )

    def add(self, mention: _Mention) -> None:
        self.members.append(mention)


def _block_key(row: dict[str, Any]) -> tuple[str, ...]:
    return (
        str(row.get("event_type") or ""),
        str(bool(row.get("negated"))),
        str(row.get("modality") or "actual"),
    )


def _join_or_open(
    mention: _Mention, candidates: list[_Group], radius_km: float, anchor: date | None
) -> _Group | None:
    """Add the mention to the one group that accepts it; None when none or several do
    (an ambiguous mention never merges)."""
    fits = [g for g in candidates if g.accepts(mention, radius_km)]
    if len(fits) == 1:
        fits[0].add(mention)
        return None
    group = _Group(anchor)
    group.add(mention)
    return group


def _group_block(
    rows: list[dict[str, Any]], indices: list[int], settings: DedupSettings
) -> list[list[int]]:
    tolerance = timedelta(days=settings.date_tolerance_days)
    radius = settings.place_radius_km
    groups: list[_Group] = []
    day_dated: list[tuple[date, int, str, _Mention]] = []
    coarse: list[_Mention] = []
    undated: list[_Mention] = []
    for i in indices:
        mention = _Mention(i, rows[i])
        day = _parse_day(rows[i].get("date"))
        if day is not None:
            day_dated.append((day, mention.specificity, str(rows[i].get("id")), mention))
        elif _coarse_range(rows[i].get("date")) is not None:
            coarse.append(mention)
        else:
            undated.append(mention)

    def by_id(mention: _Mention) -> tuple[int, str]:
        return mention.specificity, str(rows[mention.index].get("id"))

    open_groups: list[_Group] = []  # day-dated groups still within reach of the next day
    # Each day's most specific mentions first, so a vague one meets every candidate.
    for day, _, _, mention in sorted(day_dated, key=lambda d: d[:3]):
        open_groups = [
            g for g in open_groups if g.anchor is not None and day - g.anchor <= tolerance
        ]
        opened = _join_or_open(mention, open_groups, radius, day)
        if opened is not None:
            groups.append(opened)
            open_groups.append(opened)
    anchors = [g.anchor for g in groups if g.anchor is not None]  # ascending, by construction
    day_groups = list(groups)
    for mention in sorted(coarse, key=by_id):
        span = _coarse_range(rows[mention.index].get("date"))
        assert span is not None
        window = day_groups[bisect_left(anchors, span[0]) : bisect_right(anchors, span[1])]
        opened = _join_or_open(mention, window, radius, None)
        if opened is not None:
            groups.append(opened)
    by_article: dict[Any, list[_Group]] = defaultdict(list)
    for group in groups:
        articles = {rows[m.index].get("doc_id") for m in group.members}
        if len(articles) == 1:
            by_article[articles.pop()].append(group)
    for mention in sorted(undated, key=by_id):
        doc_id = rows[mention.index].get("doc_id")
        opened = _join_or_open(mention, by_article[doc_id], radius, None)
        if opened is not None:
            groups.append(opened)
            by_article[doc_id].append(opened)
    return [[m.index for m in g.members] for g in groups]


def _group_id(event_ids: Iterable[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(event_ids)).encode()).hexdigest()
    return "g" + digest[:23]


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}


def _representative(rows: list[dict[str, Any]], members: list[int]) -> int:
    """The mention that stands for the group: the most precise date, then the most fully
    coded actors, then the most confident, then a located one."""

    def vagueness(code: Any) -> int:
        if not isinstance(code, str) or not code:
            return 2
        return 1 if code.startswith("---") or len(code) <= 3 else 0

    def rank(i: int) -> tuple[int, int, float, int, str]:
        row = rows[i]
        precision = _PRECISION_RANK.get(str(row.get("date_precision")), 4)
        actors = vagueness(row.get("source_code")) + vagueness(row.get("target_code"))
        confidence = row.get("confidence")
        located = 0 if _number(row.get("location_lat")) else 1
        return (
            precision,
            actors,
            -(float(confidence) if _number(confidence) else 0.0),
            located,
            str(row.get("id")),
        )

    return min(members, key=rank)


def _outlet(doc: dict[str, Any], doc_id: str) -> str:
    """The outlet that published an article: its source, else the URL's host, else itself."""
    source = doc.get("source")
    if isinstance(source, str) and source.strip():
        return source.strip().lower()
    url = doc.get("url")
    if isinstance(url, str) and "//" in url:
        host = url.split("//", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.")
    return "doc:" + doc_id


def group_events(
    events: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    settings: DedupSettings | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Deduplicate flat event rows.

    ``events`` has the flat event columns (``dotterel.store.records.COLUMN_NAMES``);
    ``documents`` has ``id``, ``date``, ``source`` and ``url`` per article. Returns
    ``(groups, mentions)``: one row per real-world event (the representative mention's
    columns plus ``GROUP_COLUMNS``) and one row per mention (``MENTION_COLUMNS``).
    """
    settings = settings or DedupSettings()
    rows: list[dict[str, Any]] = events.to_dict("records")
    docs: dict[str, dict[str, Any]] = {}
    if documents is not None and len(documents):
        docs = {str(d["id"]): d for d in documents.to_dict("records")}
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        blocks[_block_key(row)].append(i)
    group_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    for key in sorted(blocks):
        for members in _group_block(rows, blocks[key], settings):
            ids = [str(rows[i]["id"]) for i in members]
            gid = _group_id(ids)
            doc_ids = {str(rows[i]["doc_id"]) for i in members}
            outlets = {_outlet(docs.get(d, {}), d) for d in doc_ids}
            published = sorted(
                str(docs[d]["date"]) for d in doc_ids if d in docs and docs[d].get("date")
            )
            representative = dict(rows[_representative(rows, members)])
            representative.update(
                group_id=gid,
                num_mentions=len(members),
                num_sources=len(outlets),
                num_articles=len(doc_ids),
                first_seen=published[0] if published else None,
                last_seen=published[-1] if published else None,
            )
            group_rows.append(representative)
            for i in members:
                row = rows[i]
                doc = docs.get(str(row["doc_id"]), {})
                mention_rows.append(
                    {
                        "group_id": gid,
                        "event_id": row["id"],
                        "doc_id": row["doc_id"],
                        "sentence_id": row.get("sentence_id"),
                        "span_start": row.get("span_start"),
                        "span_end": row.get("span_end"),
                        "trigger_start": row.get("trigger_start"),
                        "trigger_end": row.get("trigger_end"),
                        "outlet": _outlet(doc, str(row["doc_id"])),
                        "url": doc.get("url"),
                        "published": doc.get("date"),
                        "text": row.get("text"),
                    }
                )
    columns = list(events.columns) + GROUP_COLUMNS
    groups = pd.DataFrame(group_rows, columns=columns)
    if len(groups):
        groups = groups.sort_values(["date", "group_id"], na_position="last", kind="stable")
    mentions = pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
    if len(mentions):
        mentions = mentions.sort_values(["group_id", "doc_id", "sentence_id", "event_id"])
    return groups.reset_index(drop=True), mentions.reset_index(drop=True)


def one_a_day(events: pd.DataFrame) -> pd.DataFrame:
    """The classic one-a-day filter: the first event per (date, source code, target code,
    CAMEO code), with ``num_mentions`` counting the rows it stands for."""
    if not len(events):
        return events.assign(num_mentions=pd.Series(dtype="int64"))
    keys = pd.DataFrame(
        {
            "date": events["date"].fillna(""),
            "source": [
                actor_key(c, n, t)
                for c, n, t in zip(
                    events["source_code"], events["source_name"], events["source_text"], strict=True
                )
            ],
            "target": [
                actor_key(c, n, t)
                for c, n, t in zip(
                    events["target_code"], events["target_name"], events["target_text"], strict=True
                )
            ],
            "cameo": events["cameo"].fillna(""),
        },
        index=events.index,
    )
    ordered = events.assign(_k=list(keys.itertuples(index=False, name=None))).sort_values(
        ["date", "doc_id", "sentence_id", "id"], na_position="last", kind="stable"
    )
    counts = ordered.groupby("_k", sort=False)["id"].transform("size")
    kept = ordered.assign(num_mentions=counts).drop_duplicates("_k", keep="first")
    return kept.drop(columns="_k").reset_index(drop=True)
