"""Benchmark: dotterel's full pipeline against a bare spaCy parse of the same texts.

    python bench/run_bench.py bench/corpus.jsonl [--workers N] [--json OUT]

Each side runs in its own process, so peak memory (max RSS) is measured apart.
Model loading is excluded from throughput; the store write is included.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _documents(corpus: Path):
    from dotterel.config import Config
    from dotterel.ingest import InputFailure, read_path
    from dotterel.pipeline import prepare_document

    config = Config()
    docs = []
    for item in read_path(corpus):
        if isinstance(item, InputFailure):
            raise SystemExit(f"bench corpus has a bad record: {item}")
        docs.append(prepare_document(item, config))
    return docs


def run_bare(corpus: Path, workers: int) -> dict:
    from dotterel.nlp import load_spacy

    docs = _documents(corpus)
    nlp = load_spacy()
    start = time.perf_counter()
    sentences = 0
    for doc in nlp.pipe((d.text for d in docs), batch_size=64, n_process=workers):
        sentences += sum(1 for _ in doc.sents)
    elapsed = time.perf_counter() - start
    return {"documents": len(docs), "sentences": sentences, "seconds": elapsed}


def run_dotterel(corpus: Path, workers: int, relation_model: bool = False) -> dict:
    from dotterel.config import Config
    from dotterel.pipeline import Pipeline
    from dotterel.store import EventStore

    docs = _documents(corpus)
    pipeline = Pipeline(Config(workers=workers, code_with_relation_model=relation_model))
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        sentences = events = 0
        batch = []
        for coded in pipeline.code_documents(docs):
            sentences += len(coded.sentences)
            events += len(coded.events)
            batch.append(coded)
            if len(batch) >= 64:
                store.write(batch)
                batch.clear()
        store.write(batch)
        elapsed = time.perf_counter() - start
        store.close()
    return {"documents": len(docs), "sentences": sentences, "events": events, "seconds": elapsed}


def _child(mode: str, corpus: Path, workers: int, relation_model: bool = False) -> dict:
    flags = ["--relation-model"] if relation_model else []
    out = subprocess.run(
        [sys.executable, __file__, str(corpus), "--mode", mode, "--workers", str(workers), *flags],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--mode", choices=["bare", "dotterel"], help=argparse.SUPPRESS)
    parser.add_argument(
        "--relation-model",
        action="store_true",
        help="code as `dotterel code --relation-model` does (the 0.5x target is for the default)",
    )
    parser.add_argument("--json", type=Path, default=Path("bench/results/latest.json"))
    args = parser.parse_args()

    if args.mode:
        if args.mode == "bare":
            result = run_bare(args.corpus, args.workers)
        else:
            result = run_dotterel(args.corpus, args.workers, args.relation_model)
        result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if args.workers > 1:
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            result["peak_rss_mib"] = max(result["peak_rss_mib"], children)
        print(json.dumps(result))
        return

    bare = _child("bare", args.corpus, args.workers)
    full = _child("dotterel", args.corpus, args.workers, args.relation_model)
    for r in (bare, full):
        r["sentences_per_s"] = r["sentences"] / r["seconds"]
    ratio = full["sentences_per_s"] / bare["sentences_per_s"]
    report = {
        "workers": args.workers,
        "relation_model": args.relation_model,
        "bare_spacy": bare,
        "dotterel": full,
        "ratio": ratio,
        "target_ratio": 0.5,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2))
    print(
        f"corpus: {full['documents']} documents, {full['sentences']} sentences, workers={args.workers}"
    )
    print(f"{'':12}{'sent/s':>10}{'seconds':>10}{'peak MiB':>10}")
    for name, r in (("bare spaCy", bare), ("dotterel", full)):
        print(
            f"{name:12}{r['sentences_per_s']:>10.1f}{r['seconds']:>10.2f}{r['peak_rss_mib']:>10.0f}"
        )
    target = (
        " (target >= 0.5 applies to the default pipeline)"
        if args.relation_model
        else " (target >= 0.5)"
    )
    print(f"events: {full['events']}; ratio dotterel/bare = {ratio:.2f}{target}")
    if ratio < 0.5 and not args.relation_model:
        raise SystemExit("below the 0.5x target")


if __name__ == "__main__":
    main()
