"""End-to-end tests of the command line (real model): the foundation's contracts."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from typer.testing import CliRunner

from dotterel.cli.main import app
from tests.conftest import EXAMPLES
from tests.test_schema import event_schema

pytestmark = pytest.mark.model
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled samples (mixed txt, html, jsonl, csv) plus a nested folder."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, folder / "examples")
    return folder


@pytest.fixture(scope="module")
def coded(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "events.duckdb"
    result = run("code", str(corpus), "--db", str(db), "--format", "jsonl", "--output", "-")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return db, records


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("dotterel ")


def test_help_lists_every_command():
    out = run("--help").stdout
    for command in ("code", "events", "classify", "actor"):
        assert command in out


def test_code_folder_of_mixed_inputs_gives_events_with_every_field(coded):
    _, records = coded
    assert len(records) >= 15
    schema = event_schema()
    for r in records:
        jsonschema.validate(r, schema)
    docs = {r["doc_id"] for r in records}
    assert len(docs) >= 5  # txt, html, two jsonl articles, csv all coded
    assert any(r["source"] and r["target"] for r in records)


def test_demo_articles_code_the_expected_events(coded):
    _, records = coded
    found = {(r["source"] or {}).get("country"): r["event_type"] for r in records}
    assert "RUS" in found  # Russian forces / Moscow act in the Georgia and Ukraine reports
    types = {r["event_type"] for r in records}
    assert {"ASSAULT", "CONSULT"} <= types


def test_rerun_adds_no_duplicates(corpus, coded):
    db, records = coded
    again = run("code", str(corpus), "--db", str(db), "--format", "jsonl")
    assert again.exit_code == 0
    stored = run("events", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    assert len(stored) == len(records)
    assert sorted(json.loads(x)["id"] for x in stored) == sorted(r["id"] for r in records)


def test_output_is_deterministic(corpus, coded, tmp_path):
    _, records = coded
    result = run("code", str(corpus), "--no-store", "--format", "jsonl")
    assert [json.loads(x) for x in result.stdout.splitlines()] == records


def test_events_filters(coded):
    db, records = coded
    out = run("events", "--db", str(db), "--type", "ASSAULT", "--format", "jsonl").stdout
    assert out and all(json.loads(x)["event_type"] == "ASSAULT" for x in out.splitlines())
    out = run(
        "events", "--db", str(db), "--actor", "RUS", "--since", "2022-01-01", "--format", "jsonl"
    ).stdout
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and all(r["date"] >= "2022" for r in rows)


def test_csv_and_parquet_carry_the_same_fields(coded, tmp_path):
    import pyarrow.parquet as pq

    from dotterel.store.records import COLUMN_NAMES

    db, records = coded
    csv_out = run("events", "--db", str(db), "--format", "csv").stdout
    assert csv_out.splitlines()[0].split(",") == COLUMN_NAMES
    assert len(csv_out.strip().splitlines()) == len(records) + 1 or '"' in csv_out
    target = tmp_path / "e.parquet"
    assert (
        run("events", "--db", str(db), "--format", "parquet", "--output", str(target)).exit_code
        == 0
    )
    table = pq.read_table(target)
    assert table.column_names == COLUMN_NAMES and table.num_rows == len(records)


def test_table_output_shows_the_evidence(coded):
    db, _ = coded
    out = run("events", "--db", str(db)).stdout
    for column in ("date", "source", "event", "target", "place", "evidence"):
        assert column in out


def test_bad_inputs_give_one_line_each_and_exit_2(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Rebels attacked government troops in Mosul on Tuesday.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n{broken\n', encoding="utf-8")
    result = run("code", str(tmp_path), "--no-store", "--format", "jsonl", "--date", "2006-10-25")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 4
    assert "Traceback" not in result.stderr
    assert any(json.loads(x)["event_type"] == "ASSAULT" for x in result.stdout.splitlines())


def test_stdin_and_date_flag():
    result = run("code", "-", "--no-store", "--format", "jsonl", "--date", "2014-03-02",
                 input="Jordan hosted talks with Syrian opposition leaders in Amman on Sunday.")  # fmt: skip
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert records and records[0]["date"] == "2014-03-02"


def test_bad_date_flag_is_a_usage_error():
    result = run("code", "-", "--date", "25/10/2006", input="x")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_classify(tmp_path):
    records = [
        {
            "id": "1",
            "text": "Russian forces shelled the Georgian town of Gori.",
            "source": "Russian forces",
            "target": "Georgian town",
        },
        {
            "id": "2",
            "text": "The EU imposed sanctions on Iran over its nuclear programme.",
            "source": "EU",
            "target": "Iran",
        },
        {
            "id": "3",
            "text": "Kerry met his Iranian counterpart in Vienna.",
            "source": "Kerry",
            "target": "Iranian counterpart",
        },
        {"id": "4", "text": "No actors here.", "source": "Iraq", "target": "Iran"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = run("classify", str(path))
    assert result.exit_code == 2  # record 4 names a source absent from its text
    out = {json.loads(x)["id"]: json.loads(x) for x in result.stdout.splitlines()}
    assert out["1"]["event_type"] == "ASSAULT" and out["1"]["quad_class"] == 4
    assert out["2"]["event_type"] == "COERCE"  # sanctions, CAMEO 163, by the CAMEO->PLOVER table
    assert out["3"]["event_type"] == "CONSULT"
    for r in out.values():
        assert {"event_type", "cameo", "quad_class", "goldstein", "confidence"} <= set(r)
    assert "neither source 'Iraq' nor target 'Iran' occurs" in result.stderr
    # the codebook's convention on request; a convention that does not exist is refused
    result = run("classify", str(path), "--plover-convention", "codebook")
    out = {json.loads(x)["id"]: json.loads(x) for x in result.stdout.splitlines()}
    assert (out["2"]["event_type"], out["2"]["cameo"]) == ("SANCTION", "163")
    assert run("classify", str(path), "--plover-convention", "cameo").exit_code == 2


def test_code_with_relation_model_says_how_the_model_voted():
    text = "Russia accused Ukraine of shelling the town."
    args = ("code", "-", "--date", "2015-06-01", "--no-store", "--format", "jsonl")
    plain = [json.loads(x) for x in run(*args, input=text).stdout.splitlines() if x.strip()]
    result = run(*args, "--relation-model", input=text)
    assert result.exit_code == 0, result.output
    voted = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    # the same events, each with the model's vote in its reason
    assert [e["id"] for e in voted] == [e["id"] for e in plain]
    accuse = next(e for e in voted if e["trigger"]["lemma"] == "accuse")
    assert accuse["event_type"] == "ACCUSE" and "model agrees" in accuse["reason"]
    assert all("model" not in e["reason"] for e in plain)


def test_actor():
    result = run("actor", "Iraqi army officers")
    record = json.loads(result.stdout)
    assert (record["country"], record["sectors"][0], record["code"]) == ("IRQ", "MIL", "IRQMIL")
    result = run("actor", "Defense Minister", "--context", "the German government")
    record = json.loads(result.stdout)
    assert record["country"] == "DEU" and "GOV" in record["sectors"]


def test_actor_batch():
    lines = "\n".join(json.dumps(x) for x in [
        {"id": "a", "text": "Hezbollah"},
        {"id": "b", "text": "the Kremlin", "date": "2014-03-01"},
        {"id": "c", "text": "Zorblax Quuxington"},
    ])  # fmt: skip
    result = run("actor", "-", "--format", "jsonl", input=lines)
    out = {json.loads(x)["id"]: json.loads(x) for x in result.stdout.splitlines()}
    assert out["a"]["country"] == "LBN"
    assert out["b"]["code"].startswith("RUSGOV")
    assert out["c"]["code"] is None  # unknown names are never given an identity


def test_quiet_on_stderr_when_not_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Rebels attacked government troops in Mosul on Tuesday.", encoding="utf-8"
    )
    result = run("code", str(tmp_path), "--no-store", "--format", "jsonl", "--date", "2006-10-25")
    assert result.exit_code == 0 and result.stderr == "" and result.stdout
