"""Commands from events to the picture: dedup, dyads, network, report and export.

Each is a thin view over ``dotterel.dataset.Dataset`` (the Python API); ``main`` registers
them on the application.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from ..errors import DotterelError
from .common import StoreOption, _check_format, _fail, _text_output, err

if TYPE_CHECKING:
    import pandas as pd

    from ..dataset import Dataset

FRAME_FORMATS = ("table", "csv", "jsonl", "parquet")
LevelOption = Annotated[str, typer.Option("--level", help="Actor level: country | sector | actor.")]
PeriodOption = Annotated[str, typer.Option("--period", help="day | week | month | year")]
NoDedupOption = Annotated[
    bool,
    typer.Option("--no-dedup", help="Count every mention, not each deduplicated event once."),
]
OutputOption = Annotated[
    str | None, typer.Option("--output", "-o", help="Write to FILE, or - for stdout.")
]


def _open(db: Path) -> Dataset:
    from ..dataset import Dataset

    try:
        return Dataset(db)
    except DotterelError as exc:
        raise _fail(str(exc)) from None


def _choice(value: str, allowed: tuple[str, ...], flag: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint=flag)
    return value


def _json_value(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value


def frame_out(frame: pd.DataFrame, fmt: str, output: str | None, title: str) -> None:
    """Write a DataFrame as a table, CSV, JSON Lines or Parquet."""
    if fmt == "parquet":
        if output in (None, "-"):
            raise _fail("parquet output needs a file: use --output FILE")
        try:
            frame.to_parquet(str(output), index=False)
        except OSError as exc:
            raise _fail(f"{output}: cannot write: {exc.strerror or exc}") from None
        return
    with _text_output(output) as stream:
        if fmt == "csv":
            flat = frame.apply(
                lambda col: col.map(lambda v: "|".join(map(str, v)) if _is_list(v) else v)
            )
            flat.to_csv(stream, index=False, lineterminator="\n")
        elif fmt == "jsonl":
            for row in frame.to_dict("records"):
                clean = {k: _json_value(v) for k, v in row.items()}
                stream.write(json.dumps(clean, ensure_ascii=False) + "\n")
        else:
            table = Table(title=title)
            for column in frame.columns:
                table.add_column(str(column), overflow="fold")
            for row in frame.itertuples(index=False):
                table.add_row(*("" if v is None else str(v) for v in row))
            Console(file=stream, width=None if stream.isatty() else 200).print(table)


def _is_list(value: Any) -> bool:
    # List columns come back from Arrow as numpy arrays; numpy scalars are not lists.
    return isinstance(value, list | tuple | np.ndarray)


DEDUP_VIEW = [
    "group_id", "date", "event_type", "cameo", "source_code", "target_code", "location_name",
    "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "text",
]  # fmt: skip


def dedup(
    db: StoreOption = Path("dotterel.duckdb"),
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List the mentions table instead of the events.")
    ] = False,
    one_a_day: Annotated[
        bool, typer.Option("--one-a-day", help="The classic one-a-day filter instead of dedup.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | jsonl | parquet")] = "table",
    output: OutputOption = "-",
) -> None:
    """Deduplicated events: each real-world event once, with its mentions, sources and articles."""
    _check_format(fmt, FRAME_FORMATS)
    ds = _open(db)
    with ds:
        try:
            if mentions:
                frame, title = ds.mentions(), "mentions"
            elif one_a_day:
                frame, title = ds.one_a_day(), "one-a-day events"
            else:
                frame, title = ds.groups(), "deduplicated events"
        except DotterelError as exc:
            raise _fail(str(exc)) from None
    if fmt == "table" and not mentions:
        keep = [c for c in DEDUP_VIEW if c in frame.columns]
        frame = frame[keep].assign(text=frame["text"].str.slice(0, 100))
    frame_out(frame, fmt, output, title)


def dyads(
    db: StoreOption = Path("dotterel.duckdb"),
    level: LevelOption = "country",
    period: PeriodOption = "month",
    no_dedup: NoDedupOption = False,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | jsonl | parquet")] = "table",
    output: OutputOption = "-",
) -> None:
    """Dyads over time: events by quad class and Goldstein sum and mean per actor pair."""
    from ..aggregate.dyads import LEVELS, PERIODS

    _check_format(fmt, FRAME_FORMATS)
    _choice(level, LEVELS, "--level")
    _choice(period, PERIODS, "--period")
    with _open(db) as ds:
        frame = ds.dyads(level=level, period=period, dedup=not no_dedup)
    undated = frame.attrs.get("undated", 0)
    if undated:
        err.print(
            f"dotterel: {undated} events dated less precisely than a {period} are left out",
            markup=False,
        )
    frame_out(frame, fmt, output, f"dyads by {level} and {period}")


def network(
    db: StoreOption = Path("dotterel.duckdb"),
    fmt: Annotated[str, typer.Option("--format", help="graphml | gexf | json")] = "graphml",
    output: OutputOption = "-",
    level: LevelOption = "country",
    no_dedup: NoDedupOption = False,
) -> None:
    """The actor network (edges weighted by events, signed by mean Goldstein) with centralities."""
    from ..aggregate.dyads import LEVELS
    from ..aggregate.network import NETWORK_FORMATS, write_graph

    _check_format(fmt, NETWORK_FORMATS)
    _choice(level, LEVELS, "--level")
    with _open(db) as ds:
        graph = ds.network(level=level, dedup=not no_dedup)
    try:
        if output in (None, "-"):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"network.{fmt}"
                write_graph(graph, fmt, path)
                sys.stdout.write(path.read_text(encoding="utf-8"))
        else:
            write_graph(graph, fmt, Path(output))
    except DotterelError as exc:
        raise _fail(str(exc)) from None


def report(
    db: StoreOption = Path("dotterel.duckdb"),
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    png_dir: Annotated[
        Path | None,
        typer.Option("--png-dir", help="Also write each figure as a 300 dpi PNG into DIR."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's title.")] = None,
) -> None:
    """One self-contained HTML report with figures: timeline, dyads, network and map."""
    from ..aggregate.report import build_report

    with _open(db) as ds:
        try:
            built = build_report(ds, title=title)
        except DotterelError as exc:
            raise _fail(str(exc)) from None
    try:
        output.write_text(built.to_html(), encoding="utf-8")
        if png_dir is not None:
            png_dir.mkdir(parents=True, exist_ok=True)
            built.write_pngs(png_dir)
    except OSError as exc:
        raise _fail(f"cannot write the report: {exc}") from None
    err.print(f"dotterel: report written to {output}", markup=False)


def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="plover-json | icews-tsv | phoenix-tsv | gdelt-tsv | parquet | csv",
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    db: StoreOption = Path("dotterel.duckdb"),
) -> None:
    """Export every event in one of the field's published layouts (see docs/exports.md)."""
    from ..store.formats import EXPORT_FORMATS, write_export

    _check_format(fmt, EXPORT_FORMATS)
    with _open(db) as ds:
        records = ds.records()  # the rows dedup reads: one scan of the store
        mentions = ds.mentions()
        counts = {
            g["group_id"]: {
                "group_id": g["group_id"],
                "num_mentions": int(g["num_mentions"]),
                "num_sources": int(g["num_sources"]),
                "num_articles": int(g["num_articles"]),
            }
            for g in ds.groups().to_dict("records")
        }
        documents = {
            str(d["id"]): {k: d.get(k) for k in ("url", "source", "title", "date")}
            for d in ds.documents().to_dict("records")
        }
    per_event = {
        str(event_id): counts[group_id]
        for event_id, group_id in zip(mentions["event_id"], mentions["group_id"], strict=True)
    }
    try:
        count = write_export(records, fmt, output, groups=per_event, documents=documents)
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    err.print(f"dotterel: {count} events written to {output} ({fmt})", markup=False)
