"""Train the trigger classifier from ``../shared/data`` (and optional labelled JSONL), deterministically.

    from dateline.events.training import train
    train("src/dateline/models/events-v1.npz")

Training data (weak trigger labels, see :mod:`dateline.events.data`): the NGEC synthetic stories
(train split: 4 of 5 headline templates; first two sentences of each story), ConfliBERT CAMEO
sentences, GLOCON protest sentences, IndiaPoliceEvents arrest/force sentences and dateline's own
non-event sentences. ACLED and the NGEC dev templates are never trained on.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from dateline.events.data import (NONE, Item, bucket, conflibert, data_dir, glocon, india_police,
                                  event_templates, ngec, non_events, weak_label)
from dateline.events.headlines import _recase_headline
from dateline.events.features import Candidate, doc_candidates
from dateline.events.model import LinearModel
from dateline.events.sentence import (DEFAULT_MODEL as SENTENCE_MODEL, SentenceModel,
                                      fit_sentence_model, penta_class)
from dateline.records import EVENT_TYPES

log = logging.getLogger(__name__)
CLASSES = [*EVENT_TYPES, NONE]
NGEC_CHARS = 700          # a synthetic story's lead: its first ~2 sentences
MIN_FEATURE_COUNT = 2


class Example:
    __slots__ = ("sparse", "dense", "label", "source", "group", "types")

    def __init__(self, cand: Candidate, label: str, item: Item):
        self.sparse, self.dense, self.label = cand.sparse, cand.dense, label
        self.source, self.group, self.types = item.source, item.group, cand.types


def read_jsonl(path: str | Path) -> list[Item]:
    """User labelled data: one ``{"text": ..., "event_type"|"type"|"label": TYPE or "NONE"}`` a line."""
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            d = json.loads(line)
            label = d.get("event_type") or d.get("type") or d.get("label")
            if d.get("text") and (label in EVENT_TYPES or label == NONE):
                items.append(Item(d["text"], label, "user", f"user{n}"))
    return items


def training_items(root: Path, seed: int = 0) -> list[Item]:
    items: list[Item] = []
    for it in ngec(root, "train"):
        headline, _, body = it.text.partition("\n\n")
        items.append(Item(headline, it.label, "ngec_head", it.group))
        items.append(Item(body[:NGEC_CHARS], it.label, it.source, it.group))
    items += list(conflibert(root)) + list(glocon(root)) + list(india_police(root))
    items += list(non_events(seed)) + list(event_templates(seed))
    return items


def examples_from(items: Iterable[Item], nlp=None, max_sents: Optional[int] = None,
                  recase: bool = False) -> list[Example]:
    """Parse items and turn every candidate with a weak label into an Example."""
    from dateline.pipeline.parse import load_nlp
    nlp = nlp or load_nlp()
    items = list(items)
    out: list[Example] = []
    docs = nlp.pipe((it.text for it in items), batch_size=64)
    for item, doc in zip(items, docs):
        sents = doc_candidates(doc)
        if recase:      # as code_doc(recase=True): a title-case headline on a sentence-case parse
            sents = _recase_headline(doc, sents, register=False)
        if item.source == "ngec":
            sents = [s for s in sents if s[0].start_char < NGEC_CHARS - 100][:2]
        for _, cands in sents:
            for cand in cands:
                label = weak_label(item, cand.types)
                if label is not None:
                    out.append(Example(cand, label, item))
    return out


def fit(examples: list[Example], seed: int = 0, c: float = 0.5,
        calibrate_on: Optional[list[Example]] = None) -> LinearModel:
    """A multinomial logistic regression over sparse + dense features."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for ex in examples for k in ex.sparse)
    names = sorted(k for k, n in counts.items() if n >= MIN_FEATURE_COUNT)
    vocab = {k: i for i, k in enumerate(names)}
    x = _matrix(examples, vocab)
    y = np.array([CLASSES.index(ex.label) for ex in examples])
    freq = Counter(y.tolist())
    weights = np.array([(len(y) / (len(freq) * freq[v])) ** 0.5 for v in y])
    # dateline's own written sentences are few but sure: count each one twice.
    boost = {"nonevent": 2.0, "template": 2.0}
    weights *= np.array([boost.get(ex.source, 1.0) for ex in examples])
    clf = LogisticRegression(C=c, max_iter=400, random_state=seed, tol=1e-4)
    clf.fit(x, y, sample_weight=weights)
    w = np.zeros((x.shape[1], len(CLASSES)), dtype=np.float32)
    b = np.full(len(CLASSES), -30.0)
    for j, cls in enumerate(clf.classes_):
        w[:, cls] = clf.coef_[j]
        b[cls] = clf.intercept_[j]
    n_sparse = len(vocab)
    model = LinearModel(classes=list(CLASSES), vocab=vocab, w_sparse=w[:n_sparse],
                        w_dense=w[n_sparse:], bias=b,
                        meta={"n_examples": len(examples), "C": c,
                              "label_counts": {CLASSES[k]: v for k, v in sorted(freq.items())}})
    if calibrate_on:
        model.temperature = fit_temperature(model, calibrate_on)
    del sparse
    return model


def _matrix(examples: list[Example], vocab: dict[str, int]):
    from scipy import sparse
    rows, cols, vals = [], [], []
    for r, ex in enumerate(examples):
        for k, v in ex.sparse.items():
            j = vocab.get(k)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(v)
    xs = sparse.csr_matrix((vals, (rows, cols)), shape=(len(examples), len(vocab)), dtype=np.float32)
    xd = sparse.csr_matrix(np.stack([ex.dense for ex in examples]).astype(np.float32))
    return sparse.hstack([xs, xd], format="csr")


class _Shim:
    """Lets LinearModel.predict run over Examples (they carry the same fields as Candidates)."""

    def __init__(self, ex: Example):
        self.sparse, self.dense, self.types = ex.sparse, ex.dense, ex.types


def fit_temperature(model: LinearModel, held: list[Example]) -> float:
    """The softmax temperature that minimises log loss on held-out examples (grid search)."""
    shims = [_Shim(e) for e in held]
    logits = model.scores(shims)  # type: ignore[arg-type]
    col = {c: i for i, c in enumerate(model.classes)}
    best, best_t = float("inf"), 1.0
    for t in np.arange(0.5, 3.01, 0.1):
        loss = 0.0
        for row, ex in enumerate(held):
            allowed = [col[x] for x in ex.types] + [col[NONE]]
            z = logits[row, allowed] / t
            z = z - z.max()
            logp = z - np.log(np.exp(z).sum())
            loss -= logp[allowed.index(col[ex.label])] if col[ex.label] in allowed else 0.0
        if loss < best:
            best, best_t = loss, float(t)
    return round(best_t, 2)


def train(out_path: str | Path, extra_jsonl: str | Path | None = None, seed: int = 0,
          root: str | Path | None = None, nlp=None) -> LinearModel:
    """Train the shipped model from ../shared/data (+ ``extra_jsonl``) and save it at ``out_path``.

    ``nlp``: the spaCy pipeline to parse with (default: :func:`dateline.pipeline.parse.load_nlp`);
    anything with the same ``pipe`` gives the same model (e.g. a cache of parsed docs).

    Deterministic for a given seed and data. Raises FileNotFoundError with a clear message when
    the data folder is missing.
    """
    base = Path(root) if root else data_dir()
    if base is None:
        raise FileNotFoundError("training data not found: expected ../shared/data beside the "
                                "repository, or set DATELINE_DATA")
    items = training_items(base, seed)
    if extra_jsonl:
        items += read_jsonl(extra_jsonl)
    examples = examples_from(items, nlp=nlp)
    held = [e for e in examples if bucket("cal" + e.group, 10) == 0]
    fit_on = [e for e in examples if bucket("cal" + e.group, 10) != 0]
    model = fit(fit_on, seed=seed, calibrate_on=held)
    final = fit(examples, seed=seed)
    final.temperature = model.temperature
    final.meta = dict(final.meta or {}, seed=seed, data=str(base.name),
                      extra=bool(extra_jsonl), sources=dict(Counter(e.source for e in examples)))
    final.save(str(out_path))
    log.info("trained on %d examples; temperature %.2f", len(examples), final.temperature)
    sentence_out = Path(out_path).with_name(Path(SENTENCE_MODEL).name)
    train_sentences(base, nlp=nlp).save(str(sentence_out))
    log.info("sentence classifier written to %s", sentence_out)
    return final


def sentence_items(root: Path, seed: int = 0) -> list[Item]:
    """Items for the sentence classifier, labelled with CAMEO PentaClass numbers (0-4): the
    ConfliBERT CAMEO sentences, GLOCON protest sentences (4), IndiaPoliceEvents arrest and force
    sentences (4), and dateline's own incident notes (their type's class) and non-event
    sentences (0: nothing to code)."""
    items = list(conflibert(root))
    items += [Item(i.text, 4, i.source, i.group) for i in glocon(root) if i.label == "PROTEST"]
    items += [Item(i.text, 4, i.source, i.group) for i in india_police(root)]
    items += [Item(i.text, penta_class(i.label), i.source, i.group) for i in event_templates(seed)]
    items += [Item(i.text, 0, i.source, i.group) for i in non_events(seed)]
    return items


def sentences_of(items: Iterable[Item], nlp=None) -> list:
    """Each item parsed, as one span (ConfliBERT items are single sentences)."""
    from dateline.pipeline.parse import load_nlp
    nlp = nlp or load_nlp()
    return [doc[:] for doc in nlp.pipe((it.text for it in items), batch_size=64)]


def train_sentences(root: Path, nlp=None, items: Optional[list[Item]] = None,
                    seed: int = 0) -> SentenceModel:
    """The sentence classifier (:mod:`dateline.events.sentence`), deterministic for a seed."""
    items = sentence_items(root) if items is None else items
    model = fit_sentence_model(sentences_of(items, nlp), [int(it.label) for it in items],
                               seed=seed)
    model.meta = dict(model.meta or {}, seed=seed,
                      sources=dict(Counter(it.source for it in items)))
    return model
