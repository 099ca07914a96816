"""The hand-authored training sentences: well formed, balanced, and the checker strict."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parent.parent / "training"


def _authored():
    spec = importlib.util.spec_from_file_location("authored", TRAINING / "authored.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_authored_file_is_valid_and_every_type_is_covered():
    authored = _authored()
    records = authored.load_authored()
    counts = Counter(r["event_type"] for r in records)
    assert len(records) >= 3000
    assert set(counts) == set(authored.TYPES)
    assert min(counts.values()) >= 150
    pairs = Counter((r["text"], r["source"], r["target"]) for r in records)
    assert max(pairs.values()) == 1  # a sentence repeats only for another pair


def test_dev_split_keeps_the_pairs_of_a_sentence_together():
    authored = _authored()
    records = authored.load_authored()
    by_text: dict[str, set[bool]] = {}
    for r in records:
        by_text.setdefault(r["text"], set()).add(authored.is_dev(r))
    assert all(len(flags) == 1 for flags in by_text.values())
    share = sum(authored.is_dev(r) for r in records) / len(records)
    assert 0.15 < share < 0.25


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"source": "Atlantis"}, "not verbatim"),
        ({"target": "Iran"}, "same string"),
        ({"event_type": "FIGHT"}, "unknown event_type"),
        ({"modality": "maybe"}, "unknown modality"),
        ({"negated": "no"}, "negated"),
    ],
)
def test_the_checker_refuses_bad_records(tmp_path, change, message):
    authored = _authored()
    good = {
        "text": "Iran accused Iraq of shelling border villages.",
        "source": "Iran", "target": "Iraq", "event_type": "ACCUSE", "mode": "allege",
        "negated": False, "modality": "actual",
    }  # fmt: skip
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, **change}) + "\n")
    with pytest.raises(authored.AuthoredError, match=message):
        authored.load_file(path)


def test_fresh_check_sentences_are_well_formed():
    """training/checks: labelled events (or none), their actors as written."""
    types = set(_authored().TYPES)
    files = sorted((TRAINING / "checks").glob("*.jsonl"))
    assert len(files) >= 5
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["event_type"] is None and not record.get("cameo"):
                assert not record["source"] and not record["target"], path.name
                continue
            if record["event_type"] is None:
                # A statement PLOVER does not code: a CAMEO 01 code, its speaker as written.
                assert record["cameo"].startswith("01"), (path.name, record["cameo"])
                assert record["source"] in record["text"], (path.name, record["source"])
                continue
            assert record["event_type"] in types, (path.name, record["event_type"])
            # an event may name no one who did it, or no one it was done to
            for actor in (record["source"], record["target"]):
                assert actor is None or actor in record["text"], (path.name, actor)
            assert record["modality"] in ("actual", "intended", "hypothetical")


def test_the_check_runner_finds_a_name_as_a_whole_word():
    # Regression: a target "he" was looked for inside "the".
    spec = importlib.util.spec_from_file_location("run_checks", TRAINING / "run_checks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from dotterel.schema import Actor

    text = "At the border he was welcomed by Sharif."
    start = text.index(" he ") + 1
    pronoun = Actor("he", start, start + 2, None, None, None, (), "coreference:pronoun")
    assert module._covers(pronoun, text, "he")
    article = Actor("the", 3, 6, None, None, None, (), "unresolved:phrase")
    assert not module._covers(article, text, "he")
