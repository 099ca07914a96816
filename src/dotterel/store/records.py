"""The flat form of the event record, shared by the DuckDB store, CSV and Parquet.

Nested objects become prefixed columns (``source_code``, ``location_lat``), the
sentence span becomes ``span_start``/``span_end``; ``unflatten`` inverts it.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

_ACTOR_FIELDS: list[tuple[str, str, pa.DataType]] = [
    ("text", "VARCHAR", pa.string()),
    ("start", "INTEGER", pa.int32()),
    ("end", "INTEGER", pa.int32()),
    ("name", "VARCHAR", pa.string()),
    ("code", "VARCHAR", pa.string()),
    ("country", "VARCHAR", pa.string()),
    ("sectors", "VARCHAR[]", pa.list_(pa.string())),
    ("resolution", "VARCHAR", pa.string()),
    ("kind", "VARCHAR", pa.string()),
    ("score", "DOUBLE", pa.float64()),
]
_LOCATION_FIELDS: list[tuple[str, str, pa.DataType]] = [
    ("name", "VARCHAR", pa.string()),
    ("country", "VARCHAR", pa.string()),
    ("admin1", "VARCHAR", pa.string()),
    ("lat", "DOUBLE", pa.float64()),
    ("lon", "DOUBLE", pa.float64()),
    ("geonameid", "BIGINT", pa.int64()),
    ("feature", "VARCHAR", pa.string()),
    ("start", "INTEGER", pa.int32()),
    ("end", "INTEGER", pa.int32()),
    ("method", "VARCHAR", pa.string()),
]
_TRIGGER_FIELDS: list[tuple[str, str, pa.DataType]] = [
    ("text", "VARCHAR", pa.string()),
    ("start", "INTEGER", pa.int32()),
    ("end", "INTEGER", pa.int32()),
    ("lemma", "VARCHAR", pa.string()),
]
NESTED = {
    "source": _ACTOR_FIELDS,
    "target": _ACTOR_FIELDS,
    "location": _LOCATION_FIELDS,
    "trigger": _TRIGGER_FIELDS,
}

#: (column, DuckDB type, Arrow type), in output order.
FLAT_COLUMNS: list[tuple[str, str, pa.DataType]] = [
    ("id", "VARCHAR", pa.string()),
    ("doc_id", "VARCHAR", pa.string()),
    ("sentence_id", "INTEGER", pa.int32()),
    ("text", "VARCHAR", pa.string()),
    ("span_start", "INTEGER", pa.int32()),
    ("span_end", "INTEGER", pa.int32()),
    ("event_type", "VARCHAR", pa.string()),
    ("mode", "VARCHAR", pa.string()),
    ("context", "VARCHAR[]", pa.list_(pa.string())),
    ("cameo", "VARCHAR", pa.string()),
    ("cameo_label", "VARCHAR", pa.string()),
    ("quad_class", "INTEGER", pa.int32()),
    ("goldstein", "DOUBLE", pa.float64()),
    *[(f"source_{n}", d, a) for n, d, a in _ACTOR_FIELDS],
    *[(f"target_{n}", d, a) for n, d, a in _ACTOR_FIELDS],
    ("date", "VARCHAR", pa.string()),
    ("date_precision", "VARCHAR", pa.string()),
    ("date_source", "VARCHAR", pa.string()),
    *[(f"location_{n}", d, a) for n, d, a in _LOCATION_FIELDS],
    ("negated", "BOOLEAN", pa.bool_()),
    ("modality", "VARCHAR", pa.string()),
    ("confidence", "DOUBLE", pa.float64()),
    *[(f"trigger_{n}", d, a) for n, d, a in _TRIGGER_FIELDS],
    ("method", "VARCHAR", pa.string()),
    ("reason", "VARCHAR", pa.string()),
    ("schema_version", "INTEGER", pa.int32()),
]
COLUMN_NAMES = [c[0] for c in FLAT_COLUMNS]
#: The nested record's keys, in order.
RECORD_KEYS = [
    "id", "doc_id", "sentence_id", "text", "span", "event_type", "mode", "context", "cameo",
    "cameo_label", "quad_class", "goldstein", "source", "target", "date", "date_precision",
    "date_source", "location", "negated", "modality", "confidence", "trigger", "method",
    "reason", "schema_version",
]  # fmt: skip
ARROW_SCHEMA = pa.schema([(n, a) for n, _, a in FLAT_COLUMNS])


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key == "span":
            flat["span_start"], flat["span_end"] = value
        elif key in NESTED:
            for name, _, _ in NESTED[key]:
                flat[f"{key}_{name}"] = None if value is None else value.get(name)
        else:
            flat[key] = value
    return {c: flat.get(c) for c in COLUMN_NAMES}


def unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    """The nested event record, keys in the order of ``Event.to_record``."""
    record: dict[str, Any] = {}
    for key in RECORD_KEYS:
        if key == "span":
            record["span"] = [flat.get("span_start"), flat.get("span_end")]
        elif key in NESTED:
            fields = NESTED[key]
            if all(flat.get(f"{key}_{n}") is None for n, _, _ in fields):
                record[key] = None
                continue
            record[key] = {n: flat.get(f"{key}_{n}") for n, _, _ in fields}
            if "sectors" in record[key]:
                record[key]["sectors"] = list(record[key]["sectors"] or [])
        elif key == "context":
            record["context"] = list(flat.get("context") or [])
        else:
            record[key] = flat.get(key)
    return record


def to_arrow(records: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist([flatten(r) for r in records], schema=ARROW_SCHEMA)
