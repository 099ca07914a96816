"""The generated crisis corpus (bench/crisis_corpus.py): deterministic, large enough, and
its ground truth consistent with the articles. Fast: no model is loaded."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from dotterel.ingest.readers import read_jsonl
from dotterel.schema import Article

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "crisis_corpus.py"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

_SENTENCE_BREAK = re.compile(r'(?<!U\.S\.)(?<=\.)\s+(?=[A-Z"])')


@pytest.fixture(scope="module")
def crisis():
    spec = importlib.util.spec_from_file_location("crisis_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crisis_corpus"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(crisis):
    return crisis.generate()


def test_same_arguments_give_byte_identical_files(crisis, tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        corpus, truth = tmp_path / f"{run}-corpus.jsonl", tmp_path / f"{run}-truth.jsonl"
        assert crisis.main(["--output", str(corpus), "--truth", str(truth), "--seed", "7"]) == 0
        outputs.append((corpus.read_bytes(), truth.read_bytes()))
    assert outputs[0] == outputs[1]
    other = tmp_path / "c-corpus.jsonl"
    crisis.main(["--output", str(other), "--truth", str(tmp_path / "c-truth.jsonl")])
    assert other.read_bytes() != outputs[0][0]  # the seed matters


def test_corpus_size_and_shape(generated) -> None:
    corpus, _ = generated
    assert 120 <= len(corpus) <= 200
    assert len({a["id"] for a in corpus}) == len(corpus)
    for article in corpus:
        assert set(article) == {"id", "title", "date", "source", "url", "text"}
        dt.date.fromisoformat(article["date"])
        assert article["url"].startswith("https://")
        assert f"/{article['date']}/" in article["url"]


def test_dotterel_reads_every_article(generated, tmp_path: Path) -> None:
    corpus, _ = generated
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus).encode()
    read = list(read_jsonl(data, "corpus.jsonl"))
    assert all(isinstance(r, Article) for r in read)
    assert [r.external_id for r in read] == [a["id"] for a in corpus]
    assert {r.source for r in read} == {a["source"] for a in corpus}


def test_truth_sentences_occur_verbatim_in_their_articles(generated) -> None:
    corpus, truth = generated
    text = {a["id"]: a["text"] for a in corpus}
    assert len(truth) >= len(corpus)
    for row in truth:
        assert row["sentence"] in text[row["article_id"]]
        assert row["event_type"] in PLOVER_TYPES
        assert row["source_country"] and row["target_country"]


def test_world_events_are_covered_by_several_outlets(generated, crisis) -> None:
    corpus, truth = generated
    outlets = defaultdict(set)
    published = {a["id"]: dt.date.fromisoformat(a["date"]) for a in corpus}
    for row in truth:
        outlets[row["world_event_id"]].add(row["outlet"])
        lag = (published[row["article_id"]] - dt.date.fromisoformat(row["date"])).days
        assert 0 <= lag <= 2 or row["role"] == "recap"
    assert 60 <= len(crisis.TIMELINE) <= 90
    assert sum(1 for names in outlets.values() if len(names) >= 2) >= 30
    assert max(len(names) for names in outlets.values()) >= 4


def test_articles_have_three_to_eight_sentences(generated) -> None:
    corpus, truth = generated
    events: defaultdict[str, int] = defaultdict(int)
    for row in truth:
        events[row["article_id"]] += 1
    for article in corpus:
        sentences = _SENTENCE_BREAK.split(article["text"])
        assert 3 <= len(sentences) <= 8, article["id"]
        assert 1 <= events[article["id"]] <= 3


def test_near_duplicates_are_declared(generated) -> None:
    _, truth = generated
    by_event = {row["world_event_id"]: row for row in truth}
    kinds: defaultdict[str, int] = defaultdict(int)
    for row in by_event.values():
        if row["near_duplicate_of"]:
            other = by_event[row["near_duplicate_of"]]
            kinds[row["near_duplicate_kind"]] += 1
            if row["near_duplicate_kind"] == "week_later":
                assert row["event_type"] == other["event_type"]
                assert row["place"] == other["place"]
                days = dt.date.fromisoformat(row["date"]) - dt.date.fromisoformat(other["date"])
                assert days.days == 7
            elif row["near_duplicate_kind"] == "other_city":
                assert row["event_type"] == other["event_type"]
                assert row["date"] == other["date"] and row["place"] != other["place"]
            else:
                assert row["event_type"] != other["event_type"]
    assert set(kinds) == {"week_later", "other_city", "intended_act"}
