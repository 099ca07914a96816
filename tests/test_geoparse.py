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
