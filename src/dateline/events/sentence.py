"""The sentence classifier: what kind of event a whole sentence reports, in CAMEO's five classes.

The trigger classifier (:mod:`dateline.events.model`) judges one word in its clause. A sentence
says more than any one of its words: "Libya suspended military aid to the rebels" holds an AID
word, but the sentence reports a cut in relations; "Russia has agreed to lift its ban on US
poultry" holds a CONCEDE, but what happened is an expressed intent to cooperate. A second linear
model reads the sentence as a whole (bag of lemmas and the lexicon types its words can name) and
gives a distribution over CAMEO's "PentaClass" (statement or appeal, verbal cooperation,
material cooperation, verbal conflict, material conflict), the scheme of the ConfliBERT
sentences it is trained on.

``coder._reconcile`` then lets the two models agree on each sentence: the trigger coder's
reading counts ``BOOST`` times the sentence model's; a sentence the coder found nothing in may
report a candidate trigger of the class the sentence model reads, and a sentence the model is
sure is a plain statement keeps only its appeals (REQUEST). Where the coder coded an event, its
PLOVER type stands. No event is ever made up without a trigger word in the sentence.

Stored as a plain ``.npz`` (no pickle); prediction is one sparse dot product per sentence.
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
from spacy.tokens import Span as SpacySpan

from dateline.events.lexicon import LEXICON

#: CAMEO PentaClass, in label order (ConfliBERT's ``cameo_class`` labels 0-4).
CLASSES = ("STATEMENT", "verbal_cooperation", "material_cooperation", "verbal_conflict",
           "material_conflict")
STATEMENT = 0
#: PLOVER type -> CAMEO PentaClass, by the PLOVER manual's table of CAMEO equivalents
#: (03-05 verbal cooperation, 06-08 material cooperation, 09-13 and 16 verbal conflict,
#: 14-15 and 17-20 material conflict). REQUEST is CAMEO 10 (demand); appeals (CAMEO 02) are
#: statements, see :func:`penta_class`.
PENTA = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REQUEST": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
#: How much the trigger coder's reading of a sentence counts against the sentence model's.
BOOST = 3.0
#: How sure the sentence model must be that a sentence is a statement to drop its events.
STATEMENT_PROB = 0.8
MODEL_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models")
DEFAULT_MODEL = os.path.join(MODEL_DIR, "sentences-v1.npz")


def penta_class(event_type: Optional[str], hypothetical: bool = False) -> int:
    """The CAMEO PentaClass of a PLOVER event (0 for no event).

    CAMEO codes a promised or agreed material act as the promise (03, "express intent to
    cooperate": verbal cooperation) and an announced coercive act as a threat (13: verbal
    conflict); PLOVER keeps the act's own type with the future/hypothetical flag."""
    if not event_type or event_type not in PENTA:
        return STATEMENT
    q = PENTA[event_type]
    if hypothetical and q in (2, 4):
        return q - 1
    return q


def _word(tok) -> Optional[str]:
    if not tok.is_alpha or tok.is_stop or len(tok) < 2:
        return None
    if tok.pos_ == "PROPN":
        if tok.is_title and not tok.ent_type_:
            # a title-case headline word: its de-inflected form when the lexicon knows it
            w = tok.lower_
            for c in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e"):
                if len(c) > 2 and c in LEXICON:
                    return c
        return None          # names say little about the kind of event
    return tok.lemma_.lower()


def sentence_features(sent: SpacySpan) -> dict[str, float]:
    """Bag of lemmas (names left out) and the lexicon types the sentence's words can name."""
    f: dict[str, float] = {"bias": 1.0}
    for tok in sent:
        w = _word(tok)
        if w is None:
            continue
        f["w=" + w] = 1.0
        for e in LEXICON.get(w, ()):
            f["lx=" + e.type] = min(f.get("lx=" + e.type, 0.0) + 0.5, 2.0)
    return f


@dataclass
class SentenceModel:
    vocab: dict[str, int]
    weights: np.ndarray       # (n_vocab, 5)
    bias: np.ndarray          # (5,)
    meta: Optional[dict] = None

    def proba(self, sent: SpacySpan) -> np.ndarray:
        f = sentence_features(sent)
        z = self.bias.astype(np.float64).copy()
        idx = [self.vocab[k] for k in f if k in self.vocab]
        if idx:
            vals = np.array([f[k] for k in f if k in self.vocab], dtype=np.float32)
            z += vals @ self.weights[idx]
        p = np.exp(z - z.max())
        return p / p.sum()

    def save(self, path: str) -> None:
        names = sorted(self.vocab, key=self.vocab.get)
        np.savez_compressed(path, vocab=np.array(names, dtype=str),
                            weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32),
                            meta=np.array(json.dumps(self.meta or {})))

    @classmethod
    def load(cls, path: str) -> "SentenceModel":
        with np.load(path, allow_pickle=False) as z:
            return cls(vocab={str(k): i for i, k in enumerate(z["vocab"])},
                       weights=z["weights"].astype(np.float32),
                       bias=z["bias"].astype(np.float64), meta=json.loads(str(z["meta"])))


@functools.lru_cache(maxsize=4)
def _cached(path: str) -> Optional[SentenceModel]:
    try:
        return SentenceModel.load(path)
    except (OSError, ValueError, KeyError):
        return None


def load_sentence_model(path: Optional[str] = None) -> Optional[SentenceModel]:
    """The shipped sentence model (or the one at ``path``); None when missing or unreadable."""
    return _cached(path or os.environ.get("DATELINE_SENTENCE_MODEL") or DEFAULT_MODEL)


def fit_sentence_model(sents: Sequence[SpacySpan], labels: Sequence[int], c: float = 1.0,
                       seed: int = 0, min_count: int = 2) -> SentenceModel:
    """A multinomial logistic regression from sentence features to PentaClass labels (0-4)."""
    from collections import Counter
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    feats = [sentence_features(s) for s in sents]
    counts = Counter(k for f in feats for k in f)
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}
    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in vocab:
                rows.append(r)
                cols.append(vocab[k])
                vals.append(v)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(vocab)), dtype=np.float64)
    y = np.asarray(labels)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed, tol=1e-5)
    clf.fit(x, y)
    w = np.zeros((len(vocab), len(CLASSES)), dtype=np.float32)
    b = np.full(len(CLASSES), -30.0)
    for j, cls in enumerate(clf.classes_):
        w[:, cls] = clf.coef_[j]
        b[cls] = clf.intercept_[j]
    return SentenceModel(vocab=vocab, weights=w, bias=b,
                         meta={"n_sentences": len(feats), "C": c,
                               "label_counts": {CLASSES[k]: int(v) for k, v in
                                                sorted(Counter(y.tolist()).items())}})
