"""Fit the candidate ranker's weights (a conditional logit) on an LGL-format corpus.

    .venv/bin/python -m dateline.gazetteer.train_ranker ../shared/data/dev/geo/lgl.jsonl

Only the ``tune`` split is used (the ``held`` split stays unseen; see
:func:`dateline.gazetteer.evaluation.split_of`). For every recognised toponym that overlaps
a gold toponym with coordinates, the candidates' feature rows from the resolver's last pass
are one choice set; a candidate within 161 km of the gold point is a right answer. The
weights maximise the probability of the right answers (softmax over the choice set), with
an L2 pull towards the hand-set weights, and are written to ``ranker.json`` beside this
file together with their provenance.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Iterable

import numpy as np

from dateline.gazetteer import ranker
from dateline.gazetteer.evaluation import km, read_corpus, select

L2 = 0.05
ROUNDS = 2  # refit with the context the fitted weights produce


def collect(pairs: Iterable[tuple], gz) -> list[tuple[np.ndarray, np.ndarray]]:
    """Choice sets from (Article with .doc, gold article dict) pairs."""
    from dateline.pipeline import places
    from dateline.gazetteer.locale import article_locale
    from dateline.gazetteer.resolve import resolve

    sets = []
    for art, gold in pairs:
        mentions = places.find_mentions(art, gz)
        trace: list = []
        resolve(gz, mentions, places._dateline_entries(art, gz), trace=trace,
                locale=article_locale(art.clean_text))
        tops = [g for g in gold["toponyms"] if g.get("lat") is not None]
        for ms, cands, rows in trace:
            if len(cands) < 2:
                continue
            for m in ms:
                start = art.offsets[m.start] if m.start < len(art.offsets) else m.start
                end = art.offsets[m.end - 1] + 1 if 0 < m.end <= len(art.offsets) else m.end
                g = next((g for g in tops if g["start"] < end and start < g["end"]), None)
                if g is None:
                    continue
                y = np.array([km((g["lat"], g["lon"]), (c.lat, c.lon)) <= 161 for c in cands])
                if y.any() and not y.all():
                    sets.append((np.array(rows), y))
    return sets


def fit(sets: list[tuple[np.ndarray, np.ndarray]], l2: float = L2) -> np.ndarray:
    """Maximise sum log P(right | set) - l2 * |w - w_hand|^2."""
    from scipy.optimize import minimize

    w0 = np.array([ranker.HAND[f] for f in ranker.FEATURES])

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, y in sets:
            s = x @ w
            s = s - s.max()
            p = np.exp(s)
            z = p.sum()
            zp = p[y].sum()
            total -= np.log(zp / z)
            grad -= (p[y] @ x[y]) / zp - (p @ x) / z
        d = w - w0
        return total / len(sets) + l2 * d @ d, grad / len(sets) + 2 * l2 * d

    return minimize(loss, w0, jac=True, method="L-BFGS-B").x


def accuracy(sets, w) -> float:
    return float(np.mean([y[int(np.argmax(x @ w))] for x, y in sets])) if sets else 0.0


def write(w: np.ndarray, note: dict) -> None:
    data = {"weights": {f: round(float(v), 4) for f, v in zip(ranker.FEATURES, w)}, "provenance": note}
    with open(ranker.PATH, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")
    ranker.weights.cache_clear()


def train(pairs_fn, gz, corpus: str, l2: float = L2) -> np.ndarray:
    """``pairs_fn()`` yields (Article, gold) pairs of the tune split; refit ROUNDS times."""
    import os

    os.environ["DATELINE_RANKER"] = "hand"
    ranker.weights.cache_clear()
    w = None
    for r in range(ROUNDS):
        sets = collect(pairs_fn(), gz)
        w = fit(sets, l2)
        print(f"round {r + 1}: {len(sets)} choice sets, set accuracy hand "
              f"{accuracy(sets, np.array(ranker.weights())):.3f} -> fitted {accuracy(sets, w):.3f}")
        write(w, {"corpus": corpus, "split": "tune", "choice_sets": len(sets), "l2_to_hand": l2,
                  "rounds": r + 1, "date": dt.date.today().isoformat(),
                  "method": "conditional logit, scipy L-BFGS"})
        os.environ["DATELINE_RANKER"] = ""
        ranker.weights.cache_clear()
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    from dateline.gazetteer import load
    from dateline.pipeline import clean, parse
    from dateline.pipeline.article import Article

    golds = select(read_corpus(args.corpus), "tune", args.limit or None)
    nlp = parse.load_nlp()
    arts = []
    for a in golds:
        c = clean.clean(a["text"])
        arts.append(Article(id=str(a["id"]), text=a["text"], clean_text=c.text, offsets=c.offsets,
                            dateline_place=c.dateline_place))
    from dateline.gazetteer.evaluation import cached_pipe

    for art, doc in zip(arts, cached_pipe(nlp, [a.clean_text for a in arts], batch_size=32)):
        art.doc = doc
    train(lambda: zip(arts, golds), load(), args.corpus.split("/")[-1], args.l2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
