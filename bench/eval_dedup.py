"""Event dedup against known happenings (not a test). Run: .venv/bin/python bench/eval_dedup.py

Generates the corpus of :mod:`dedup_corpus` (43 happenings, about 200 paraphrased reports
with wire copies), ingests it with the usual ingest path into a temporary DuckDB store,
then runs :func:`dateline.dedup.run` and scores the event clusters pairwise: for every pair
of articles, "same happening" (gold) against "their top events are in one cluster"
(predicted). An article's top event is its most confident one (the first among equals); an
article without events counts as a singleton, so it costs recall.

Happenings are split in two halves by position (even: tune, odd: report). Parameters are
chosen on the tune half by a small grid search; the figures to quote are the report half's
at the chosen parameters (and at the defaults). Pairs across the halves count in neither.
``--seed`` changes the generated corpus; ``--json`` prints the result as JSON.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dedup_corpus  # noqa: E402

GRID = {"radius_km": (25.0, 50.0, 100.0, 200.0), "window_days": (1, 2, 3),
        "min_similarity": (0.1, 0.2, 0.3, 0.4)}


def pairwise(gold: dict, pred: dict, ids: list) -> dict:
    """Pairwise precision/recall/F1 of ``pred`` clusters against ``gold`` over ``ids``."""
    tp = fp = fn = 0
    for x, y in itertools.combinations(sorted(ids), 2):
        same_gold, same_pred = gold[x] == gold[y], pred[x] == pred[y]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "true_pairs": tp, "false_pairs": fp, "missed_pairs": fn}


def ingest_corpus(store, articles) -> dict:
    from dateline.extract import Input
    from dateline.ingest.run import ingest
    report = ingest([Input(text=a.text, id=a.id, date=a.date, source=a.source)
                     for a in articles], store, batch_size=64)
    return {"stored": report.stored, "failed": report.failed, "events": report.events,
            "seconds": round(report.seconds, 1)}


def top_events(store) -> dict:
    """document id -> its top event id."""
    top: dict = {}
    for row in store._dicts("SELECT id, document_id, confidence FROM events"):
        key = (-(row["confidence"] or 0.0), row["id"])
        if row["document_id"] not in top or key < top[row["document_id"]][0]:
            top[row["document_id"]] = (key, row["id"])
    return {doc: v[1] for doc, v in top.items()}


def predicted(store, tops: dict, articles) -> dict:
    cluster_of = {}
    for c in store.clusters(members=True):
        for m in c["members"]:
            cluster_of[m["event_id"]] = c["id"]
    return {a.id: cluster_of.get(tops.get(a.id), f"none:{a.id}") for a in articles}


def score(store, params: dict, articles, halves: dict, tops: dict) -> dict:
    from dateline import dedup
    summary = dedup.run(store, **params)
    pred = predicted(store, tops, articles)
    gold = {a.id: a.happening for a in articles}
    out = {name: pairwise(gold, pred, ids) for name, ids in halves.items()}
    out["duplicates"] = summary["duplicate_documents"]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from dateline import dedup
    from dateline.store import open_store

    articles = dedup_corpus.articles(seed=args.seed)
    keys = dedup_corpus.happening_keys()
    half_of = {k: ("tune" if i % 2 == 0 else "report") for i, k in enumerate(keys)}
    halves = {"tune": [a.id for a in articles if half_of[a.happening] == "tune"],
              "report": [a.id for a in articles if half_of[a.happening] == "report"]}
    halves["all"] = [a.id for a in articles]
    copies = sum(a.copy_of is not None for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "dedup.duckdb"))
        try:
            ingested = ingest_corpus(store, articles)
            tops = top_events(store)
            started = time.monotonic()
            defaults = {**dedup.DEFAULTS}
            at_defaults = score(store, defaults, articles, halves, tops)
            best, best_f1 = None, -1.0
            for values in itertools.product(*GRID.values()):
                params = dict(zip(GRID, values))
                f1 = score(store, params, articles, halves, tops)["tune"]["f1"]
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = params, f1
            chosen = score(store, best, articles, halves, tops)
            seconds = round(time.monotonic() - started, 1)
        finally:
            store.close()
    result = {"happenings": len(keys), "articles": len(articles), "wire_copies": copies,
              "articles_without_events": sum(a.id not in tops for a in articles),
              "ingest": ingested, "defaults": {"params": defaults, **at_defaults},
              "chosen": {"params": best, **chosen}, "grid_seconds": seconds}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['happenings']} happenings, {result['articles']} articles "
          f"({copies} wire copies), {result['articles_without_events']} without events; "
          f"ingest {ingested}")
    for name in ("defaults", "chosen"):
        r = result[name]
        print(f"{name}: {r['params']}  wire copies found: {r['duplicates']}")
        for half in ("tune", "report", "all"):
            s = r[half]
            print(f"  {half:6s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                  f"  (tp {s['true_pairs']}, fp {s['false_pairs']}, fn {s['missed_pairs']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
