"""Write event records as JSON Lines, CSV or Parquet (the same fields in each)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow.parquet as pq

from ..errors import DotterelError
from .records import COLUMN_NAMES, flatten, to_arrow

FORMATS = ("table", "jsonl", "csv", "parquet")


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


class EventWriter:
    """Streams records to a text stream (JSONL, CSV) or collects them (Parquet)."""

    def __init__(self, fmt: str, stream: IO[str] | None = None, path: Path | None = None) -> None:
        if fmt not in ("jsonl", "csv", "parquet"):
            raise DotterelError(f"unknown format {fmt!r}")
        if fmt == "parquet" and path is None:
            raise DotterelError("parquet output needs a file: use --output FILE")
        if fmt != "parquet" and stream is None:
            raise DotterelError(f"{fmt} output needs a stream")
        self.fmt = fmt
        self.stream = stream
        self.path = path
        self._rows: list[dict[str, Any]] = []
        self._csv: csv.DictWriter | None = None
        self.count = 0

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.count += 1
            if self.fmt == "jsonl":
                assert self.stream is not None
                self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self._csv is None:
                    assert self.stream is not None
                    self._csv = csv.DictWriter(self.stream, fieldnames=COLUMN_NAMES)
                    self._csv.writeheader()
                self._csv.writerow({k: _csv_value(v) for k, v in flatten(record).items()})
            else:
                self._rows.append(record)

    def close(self) -> None:
        if self.fmt == "csv" and self._csv is None and self.stream is not None:
            csv.DictWriter(self.stream, fieldnames=COLUMN_NAMES).writeheader()
        if self.fmt == "parquet":
            assert self.path is not None
            pq.write_table(to_arrow(self._rows), self.path)
        if self.stream is not None:
            self.stream.flush()


def write_events(
    records: Iterable[dict[str, Any]],
    fmt: str,
    stream: IO[str] | None = None,
    path: Path | None = None,
) -> int:
    writer = EventWriter(fmt, stream, path)
    writer.write(records)
    writer.close()
    return writer.count
