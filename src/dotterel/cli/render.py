"""Terminal rendering for the CLI: the event table and the progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    code = actor.get("code") or "?"
    return f"{actor.get('text')} [{code}]"


def _place(location: dict[str, Any] | None) -> str:
    if not location:
        return "-"
    return f"{location.get('name')} ({location.get('country') or '?'})"


def _flags(record: dict[str, Any]) -> str:
    flags = []
    if record.get("negated"):
        flags.append("NOT")
    if record.get("modality") not in (None, "actual"):
        flags.append(str(record["modality"]))
    return " ".join(flags)


def event_table(records: list[dict[str, Any]]) -> Table:
    """Date, source, event, target, place and evidence, one row per event."""
    table = Table(title=f"{len(records)} events", show_lines=False, expand=False)
    for name in ("date", "source", "event", "target", "place", "evidence"):
        table.add_column(name, overflow="fold")
    for r in records:
        event = f"{r['event_type']} {r['cameo']}"
        if r.get("mode"):
            event += f" ({r['mode']})"
        flags = _flags(r)
        if flags:
            event += f" [{flags}]"
        trigger = (r.get("trigger") or {}).get("text", "")
        table.add_row(
            r.get("date") or "?", _actor(r.get("source")), event, _actor(r.get("target")),
            _place(r.get("location")), f"«{trigger}» {r['text'][:110]}",
        )  # fmt: skip
    return table


class _Bar:
    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._task = progress.add_task("coding", total=None) if progress else None

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)


@contextmanager
def progress(console: Console) -> Iterator[_Bar]:
    """A documents-coded counter on stderr when it is a terminal; silent otherwise."""
    if not console.is_terminal:
        yield _Bar(None)
        return
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents coded"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        yield _Bar(bar)
