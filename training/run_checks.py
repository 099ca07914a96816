"""Code the fresh check sentences and dated articles end to end and print their figures.

    python training/run_checks.py            # every file in training/checks
    python training/run_checks.py FILE ...   # some event files (JSONL records)
    python training/run_checks.py --relation-model   # as `dotterel code --relation-model`

Event files (`checks/*.jsonl`): labelled events (one per sentence; in `fresh_spans_*`, every
event of the sentence, one record each, and a source or target may be null), or none. A record
counts as right when an event on its pair (source and target overlapping the record's, or
either when no event covers both) has the record's PLOVER type, CONCEDE and RETREAT taken as one; for an
intended act, the type that expresses the intent (AGREE, THREATEN) counts too. It also prints
the penta class of the sentence's most confident event, the share of record sources and
targets found as an event's source and target, and the no-event sentences that got an event.
A labelled type follows the PLOVER codebook; where the record has a CAMEO code that
`data/conventions.tsv` lists (116, 163), it is compared under the pipeline's convention.

Dated articles (`checks/dates/articles.jsonl`): each labelled event's trigger, and the date a
careful reader gives it. The figure is the share of coded events on those triggers whose date
is exactly the labelled one. Where an article's events also label their place, the share of
those coded events placed right: within 161 km of a city-level place, in the right country
for a province or a country.

These are sentences the project authored for checking; nothing is trained on them.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dotterel.config import Config  # noqa: E402
from dotterel.evaluation import penta_class  # noqa: E402
from dotterel.pipeline import Pipeline, prepare_document  # noqa: E402
from dotterel.schema import Actor, Article, Location  # noqa: E402

CHECKS = ROOT / "training" / "checks"
_YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def _covers(actor: Actor | None, text: str, name: str) -> bool:
    # The name's first whole-word occurrence: "he" is not the end of "the".
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) if name else None
    start = found.start() if found else text.find(name) if name else -1
    return (
        actor is not None and start >= 0 and actor.start < start + len(name) and start < actor.end
    )


def check_events(pipeline: Pipeline, path: Path) -> dict[str, float]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    docs = [
        prepare_document(Article(text=r["text"], origin=f"check:{i}"), pipeline.config)
        for i, r in enumerate(records)
    ]
    counts: Counter[str] = Counter()
    for record, doc, coded in zip(records, docs, pipeline.code_documents(docs), strict=True):
        # A statement PLOVER does not code has a CAMEO code and no type: no event is right.
        text, gold, events = doc.text, record["event_type"] or None, coded.events
        if gold and record.get("cameo"):
            # the labels follow the codebook; compare them under the coder's convention
            gold = pipeline.convention(gold, record.get("mode"), str(record["cameo"]))[0]
        if gold is None and not record.get("cameo"):
            counts["none"] += 1
            counts["none_coded"] += bool(events)
            continue
        counts["pairs"] += 1
        top = max(events, key=lambda e: e.confidence, default=None)
        counts["penta"] += top is not None and penta_class(top.cameo) == penta_class(
            record["cameo"]
        )
        if record["source"]:  # some events name no one who did them
            counts["sources_n"] += 1
            counts["sources"] += any(_covers(e.source, text, record["source"]) for e in events)
        if record["target"]:
            counts["targets_n"] += 1
            counts["targets"] += any(_covers(e.target, text, record["target"]) for e in events)
        on = [
            e
            for e in events
            if _covers(e.source, text, record["source"])
            or _covers(e.target, text, record["target"])
        ]
        both = [
            e
            for e in on
            if _covers(e.source, text, record["source"])
            and (not record["target"] or _covers(e.target, text, record["target"]))
        ]
        best = (both or on or [None])[0]
        label = best.event_type if best is not None else None
        intended = record["modality"] == "intended" and label in ("AGREE", "THREATEN")
        counts["right"] += intended or _YIELD.get(label or "", label) == _YIELD.get(
            gold or "", gold
        )
    return {
        "pairs right": counts["right"] / max(1, counts["pairs"]),
        "penta": counts["penta"] / max(1, counts["pairs"]),
        "sources found": counts["sources"] / max(1, counts["sources_n"]),
        "targets found": counts["targets"] / max(1, counts["targets_n"]),
        "no-event sentences coded": counts["none_coded"] / max(1, counts["none"]),
        "records": counts["pairs"] + counts["none"],
    }


def check_dates(pipeline: Pipeline, path: Path) -> dict[str, float]:
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    docs = [
        prepare_document(Article(text=a["text"], origin=a["id"], date=a["date"]), pipeline.config)
        for a in articles
    ]
    coded_n = right = labelled = placed_n = placed_right = 0
    for article, doc, coded in zip(articles, docs, pipeline.code_documents(docs), strict=True):
        starts, offset = [], 0
        for sentence in article["text"].split(". "):
            starts.append(offset)
            offset += len(sentence) + 2
        for gold in article["events"]:
            labelled += 1
            start = doc.text.find(gold["trigger"], max(0, starts[gold["sentence"]] - 5))
            end = start + len(gold["trigger"])
            events = [e for e in coded.events if e.trigger.start < end and start < e.trigger.end]
            if start < 0 or not events:
                continue
            coded_n += 1
            right += events[0].date == gold["gold_date"]
            if gold.get("place"):
                placed_n += 1
                placed_right += _placed_right(events[0].location, gold)
    figures = {
        "coded events dated right": right / max(1, coded_n),
        "coded": coded_n,
        "labelled": labelled,
    }
    if placed_n:
        figures["coded events placed right"] = placed_right / placed_n
        figures["placed labelled"] = placed_n
    return figures


def _placed_right(location: Location | None, gold: dict) -> bool:
    """A city-level gold place is found within 161 km (100 miles, the usual geoparsing
    tolerance); a province or country only needs the right country."""
    if location is None or location.country != gold["place_country"]:
        return False
    if gold.get("place_precision") != "city":
        return True
    if location.lat is None or location.lon is None:
        return False
    return _km(location.lat, location.lon, gold["lat"], gold["lon"]) <= 161


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--relation-model",
        action="store_true",
        help="code as `dotterel code --relation-model` does",
    )
    args = parser.parse_args()
    pipeline = Pipeline(Config(code_with_relation_model=args.relation_model))
    for path in args.files or sorted(CHECKS.glob("*.jsonl")):
        figures = check_events(pipeline, path)
        print(
            path.name,
            " ".join(f"{k}={v:.3f}" if v < 1.5 else f"{k}={v:.0f}" for k, v in figures.items()),
        )
    if not args.files:
        for dated in sorted((CHECKS / "dates").glob("*.jsonl")):
            figures = check_dates(pipeline, dated)
            print(
                f"dates/{dated.name}",
                " ".join(f"{k}={v:.3f}" if v < 1.5 else f"{k}={v:.0f}" for k, v in figures.items()),
            )


if __name__ == "__main__":
    main()
