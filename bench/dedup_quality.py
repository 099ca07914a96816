#!/usr/bin/env python3
"""Measure how well dotterel's dedup groups repeated reports, against a corpus with ground truth.

Made for the fictional crisis corpus of ``bench/crisis_corpus.py``::

    python bench/crisis_corpus.py --output bench/crisis/corpus.jsonl \\
        --truth bench/crisis/truth.jsonl
    dotterel code bench/crisis/corpus.jsonl --db /tmp/crisis.duckdb --format jsonl \\
        --output /tmp/crisis-events.jsonl
    python bench/dedup_quality.py --truth bench/crisis/truth.jsonl --db /tmp/crisis.duckdb

Each coded mention is aligned to its truth sentence (same article id, the truth sentence found
in the mention's sentence text). Where one sentence yields several mentions, the one that best
fits the truth (PLOVER type, then source and target country) stands for the sentence; the rest
are counted as extra. Grouping is then scored pairwise over those aligned mentions: two
mentions of the same world event in one group are a true positive pair, two mentions of
different world events in one group a false positive, two mentions of one world event in
different groups a false negative. Two groupings are scored: dotterel's dedup groups
(``Dataset.mentions``) and the one-a-day filter (rows that share date, source code, target
code and CAMEO code form one group, as ``Dataset.one_a_day`` collapses them). Each is scored
over all aligned mentions and over the correctly coded ones only (type, source country and
target country as in the truth), which separates dedup errors from coding errors.

Standard library and pandas only (and dotterel to read the store).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from math import comb
from pathlib import Path
from typing import Any

import pandas as pd

import dotterel
from dotterel.aggregate.dedup import actor_key, group_events

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TRUTH = REPO / "examples" / "crisis" / "truth.jsonl"
DEFAULT_DB = Path("/tmp/crisis.duckdb")


def norm(text: Any) -> str:
    """Text for matching: NFC, straight quotes, single spaces."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text)
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'"), ("\u2018", "'")):
        text = text.replace(a, b)
    return " ".join(text.split())


def read_truth(path: Path) -> pd.DataFrame:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    truth = pd.DataFrame(rows)
    truth["truth_id"] = range(len(truth))
    return truth


def _country(code: Any) -> str:
    return code[:3] if isinstance(code, str) and len(code) >= 3 else ""


def align(events: pd.DataFrame, documents: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """One row per coded mention: its truth sentence (or none) and how well it fits."""
    article_of = dict(zip(documents["id"], documents["external_id"], strict=True))
    by_article: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for row in truth.to_dict("records"):
        by_article[row["article_id"]].append((norm(row["sentence"]), row))
    out = []
    for row in events.to_dict("records"):
        article = article_of.get(row["doc_id"])
        text = norm(row["text"])
        hits = [t for s, t in by_article.get(str(article), []) if s and s in text]
        t = max(hits, key=lambda h: len(h["sentence"])) if hits else None
        fit = 0
        if t is not None:
            fit = (
                4 * (row["event_type"] == t["event_type"])
                + 2 * (_country(row["source_code"]) == t["source_country"])
                + (_country(row["target_code"]) == t["target_country"])
            )
        out.append(
            {
                "event_id": row["id"],
                "article_id": article,
                "truth_id": None if t is None else t["truth_id"],
                "world_event_id": None if t is None else t["world_event_id"],
                "fit": fit,
                "correct": fit == 7,
            }
        )
    aligned = pd.DataFrame(out)
    # The best-fitting mention of each truth sentence stands for it.
    ranked = aligned[aligned["truth_id"].notna()].sort_values(
        ["truth_id", "fit", "event_id"], ascending=[True, False, True], kind="stable"
    )
    best = set(ranked.drop_duplicates("truth_id")["event_id"])
    aligned["primary"] = aligned["event_id"].isin(best)
    return aligned


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def one_a_day_keys(events: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """The one-a-day key of every mention: date, source, target and CAMEO code."""
    keys: dict[str, tuple[str, ...]] = {}
    for row in events.to_dict("records"):
        keys[row["id"]] = (
            _str(row["date"]),
            actor_key(row["source_code"], row["source_name"], row["source_text"]),
            actor_key(row["target_code"], row["target_name"], row["target_text"]),
            _str(row["cameo"]),
        )
    return keys


def country_level(events: pd.DataFrame) -> pd.DataFrame:
    """The events with actor codes cut to their country (``PERGOV`` -> ``PER``): a what-if
    that shows how much recall sector disagreements between outlets cost."""
    out = events.copy()
    for side in ("source", "target"):
        out[f"{side}_code"] = [
            c[:3] if isinstance(c, str) and len(c) >= 3 and not c.startswith("---") else c
            for c in out[f"{side}_code"]
        ]
    return out


def pairwise(world: list[str], group: list[Any]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a grouping against the world events."""
    true_pairs = sum(comb(n, 2) for n in Counter(world).values())
    found_pairs = sum(comb(n, 2) for n in Counter(group).values())
    tp = sum(comb(n, 2) for n in Counter(zip(world, group, strict=True)).values())
    p = tp / found_pairs if found_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "mentions": len(world),
        "world_events": len(set(world)),
        "groups": len(set(group)),
        "true_pairs": true_pairs,
        "tp": tp,
        "fp": found_pairs - tp,
        "fn": true_pairs - tp,
        "precision": p,
        "recall": r,
        "f1": f,
    }


def _day(value: Any) -> str:
    return value if isinstance(value, str) else "-"


def split_reason(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Why dotterel's dedup keeps two mentions of one world event apart: the first key that
    differs, in the order the grouping checks them."""
    if a["event_type"] != b["event_type"]:
        return "event type"
    if bool(a["negated"]) != bool(b["negated"]) or (a["modality"] or "actual") != (
        b["modality"] or "actual"
    ):
        return "negation/modality"
    if actor_key(a["source_code"], a["source_name"], a["source_text"]) != actor_key(
        b["source_code"], b["source_name"], b["source_text"]
    ):
        return "source actor"
    if actor_key(a["target_code"], a["target_name"], a["target_text"]) != actor_key(
        b["target_code"], b["target_name"], b["target_text"]
    ):
        return "target actor"
    if a["date"] != b["date"]:
        return "date"
    located = [isinstance(r["location_name"], str) for r in (a, b)]
    if all(located) and a["location_geonameid"] != b["location_geonameid"]:
        return "place"
    if not all(located):
        return "unlocated mention joined another group"
    return "group order (date anchor or place of a third mention)"


def one_a_day_reason(a: dict[str, Any], b: dict[str, Any], keys: dict[str, tuple]) -> str:
    ka, kb = keys[a["id"]], keys[b["id"]]
    for name, x, y in zip(
        ("date", "source actor", "target actor", "CAMEO code"), ka, kb, strict=True
    ):
        if x != y:
            return name
    return "same key"


def describe(row: dict[str, Any]) -> str:
    return (
        f"{row['event_type']}/{row['cameo']} {row['source_code'] or '?'}({row['source_text']})"
        f" -> {row['target_code'] or '?'}({row['target_text']}) {_day(row['date'])}"
        f" @{row['location_name'] or '-'}"
        + ("" if (row["modality"] or "actual") == "actual" else f" [{row['modality']}]")
        + (" [negated]" if row["negated"] else "")
    )


def measure(truth_path: Path, db: Path, examples: int = 3) -> dict[str, Any]:
    truth = read_truth(truth_path)
    ds = dotterel.open(db)
    events = ds.events()
    documents = ds.documents()
    mentions = ds.mentions()
    n_one_a_day = len(ds.one_a_day())
    ds.close()

    aligned = align(events, documents, truth)
    ev = events.set_index("id")
    group_of = dict(zip(mentions["event_id"], mentions["group_id"], strict=True))
    keys = one_a_day_keys(events)
    assert len(set(keys.values())) == n_one_a_day, "one-a-day keys differ from Dataset.one_a_day"
    _, what_if = group_events(country_level(events), documents)
    aligned["group"] = aligned["event_id"].map(group_of)
    aligned["one_a_day"] = aligned["event_id"].map(keys)
    aligned["country_level"] = aligned["event_id"].map(
        dict(zip(what_if["event_id"], what_if["group_id"], strict=True))
    )
    primary = aligned[aligned["primary"]]
    correct = primary[primary["correct"]]

    scores = {}
    for label, frame in (("all aligned", primary), ("correctly coded", correct)):
        world = frame["world_event_id"].tolist()
        scores[f"dedup groups / {label}"] = pairwise(world, frame["group"].tolist())
        scores[f"one-a-day / {label}"] = pairwise(world, frame["one_a_day"].tolist())
        scores[f"what-if: country codes / {label}"] = pairwise(
            world, frame["country_level"].tolist()
        )
        scores[f"no dedup / {label}"] = pairwise(world, frame["event_id"].tolist())

    coding: Counter[str] = Counter()
    by_truth = truth.set_index("truth_id")
    for row in primary.to_dict("records"):
        t, e = by_truth.loc[row["truth_id"]], ev.loc[row["event_id"]]
        coding["PLOVER type"] += e["event_type"] == t["event_type"]
        coding["source country"] += _country(e["source_code"]) == t["source_country"]
        coding["target country"] += _country(e["target_code"]) == t["target_country"]
        coding["source code"] += e["source_code"] == t["source_actor"]
        coding["target code"] += e["target_code"] == t["target_actor"]
        coding["date (day)"] += e["date"] == t["date"]
        located = isinstance(e["location_name"], str)
        coding["place: the city"] += located and e["location_name"] == t["place"]
        coding["place: none"] += not located
        coding["place: another"] += located and e["location_name"] != t["place"]

    truth_counts = truth.groupby("world_event_id").size()
    found_counts = primary.groupby("world_event_id").size()
    typed = primary[primary["fit"] >= 4]
    coverage = {
        "world_events_reported": int(truth["world_event_id"].nunique()),
        "found_any_mention": int(primary["world_event_id"].nunique()),
        "found_right_type": int(typed["world_event_id"].nunique()),
        "found_correctly_coded": int(correct["world_event_id"].nunique()),
        "truth_sentences": len(truth),
        "truth_sentences_coded": len(primary),
        "truth_sentences_correct": len(correct),
        "mentions_total": len(aligned),
        "mentions_extra_in_event_sentences": int(
            (aligned["truth_id"].notna() & ~aligned["primary"]).sum()
        ),
        "mentions_outside_event_sentences": int(aligned["truth_id"].isna().sum()),
        "dedup_groups_total": int(mentions["group_id"].nunique()),
        "one_a_day_rows_total": n_one_a_day,
    }
    histogram = {
        "truth mentions per world event": Counter(min(int(n), 5) for n in truth_counts),
        "coded mentions per world event": Counter(
            min(int(found_counts.get(w, 0)), 5) for w in truth_counts.index
        ),
    }
    fragmentation = {}
    for label, column in (
        ("dedup groups", "group"),
        ("one-a-day", "one_a_day"),
        ("what-if", "country_level"),
    ):
        per_event = correct.groupby("world_event_id")[column].nunique()
        sizes = correct.groupby("world_event_id").size()
        multi = per_event[sizes >= 2]
        fragmentation[label] = {
            "events_with_2plus_correct_mentions": len(multi),
            "merged_into_one_group": int((multi == 1).sum()),
            "mean_groups_per_event": float(multi.mean()) if len(multi) else 0.0,
        }

    # Near-duplicates that must stay apart.
    near = truth.dropna(subset=["near_duplicate_of"]).drop_duplicates("world_event_id")
    near_rows = []
    for row in near.to_dict("records"):
        a, b = row["near_duplicate_of"], row["world_event_id"]
        ma = primary[primary["world_event_id"] == a]
        mb = primary[primary["world_event_id"] == b]
        merged = {}
        for column in ("group", "one_a_day"):
            merged[column] = bool(set(ma[column]) & set(mb[column]))
        near_rows.append(
            {
                "pair": f"{a}/{b}",
                "kind": row["near_duplicate_kind"],
                "mentions": f"{len(ma)}/{len(mb)}",
                "dedup merged": merged["group"],
                "one-a-day merged": merged["one_a_day"],
            }
        )

    # Why mentions of one world event stay apart, and what merges different ones.
    reasons: Counter[str] = Counter()
    reasons_oad: Counter[str] = Counter()
    split_examples: dict[str, list[str]] = defaultdict(list)
    for _, frame in correct.groupby("world_event_id"):
        rows = [dict(ev.loc[e], id=e) for e in frame["event_id"]]
        groups = frame["group"].tolist()
        days = frame["one_a_day"].tolist()
        for (i, a), (j, b) in combinations(enumerate(rows), 2):
            if groups[i] != groups[j]:
                reason = split_reason(a, b)
                reasons[reason] += 1
                if len(split_examples[reason]) < examples:
                    split_examples[reason].append(f"{describe(a)}\n      vs {describe(b)}")
            if days[i] != days[j]:
                reasons_oad[one_a_day_reason(a, b, keys)] += 1
    wrong_merges: list[str] = []
    for group, frame in primary.groupby("group"):
        worlds = sorted(set(frame["world_event_id"]))
        if len(worlds) > 1:
            wrong_merges.append(f"{group}: {', '.join(worlds)} ({len(frame)} mentions)")

    return {
        "scores": scores,
        "coverage": coverage,
        "coding": {k: int(v) for k, v in coding.items()},
        "histogram": {k: dict(sorted(v.items())) for k, v in histogram.items()},
        "fragmentation": fragmentation,
        "near_duplicates": near_rows,
        "split_reasons": dict(reasons.most_common()),
        "split_reasons_one_a_day": dict(reasons_oad.most_common()),
        "split_examples": dict(split_examples),
        "wrong_merges": wrong_merges,
    }


def report(result: dict[str, Any]) -> None:
    cov = result["coverage"]
    print("Coverage")
    print(
        f"  world events reported in the corpus: {cov['world_events_reported']}; found with any "
        f"mention: {cov['found_any_mention']}; with the right type: {cov['found_right_type']}; "
        f"correctly coded (type, source and target country): {cov['found_correctly_coded']}"
    )
    print(
        f"  truth sentences: {cov['truth_sentences']}; coded: {cov['truth_sentences_coded']}; "
        f"correctly coded: {cov['truth_sentences_correct']}"
    )
    print(
        f"  mentions in the store: {cov['mentions_total']} (extra in event sentences: "
        f"{cov['mentions_extra_in_event_sentences']}, outside event sentences: "
        f"{cov['mentions_outside_event_sentences']}); dedup groups: "
        f"{cov['dedup_groups_total']}; one-a-day rows: {cov['one_a_day_rows_total']}"
    )
    n = cov["truth_sentences_coded"]
    print(
        f"  coded right, of {n} coded truth sentences: "
        + ", ".join(f"{k} {v}" for k, v in result["coding"].items())
    )
    print()
    print("Mentions per world event (5 = five or more)")
    for name, hist in result["histogram"].items():
        print(f"  {name:32s} " + "  ".join(f"{k}:{v}" for k, v in hist.items()))
    print()
    print("Pairwise grouping quality")
    head = f"  {'grouping / mentions':40s} {'ment':>5s} {'events':>6s} {'groups':>6s} {'pairs':>5s} {'TP':>4s} {'FP':>4s} {'FN':>4s} {'P':>6s} {'R':>6s} {'F1':>6s}"
    print(head)
    for name, s in result["scores"].items():
        print(
            f"  {name:40s} {s['mentions']:5d} {s['world_events']:6d} {s['groups']:6d} "
            f"{s['true_pairs']:5d} {s['tp']:4d} {s['fp']:4d} {s['fn']:4d} "
            f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
        )
    print()
    print("World events with two or more correctly coded mentions")
    for name, f in result["fragmentation"].items():
        print(
            f"  {name:14s} {f['merged_into_one_group']}/{f['events_with_2plus_correct_mentions']}"
            f" in one group; mean groups per event {f['mean_groups_per_event']:.2f}"
        )
    print()
    print("Near-duplicates that must stay apart (merged = some mentions share a group)")
    for row in result["near_duplicates"]:
        print(
            f"  {row['pair']:9s} {row['kind']:13s} mentions {row['mentions']:5s} "
            f"dedup merged: {str(row['dedup merged']):5s} one-a-day merged: {row['one-a-day merged']}"
        )
    print()
    print("Why correctly coded mentions of one world event stay apart (pairs)")
    print("  dedup:     " + ", ".join(f"{k}: {v}" for k, v in result["split_reasons"].items()))
    print(
        "  one-a-day: "
        + ", ".join(f"{k}: {v}" for k, v in result["split_reasons_one_a_day"].items())
    )
    for reason, lines in result["split_examples"].items():
        print(f"  e.g. {reason}:")
        for line in lines:
            print(f"    {line}")
    if result["wrong_merges"]:
        print()
        print("Dedup groups that merge different world events")
        for line in result["wrong_merges"]:
            print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pairwise quality of dedup against a truth file.")
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--examples", type=int, default=3, help="examples per split reason")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    for path in (args.truth, args.db):
        if not path.exists():
            print(f"{path} not found", file=sys.stderr)
            return 2
    result = measure(args.truth, args.db, args.examples)
    report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
