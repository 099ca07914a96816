"""Fit the calibration of event confidence (``make calibration``).

Codes every hand-authored sentence (training/authored/*.jsonl) end to end with the raw
scores, and keeps each event that concerns the record's pair: its source or its target
overlaps the record's source or target. Such an event is right when its PLOVER type is the
record's (for an intended act, also the type that expresses the intent: "will meet" is
AGREE). Events on other pairs of the sentence are left out, since the record says nothing
of them. A one-feature logistic regression on logit(raw score) over the train split gives
the slope and intercept; the dev split (a fixed fifth, by a hash of the text) measures
them. The result is written to src/dotterel/data/calibration.tsv with its figures.

Never run on evaluation data.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from authored import is_dev, load_authored  # noqa: E402
from dotterel.config import Config  # noqa: E402
from dotterel.evaluation import expected_calibration_error  # noqa: E402
from dotterel.events.calibration import Calibration  # noqa: E402
from dotterel.pipeline import Pipeline, prepare_document  # noqa: E402
from dotterel.schema import Article  # noqa: E402

OUTPUT = ROOT / "src" / "dotterel" / "data" / "calibration.tsv"


def _overlaps(actor, text: str, name: str) -> bool:
    if actor is None or not name:
        return False
    start = text.find(name)
    return start >= 0 and actor.start < start + len(name) and start < actor.end


def scored_events(pipeline: Pipeline, records: list[dict]) -> list[tuple[float, int, bool]]:
    """(raw score, right, dev) for each event on a record's pair."""
    documents = [
        prepare_document(Article(text=r["text"], origin=f"authored:{i}"), pipeline.config)
        for i, r in enumerate(records)
    ]
    intent = pipeline.lexicon.intent
    out = []
    for record, document, coded in zip(
        records, documents, pipeline.code_documents(documents), strict=True
    ):
        text = document.text
        gold = record["event_type"]
        accepted = {gold}
        if record.get("modality") == "intended" and gold in intent:
            accepted.add(intent[gold][0])
        for event in coded.events:
            on_pair = _overlaps(event.source, text, record["source"]) or _overlaps(
                event.target, text, record["target"]
            )
            if on_pair:
                out.append((event.confidence, int(event.event_type in accepted), is_dev(record)))
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    pipeline = Pipeline(replace(Config(), calibrate_confidence=False))
    rows = scored_events(pipeline, load_authored())
    raw = np.array([r[0] for r in rows])
    right = np.array([r[1] for r in rows])
    dev = np.array([r[2] for r in rows])
    fit = LogisticRegression(C=1e6).fit(_logit(raw[~dev]).reshape(-1, 1), right[~dev])
    calibrated = Calibration(float(fit.coef_[0][0]), float(fit.intercept_[0]))
    mapped = np.array([calibrated(x) for x in raw[dev]])
    figures = {
        "events": len(rows),
        "train": int((~dev).sum()),
        "dev": int(dev.sum()),
        "dev accuracy": float(right[dev].mean()),
        "dev mean raw score": float(raw[dev].mean()),
        "dev mean calibrated": float(mapped.mean()),
        "dev ECE raw": expected_calibration_error(list(raw[dev]), list(right[dev] == 1)),
        "dev ECE calibrated": expected_calibration_error(list(mapped), list(right[dev] == 1)),
        "dev Brier raw": float(((raw[dev] - right[dev]) ** 2).mean()),
        "dev Brier calibrated": float(((mapped - right[dev]) ** 2).mean()),
    }
    lines = [
        "# dotterel calibration of event confidence: Platt scaling of the coder's raw score,"
        " p = 1 / (1 + exp(-(slope * logit(raw) + intercept)))",
        "# source: fitted by training/calibrate.py (make calibration) on the train split of the"
        " hand-authored sentences in training/authored/; never on evaluation data",
        "# version: 1",
        "# figures: "
        + "; ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()
        ),
        "# columns: parameter; value",
        "parameter\tvalue",
        f"slope\t{calibrated.slope:.4f}",
        f"intercept\t{calibrated.intercept:.4f}",
    ]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    print(f"slope {calibrated.slope:.4f}, intercept {calibrated.intercept:.4f} -> {args.output}")
    if not math.isfinite(calibrated.slope) or calibrated.slope <= 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
