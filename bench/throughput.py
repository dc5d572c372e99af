"""Throughput: the whole dateline pipeline against a bare spaCy parse, same model, same texts.

    python bench/throughput.py [--docs 200] [--n-process 2]

Texts are real news articles from ../shared/data (PolNeAR), read in place. Prints docs/s and
words/s for both and their ratio (target: pipeline no slower than 1.5x the bare parse).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def load_texts(limit: int) -> list[str]:
    texts = []
    for split in ("dev", "train"):
        folder = SHARED / "dev" / "polnear" / split / "text"
        for path in sorted(folder.glob("*.txt")):
            texts.append(path.read_text(encoding="utf-8"))
            if len(texts) >= limit:
                return texts
    if not texts:
        sys.exit(f"no texts under {SHARED}: put ../shared beside the checkout")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--n-process", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    import dateline
    from dateline.pipeline.parse import load_nlp

    texts = load_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    list(nlp.pipe(texts[:4]))                        # warm up: model loaded once, as in both runs
    dateline.extract(texts[0])

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    events = 0
    items = (dateline.Input(text=t, id=str(i)) for i, t in enumerate(texts))
    for doc in dateline.extract_many(items, batch_size=args.batch_size, n_process=args.n_process):
        events += len(doc.events)
    full = time.perf_counter() - start

    print(f"model: {nlp.meta['name']}-{nlp.meta['version']}  docs: {len(texts)}  words: {words}  "
          f"n_process: {args.n_process}")
    print(f"bare spaCy parse : {len(texts) / bare:7.2f} docs/s  {words / bare:9.0f} words/s")
    print(f"dateline extract : {len(texts) / full:7.2f} docs/s  {words / full:9.0f} words/s  "
          f"({events} events)")
    print(f"ratio extract/bare time: {full / bare:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
