"""Field-standard exports: every format writes and reads back (store/formats.py)."""

from __future__ import annotations

import io
import json
from typing import Any

import jsonschema
import pyarrow.parquet as pq
import pytest

from dotterel.errors import DotterelError, InputError
from dotterel.schema import Actor, Document, Event, Location, Trigger
from dotterel.store import EventStore, write_events
from dotterel.store.formats import (
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    gdelt_event_id,
    read_export,
    write_export,
)
from tests.test_schema import event_schema
from tests.test_store import make_coded

DOC_A = Document.make_id("document A")
DOC_B = Document.make_id("document B")
SENTENCE = "Iraq rejected the UN plan\tin Mosul,\r\nofficials said «non» — 拒绝."


def make_records() -> list[dict[str, Any]]:
    iraq = Actor("Iraq", 0, 4, "Iraq", "IRQGOV", "IRQ", ("GOV",), "metonymy:country", "state", 0.85)
    un = Actor(
        "UN",
        18,
        20,
        "United\tNations",
        "IGOUNO",
        "IGO",
        ("GOV",),
        "dictionary:organisation",
        "igo",
        0.9,
    )
    rebels = Actor(
        "rebels", 0, 6, "rebel", "---REB", None, ("REB", "MED"), "dictionary:agent", "group", 0.6
    )
    maduro = Actor(
        "Nicolás Maduro",
        20,
        34,
        "Nicolás Maduro",
        "VENGOV",
        "VEN",
        ("GOV", "ELI"),
        "dictionary:person-role:president",
        "person",
        0.9,
    )
    press = Actor(
        "the press", 0, 9, "media", "USAJRN", "USA", ("JRN",), "dictionary:agent", "media", 0.5
    )
    nato = Actor(
        "NATO",
        0,
        4,
        "NATO",
        "IGONAT",
        "IGO",
        ("GOV", "MIL", "BUS"),
        "dictionary:organisation",
        "igo",
        1.0,
    )
    mosul = Location("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 99072, "city", 35, 40, "")
    texas = Location("Texas", "USA", None, 31.0, -100.0, 4736286, "region", 40, 45, "parse:in")
    iraq_place = Location("Iraq", "IRQ", None, 33.0, 44.0, 99237, "country", 0, 4, "parse:in")
    kreuzberg = Location(
        "Kreuzberg", "DEU", "Berlin", 52.5, 13.4, 2884, "district", 30, 39, "parse:in"
    )
    events = [
        Event(DOC_A, 0, SENTENCE, (0, 66), "REJECT", "reject_proposal", ("diplomatic",), "120",
              "Reject, not specified below", 3, -4.0, iraq, un, "2006-10-25", "day", "publication",
              mosul, False, "actual", 0.7, Trigger("rejected", 5, 13, "reject"), "lexicon+parse",
              "verbs:reject"),
        Event(DOC_A, 1, "Gunmen attacked.", (67, 83), "ASSAULT", None, (), "190",
              "Use conventional military force", 4, -10.0, None, None, None, None, None, None, True,
              "hypothetical", 0.6, Trigger("attacked", 74, 82, "attack"), "lexicon+parse",
              "verbs:attack"),
        Event(DOC_B, 2, "Rebels protested against Nicolás Maduro in Texas.", (100, 150), "PROTEST",
              None, ("political",), "1411", "Demonstrate for leadership change", 4, -6.5, rebels,
              maduro, "2006-10", "month", "sentence:'in October'", texas, False, "actual", 0.5,
              Trigger("protested", 107, 116, "protest"), "lexicon+parse", "verbs:protest"),
        Event(DOC_B, 0, "The press cut ties with Iraq.", (0, 29), "SANCTION", None, (), "160",
              "Reduce relations, not specified below", 4, -4.0, press, None, "2006", "year",
              "sentence:'in 2006'", iraq_place, False, "intended", 0.4,
              Trigger("cut ties", 10, 18, "cut"), "lexicon+parse", "verbs:cut"),
        Event(DOC_B, 3, "NATO met in Kreuzberg in the 1980s.", (151, 186), "CONSULT", None, (),
              "040", "Consult, not specified below", 1, 1.0, nato, None, "1980", "decade",
              "sentence:'the 1980s'", kreuzberg, False, "actual", 0.8,
              Trigger("met", 156, 159, "meet"), "lexicon+parse", "verbs:meet"),
    ]  # fmt: skip
    return [e.to_record() for e in events]


DOCUMENTS = {
    DOC_A: {"url": "https://example.org/a", "source": "Al\tJazeera", "title": "Iraq\nsays no",
            "date": "2006-10-25"},
    DOC_B: {"url": "https://example.org/b?x=1", "source": "Le Monde", "title": "Manif",
            "date": "2006-10-30"},
}  # fmt: skip


def groups(records):
    return {records[0]["id"]: {"group_id": "g1", "num_mentions": 3, "num_sources": 2,
                               "num_articles": 2}}  # fmt: skip


def typed(value: Any) -> Any:
    """The value with every leaf's type, so that 1, 1.0 and True compare different."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def export(tmp_path, fmt, records=None, **kw):
    records = make_records() if records is None else records
    path = tmp_path / f"events.{fmt}"
    assert write_export(records, fmt, path, **kw) == len(records)
    return path, read_export(path, fmt)


def test_the_test_records_are_valid_events():
    for record in make_records():
        jsonschema.validate(record, event_schema())


@pytest.mark.parametrize("fmt", ["plover-json", "parquet", "csv"])
def test_full_formats_round_trip_exactly_with_types(tmp_path, fmt):
    records = make_records()
    _, back = export(tmp_path, fmt, groups=groups(records), documents=DOCUMENTS)
    assert typed(back) == typed(records)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_records_from_the_store_round_trip(tmp_path, fmt):
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([make_coded()])
        records = store.events()
    _, back = export(tmp_path, fmt, records)
    assert typed(back) == typed(records)


def test_csv_is_exactly_what_write_events_writes(tmp_path):
    records = make_records()
    path, _ = export(tmp_path, "csv", records)
    expected = io.StringIO(newline="")
    write_events(records, "csv", stream=expected)
    assert path.read_bytes() == expected.getvalue().encode("utf-8")


def test_parquet_is_exactly_what_write_events_writes(tmp_path):
    records = make_records()
    path, _ = export(tmp_path, "parquet", records)
    write_events(records, "parquet", path=tmp_path / "direct.parquet")
    assert pq.read_table(path).equals(pq.read_table(tmp_path / "direct.parquet"))


def test_plover_json_carries_the_codebook_and_ngec_fields(tmp_path):
    records = make_records()
    path, _ = export(tmp_path, "plover-json", records, groups=groups(records), documents=DOCUMENTS)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(records) + 1  # one event a line
    first, second, third, fourth = (json.loads(line) for line in lines[:4])
    assert first["id"] == records[0]["id"] and first["date"] == "2006-10-25"
    assert first["event"] == ["REJECT"] and first["event_type"] == "REJECT"
    assert first["mode"] == "reject_proposal" and first["event_mode"] == ["reject_proposal"]
    assert first["context"] == first["contexts"] == ["diplomatic"]
    assert first["source"] == [
        {"code": "IRQ", "sector": "GOV", "actor_text": "Iraq", "identifier_text": "Iraq"}
    ]
    assert first["recipient"][0]["code"] == "IGO"
    assert first["event_text"] == SENTENCE and first["story_id"] == DOC_A
    assert first["event_loc"] == {"geonameid": 99072, "name": "Mosul", "latitude": 36.34,
                                  "longitude": 43.13, "country code": "IQ", "cc3": "IRQ"}  # fmt: skip
    assert first["quad_code"] == 3 and first["event_scale"] == -4.0
    assert first["text_info"] == {"sequence": 0, "start": 0, "end": 66}
    assert first["cite_info"] == {"url": "https://example.org/a", "title": "Iraq\nsays no",
                                  "publication": "Al\tJazeera"}  # fmt: skip
    assert first["pub_date"] == "2006-10-25" and first["link"] == "g1"
    assert first["coder"] == "dotterel" and first["dotterel"] == records[0]
    assert second["source"] == second["recipient"] == [] and second["event_loc"] is None
    assert second["date"] is None and second["event_mode"] == [] and second["link"] is None
    assert third["source"][0]["code"] is None  # '---': unknown country
    assert third["date"] == "2006-10" and third["date_precision"] == "month"
    assert fourth["quad_code"] == 3  # SANCTION is verbal conflict in PLOVER, 4 by CAMEO root
    assert "«non» — 拒绝" in lines[0]  # unicode written as is


def test_plover_json_without_documents_leaves_citation_empty(tmp_path):
    path, back = export(tmp_path, "plover-json")
    event = json.loads(path.read_text(encoding="utf-8").split("\n")[0])
    assert event["cite_info"] == {"url": None, "title": None, "publication": None}
    assert event["pub_date"] is None and back == make_records()


def tsv_lines(path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    return text[:-1].split("\n")


def test_icews_tsv(tmp_path):
    records = make_records()
    path, back = export(tmp_path, "icews-tsv", records, documents=DOCUMENTS)
    lines = tsv_lines(path)
    assert lines[0].split("\t") == list(ICEWS_COLUMNS) and len(lines) == len(records) + 1
    assert all(len(line.split("\t")) == 20 for line in lines)
    assert back[0] == {
        "id": records[0]["id"], "date": "2006-10-25", "date_precision": "day",
        "source.name": "Iraq", "source.sectors": ["GOV"], "source.country": "IRQ",
        "cameo_label": "Reject, not specified below", "cameo": "120", "goldstein": -4.0,
        "target.name": "United Nations", "target.sectors": ["GOV"], "target.country": None,
        "doc_id": DOC_A, "sentence_id": 0, "publisher": "Al Jazeera",
        "location.name": "Mosul", "location.admin1": "Nineveh", "location.country": "IRQ",
        "location.lat": 36.34, "location.lon": 43.13,
    }  # fmt: skip
    row = dict(zip(ICEWS_COLUMNS, lines[1].split("\t"), strict=True))
    assert row["Source Country"] == "Iraq" and row["Sentence Number"] == "1"
    assert row["City"] == "Mosul" and row["Province"] == "Nineveh" and row["Country"] == "Iraq"
    assert [(b["date"], b["date_precision"]) for b in back] == [
        ("2006-10-25", "day"),
        (None, None),
        ("2006-10", "month"),
        ("2006", "year"),
        (None, None),
    ]
    assert back[1]["source.name"] is None and back[1]["source.sectors"] is None
    assert back[1]["location.name"] is None and back[1]["sentence_id"] == 1
    assert back[2]["source.country"] is None and back[2]["target.name"] == "Nicolás Maduro"
    assert (back[2]["location.name"], back[2]["location.admin1"]) == ("Texas", None)
    assert (back[3]["location.name"], back[3]["location.country"]) == ("Iraq", "IRQ")
    assert back[3]["source.sectors"] == ["JRN"]  # ICEWS writes dotterel's PLOVER sectors as is
    assert (back[4]["location.name"], back[4]["location.admin1"]) == ("Kreuzberg", "Berlin")


def test_phoenix_tsv(tmp_path):
    records = make_records()
    path, back = export(tmp_path, "phoenix-tsv", records, documents=DOCUMENTS)
    lines = tsv_lines(path)
    assert len(lines) == len(records)  # no header row, as in Phoenix files
    rows = [dict(zip(PHOENIX_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert back[0] == {
        "id": records[0]["id"], "date": "2006-10-25", "date_precision": "day",
        "source.code": "IRQGOV", "source.country": "IRQ", "source.sectors": ["GOV"],
        "target.code": "IGOUNO", "target.country": "IGO", "target.sectors": ["GOV"],
        "cameo": "120", "goldstein": -4.0,
        "location.name": "Mosul", "location.admin1": "Nineveh", "location.country": "IRQ",
        "location.lat": 36.34, "location.lon": 43.13,
        "doc_id": DOC_A, "sentence_id": 0, "url": "https://example.org/a",
        "publisher": "Al Jazeera",
    }  # fmt: skip
    assert [r["story_date"] for r in rows] == ["20061025", "", "", "", ""]
    assert [(r["year"], r["month"], r["day"]) for r in rows][2:] == [
        ("2006", "10", ""),
        ("2006", "", ""),
        ("", "", ""),
    ]
    assert [r["quad_class"] for r in rows] == ["3", "4", "4", "3", "1"]  # Phoenix's own quads
    assert [r["root_code"] for r in rows] == ["12", "19", "14", "16", "04"]
    # MED (health in PLOVER) is CAMEO's HLH; JRN (media) is CAMEO's MED.
    assert (rows[2]["source_root"], rows[2]["source_agent"], rows[2]["source_others"]) == (
        "", "REB", "HLH")  # fmt: skip
    assert (rows[3]["source_agent"], rows[3]["source_others"]) == ("MED", "")
    assert (rows[2]["target_agent"], rows[2]["target_others"]) == ("GOV", "ELI")
    assert back[2]["source.sectors"] == ["REB", "MED"] and back[3]["source.sectors"] == ["JRN"]
    assert back[2]["source.country"] is None and back[2]["source.code"] == "---REB"
    assert back[1]["source.code"] is None and back[1]["location.name"] is None
    assert rows[0]["ids"] == f"{DOC_A}_0" and rows[0]["joined_issues"] == ""


def test_gdelt_tsv(tmp_path):
    records = make_records()
    path, back = export(tmp_path, "gdelt-tsv", records, groups=groups(records), documents=DOCUMENTS)
    lines = tsv_lines(path)
    assert len(lines) == len(records)  # no header row, as in GDELT files
    assert len(GDELT_COLUMNS) == 61 and all(len(line.split("\t")) == 61 for line in lines)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert back[0] == {
        "global_event_id": gdelt_event_id(records[0]["id"]),
        "date": "2006-10-25", "date_precision": "day",
        "source.code": "IRQGOV", "source.name": "Iraq", "source.country": "IRQ",
        "source.sectors": ["GOV"],
        "target.code": "IGOUNO", "target.name": "United Nations", "target.country": "IGO",
        "target.sectors": ["GOV"],
        "cameo": "120", "quad_class": 3, "goldstein": -4.0,
        "num_mentions": 3, "num_sources": 2, "num_articles": 2,
        "location.full_name": "Mosul, Nineveh, Iraq", "location.country": "IRQ",
        "location.lat": 36.34, "location.lon": 43.13, "url": "https://example.org/a",
    }  # fmt: skip
    first = rows[0]
    assert first["GLOBALEVENTID"] == str(int(records[0]["id"][:15], 16))
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == ("20061025", "200610", "2006")
    assert first["FractionDate"] == f"{2006 + (9 * 30 + 25) / 365:.4f}"
    assert first["Actor2CountryCode"] == "" and first["Actor2Type1Code"] == "IGO"
    assert (first["IsRootEvent"], first["EventBaseCode"], first["EventRootCode"]) == (
        "1",
        "120",
        "12",
    )
    assert (first["ActionGeo_Type"], first["ActionGeo_CountryCode"]) == ("4", "IZ")
    assert first["ActionGeo_FeatureID"] == "" and first["Actor1Geo_Type"] == ""
    assert (first["AvgTone"], first["DATEADDED"]) == ("", "")
    # Without a group, an event counts once.
    assert (rows[1]["NumMentions"], rows[1]["NumSources"], rows[1]["NumArticles"]) == (
        "1",
        "1",
        "1",
    )
    assert rows[1]["IsRootEvent"] == "0" and rows[1]["ActionGeo_Type"] == ""
    # Partial dates keep their precision: no SQLDATE below a day, nothing for a decade.
    assert [(r["SQLDATE"], r["MonthYear"], r["Year"], r["FractionDate"]) for r in rows[2:]] == [
        ("", "200610", "2006", ""),
        ("", "", "2006", ""),
        ("", "", "", ""),
    ]
    assert [(b["date"], b["date_precision"]) for b in back[2:]] == [
        ("2006-10", "month"),
        ("2006", "year"),
        (None, None),
    ]
    assert (rows[2]["EventCode"], rows[2]["EventBaseCode"], rows[2]["EventRootCode"]) == (
        "1411", "141", "14")  # fmt: skip
    assert (rows[2]["Actor1CountryCode"], rows[2]["Actor1Type1Code"], rows[2]["Actor1Type2Code"]) == (
        "", "REB", "HLH")  # fmt: skip
    assert back[2]["source.sectors"] == ["REB", "MED"]
    assert (rows[2]["ActionGeo_Type"], rows[2]["ActionGeo_FullName"]) == (
        "2",
        "Texas, United States",
    )
    assert (rows[3]["ActionGeo_Type"], rows[3]["ActionGeo_ADM1Code"], rows[3]["ActionGeo_FeatureID"]) == (
        "1", "IZ", "IZ")  # fmt: skip
    assert rows[3]["Actor1Type1Code"] == "MED" and back[3]["source.sectors"] == ["JRN"]
    # An IGO takes a type slot: three slots hold IGO and two of NATO's three sectors.
    assert [rows[4][f"Actor1Type{i}Code"] for i in (1, 2, 3)] == ["IGO", "GOV", "MIL"]
    assert back[4]["source.country"] == "IGO" and back[4]["source.sectors"] == ["GOV", "MIL"]
    assert rows[4]["ActionGeo_Type"] == "" and back[4]["location.country"] == "DEU"


@pytest.mark.parametrize("fmt", ["icews-tsv", "phoenix-tsv", "gdelt-tsv"])
def test_tsv_cells_never_hold_tabs_or_line_breaks(tmp_path, fmt):
    records = make_records()
    records[0]["source"]["name"] = "Iraq\tgov\u2028ernment\x0bx"
    records[0]["source"]["code"] = "IRQ\nGOV"
    records[0]["location"]["name"] = "Mos\r\nul"
    path, back = export(tmp_path, fmt, records, documents=DOCUMENTS)
    lines = tsv_lines(path)
    width = {"icews-tsv": 20, "phoenix-tsv": 26, "gdelt-tsv": 61}[fmt]
    assert len(lines) == len(records) + (fmt == "icews-tsv")
    assert all(len(line.split("\t")) == width for line in lines)
    assert not any(ch in path.read_text(encoding="utf-8") for ch in "\r\x0b\u2028")
    if fmt != "phoenix-tsv":
        assert back[0]["source.name"] == "Iraq gov ernment x"
    if fmt == "gdelt-tsv":
        assert back[0]["location.full_name"] == "Mos ul, Nineveh, Iraq"
    else:
        assert back[0]["location.name"] == "Mos ul"


def test_empty_export(tmp_path):
    for fmt in EXPORT_FORMATS:
        path, back = export(tmp_path, fmt, [])
        assert back == []
    assert (tmp_path / "events.icews-tsv").read_text() == "\t".join(ICEWS_COLUMNS) + "\n"
    assert (tmp_path / "events.gdelt-tsv").read_text() == ""


def test_records_may_be_a_generator(tmp_path):
    path = tmp_path / "g.jsonl"
    assert write_export((r for r in make_records()), "plover-json", path) == 5
    assert read_export(path, "plover-json") == make_records()


def test_gdelt_event_id_is_a_deterministic_63_bit_integer():
    ids = [r["id"] for r in make_records()]
    assert [gdelt_event_id(i) for i in ids] == [int(i[:15], 16) for i in ids]
    assert all(0 <= gdelt_event_id(i) < 2**63 for i in ids)
    with pytest.raises(DotterelError, match="not hexadecimal"):
        gdelt_event_id("not-hex")


def test_unknown_format_is_an_error(tmp_path):
    with pytest.raises(DotterelError, match="unknown export format 'xml'.*plover-json"):
        write_export(make_records(), "xml", tmp_path / "x")
    with pytest.raises(DotterelError, match="unknown export format"):
        read_export(tmp_path / "x", "jsonl")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_unwritable_path_is_an_error(tmp_path, fmt):
    with pytest.raises(DotterelError, match="cannot write"):
        write_export(make_records(), fmt, tmp_path / "missing" / "out")
    with pytest.raises(DotterelError, match="cannot write"):
        write_export(make_records(), fmt, tmp_path)  # a directory


def test_reading_a_missing_or_foreign_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_export(tmp_path / "missing.tsv", "icews-tsv")
    other = tmp_path / "other.txt"
    other.write_text("a\tb\n", encoding="utf-8")
    for fmt in EXPORT_FORMATS:
        with pytest.raises(InputError):
            read_export(other, fmt)
