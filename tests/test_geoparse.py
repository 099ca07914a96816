"""Geoparsing with the in-memory gazetteer, and the geoparse command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dotterel.cli.main import app
from dotterel.where import geoparse
from tests.fakes import fake_gazetteer, make_doc


def test_document_country_context_disambiguates():
    # "Georgia": the country name votes for itself, so the country beats the US state.
    doc = make_doc(
        [
            ("Troops", "troop", "NOUN", "nsubj", 1, "O"),
            ("left", "leave", "VERB", "ROOT", 1, "O"),
            ("Georgia", "Georgia", "PROPN", "dobj", 1, "B-GPE"),
            ("for", "for", "ADP", "prep", 1, "O"),
            ("Mosul", "Mosul", "PROPN", "pobj", 3, "B-GPE"),
            (".", ".", "PUNCT", "punct", 1, "O"),
        ]
    )
    places = geoparse(doc, fake_gazetteer())
    assert [(p.name, p.country, p.method) for p in places] == [
        ("Georgia", "GEO", "gazetteer:document-country"),
        ("Mosul", "IRQ", "gazetteer:unique"),
    ]
    assert doc.text[places[1].start : places[1].end] == "Mosul"


def test_a_dateline_city_the_recogniser_missed_is_a_place():
    # "AMMAN" tagged ORG (as capitals in datelines often are) is the filing city all the same
    doc = make_doc(
        [
            ("AMMAN", "AMMAN", "PROPN", "nsubj", 4, "B-ORG"),
            ("(", "(", "PUNCT", "punct", 0, "O"),
            ("AP", "AP", "PROPN", "appos", 0, "B-ORG"),
            (")", ")", "PUNCT", "punct", 0, "O"),
            ("-", "-", "PUNCT", "ROOT", 4, "O"),
            ("Troops", "troop", "NOUN", "nsubj", 6, "O"),
            ("left", "leave", "VERB", "ROOT", 6, "O"),
            ("Mosul", "Mosul", "PROPN", "dobj", 6, "B-GPE"),
            (".", ".", "PUNCT", "punct", 6, "O"),
        ]
    )
    places = geoparse(doc, fake_gazetteer())
    assert [(p.name, p.country, p.method) for p in places] == [
        ("Amman", "JOR", "dateline; gazetteer:unique"),
        ("Mosul", "IRQ", "gazetteer:unique"),
    ]
    # a capitalised word the gazetteer does not know is no dateline
    other = make_doc(
        [
            ("NOTE", "NOTE", "PROPN", "ROOT", 0, "O"),
            ("-", "-", "PUNCT", "punct", 0, "O"),
            ("Mosul", "Mosul", "PROPN", "dobj", 0, "B-GPE"),
        ]
    )
    assert [p.method for p in geoparse(other, fake_gazetteer())] == ["gazetteer:unique"]


def test_unknown_places_are_left_out():
    doc = make_doc([("Zorbland", "Zorbland", "PROPN", "ROOT", 0, "B-GPE")])
    assert geoparse(doc, fake_gazetteer()) == []


@pytest.mark.model
def test_geoparse_command_lists_places_with_spans():
    result = CliRunner().invoke(
        app,
        ["geoparse", "Talks resumed in Geneva after strikes near Damascus.", "--format", "jsonl"],
    )
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["text"], r["country"]) for r in rows] == [("Geneva", "CHE"), ("Damascus", "SYR")]
    assert all(r["lat"] is not None and r["geonameid"] for r in rows)


def _attack_in(name: str, label: str):
    return make_doc(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1, "O"),
            ("attacked", "attack", "VERB", "ROOT", 1, "O"),
            ("a", "a", "DET", "det", 3, "O"),
            ("checkpoint", "checkpoint", "NOUN", "dobj", 1, "O"),
            ("in", "in", "ADP", "prep", 1, "O"),
            (name, name, "PROPN", "pobj", 4, f"B-{label}"),
            (".", ".", "PUNCT", "punct", 1, "O"),
        ]
    )


def test_an_event_place_the_gazetteer_lacks_keeps_its_name_without_coordinates():
    from dotterel.where.locate import locate_event

    doc = _attack_in("Zorbland", "GPE")
    place = locate_event(doc[1], [], fake_gazetteer(), set())
    assert (place.name, place.lat, place.lon, place.country) == ("Zorbland", None, None, None)
    assert place.method == "parse:in; gazetteer:unknown"
    assert doc.text[place.start : place.end] == "Zorbland"


def test_a_place_mislabelled_by_ner_counts_when_the_gazetteer_knows_it():
    from dotterel.where.locate import locate_event

    place = locate_event(_attack_in("Mosul", "PERSON")[1], [], fake_gazetteer(), set())
    assert place is not None and (place.name, place.country) == ("Mosul", "IRQ")
    # After a site preposition, an unknown name labelled as a person is a place the NER
    # model did not know (it often calls villages people), kept without coordinates.
    place = locate_event(_attack_in("Zorbo", "PERSON")[1], [], fake_gazetteer(), set())
    assert place is not None and (place.name, place.lat) == ("Zorbo", None)
    # An acronym is not a place the gazetteer happens to spell the same way.
    assert locate_event(_attack_in("MOSUL", "ORG")[1], [], fake_gazetteer(), set()) is None
