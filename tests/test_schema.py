import json
from importlib import resources

import jsonschema

from dotterel.schema import PLOVER_TYPES
from tests.test_store import make_coded


def event_schema():
    return json.loads(resources.files("dotterel.data").joinpath("event.schema.json").read_text())


def test_records_validate_against_the_published_schema():
    schema = event_schema()
    for event in make_coded().events:
        jsonschema.validate(event.to_record(), schema)


def test_schema_lists_the_16_plover_types():
    assert event_schema()["properties"]["event_type"]["enum"] == list(PLOVER_TYPES)


def test_ids_are_deterministic():
    a = [e.id for e in make_coded().events]
    b = [e.id for e in make_coded().events]
    assert a == b and len(set(a)) == len(a)
