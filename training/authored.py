"""Load and check the hand-authored news-style training sentences in training/authored/.

Each ``*.jsonl`` file there holds one record per line, written by the dotterel team in the
style of wire-service news (never copied or paraphrased from any evaluation set):

    {"text": ..., "source": ..., "target": ..., "event_type": ..., "mode": ...,
     "negated": false, "modality": "actual"}

``source`` and ``target`` occur verbatim in ``text`` and differ. A sentence that reports
two events appears once per labelled pair.

    python training/authored.py [PATH ...]     # check files and print counts per type
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUTHORED_DIR = HERE / "authored"

TYPES = [
    "AGREE",
    "ACCUSE",
    "ASSAULT",
    "AID",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
]
MODALITIES = ("actual", "intended", "hypothetical")
FIELDS = ("text", "source", "target", "event_type", "mode", "negated", "modality")


class AuthoredError(ValueError):
    pass


def check_record(rec: object, where: str) -> dict:
    """The record, or AuthoredError saying what is wrong with it."""
    if not isinstance(rec, dict):
        raise AuthoredError(f"{where}: not a JSON object")
    missing = [f for f in FIELDS if f not in rec]
    if missing:
        raise AuthoredError(f"{where}: missing {', '.join(missing)}")
    text, source, target = rec["text"], rec["source"], rec["target"]
    if not all(isinstance(x, str) and x.strip() for x in (text, source, target)):
        raise AuthoredError(f"{where}: text, source and target must be non-empty strings")
    if source not in text or target not in text:
        raise AuthoredError(f"{where}: source or target is not verbatim in the text")
    if source == target:
        raise AuthoredError(f"{where}: source and target are the same string")
    if rec["event_type"] not in TYPES:
        raise AuthoredError(f"{where}: unknown event_type {rec['event_type']!r}")
    if rec["modality"] not in MODALITIES:
        raise AuthoredError(f"{where}: unknown modality {rec['modality']!r}")
    if not isinstance(rec["negated"], bool):
        raise AuthoredError(f"{where}: negated must be true or false")
    if not isinstance(rec["mode"], str):
        raise AuthoredError(f"{where}: mode must be a string")
    return rec


def load_file(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AuthoredError(f"{path.name}:{n}: bad JSON ({exc})") from exc
            records.append(check_record(rec, f"{path.name}:{n}"))
    return records


def load_authored(paths: list[Path] | None = None) -> list[dict]:
    """Every authored record, in a fixed order (files sorted by name)."""
    files = paths if paths else sorted(AUTHORED_DIR.glob("*.jsonl"))
    out: list[dict] = []
    for path in files:
        out.extend(load_file(path))
    return out


def is_dev(rec: dict) -> bool:
    """A fixed fifth of the distinct sentences is held out, by a hash of the text, so both
    pairs of a two-event sentence fall on the same side."""
    return int(hashlib.sha1(rec["text"].encode("utf-8")).hexdigest(), 16) % 5 == 0


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(AUTHORED_DIR.glob("*.jsonl"))
    try:
        records = load_authored(paths)
    except AuthoredError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    counts = Counter(r["event_type"] for r in records)
    texts = Counter(r["text"] for r in records)
    for t in TYPES:
        print(f"{t:10s} {counts.get(t, 0):5d}")
    print(f"{'total':10s} {len(records):5d} records, {len(texts)} sentences")
    print(
        f"negated {sum(r['negated'] for r in records)}, "
        f"modality {dict(Counter(r['modality'] for r in records))}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
