import pytest

from dotterel.errors import StoreError
from dotterel.schema import (
    SCHEMA_VERSION,
    Actor,
    CodedDocument,
    Document,
    Event,
    Location,
    OffsetMap,
    Sentence,
    Trigger,
)  # fmt: skip
from dotterel.store import EventStore, flatten, unflatten


def make_coded(
    text="Iraq rejected the plan. Rebels attacked Mosul.", n_events=2, date="2006-10-25"
):
    doc = Document(
        Document.make_id(text), text, text, OffsetMap(), "test", "ext-1", "Title", date, "metadata"
    )
    iraq = Actor("Iraq", 0, 4, "Iraq", "IRQGOV", "IRQ", ("GOV",), "metonymy:country", "state", 0.85)
    rebels = Actor(
        "Rebels", 24, 30, "rebel", "---REB", None, ("REB",), "dictionary:agent", "group", 0.6
    )
    mosul = Location("Mosul", "IRQ", None, 36.34, 43.13, 99072, "city", 40, 45, "parse:on")
    events = [
        Event(doc.id, 0, "Iraq rejected the plan.", (0, 23), "REJECT", None, (), "120", "Reject", 3, -4.0,
              iraq, None, date, "day", "publication", None, False, "actual", 0.7,
              Trigger("rejected", 5, 13, "reject"), "lexicon+parse", "verbs:reject"),
        Event(doc.id, 1, "Rebels attacked Mosul.", (24, 46), "ASSAULT", None, ("military",), "190",
              "Use conventional military force", 4, -10.0, rebels, None, None, None, None, mosul,
              True, "hypothetical", 0.6, Trigger("attacked", 31, 39, "attack"), "lexicon+parse", "verbs:attack"),
    ][:n_events]  # fmt: skip
    sentences = (
        Sentence(doc.id, 0, 0, 23, "Iraq rejected the plan."),
        Sentence(doc.id, 1, 24, 46, "Rebels attacked Mosul."),
    )
    return CodedDocument(doc, sentences, tuple(events))


def test_flatten_roundtrip():
    for event in make_coded().events:
        record = event.to_record()
        assert unflatten(flatten(record)) == record


def test_write_and_read_back(tmp_path):
    coded = make_coded()
    with EventStore(tmp_path / "s.duckdb") as store:
        assert store.write([coded]) == 2
        records = store.events()
    assert [r["id"] for r in records] == [
        e.id for e in sorted(coded.events, key=lambda e: e.date or "9")
    ]
    assert records[0] == coded.events[0].to_record()


def test_recoding_replaces_and_never_duplicates(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.write([make_coded()])
        store.write([make_coded()])
        store.write([make_coded(), make_coded()])
        assert (
            store.count("events") == 2
            and store.count("documents") == 1
            and store.count("sentences") == 2
        )
        store.write([make_coded(n_events=1)])
        assert store.count("events") == 1


def test_filters(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([make_coded()])
        assert [r["event_type"] for r in store.events(actor="IRQ")] == ["REJECT"]
        assert [r["event_type"] for r in store.events(actor="rebel")] == ["ASSAULT"]
        assert [r["event_type"] for r in store.events(event_type="assault")] == ["ASSAULT"]
        assert len(store.events(since="2006-10-01", until="2006-10-31")) == 1
        assert store.events(since="2007-01-01") == []


def test_schema_version_is_recorded_and_checked(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        row = store.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert row == (str(SCHEMA_VERSION),)
        store.con.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema version"):
        EventStore(path)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        EventStore(tmp_path / "missing.duckdb", read_only=True)
