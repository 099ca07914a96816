"""What every dotterel command shares: the error console, exits, options and outputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console

from ..config import PLOVER_CONVENTIONS
from ..ingest import InputFailure

err = Console(stderr=True, highlight=False, soft_wrap=True)  # one input, one line

FORMATS = ("table", "jsonl", "csv", "parquet")
EXIT_INPUT_ERROR = 2


def _fail(message: str, code: int = EXIT_INPUT_ERROR) -> typer.Exit:
    err.print(f"dotterel: {message}", markup=False)
    return typer.Exit(code)


def _report(failure: InputFailure) -> None:
    err.print(f"dotterel: error: {failure}", markup=False)


def _check_date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint=flag) from None
    return value


def _check_choice(value: str, allowed: tuple[str, ...], flag: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint=flag)
    return value


def _check_format(value: str, allowed: tuple[str, ...]) -> str:
    return _check_choice(value, allowed, "--format")


StoreOption = Annotated[
    Path, typer.Option("--db", help="The DuckDB store (and its imported dictionaries).")
]
ConventionOption = Annotated[
    str,
    typer.Option(
        "--plover-convention",
        help="table: convictions ACCUSE and sanctions COERCE, as the CAMEO->PLOVER table "
        "codes them (the default); codebook: SANCTION, as the codebook's prose does.",
    ),
]
DictionaryOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--dictionary",
        help="An actor dictionary (PETRARCH/TABARI, CSV or YAML) overriding the built-ins; repeatable.",
    ),
]


def _check_convention(value: str) -> str:
    return _check_choice(value, PLOVER_CONVENTIONS, "--plover-convention")


@contextmanager
def _text_output(output: str | None) -> Iterator[IO[str]]:
    """stdout for None or "-", else the named file (a clear error if it cannot be written)."""
    if output in (None, "-"):
        yield sys.stdout
        return
    try:
        with Path(str(output)).open("w", encoding="utf-8") as handle:
            yield handle
    except OSError as exc:
        raise _fail(f"{output}: cannot write: {exc.strerror}") from None
