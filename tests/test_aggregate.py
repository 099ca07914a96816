"""Dedup, dyads and networks over constructed events (no spaCy model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dotterel.aggregate.dedup import DedupSettings, group_events, one_a_day
from dotterel.aggregate.dyads import cooperation_index, dyads, partners, period_of
from dotterel.aggregate.network import actor_graph, centralities, read_graph, write_graph
from dotterel.store.records import COLUMN_NAMES

BAGHDAD = (33.34, 44.40, 98182, "IRQ", "city")
MOSUL = (36.34, 43.13, 99072, "IRQ", "city")
SADR_CITY = (33.39, 44.46, None, "IRQ", "district")  # 8 km from the centre of Baghdad


def event(
    eid: str,
    doc: str,
    *,
    etype: str = "ASSAULT",
    cameo: str = "190",
    quad: int = 4,
    goldstein: float = -10.0,
    src: tuple[str | None, str | None] = ("USAMIL", "USA"),
    tgt: tuple[str | None, str | None] = ("IRQREB", "IRQ"),
    date: str | None = "2006-10-03",
    precision: str = "day",
    place: tuple[Any, ...] | None = None,
    negated: bool = False,
    modality: str = "actual",
    sentence: int = 0,
    confidence: float = 0.8,
) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
    row.update(
        id=eid,
        doc_id=doc,
        sentence_id=sentence,
        text=f"sentence {eid}",
        span_start=0,
        span_end=10,
        event_type=etype,
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        source_code=src[0],
        source_country=src[1],
        source_name=src[0],
        target_code=tgt[0],
        target_country=tgt[1],
        target_name=tgt[0],
        date=date,
        date_precision=precision if date else None,
        negated=negated,
        modality=modality,
        confidence=confidence,
    )
    if place is not None:
        lat, lon, gid, country, feature = place
        row.update(
            location_lat=lat,
            location_lon=lon,
            location_geonameid=gid,
            location_country=country,
            location_feature=feature,
            location_name="place",
        )
    return row


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMN_NAMES)


DOCS = pd.DataFrame(
    [
        {"id": "a1", "date": "2006-10-03", "source": "Wire One", "url": "https://one.example/a1"},
        {"id": "a2", "date": "2006-10-04", "source": "", "url": "https://www.two.example/x"},
        {"id": "a3", "date": "2006-10-04", "source": "Wire One", "url": None},
        {"id": "a4", "date": "2006-10-12", "source": "Wire Four", "url": None},
    ]
)


def groups_of(groups: pd.DataFrame, mentions: pd.DataFrame) -> set[frozenset[str]]:
    return {
        frozenset(mentions.loc[mentions["group_id"] == g, "event_id"]) for g in groups["group_id"]
    }


def test_reports_of_one_attack_across_outlets_merge_into_one_event() -> None:
    events = frame(
        event("e1", "a1", place=BAGHDAD),
        event("e2", "a2", date="2006-10-03", place=SADR_CITY),  # "yesterday", another outlet
        event("e3", "a3", date="2006-10-04", place=None),  # dated a day later, no place
        event("e4", "a1", sentence=3, place=BAGHDAD),  # the same article repeats it
    )
    groups, mentions = group_events(events, DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1", "e2", "e3", "e4"})}
    row = groups.iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (4, 3, 2)
    assert (row.first_seen, row.last_seen) == ("2006-10-03", "2006-10-04")
    # The representative mention is a located, day-dated one.
    assert row.location_lat is not None and row.date == "2006-10-03"
    assert sorted(mentions["outlet"].unique()) == ["two.example", "wire one"]


@pytest.mark.parametrize(
    "other",
    [
        event("x", "a4", date="2006-10-10"),  # a week later: another attack
        event("x", "a2", place=MOSUL),  # the same day, 340 km away
        event("x", "a2", etype="THREATEN", cameo="138", quad=3, goldstein=-7.0),
        event("x", "a2", modality="intended"),  # "plans to attack" is not the attack
        event("x", "a2", negated=True),  # "did not attack"
        event("x", "a2", tgt=("IRQGOV", "IRQ")),  # another target
        event("x", "a2", src=("GBRMIL", "GBR")),  # another source
    ],
    ids=["week-later", "other-city", "other-type", "intended", "negated", "target", "source"],
)
def test_near_duplicates_stay_apart(other: dict[str, Any]) -> None:
    groups, _ = group_events(frame(event("e1", "a1", place=BAGHDAD), other), DOCS)
    assert len(groups) == 2


def test_dates_chain_no_further_than_the_tolerance_from_the_first_day() -> None:
    # Daily strikes on the same dyad are separate events, not one long chain.
    days = [f"2006-10-0{d}" for d in range(1, 8)]
    events = frame(*(event(f"e{d}", "a1", date=day) for d, day in enumerate(days)))
    groups, _ = group_events(events, DOCS)
    assert len(groups) == 4  # {1,2} {3,4} {5,6} {7}
    wider, _ = group_events(events, DOCS, DedupSettings(date_tolerance_days=0))
    assert len(wider) == 7


def test_a_coarse_date_merges_only_when_one_event_fits() -> None:
    one = frame(event("e1", "a1"), event("m", "a2", date="2006-10", precision="month"))
    groups, mentions = group_events(one, DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1", "m"})}
    two = frame(
        event("e1", "a1"),
        event("e2", "a4", date="2006-10-20"),
        event("m", "a2", date="2006-10", precision="month"),
    )
    assert len(group_events(two, DOCS)[0]) == 3  # ambiguous: never merged


def test_undated_mentions_merge_only_inside_their_article() -> None:
    events = frame(
        event("u1", "a1", date=None),
        event("u2", "a1", date=None, sentence=2),
        event("u3", "a2", date=None),
    )
    groups, mentions = group_events(events, DOCS)
    assert groups_of(groups, mentions) == {frozenset({"u1", "u2"}), frozenset({"u3"})}


def test_unresolved_actors_group_by_name() -> None:
    a = event("e1", "a1", src=(None, None))
    a["source_name"] = a["source_text"] = "Masked  gunmen"
    b = event("e2", "a2", src=(None, None))
    b["source_name"] = b["source_text"] = "masked gunmen"
    c = event("e3", "a3", src=(None, None))
    c["source_name"] = c["source_text"] = "police"
    groups, mentions = group_events(frame(a, b, c), DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1", "e2"}), frozenset({"e3"})}


def test_group_ids_are_deterministic_and_order_free() -> None:
    rows = [event("e1", "a1"), event("e2", "a2"), event("e3", "a4", date="2006-10-12")]
    first, _ = group_events(frame(*rows), DOCS)
    second, _ = group_events(frame(*reversed(rows)), DOCS)
    assert list(first["group_id"]) == list(second["group_id"])
    assert first["group_id"].str.len().eq(24).all()


def test_one_a_day_differs_from_dedup() -> None:
    events = frame(
        # Two attacks on one day in two cities: dedup keeps both, one-a-day keeps one.
        event("e1", "a1", place=BAGHDAD),
        event("e2", "a1", place=MOSUL, sentence=1),
        # One attack reported with two CAMEO subcodes: dedup merges, one-a-day keeps both.
        event("e3", "a4", date="2006-10-12", cameo="190"),
        event("e4", "a2", date="2006-10-12", cameo="193"),
        # One attack dated a day apart by two outlets: dedup merges, one-a-day keeps both.
        event("e5", "a4", date="2006-10-20"),
        event("e6", "a2", date="2006-10-21"),
    )
    groups, _ = group_events(events, DOCS)
    daily = one_a_day(events)
    assert len(groups) == 4
    assert len(daily) == 5
    assert daily.loc[daily["id"] == "e1", "num_mentions"].item() == 2


def test_period_labels() -> None:
    assert period_of("2006-10-04", "day") == "2006-10-04"
    assert period_of("2006-10-04", "week") == "2006-10-02"  # the Monday
    assert period_of("2006-10-04", "month") == "2006-10"
    assert period_of("2006-10", "year") == "2006"
    assert period_of("2006-10", "day") is None  # too coarse: never guessed
    assert period_of(None, "month") is None


def test_dyads_count_quads_and_goldstein() -> None:
    events = frame(
        event("e1", "a1"),
        event("e2", "a2", date="2006-10-20", etype="CONSULT", cameo="040", quad=1, goldstein=1.0),
        event("e3", "a4", date="2006-11-02", src=("IRQGOV", "IRQ"), tgt=("USAGOV", "USA")),
        event("e4", "a4", date="2006", precision="year"),
    )
    table = dyads(events, level="country", period="month")
    assert table.attrs["undated"] == 1
    first = table.iloc[0].to_dict()
    assert (first["period"], first["source"], first["target"]) == ("2006-10", "USA", "IRQ")
    assert (first["events"], first["material_conflict"], first["verbal_coop"]) == (2, 1, 1)
    assert first["goldstein_sum"] == -9.0 and first["goldstein_mean"] == -4.5
    sectors = dyads(events, level="sector", period="year")
    assert set(zip(sectors["source"], sectors["target"], strict=True)) == {
        ("USAMIL", "IRQREB"),
        ("IRQGOV", "USAGOV"),
    }
    assert sectors.loc[sectors["source"] == "USAMIL", "events"].item() == 3


def test_dyads_reject_unknown_level_and_period() -> None:
    with pytest.raises(ValueError, match="level"):
        dyads(frame(event("e1", "a1")), level="planet")
    with pytest.raises(ValueError, match="period"):
        dyads(frame(event("e1", "a1")), period="fortnight")


def test_partners_and_cooperation_index() -> None:
    events = frame(
        event("e1", "a1"),
        event("e2", "a2", etype="CONSULT", cameo="040", quad=1, goldstein=1.0),
        event("e3", "a3", src=("IRQGOV", "IRQ"), tgt=("USAGOV", "USA"), quad=1, goldstein=3.0),
        event("e4", "a4", src=("GBRGOV", "GBR"), tgt=("IRQGOV", "IRQ"), date="2006-11-02"),
    )
    top = partners(events, "IRQ")
    assert list(top["partner"]) == ["USA", "GBR"]
    assert top.iloc[0][["events", "sent", "received"]].tolist() == [3, 1, 2]
    index = cooperation_index(events, "IRQ", period="month")
    assert index["period"].tolist() == ["2006-10", "2006-11"]
    assert index["index"].tolist() == [0.333, -1.0]


def test_network_edges_centralities_and_files(tmp_path: Path) -> None:
    events = frame(
        event("e1", "a1"),
        event("e2", "a2", date="2006-10-09"),
        event("e3", "a3", src=("IRQGOV", "IRQ"), tgt=("USAGOV", "USA"), quad=1, goldstein=3.0),
        event("e4", "a4", src=("IRQGOV", "IRQ"), tgt=("IRQREB", "IRQ")),  # a self-loop
    )
    graph = actor_graph(events, level="country")
    assert set(graph.edges) == {("USA", "IRQ"), ("IRQ", "USA")}
    assert graph.edges["USA", "IRQ"]["weight"] == 2
    assert graph.edges["USA", "IRQ"]["sign"] == -1
    assert graph.edges["IRQ", "USA"]["sign"] == 1
    table = centralities(graph)
    assert set(table["actor"]) == {"USA", "IRQ"}
    assert table["out_events"].sum() == 3
    for fmt in ("graphml", "gexf", "json"):
        path = tmp_path / f"net.{fmt}"
        write_graph(graph, fmt, path)
        back = read_graph(path, fmt)
        assert set(back.edges) == set(graph.edges), fmt
        assert int(back.edges["USA", "IRQ"]["weight"]) == 2, fmt
        assert "pagerank" in back.nodes["USA"], fmt
    data = json.loads((tmp_path / "net.json").read_text())
    assert data["directed"] is True and len(data["edges"]) == 2


def test_a_decade_is_not_its_first_year() -> None:
    # Regression: a decade-dated event ("the 1980s", stored as "1980") counted in 1980.
    assert period_of("1980", "year", "decade") is None
    events = frame(event("e1", "a1", date="1980", precision="decade"))
    assert dyads(events, period="year").attrs["undated"] == 1


def test_centralities_of_an_empty_graph_keep_numeric_columns() -> None:
    import networkx as nx

    table = centralities(nx.DiGraph())
    assert len(table) == 0 and table["pagerank"].dtype == "float64"
    assert table.round(3).empty


def test_actor_compatibility() -> None:
    from dotterel.aggregate.dedup import actors_compatible

    assert actors_compatible("PER", "PERGOV")  # "Peru" as an actor is one of its sectors
    assert actors_compatible("---GOV", "PERGOV")  # "the president", country unknown
    assert actors_compatible("", "PERGOV")  # a missing actor is a wildcard
    assert not actors_compatible("PERMIL", "PERGOV")
    assert not actors_compatible("ECU", "PERGOV")
    assert not actors_compatible("---REB", "PERGOV")
    assert not actors_compatible("name:condor front", "PERREB")


def test_reports_that_code_an_actor_at_different_levels_merge() -> None:
    events = frame(
        event("e1", "a1", tgt=("IRQGOV", "IRQ"), place=BAGHDAD),
        event("e2", "a2", tgt=("IRQ", "IRQ")),  # "attacked Iraq"
        event("e3", "a3", src=("---MIL", None), tgt=("IRQGOV", "IRQ")),  # "troops attacked"
        event("e4", "a2", sentence=2, tgt=(None, None)),  # the target left out
    )
    groups, mentions = group_events(events, DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1", "e2", "e3", "e4"})}
    # The representative names both actors fully.
    assert (groups.iloc[0].source_code, groups.iloc[0].target_code) == ("USAMIL", "IRQGOV")


def test_complete_linkage_keeps_a_bare_country_from_chaining_sectors() -> None:
    events = frame(
        event("e1", "a1", tgt=("IRQGOV", "IRQ")),
        event("e2", "a2", tgt=("IRQ", "IRQ")),
        event("e3", "a3", tgt=("IRQREB", "IRQ")),
    )
    assert len(group_events(events, DOCS)[0]) == 2


def test_an_ambiguous_mention_never_merges() -> None:
    # An unlocated report of an attack on a day with attacks in two cities fits both.
    events = frame(
        event("e1", "a1", place=BAGHDAD),
        event("e2", "a2", place=MOSUL),
        event("e3", "a3"),
    )
    groups, mentions = group_events(events, DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1"}), frozenset({"e2"}), frozenset({"e3"})}
    # With one attack that day, the unlocated report joins it.
    groups, mentions = group_events(
        frame(event("e1", "a1", place=BAGHDAD), event("e3", "a3")), DOCS
    )
    assert groups_of(groups, mentions) == {frozenset({"e1", "e3"})}


def test_a_place_read_from_the_story_never_splits_a_group() -> None:
    # Regression: once datelines and the previous sentence placed events, two reports of
    # one attack filed from different cities fell apart (dedup F1 0.873 -> 0.736).
    filed = event("e2", "a2", place=MOSUL)
    filed["location_method"] = "document:dateline; gazetteer:unique"
    scene = event("e3", "a3", place=MOSUL)
    scene["location_method"] = "inherited:previous-sentence; parse:in; gazetteer:unique"
    own = event("e1", "a1", place=BAGHDAD)
    own["location_method"] = "parse:in; gazetteer:unique"
    groups, mentions = group_events(frame(own, filed, scene), DOCS)
    assert groups_of(groups, mentions) == {frozenset({"e1", "e2", "e3"})}
    # a place of the event's own sentence still does
    seen = event("e4", "a2", place=MOSUL)
    seen["location_method"] = "parse:in; gazetteer:unique"
    assert len(group_events(frame(own, seen), DOCS)[0]) == 2
