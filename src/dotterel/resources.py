"""Access to the versioned data tables bundled in ``dotterel/data``."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from .errors import DataError

DATA_PACKAGE = "dotterel.data"


def data_text(name: str) -> str:
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"bundled data file {name!r} is missing") from exc


def data_files(folder: str, suffix: str = ".tsv") -> list[str]:
    """Names of the bundled tables in a data sub-folder, sorted."""
    base = resources.files(DATA_PACKAGE).joinpath(folder)
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.name.endswith(suffix))


def data_lines(name: str) -> Iterator[list[str]]:
    """Rows of a bundled table: '#' comments and blank lines skipped, split on tabs."""
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def data_table(name: str) -> list[dict[str, str]]:
    """A bundled TSV table with a header row, as dicts; checks the column count."""
    rows = data_lines(name)
    try:
        header = next(rows)
    except StopIteration:
        raise DataError(f"{name}: empty table") from None
    table = []
    for i, row in enumerate(rows, start=2):
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        if len(row) > len(header):
            raise DataError(f"{name}: row {i} has {len(row)} columns, header has {len(header)}")
        table.append({k: v.strip() for k, v in zip(header, row, strict=True)})
    return table
