"""Evaluation on the third-party sets in ``../shared/eval-data`` (read in place, never copied).

Each evaluation returns rows of (set, metric, value, n) for ``dotterel eval``.
The sets are for measuring only: nothing here trains on them or derives rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .actors.dictionaries import load_dictionary
from .actors.resolve import phrase_for
from .errors import DotterelError, InputError
from .geo import km_between
from .pipeline import Pipeline, prepare_document
from .schema import Article, Document, Event
from .service import classify_record, resolve_actor
from .when import resolve_expression
from .where import Gazetteer, locate_event

log = logging.getLogger(__name__)

DEFAULT_EVAL_DATA = Path("../shared/eval-data")

# PLOVER GSR uses the 2016 draft's names; the 16 current types absorb them.
GSR_REMAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# ZSP's PLV sets merge CONCEDE and RETREAT into YIELD.
YIELD_TYPES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
NONE = "(none)"


@dataclass(frozen=True)
class Score:
    dataset: str
    metric: str
    value: float
    n: int


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro-F1 over the gold labels (a prediction outside them only costs precision)."""
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def penta_class(cameo: str | None) -> str:
    """ConfliBERT's five classes by CAMEO root."""
    if not cameo:
        return NONE
    root = int(cameo[:2])
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13 or root == 16:
        return "3"
    return "4"


def expected_calibration_error(confidence: Sequence[float], right: Sequence[bool]) -> float:
    """The mean gap between confidence and accuracy over ten equal-width bins, weighted by
    the bins' sizes."""
    bins: dict[int, list[tuple[float, bool]]] = {}
    for c, r in zip(confidence, right, strict=True):
        bins.setdefault(min(int(c * 10), 9), []).append((c, r))
    gap = sum(abs(sum(c for c, _ in items) - sum(r for _, r in items)) for items in bins.values())
    return gap / max(1, len(confidence))


def _calibration_scores(
    dataset: str, top: Sequence[Event | None], right: Sequence[bool]
) -> list[Score]:
    """How well the top events' confidence says how often they are right."""
    pairs = [(e.confidence, r) for e, r in zip(top, right, strict=True) if e is not None]
    confidence = [c for c, _ in pairs]
    correct = [r for _, r in pairs]
    n = len(pairs)
    return [
        Score(dataset, "mean confidence of coded top events", sum(confidence) / max(1, n), n),
        Score(dataset, "accuracy of coded top events", sum(correct) / max(1, n), n),
        Score(
            dataset,
            "confidence calibration error (ECE)",
            expected_calibration_error(confidence, correct),
            n,
        ),
    ]


def _label_scores(dataset: str, labels: str, gold: list[str], pred: list[str]) -> list[Score]:
    n = len(gold)
    return [
        Score(dataset, f"macro-F1 ({labels})", macro_f1(gold, pred), n),
        Score(dataset, "accuracy", accuracy(gold, pred), n),
        Score(dataset, "no prediction", pred.count(NONE) / max(1, n), n),
    ]


def _require(path: Path) -> Path:
    if not path.exists():
        raise DotterelError(
            f"{path}: evaluation set not found (see ../shared/eval-data/SOURCES.md)"
        )
    return path


def _top_events(pipeline: Pipeline, items: Iterable[tuple[str, str | None]]) -> list[Event | None]:
    """The most confident event of each text (end to end), or None."""
    docs = [
        prepare_document(Article(text=text, origin="eval", date=date), pipeline.config)
        for text, date in items
    ]
    out: list[Event | None] = []
    for coded in pipeline.code_documents(docs):
        events = sorted(coded.events, key=lambda e: (-e.confidence, e.sentence_id))
        out.append(events[0] if events else None)
    return out


def eval_plv_dyads(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    path = _require(root / "zsp" / "PLV_train.tsv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))[:limit]
    gold, pred = [], []
    for i, row in enumerate(rows):
        record = {"text": row["sentence"], "source": row["source"], "target": row["target"]}
        try:
            result = classify_record(record, pipeline, f"PLV_train:{i}")
            label = result["event_type"] or NONE
        except InputError:
            label = NONE
        gold.append(row["gold_root"])
        pred.append(YIELD_TYPES.get(label, label))
    return _label_scores("PLV_train (dyad)", "PLOVER root", gold, pred)


def eval_plover_gsr(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    path = _require(root / "PLOVER" / "PLOVER_GSR_CAMEO.txt")
    records = [
        r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") and r.get("text")
    ]
    records = records[:limit]
    top = _top_events(pipeline, ((r["text"], None) for r in records))
    gold = [GSR_REMAP.get(r["event"], r["event"]) for r in records]
    pred = [e.event_type if e else NONE for e in top]
    name = "PLOVER GSR (end to end)"
    return [
        Score(name, "macro-F1 (16 types)", macro_f1(gold, pred), len(gold)),
        Score(name, "accuracy", accuracy(gold, pred), len(gold)),
        *_calibration_scores(name, top, [g == p for g, p in zip(gold, pred, strict=True)]),
    ]


def eval_with_relation_model(
    pipeline: Pipeline, root: Path, limit: int | None = None
) -> list[Score]:
    """The end-to-end sets again, coded as ``code --relation-model`` codes."""
    voting = pipeline.reconfigured(code_with_relation_model=True)
    scores = [
        *eval_plover_gsr(voting, root, limit),
        *eval_petr2_gsr(voting, root, limit),
        *eval_conflibert_penta(voting, root, limit),
    ]
    return [
        replace(s, dataset=s.dataset.replace(")", ", --relation-model)", 1))
        for s in scores
        if not s.metric.startswith("mean confidence")
    ]


def eval_petr2_gsr(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    path = _require(root / "UniversalPetrarch" / "PETR2_GSR_validation.jsonl")
    with path.open(encoding="utf-8") as f:
        records = [r for r in map(json.loads, f) if r.get("text") and r.get("events")][:limit]

    def date(r: dict) -> str | None:
        d = str(r.get("date") or "")
        return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else None

    top = _top_events(pipeline, ((r["text"], date(r)) for r in records))
    roots = src = tgt = 0
    for record, event in zip(records, top, strict=True):
        if event is None:
            continue
        golds = record["events"]
        roots += any(g["code"][:2] == event.cameo[:2] for g in golds)
        src += any(
            event.source and event.source.code and g["source"].startswith(event.source.code[:3])
            for g in golds
        )
        tgt += any(
            event.target and event.target.code and g["target"].startswith(event.target.code[:3])
            for g in golds
        )
    n = len(records)
    name = "PETR2 GSR (end to end)"
    return [
        Score(name, "CAMEO root accuracy", roots / n, n),
        Score(name, "source country accuracy", src / n, n),
        Score(name, "target country accuracy", tgt / n, n),
    ]


def eval_conflibert_penta(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    path = _require(root / "ConfliBERT" / "cameo_class" / "train.tsv")
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for line in f:
            text, _, label = line.rstrip("\r\n").rpartition("\t")
            if text and label.strip().isdigit():
                rows.append((text, label.strip()))
    rows = rows[:limit]
    top = _top_events(pipeline, ((t, None) for t, _ in rows))
    gold = [label for _, label in rows]
    pred = [penta_class(e.cameo if e else None) for e in top]
    name = "ConfliBERT cameo_class train (penta)"
    return [
        *_label_scores(name, "most confident event", gold, pred),
        *_calibration_scores(name, top, [g == p for g, p in zip(gold, pred, strict=True)]),
    ]


def eval_ngec_actors(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    path = _require(root / "NGEC-2025" / "ngec_actor_resolution_cases.jsonl")
    with path.open(encoding="utf-8") as f:
        cases = [c for c in map(json.loads, f) if c["method"] == "agent_to_code"][:limit]
    country_hits = country_n = sector_hits = sector_n = 0
    for case in cases:
        expect = case["expect"]
        date = case.get("date")
        iso_date = date if isinstance(date, str) and len(date) == 10 and date[4] == "-" else None
        record = resolve_actor(case["text"], pipeline, case.get("context") or None, iso_date)
        if "country" in expect:
            country_n += 1
            country_hits += (record["country"] or "") == (expect["country"] or "")
        if "code_1" in expect:
            sector_n += 1
            sectors = record["sectors"] or [""]
            sector_hits += sectors[0] == (expect["code_1"] or "")
    name = "NGEC agent_to_code"
    return [
        Score(name, "country accuracy", country_hits / max(1, country_n), country_n),
        Score(name, "primary sector accuracy", sector_hits / max(1, sector_n), sector_n),
    ]


def _conll_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            sentences[-1].append((parts[0], parts[-1]))
        elif sentences[-1]:
            sentences.append([])
    return [s for s in sentences if s]


def _gold_spans(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]]]:
    """The sentence (tokens joined by spaces) and its (role, start, end) spans; R is both roles."""
    text_parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for word, tag in tokens:
        start = offset
        text_parts.append(word)
        offset += len(word) + 1
        if tag.startswith("B-"):
            spans.append((tag[2:], start, start + len(word)))
        elif tag.startswith("I-") and spans and spans[-1][0] == tag[2:]:
            role, first, _ = spans[-1]
            spans[-1] = (role, first, start + len(word))
    expanded = []
    for role, s0, e0 in spans:
        for r in ("S", "T") if role == "R" else (role,):
            expanded.append((r, s0, e0))
    return " ".join(text_parts), expanded


def eval_actor_spans(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """Share of gold source/target spans that appear as the source/target of a coded event."""
    path = _require(root / "ConfliBERT" / "cameo_ner" / "train.txt")
    sentences = _conll_sentences(path)[:limit]
    items = [_gold_spans(tokens) for tokens in sentences]
    docs = [prepare_document(Article(text=t, origin="eval"), pipeline.config) for t, _ in items]
    hits = {"S": 0, "T": 0}
    totals = {"S": 0, "T": 0}
    for (_, spans), coded in zip(items, pipeline.code_documents(docs), strict=True):
        # Cleaning never shifts a single-line sentence; offsets line up with the gold.
        predicted = {
            "S": [(e.source.start, e.source.end) for e in coded.events if e.source],
            "T": [(e.target.start, e.target.end) for e in coded.events if e.target],
        }
        for role, s0, e0 in spans:
            totals[role] += 1
            hits[role] += any(s < e0 and s0 < e for s, e in predicted[role])
    name = "ConfliBERT cameo_ner train (spans)"
    return [
        Score(
            name, "gold sources found as event source", hits["S"] / max(1, totals["S"]), totals["S"]
        ),
        Score(
            name, "gold targets found as event target", hits["T"] / max(1, totals["T"]), totals["T"]
        ),
    ]


def eval_gwn(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """GeoWebNews: gold toponyms with coordinates, against dotterel's geoparse of the article."""
    path = _require(root / "Pragmatic-Guide-to-Geoparsing-Evaluation" / "GWN.xml")
    articles = ET.parse(path).getroot().findall("article")[:limit]
    gaz = pipeline.gazetteer
    hits = found = total = country_hits = country_n = 0
    texts = [a.findtext("text") or "" for a in articles]
    for article, doc in zip(articles, pipeline.parser.pipe((t, None) for t in texts), strict=True):
        places = pipeline.geoparse(doc[0])
        for top in article.iter("toponym"):
            lat, lon = top.findtext("latitude"), top.findtext("longitude")
            if not lat or not lon:
                continue
            total += 1
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            match = next(
                (
                    p
                    for p in places
                    if p.start is not None and p.start < end and start < (p.end or 0)
                ),
                None,
            )
            if match is None:
                continue
            found += 1
            gold_country = _country_of_id(gaz, top.findtext("geonamesID"))
            if gold_country:
                country_n += 1
                country_hits += match.country == gold_country
            if match.lat is not None and match.lon is not None:
                hits += km_between(float(lat), float(lon), match.lat, match.lon) <= 161
    return [
        Score("GeoWebNews", "toponyms found (recall)", found / max(1, total), total),
        Score("GeoWebNews", "accuracy within 161 km (of found)", hits / max(1, found), found),
        Score(
            "GeoWebNews",
            "country accuracy (of found, gold GeoNames id known)",
            country_hits / max(1, country_n),
            country_n,
        ),
    ]


def _country_of_id(gazetteer: Gazetteer, geonameid: str | None) -> str | None:
    if not geonameid or not geonameid.strip().isdigit():
        return None
    place = gazetteer.by_id(int(geonameid))
    return place.country if place is not None else None


def eval_meantime(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """MEANTIME: DATE expressions normalised against the document creation time."""
    folder = _require(
        root
        / "StructTempRel-EMNLP17"
        / "meantime_newsreader_english_oct15"
        / "intra_cross-doc_annotation"
    )
    files = sorted(folder.glob("corpus_*/*.xml"))[:limit]
    right = n = 0
    for file in files:
        xml = ET.parse(file).getroot()
        tokens = {t.get("t_id"): t.text or "" for t in xml.iter("token")}
        timexes = list(xml.iter("TIMEX3"))
        dct = next(
            (t.get("value") for t in timexes if t.get("functionInDocument") == "CREATION_TIME"),
            None,
        )
        if not dct or not re.match(r"^\d{4}-\d{2}-\d{2}$", dct):
            continue
        for timex in timexes:
            value = timex.get("value") or ""
            if timex.get("functionInDocument") == "CREATION_TIME" or timex.get("type") != "DATE":
                continue
            if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
                continue  # weeks, seasons, PRESENT_REF: not a calendar date to compare
            text = " ".join(tokens.get(a.get("t_id"), "") for a in timex.iter("token_anchor"))
            if not text.strip():
                continue  # an implicit date with no words in the text
            n += 1
            resolved = resolve_expression(text, dct)
            right += resolved is not None and resolved.value == value
    return [Score("MEANTIME", "DATE expressions normalised exactly", right / max(1, n), n)]


def _span_offsets(record: dict[str, Any], span: dict[str, Any]) -> tuple[int, int] | None:
    """A Prodigy span's character offsets. About a fifth of event_location's LOCATION spans
    carry token indices in ``start``/``end`` (their ``text`` says what they cover): those
    are mapped through the record's tokens, or found by their text."""
    text = record["text"]
    start, end = span["start"], span["end"]
    said = span.get("text")
    if said is None or text[start:end] == said:
        return start, end
    tokens = record.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if first is not None and last is not None and last < len(tokens):
        start, end = tokens[first]["start"], tokens[last]["end"]
        if text[start:end] == said:
            return start, end
    found = text.find(said)
    return (found, found + len(said)) if found >= 0 else None


def eval_meantime_events(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """MEANTIME, end to end: the date dotterel gives each coded event whose trigger is a
    gold event mention, against the date MEANTIME anchors that event instance to."""
    base = _require(root / "StructTempRel-EMNLP17" / "meantime_newsreader_english_oct15")
    times: dict[str, str] = {}
    with (base / "list_instances.csv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if (
                len(row) > 7
                and row[1] == "EVENT"
                and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", row[7])
            ):
                times[row[0]] = row[7]
    files = sorted((base / "intra_cross-doc_annotation").glob("corpus_*/*.xml"))[:limit]
    articles: list[tuple[Document, list[tuple[int, int, str]]]] = []
    for file in files:
        article = _meantime_article(ET.parse(file).getroot(), times, pipeline)
        if article is not None:
            articles.append(article)
    exact = consistent = n = 0
    coded_documents = pipeline.code_documents(doc for doc, _ in articles)
    for (_, gold), coded in zip(articles, coded_documents, strict=True):
        for event in coded.events:
            t = event.trigger
            value = next((v for s, e, v in gold if s < t.end and t.start < e), None)
            if value is None:
                continue
            n += 1
            exact += event.date == value
            # A less precise date that contains the gold one ("2009-05" for "2009-05-14")
            # is not wrong, only coarse.
            consistent += event.date is not None and (
                value.startswith(event.date) or event.date.startswith(value)
            )
    name = "MEANTIME events"
    return [
        Score(name, "coded events dated exactly as the gold instance", exact / max(1, n), n),
        Score(name, "coded events dated consistently (same or coarser)", consistent / max(1, n), n),
    ]


def _meantime_article(
    xml: ET.Element, times: dict[str, str], pipeline: Pipeline
) -> tuple[Document, list[tuple[int, int, str]]] | None:
    """A MEANTIME document as dotterel reads it (its tokens, one paragraph per sentence,
    dated by the creation time), with the character span and gold date of each event
    mention whose instance MEANTIME dates."""
    dct = next(
        (
            t.get("value")
            for t in xml.iter("TIMEX3")
            if t.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    if not dct or not re.match(r"^\d{4}-\d{2}-\d{2}$", dct):
        return None
    spans: dict[str, tuple[int, int]] = {}
    offset, last_sentence = 0, None
    parts: list[str] = []
    for token in xml.iter("token"):
        text = token.text or ""
        sentence = token.get("sentence")
        if last_sentence is not None:
            sep = "\n\n" if sentence != last_sentence else " "
            parts.append(sep)
            offset += len(sep)
        spans[token.get("t_id") or ""] = (offset, offset + len(text))
        parts.append(text)
        offset += len(text)
        last_sentence = sentence
    text = "".join(parts)
    instance_of = {(e.get("m_id") or ""): (e.get("instance_id") or "") for e in xml.iter("EVENT")}
    refers = {}
    for rel in xml.iter("REFERS_TO"):
        target = rel.find("target")
        for source in rel.findall("source"):
            if target is not None:
                refers[source.get("m_id") or ""] = target.get("m_id") or ""
    gold = []
    for mention in xml.iter("EVENT_MENTION"):
        value = times.get(instance_of.get(refers.get(mention.get("m_id") or "", ""), ""))
        anchors = [spans[a.get("t_id") or ""] for a in mention.iter("token_anchor")]
        if value and anchors:
            gold.append((min(s for s, _ in anchors), max(e for _, e in anchors), value))
    document = prepare_document(Article(text=text, origin="eval", date=dct), pipeline.config)
    if document.text != text:
        return None  # cleaning moved the offsets: the gold spans would not line up
    return document, gold


def eval_event_location(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """event_location: given a sentence and its event verb, is the chosen place the gold one?"""
    import zipfile

    path = _require(root / "event_location" / "labeled_text.jsonl.zip")
    with zipfile.ZipFile(path) as z:
        records = json.loads(z.read("labeled_text.jsonl"))
    tasks = []
    for r in records:
        verbs = [s for s in r.get("spans", []) if s["label"] == "VERB"]
        if r.get("answer") == "accept" and len(verbs) == 1:
            offsets = [_span_offsets(r, s) for s in r["spans"] if s["label"] == "LOCATION"]
            gold = [o for o in offsets if o is not None]
            if len(gold) == len(offsets):  # a place we cannot find in the text: no judge
                tasks.append((r["text"], verbs[0]["start"], gold))
    tasks = tasks[:limit]
    right = right_with_place = with_place = predicted = predicted_right = 0
    for (_, verb_start, gold), (doc, _) in zip(
        tasks, pipeline.parser.pipe((t, None) for t, _, _ in tasks), strict=True
    ):
        trigger = next((t for t in doc if t.idx <= verb_start < t.idx + len(t.text)), None)
        place = (
            locate_event(trigger, [], pipeline.gazetteer, set()) if trigger is not None else None
        )
        hit = place is not None and any(
            (place.start or 0) < e and s < (place.end or 0) for s, e in gold
        )
        right += hit or (place is None and not gold)
        if gold:
            with_place += 1
            right_with_place += hit
        if place is not None:
            predicted += 1
            predicted_right += hit
    name = "event_location"
    return [
        Score(name, "accuracy (place or none)", right / max(1, len(tasks)), len(tasks)),
        Score(name, "gold place found", right_with_place / max(1, with_place), with_place),
        Score(name, "precision of chosen places", predicted_right / max(1, predicted), predicted),
    ]


PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
)


def _petrarch_date(text: str) -> dt.date | None:
    """petrarch2's test dates: YYYYMMDD, or its own MMDDYY ("081315")."""
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6:
        return dt.date(2000 + int(text[4:]), int(text[:2]), int(text[2:4]))
    return None


def eval_petrarch_cases(pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    """petrarch2's own test cases, with its Phoenix dictionaries loaded through the importer."""
    folder = root / "petrarch2"
    path = _require(folder / "test_petrarch_cases.jsonl")
    user = [load_dictionary(_require(folder / "dictionaries" / name)) for name in PHOENIX_FILES]
    phoenix = Pipeline(pipeline.config, parser=pipeline.parser, user_dictionaries=user)
    cases = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()][
        :limit
    ]
    results: dict[str, list[bool]] = {}
    for case in cases:
        kind = case["kind"]
        day = _petrarch_date(str(case.get("date") or ""))
        if kind in ("phrase_actor", "phrase_actor_dated"):
            doc = phoenix.parser.parse(case["text"])
            heads = [t for t in doc if t.dep_ == "ROOT"]
            heads += [c for h in heads for c in h.conjuncts]
            codes = []
            for head in heads:
                actor = phoenix.resolver.resolve(phrase_for(head), "source", day)
                if actor is not None and actor.code:
                    codes.append(actor.code)
            results.setdefault(kind, []).append(sorted(codes) == sorted(case["expected_codes"]))
        elif kind == "sentence_events":
            iso = day.isoformat() if day else None
            article = Article(text=case["text"], origin="eval", date=iso)
            coded = next(phoenix.code_documents([prepare_document(article, phoenix.config)]))
            got = {
                (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                for e in coded.events
            }
            want = {(e["source"], e["target"], e["code"]) for e in case["expected_events"]}
            results.setdefault(kind, []).append(want <= got)
    return [
        Score("petrarch2 test cases (Phoenix dictionaries)", kind, sum(v) / len(v), len(v))
        for kind, v in sorted(results.items())
    ]


EVALUATIONS: dict[str, list[Callable[[Pipeline, Path, int | None], list[Score]]]] = {
    "events": [
        eval_plv_dyads,
        eval_plover_gsr,
        eval_petr2_gsr,
        eval_conflibert_penta,
        eval_with_relation_model,
    ],
    "actors": [eval_ngec_actors, eval_actor_spans, eval_petrarch_cases],
    "places": [eval_gwn, eval_event_location],
    "dates": [eval_meantime, eval_meantime_events],
}


def run(kind: str, pipeline: Pipeline, root: Path, limit: int | None = None) -> list[Score]:
    if kind not in EVALUATIONS:
        raise DotterelError(f"unknown evaluation {kind!r}; choose {', '.join(EVALUATIONS)}")
    scores: list[Score] = []
    for evaluation in EVALUATIONS[kind]:
        scores.extend(evaluation(pipeline, root, limit))
    return scores
