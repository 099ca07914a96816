"""The commands from events to the picture, and dotterel.open, over a constructed store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dotterel
from dotterel.cli.main import app
from dotterel.service import refresh_event_groups
from dotterel.store import EventStore

from .fakes import crisis_articles

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "crisis.duckdb"
    with EventStore(path) as store:
        store.write(crisis_articles())
        refresh_event_groups(store)
    return path


def test_open_returns_events_groups_and_mentions(db: Path) -> None:
    with dotterel.open(db) as ds:
        assert len(ds.events()) == 6
        groups = ds.groups()
        assert len(groups) == 4  # the three Kyiv reports are one event
        kyiv = groups[groups["location_name"] == "Kyiv"].iloc[0]
        assert (kyiv.num_mentions, kyiv.num_articles, kyiv.num_sources) == (3, 3, 2)
        assert (kyiv.first_seen, kyiv.last_seen) == ("2022-02-28", "2022-03-01")
        mentions = ds.mentions()
        assert len(mentions) == 6
        assert set(mentions["outlet"]) == {"wire a", "wire b", "wire c"}
        assert len(ds.one_a_day()) == 3  # Kyiv and Kharkiv collapse into one
        assert len(ds.documents()) == 6


def test_store_tables_match_the_api(db: Path) -> None:
    with EventStore(db, read_only=True) as store:
        groups = store.con.execute("SELECT count(*) FROM event_groups").fetchone()
        mentions = store.con.execute("SELECT count(*) FROM mentions").fetchone()
    assert groups == (4,) and mentions == (6,)


def test_polars_backend(db: Path) -> None:
    pl = pytest.importorskip("polars")
    with dotterel.open(db, backend="polars") as ds:
        frame = ds.dyads()
        assert isinstance(frame, pl.DataFrame)
        assert frame.height == 3


def test_unknown_backend_is_a_clear_error(db: Path) -> None:
    with pytest.raises(dotterel.errors.ConfigError, match="backend"):
        dotterel.open(db, backend="spark")


def test_dyads_command(db: Path) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_pair = {(r["period"], r["source"], r["target"]): r for r in rows}
    shelling = by_pair[("2022-02", "RUS", "UKR")]
    assert (shelling["events"], shelling["mentions"], shelling["material_conflict"]) == (
        "2",
        "4",
        "2",
    )
    assert by_pair[("2022-03", "IGO", "RUS")]["goldstein_sum"] == "-8.0"
    raw = runner.invoke(app, ["dyads", "--db", str(db), "--format", "jsonl", "--no-dedup"])
    counts = {
        (r["source"], r["target"]): r["events"]
        for r in map(json.loads, raw.stdout.split("\n")[:-1])
    }
    assert counts[("RUS", "UKR")] == 4


def test_dyads_reports_what_it_leaves_out(db: Path) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(db), "--period", "day", "--format", "csv"])
    assert result.exit_code == 0
    assert "1 events dated less precisely than a day are left out" in result.stderr


@pytest.mark.parametrize(
    "args", [["--level", "galaxy"], ["--period", "decade"], ["--format", "xml"]]
)
def test_dyads_bad_flags_are_usage_errors(db: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(db), *args])
    assert result.exit_code == 2


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_command(db: Path, tmp_path: Path, fmt: str) -> None:
    from dotterel.aggregate.network import read_graph

    out = tmp_path / f"net.{fmt}"
    result = runner.invoke(app, ["network", "--db", str(db), "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    graph = read_graph(out, fmt)
    assert int(graph.edges["RUS", "UKR"]["weight"]) == 2
    assert graph.nodes["RUS"]["label"] == "Russia"


def test_network_to_stdout(db: Path) -> None:
    result = runner.invoke(app, ["network", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["directed"] is True


def test_dedup_command(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["dedup", "--db", str(db), "--format", "jsonl"])
    groups = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(g["num_mentions"] for g in groups) == [1, 1, 1, 3]
    mentions = runner.invoke(app, ["dedup", "--db", str(db), "--mentions", "--format", "csv"])
    assert len(list(csv.DictReader(io.StringIO(mentions.stdout)))) == 6
    daily = runner.invoke(app, ["dedup", "--db", str(db), "--one-a-day", "--format", "jsonl"])
    assert len(daily.stdout.splitlines()) == 3
    out = tmp_path / "groups.parquet"
    assert (
        runner.invoke(
            app, ["dedup", "--db", str(db), "--format", "parquet", "-o", str(out)]
        ).exit_code
        == 0
    )
    import pandas as pd

    assert len(pd.read_parquet(out)) == 4
    table = runner.invoke(app, ["dedup", "--db", str(db)])
    assert "num_sources" in table.stdout


@pytest.mark.parametrize(
    "fmt", ["plover-json", "icews-tsv", "phoenix-tsv", "gdelt-tsv", "parquet", "csv"]
)
def test_export_command_round_trips(db: Path, tmp_path: Path, fmt: str) -> None:
    from dotterel.store.formats import read_export

    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    back = read_export(out, fmt)
    assert len(back) == 6
    if fmt == "gdelt-tsv":
        # GDELT carries the dedup counts: the Kyiv shelling has three mentions in two outlets.
        assert sorted(r["num_mentions"] for r in back) == [1, 1, 1, 3, 3, 3]
        assert max(r["num_sources"] for r in back) == 2
    if fmt in ("plover-json", "parquet", "csv"):
        with EventStore(db, read_only=True) as store:
            assert sorted(back, key=lambda r: r["id"]) == sorted(
                store.events(), key=lambda r: r["id"]
            )


def test_export_needs_a_known_format(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--db", str(db), "--format", "xlsx", "--output", str(tmp_path / "x")]
    )
    assert result.exit_code == 2


def test_report_command_writes_html_and_pngs(db: Path, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    figures = tmp_path / "figures"
    result = runner.invoke(
        app, ["report", "--db", str(db), "--output", str(html), "--png-dir", str(figures)]
    )
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "data:image/png;base64," in page
    assert sorted(p.name for p in figures.glob("*.png"))


def test_report_of_an_empty_store_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.duckdb"
    EventStore(empty).close()
    result = runner.invoke(
        app, ["report", "--db", str(empty), "--output", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 2
    assert "no events" in result.stderr
