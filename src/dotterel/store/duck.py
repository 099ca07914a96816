"""The embedded DuckDB event store: documents, sentences and events.

Coding a document again replaces its sentences and events, so re-runs never
duplicate. The schema version sits in the ``meta`` table.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .. import __version__
from ..errors import StoreError
from ..schema import SCHEMA_VERSION, CodedDocument
from .records import ARROW_SCHEMA, COLUMN_NAMES, FLAT_COLUMNS, to_arrow, unflatten

log = logging.getLogger(__name__)

_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS user_dictionaries (
        source VARCHAR PRIMARY KEY, format VARCHAR, content VARCHAR, entries INTEGER)""",
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY, external_id VARCHAR, title VARCHAR, date VARCHAR,
        date_source VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR, text VARCHAR,
        raw_text VARCHAR, offsets VARCHAR, n_sentences INTEGER, n_events INTEGER,
        coded_with VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR, sentence_id INTEGER, "start" INTEGER, "end" INTEGER, text VARCHAR,
        PRIMARY KEY (doc_id, sentence_id))""",
    "CREATE TABLE IF NOT EXISTS events ("
    + ", ".join(f'"{n}" {t}' for n, t, _ in FLAT_COLUMNS)
    + ", PRIMARY KEY (id))",
]
_DOC_SCHEMA = pa.schema(
    [(n, pa.string()) for n in ("id", "external_id", "title", "date", "date_source", "url", "source", "origin", "text", "raw_text", "offsets")]
    + [("n_sentences", pa.int32()), ("n_events", pa.int32()), ("coded_with", pa.string())]
)  # fmt: skip
_SENT_SCHEMA = pa.schema(
    [("doc_id", pa.string()), ("sentence_id", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())]
)  # fmt: skip
# Partial dates ("2006", "2006-10") compare as their first day.
_DATE_START = (
    "CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END"
)


class EventStore:
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; code some articles first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        if not read_only:
            self._migrate()
        self._check_version()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        for statement in _DDL:
            self.con.execute(statement)
        self.con.execute(
            "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a dotterel store ({exc})") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {row and row[0]}, this dotterel writes {SCHEMA_VERSION}"
            )

    def write(self, coded: Sequence[CodedDocument], coded_with: str = "") -> int:
        """Store documents with their sentences and events, replacing earlier codings."""
        latest = {c.document.id: c for c in coded}  # the same text twice in one batch
        if not latest:
            return 0
        docs = list(latest.values())
        ids = list(latest)
        tag = coded_with or f"dotterel-{__version__}"
        doc_rows = [
            {
                "id": d.document.id,
                "external_id": d.document.external_id,
                "title": d.document.title,
                "date": d.document.date,
                "date_source": d.document.date_source,
                "url": d.document.url,
                "source": d.document.source,
                "origin": d.document.origin,
                "text": d.document.text,
                "raw_text": d.document.raw_text,
                "offsets": d.document.offsets.to_json(),
                "n_sentences": len(d.sentences),
                "n_events": len(d.events),
                "coded_with": tag,
            }  # fmt: skip
            for d in docs
        ]
        sent_rows = [
            {
                "doc_id": s.doc_id,
                "sentence_id": s.sentence_id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for d in docs
            for s in d.sentences
        ]
        events = to_arrow([e.to_record() for d in docs for e in d.events])
        doc_table = pa.Table.from_pylist(doc_rows, schema=_DOC_SCHEMA)
        sent_table = pa.Table.from_pylist(sent_rows, schema=_SENT_SCHEMA)
        id_list = pa.table({"id": pa.array(ids, pa.string())})
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            con.register("_ids", id_list)
            for table, key in (("events", "doc_id"), ("sentences", "doc_id"), ("documents", "id")):
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM _ids)")
            con.register("_docs", doc_table)
            con.register("_sents", sent_table)
            con.register("_events", events)
            con.execute("INSERT INTO documents SELECT * FROM _docs")
            con.execute("INSERT INTO sentences SELECT * FROM _sents")
            cols = ", ".join(f'"{c}"' for c in COLUMN_NAMES)
            con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _events")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed: {exc}") from exc
        finally:
            for view in ("_ids", "_docs", "_sents", "_events"):
                con.unregister(view)
        return events.num_rows

    def _event_filter(
        self,
        actor: str | None,
        event_type: str | None,
        since: str | None,
        until: str | None,
        doc_ids: Iterable[str] | None,
    ) -> tuple[str, list[Any]] | None:
        """The WHERE clause and its parameters; None when nothing can match."""
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append(
                "(? IN (upper(source_code), upper(target_code), upper(source_country), upper(target_country))"
                " OR source_name ILIKE ? OR target_name ILIKE ?)"
            )
            params += [actor.upper(), f"%{actor}%", f"%{actor}%"]
        if event_type:
            where.append("event_type = ?")
            params.append(event_type.upper())
        if since:
            where.append(f"({_DATE_START}) >= ?")
            params.append(since)
        if until:
            where.append(f"date IS NOT NULL AND ({_DATE_START}) <= ?")
            params.append(until)
        if doc_ids is not None:
            ids = list(doc_ids)
            if not ids:
                return None
            where.append(f"doc_id IN ({', '.join('?' for _ in ids)})")
            params += ids
        return (" WHERE " + " AND ".join(where) if where else ""), params

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_ids: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Events as nested records, filtered; ordered by date, document and position."""
        table = self.events_frame(actor, event_type, since, until, doc_ids)
        return [unflatten(row) for row in table.to_pylist()]

    def events_frame(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_ids: Iterable[str] | None = None,
    ) -> pa.Table:
        """Events as flat rows (an Arrow table), filtered and ordered as ``events``."""
        clause = self._event_filter(actor, event_type, since, until, doc_ids)
        if clause is None:
            return ARROW_SCHEMA.empty_table()
        where, params = clause
        cols = ", ".join(f'"{c}"' for c in COLUMN_NAMES)
        sql = (
            f"SELECT {cols} FROM events{where}"
            " ORDER BY date NULLS LAST, doc_id, sentence_id, trigger_start, id"
        )
        return self._arrow(sql, params).cast(ARROW_SCHEMA)

    def documents_frame(self) -> pa.Table:
        """Article metadata (no text): id, external_id, title, date, url, source, counts."""
        return self._arrow(
            "SELECT id, external_id, title, date, date_source, url, source, origin,"
            " n_sentences, n_events FROM documents ORDER BY date NULLS LAST, id"
        )

    def _arrow(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        try:
            with warnings.catch_warnings():
                # duckdb 2 warns that a cursor's Arrow output copies the rows; a relation
                # (con.sql) would not, but it refuses to run beside an open cursor.
                warnings.simplefilter("ignore", UserWarning)
                table = self.con.execute(sql, params or []).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from exc
        if isinstance(table, pa.RecordBatchReader):
            table = table.read_all()
        return table

    def write_groups(self, groups: pa.Table, mentions: pa.Table) -> None:
        """Replace the derived ``event_groups`` and ``mentions`` tables (see aggregate.dedup)."""
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            con.register("_groups", groups)
            con.register("_mentions", mentions)
            con.execute("CREATE OR REPLACE TABLE event_groups AS SELECT * FROM _groups")
            con.execute("CREATE OR REPLACE TABLE mentions AS SELECT * FROM _mentions")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing event groups failed: {exc}") from exc
        finally:
            con.unregister("_groups")
            con.unregister("_mentions")

    def save_dictionary(self, source: str, fmt: str, content: str, entries: int) -> None:
        """Keep an imported dictionary verbatim; importing the same name again replaces it."""
        self.con.execute(
            "INSERT OR REPLACE INTO user_dictionaries VALUES (?, ?, ?, ?)",
            [source, fmt, content, entries],
        )

    def dictionaries(self) -> list[tuple[str, str, str]]:
        """(source, format, content) of every imported dictionary, in name order."""
        try:
            rows = self.con.execute(
                "SELECT source, format, content FROM user_dictionaries ORDER BY source"
            ).fetchall()
        except duckdb.Error:
            return []  # a read-only store written before dictionaries existed
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    def count(self, table: str) -> int:
        if table not in ("documents", "sentences", "events"):
            raise StoreError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
