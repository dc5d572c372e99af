"""The trigger classifier: a multinomial linear model over sparse and dense candidate features.

Stored as a plain ``.npz`` (no pickle): feature names, weight matrices, class names and a
temperature fitted on held-out data for calibration. Prediction is a few numpy operations, so it
needs neither scikit-learn nor anything else at run time.
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from dateline.events.features import Candidate

NONE = "NONE"
#: Probability given to a lexicon-only guess when no model is installed.
FALLBACK_PROB = 0.4
MODEL_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models")
DEFAULT_MODEL = os.path.join(MODEL_DIR, "events-v1.npz")


@dataclass
class LinearModel:
    classes: list[str]
    vocab: dict[str, int]
    w_sparse: np.ndarray      # (n_vocab, n_classes)
    w_dense: np.ndarray       # (n_dense, n_classes)
    bias: np.ndarray          # (n_classes,)
    temperature: float = 1.0
    meta: Optional[dict] = None

    def scores(self, cands: Sequence[Candidate]) -> np.ndarray:
        n = len(cands)
        out = np.tile(self.bias, (n, 1)).astype(np.float64)
        if n == 0:
            return out
        dense = np.stack([c.dense for c in cands]).astype(np.float32)
        out += dense @ self.w_dense
        for row, c in enumerate(cands):
            idx = [self.vocab[k] for k in c.sparse if k in self.vocab]
            if idx:
                vals = np.array([c.sparse[k] for k in c.sparse if k in self.vocab], dtype=np.float32)
                out[row] += vals @ self.w_sparse[idx]
        return out

    def predict(self, cands: Sequence[Candidate], restrict: bool = True) -> list[tuple[str, float]]:
        """(type or NONE, probability) for each candidate; types limited to its lexicon types."""
        if not cands:
            return []
        logits = self.scores(cands) / max(self.temperature, 1e-3)
        col = {c: i for i, c in enumerate(self.classes)}
        out = []
        for row, cand in enumerate(cands):
            allowed = [col[t] for t in cand.types if t in col] + [col[NONE]] if restrict \
                else list(range(len(self.classes)))
            z = logits[row, allowed]
            p = np.exp(z - z.max())
            p /= p.sum()
            best = int(np.argmax(p))
            out.append((self.classes[allowed[best]], float(p[best])))
        return out

    def save(self, path: str) -> None:
        names = np.array(sorted(self.vocab, key=self.vocab.get), dtype=object)
        np.savez_compressed(
            path, classes=np.array(self.classes), vocab=np.array(list(names), dtype=str),
            w_sparse=self.w_sparse.astype(np.float16), w_dense=self.w_dense.astype(np.float16),
            bias=self.bias.astype(np.float32), temperature=np.array([self.temperature]),
            meta=np.array(json.dumps(self.meta or {})))

    @classmethod
    def load(cls, path: str) -> "LinearModel":
        with np.load(path, allow_pickle=False) as z:
            vocab = {str(k): i for i, k in enumerate(z["vocab"])}
            return cls(classes=[str(c) for c in z["classes"]], vocab=vocab,
                       w_sparse=z["w_sparse"].astype(np.float32),
                       w_dense=z["w_dense"].astype(np.float32),
                       bias=z["bias"].astype(np.float64), temperature=float(z["temperature"][0]),
                       meta=json.loads(str(z["meta"])))


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Optional[LinearModel]:
    """The shipped model (or the one at ``path``); None when it is missing or unreadable."""
    path = path or os.environ.get("DATELINE_EVENTS_MODEL") or DEFAULT_MODEL
    try:
        return LinearModel.load(path)
    except (OSError, ValueError, KeyError):
        return None
