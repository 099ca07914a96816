"""The Python API over a store: events, deduplicated events, mentions, dyads and networks.

    >>> import dotterel
    >>> ds = dotterel.open("dotterel.duckdb")
    >>> ds.dyads(level="sector", period="month")     # a pandas DataFrame
    >>> dotterel.open("dotterel.duckdb", backend="polars").events()

The CLI commands ``dedup``, ``dyads``, ``network``, ``report`` and ``export`` are thin views
over this class. It opens the store read-only and computes aggregates in memory, so it
never changes the store; ``EventStore.write_groups`` persists the groups for SQL users.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pyarrow as pa

from .aggregate import dedup as _dedup
from .aggregate import dyads as _dyads
from .aggregate import network as _network
from .errors import ConfigError
from .store import EventStore
from .store.records import unflatten

BACKENDS = ("pandas", "polars")


class Dataset:
    """A read-only view of a dotterel store, as DataFrames."""

    def __init__(
        self,
        path: str | Path = "dotterel.duckdb",
        backend: str = "pandas",
        settings: _dedup.DedupSettings | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ConfigError(f"unknown backend {backend!r}; choose {' or '.join(BACKENDS)}")
        self.backend = backend
        self.settings = settings or _dedup.DedupSettings()
        self.store = EventStore(path, read_only=True)
        self._events_table: pa.Table | None = None
        self._events: pd.DataFrame | None = None
        self._documents: pd.DataFrame | None = None
        self._grouped: tuple[pd.DataFrame, pd.DataFrame] | None = None

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _out(self, frame: pd.DataFrame) -> Any:
        if self.backend == "polars":
            import polars as pl

            return pl.from_pandas(frame)
        return frame

    # Cached pandas frames, shared by every aggregate.
    def _event_table(self) -> pa.Table:
        if self._events_table is None:
            self._events_table = self.store.events_frame()
        return self._events_table

    def _all_events(self) -> pd.DataFrame:
        if self._events is None:
            self._events = self._event_table().to_pandas()
        return self._events

    def records(self) -> list[dict[str, Any]]:
        """Every event as the nested record (the public event record), in store order."""
        return [unflatten(row) for row in self._event_table().to_pylist()]

    def _all_documents(self) -> pd.DataFrame:
        if self._documents is None:
            self._documents = self.store.documents_frame().to_pandas()
        return self._documents

    def _groups(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        if self._grouped is None:
            self._grouped = _dedup.group_events(
                self._all_events(), self._all_documents(), self.settings
            )
        return self._grouped

    def _base(self, dedup: bool) -> pd.DataFrame:
        return self._groups()[0] if dedup else self._all_events()

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Any:
        """Every coded event mention, as flat rows (the event record's flat form)."""
        if actor or event_type or since or until:
            return self._out(self.store.events_frame(actor, event_type, since, until).to_pandas())
        return self._out(self._all_events().copy())

    def documents(self) -> Any:
        """The articles: id, title, publication date, outlet, URL and counts."""
        return self._out(self._all_documents().copy())

    def groups(self) -> Any:
        """One row per real-world event after dedup, with num_mentions, num_sources,
        num_articles, first_seen and last_seen."""
        return self._out(self._groups()[0].copy())

    def mentions(self) -> Any:
        """Every mention of every grouped event: group, event, article, sentence and span."""
        return self._out(self._groups()[1].copy())

    def one_a_day(self) -> Any:
        """The classic one-a-day filter over the mentions (see ``aggregate.dedup``)."""
        return self._out(_dedup.one_a_day(self._all_events()))

    def dyads(self, level: str = "country", period: str = "month", dedup: bool = True) -> Any:
        """Counts by quad class and Goldstein sum and mean per actor pair and period."""
        return self._out(_dyads.dyads(self._base(dedup), level, period))

    def partners(
        self, actor: str, level: str = "country", top: int = 10, dedup: bool = True
    ) -> Any:
        """An actor's top partners in either direction."""
        return self._out(_dyads.partners(self._base(dedup), actor, level, top))

    def cooperation_index(
        self, actor: str, level: str = "country", period: str = "month", dedup: bool = True
    ) -> Any:
        """An actor's cooperation-conflict index per period."""
        return self._out(_dyads.cooperation_index(self._base(dedup), actor, level, period))

    def network(self, level: str = "country", dedup: bool = True) -> nx.DiGraph:
        """The actor graph (networkx): edges weighted by events, signed by mean Goldstein."""
        return _network.actor_graph(self._base(dedup), level)

    def centralities(self, level: str = "country", dedup: bool = True) -> Any:
        """Per actor: weighted in/out degree, PageRank and betweenness."""
        return self._out(_network.centralities(self.network(level, dedup)))


def open(  # noqa: A001 - the API is dotterel.open(path), like sqlite3.connect or io.open
    path: str | Path = "dotterel.duckdb",
    backend: str = "pandas",
    settings: _dedup.DedupSettings | None = None,
) -> Dataset:
    """Open a store read-only, for DataFrames of events, mentions, dyads and networks."""
    return Dataset(path, backend, settings)
