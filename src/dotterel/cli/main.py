"""The dotterel command line: a thin view over ``dotterel.service``.

The command names, flags and the event record are public contracts: extend them,
never rename or drop.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from .. import __version__
from ..config import Config
from ..errors import DotterelError, InputError
from ..ingest import InputFailure
from . import picture
from .common import (
    EXIT_INPUT_ERROR,
    FORMATS,
    ConventionOption,
    DictionaryOption,
    StoreOption,
    _check_convention,
    _check_date,
    _check_format,
    _fail,
    _report,
    _text_output,
    err,
)
from .render import event_table, progress

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts without loading models
    from ..actors.knowledge import ActorKnowledge
    from ..pipeline import Pipeline

app = typer.Typer(
    name="dotterel",
    help="Turn news text into political event data: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dotterel {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="dotterel: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


def _pipeline(config: Config, db: Path | None, dictionaries: list[Path] | None) -> Pipeline:
    """The pipeline with the store's imported dictionaries and any --dictionary files."""
    from ..pipeline import Pipeline
    from ..service import user_dictionaries

    return Pipeline(config, user_dictionaries=user_dictionaries(db, dictionaries or []))


class _Output:
    """Sends event records to --output in --format (table, jsonl, csv, parquet)."""

    def __init__(self, fmt: str, output: str | None) -> None:
        from ..store.export import EventWriter

        self.fmt = fmt
        self.table_rows: list[dict[str, Any]] = []
        self._file: IO[str] | None = None
        self.writer: EventWriter | None = None
        self.stream: IO[str] = sys.stdout
        to_stdout = output in (None, "-")
        if fmt == "parquet":
            if to_stdout:
                raise _fail("parquet output needs a file: use --output FILE")
            self.writer = EventWriter(fmt, path=Path(str(output)))
            return
        if not to_stdout:
            try:
                # Closed in close(): the file outlives this constructor.
                self._file = Path(str(output)).open("w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise _fail(f"{output}: cannot write: {exc.strerror}") from None
            self.stream = self._file
        if fmt in ("jsonl", "csv"):
            self.writer = EventWriter(fmt, stream=self.stream)

    def write(self, records: list[dict[str, Any]]) -> None:
        if self.writer is not None:
            self.writer.write(records)
        else:
            self.table_rows.extend(records)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        else:
            width = None if self.stream.isatty() else 160
            Console(file=self.stream, width=width).print(event_table(self.table_rows))
        if self._file is not None:
            self._file.close()


@app.command()
def code(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (recursive) or - for stdin: .txt .html .htm .jsonl .json .csv"
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv | parquet")] = "table",
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write events to FILE, or - for stdout.")
    ] = "-",
    db: StoreOption = Path("dotterel.duckdb"),
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not write to the store.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Parser processes.")] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per parse batch.")
    ] = 64,
    dictionary: DictionaryOption = None,
    convention: ConventionOption = "table",
    relation_model: Annotated[
        bool,
        typer.Option(
            "--relation-model",
            help="Let the learned relation model vote on each event's type, as classify "
            "does (more accurate, about 3x slower).",
        ),
    ] = False,
) -> None:
    """Code articles into events: store them and print or export them."""
    from ..service import code_inputs, refresh_event_groups
    from ..store import EventStore

    _check_format(fmt, FORMATS)
    config = Config(
        default_date=_check_date(date, "--date"),
        workers=workers,
        batch_size=batch_size,
        plover_convention=_check_convention(convention),
        code_with_relation_model=relation_model,
    )
    out = _Output(fmt, output)
    try:
        pipeline = _pipeline(config, db, dictionary)
        store = None if no_store else EventStore(db)
        with progress(err) as bar:
            summary = code_inputs(
                paths, pipeline, store=store, sink=out.write, on_failure=_report,
                on_document=lambda d: bar.advance(), stdin=sys.stdin.buffer,
            )  # fmt: skip
        if store is not None:
            with store:
                refresh_event_groups(store)
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    out.close()
    stored = "" if no_store else f", stored in {db}"
    if err.is_terminal or logging.getLogger().isEnabledFor(logging.INFO):  # quiet in pipelines
        err.print(
            f"dotterel: {summary.documents} documents, {summary.sentences} sentences, "
            f"{summary.events} events{stored}; {len(summary.failures)} inputs failed",
            markup=False,
        )
    if summary.failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


@app.command()
def events(
    db: StoreOption = Path("dotterel.duckdb"),
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor code, country (ISO3) or name part.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Earliest event date, YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Latest event date, YYYY-MM-DD.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv | parquet")] = "table",
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to FILE, or - for stdout.")
    ] = "-",
) -> None:
    """Read events back from the store."""
    from ..schema import PLOVER_TYPES
    from ..store import EventStore

    _check_format(fmt, FORMATS)
    if event_type and event_type.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"choose one of {', '.join(PLOVER_TYPES)}", param_hint="--type")
    out = _Output(fmt, output)
    try:
        with EventStore(db, read_only=True) as store:
            out.write(
                store.events(
                    actor, event_type, _check_date(since, "--since"), _check_date(until, "--until")
                )
            )
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    out.close()


def _read_jsonl(file: str) -> Iterator[tuple[str, dict[str, Any] | InputFailure]]:
    if file == "-":
        lines: Any = sys.stdin
        name = "<stdin>"
    else:
        path = Path(file)
        if not path.is_file():
            raise _fail(f"{file}: no such file")
        lines = path.open(encoding="utf-8", errors="replace")
        name = file
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, InputFailure(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield where, InputFailure(where, "record is not a JSON object")
            continue
        yield where, record


@app.command()
def classify(
    file: Annotated[
        str, typer.Argument(help="JSONL of {id, text, source, target}; - for stdin.")
    ] = "-",
    fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to FILE, or - for stdout.")
    ] = "-",
    convention: ConventionOption = "table",
) -> None:
    """Classify the relation from a given source to a given target in each sentence."""
    from ..pipeline import Pipeline
    from ..service import classify_record

    _check_format(fmt, ("jsonl",))
    failed = 0
    try:
        pipeline = Pipeline(Config(plover_convention=_check_convention(convention)))
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    with _text_output(output) as stream:
        for where, record in _read_jsonl(file):
            if isinstance(record, InputFailure):
                _report(record)
                failed += 1
                continue
            try:
                result = classify_record(record, pipeline, where)
            except InputError as exc:
                _report(InputFailure(exc.source, exc.reason))
                failed += 1
                continue
            stream.write(json.dumps(result, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(EXIT_INPUT_ERROR)


@app.command()
def actor(
    text: Annotated[
        str, typer.Argument(help="Actor text, or - for JSONL {id, text, context, date} on stdin.")
    ],
    context: Annotated[
        str | None, typer.Option("--context", help="Surrounding text that may name the country.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the mention, YYYY-MM-DD.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="json | jsonl")] = "json",
    db: StoreOption = Path("dotterel.duckdb"),
    dictionary: DictionaryOption = None,
) -> None:
    """Resolve actor text to an actor record (country, sectors, code). Without --date,
    people code by the roles they hold today."""
    from ..service import resolve_actor

    _check_format(fmt, ("json", "jsonl"))
    _check_date(date, "--date")
    try:
        pipeline = _pipeline(Config(), db, dictionary)
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    if text != "-":
        try:
            record = resolve_actor(text, pipeline, context, date)
        except InputError as exc:
            raise _fail(str(exc)) from None
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None))
        return
    failed = 0
    for where, item in _read_jsonl("-"):
        if isinstance(item, InputFailure):
            _report(item)
            failed += 1
            continue
        try:
            item_date = item.get("date")
            if item_date is not None:
                Date.fromisoformat(str(item_date))
            record = resolve_actor(
                str(item.get("text") or ""), pipeline, item.get("context"), item_date
            )
        except (InputError, ValueError) as exc:
            _report(InputFailure(where, getattr(exc, "reason", str(exc))))
            failed += 1
            continue
        record = {"id": item.get("id"), **record}
        typer.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        raise typer.Exit(EXIT_INPUT_ERROR)


actors_app = typer.Typer(
    help="Actor dictionaries: import, list, search, export.", no_args_is_help=True
)
app.add_typer(actors_app, name="actors")


@actors_app.command("import")
def actors_import(
    file: Annotated[
        Path, typer.Argument(help="A PETRARCH/TABARI actors or agents file, CSV or YAML.")
    ],
    db: StoreOption = Path("dotterel.duckdb"),
    fmt: Annotated[
        str | None, typer.Option("--format", help="petrarch-actors | petrarch-agents | csv | yaml")
    ] = None,
) -> None:
    """Import a dictionary into the store: its entries override the built-ins from now on."""
    from ..service import import_dictionary

    try:
        parsed = import_dictionary(file, db, fmt)
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    for problem in parsed.problems:
        err.print(f"dotterel: warning: skipped {problem}", markup=False)
    err.print(
        f"dotterel: imported {file.name}: {len(parsed.actors)} actors, {len(parsed.agents)} agents, "
        f"{len(parsed.problems)} lines skipped; stored in {db}",
        markup=False,
    )


def _knowledge(db: Path, dictionary: list[Path] | None) -> ActorKnowledge:
    from ..actors import builtin_knowledge
    from ..service import user_dictionaries

    try:
        return builtin_knowledge().with_user(user_dictionaries(db, dictionary or []))
    except DotterelError as exc:
        raise _fail(str(exc)) from None


def _rows_out(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    import csv as csv_module

    from rich.table import Table

    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv_module.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["source"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title)
        for column in rows[0] if rows else ["source"]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(str(v) for v in row.values()))
        Console(width=None if sys.stdout.isatty() else 160).print(table)


@actors_app.command("list")
def actors_list(
    db: StoreOption = Path("dotterel.duckdb"),
    dictionary: DictionaryOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv")] = "table",
) -> None:
    """How many entries each loaded source holds."""
    from ..actors.catalog import summary

    _check_format(fmt, ("table", "jsonl", "csv"))
    _rows_out(summary(_knowledge(db, dictionary)), fmt, "loaded actor knowledge")


@actors_app.command("search")
def actors_search(
    text: Annotated[str, typer.Argument(help="Text to look for in names and aliases.")],
    db: StoreOption = Path("dotterel.duckdb"),
    dictionary: DictionaryOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv")] = "table",
) -> None:
    """Entries whose name or aliases contain TEXT."""
    from ..actors.catalog import search

    _check_format(fmt, ("table", "jsonl", "csv"))
    _rows_out(search(_knowledge(db, dictionary), text, limit), fmt, f"entries matching {text!r}")


@actors_app.command("export")
def actors_export(
    db: StoreOption = Path("dotterel.duckdb"),
    dictionary: DictionaryOption = None,
    fmt: Annotated[str, typer.Option("--format", help="csv | jsonl")] = "csv",
) -> None:
    """Every loaded entry, in the simple dictionary format (one row per dated code)."""
    from ..actors.catalog import entries

    _check_format(fmt, ("csv", "jsonl"))
    _rows_out(list(entries(_knowledge(db, dictionary))), fmt, "")


@app.command()
def geoparse(
    text: Annotated[str, typer.Argument(help="Text, a file (.txt, .html, ...), or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl")] = "table",
) -> None:
    """List the places in a text, with their spans and coordinates."""
    from ..ingest import read_inputs
    from ..pipeline import Pipeline, prepare_document
    from ..schema import Article

    _check_format(fmt, ("table", "jsonl"))
    if text == "-" or Path(text).is_file():
        items = list(read_inputs([text], sys.stdin.buffer))
    else:
        items = [Article(text=text, origin="<argument>")]
    try:
        pipeline = Pipeline(Config(relation_model=False))
        rows = []
        for item in items:
            if isinstance(item, InputFailure):
                raise _fail(str(item))
            document = prepare_document(item, pipeline.config)
            for place in pipeline.geoparse(pipeline.parser.parse(document.text)):
                rows.append(
                    {"text": document.text[place.start or 0 : place.end or 0], **place.to_record()}
                )
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        _rows_out(
            [
                {
                    k: row[k]
                    for k in (
                        "text",
                        "start",
                        "end",
                        "name",
                        "country",
                        "lat",
                        "lon",
                        "geonameid",
                        "method",
                    )
                }
                for row in rows
            ],
            "table",
            f"{len(rows)} places",
        )


@app.command("eval")
def evaluate(
    kind: Annotated[str, typer.Argument(help="events | actors | places | dates")],
    data: Annotated[Path, typer.Option("--data", help="The evaluation sets.")] = Path(
        "../shared/eval-data"
    ),
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Use the first N records of each set.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl")] = "table",
) -> None:
    """Measure dotterel on the third-party evaluation sets and print a table."""
    from rich.table import Table

    from ..evaluation import run as run_evaluation
    from ..pipeline import Pipeline

    _check_format(fmt, ("table", "jsonl"))
    try:
        scores = run_evaluation(kind, Pipeline(Config()), data, limit)
    except DotterelError as exc:
        raise _fail(str(exc)) from None
    if fmt == "jsonl":
        for s in scores:
            typer.echo(
                json.dumps(
                    {"dataset": s.dataset, "metric": s.metric, "value": round(s.value, 4), "n": s.n}
                )
            )
        return
    table = Table(title=f"dotterel {__version__}: {kind}")
    for column in ("set", "metric", "value", "n"):
        table.add_column(column, justify="right" if column in ("value", "n") else "left")
    for s in scores:
        table.add_row(s.dataset, s.metric, f"{s.value:.3f}", str(s.n))
    Console().print(table)


for _command in (picture.dedup, picture.dyads, picture.network, picture.report, picture.export):
    app.command()(_command)


def main() -> None:
    app()
