"""Score event coding on labelled documents: per-type P/R/F1, confusion matrix, quad-class F1.

    from dateline.events.evaluation import evaluate
    report = evaluate("labelled.jsonl")          # {"text", "event_type"|"type"|"label"} a line
    print(report.text)

A document is scored by its *top* event: the most probable non-negated event in the first
sentence(s) that hold one (see :func:`top_event`). ``NONE`` as gold means "no event expected".
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

from dateline.events.coder import Coded, code_doc
from dateline.events.data import NONE, Item
from dateline.events.ranking import top_event
from dateline.records import EVENT_TYPES, QUAD_CLASS

QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def prf(gold: Sequence[str], pred: Sequence[str], labels: Iterable[str]) -> dict[str, dict[str, float]]:
    out = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out[lab] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn}
    return out


def macro_f1(scores: dict[str, dict[str, float]]) -> float:
    present = [s["f1"] for s in scores.values() if s["support"] > 0]
    return sum(present) / len(present) if present else 0.0


@dataclass
class Report:
    n: int
    accuracy: float
    per_type: dict[str, dict[str, float]]
    macro_f1: float
    quad: dict[str, dict[str, float]]
    quad_macro_f1: float
    confusion: dict[str, dict[str, int]]
    seconds_per_doc: float
    predictions: list[str] = field(default_factory=list)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d.pop("text")
        d.pop("predictions")
        return d


def _quad(label: str) -> str:
    return QUAD_CLASS.get(label, NONE)


def score(gold: Sequence[str], pred: Sequence[str], seconds: float = 0.0) -> Report:
    labels = [t for t in (*EVENT_TYPES, NONE) if t in gold or t in pred]
    per_type = prf(gold, pred, [t for t in labels if t != NONE])
    gq, pq = [_quad(g) for g in gold], [_quad(p) for p in pred]
    quad = prf(gq, pq, [q for q in QUAD_NAMES if q in gq])
    confusion = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    n = len(gold)
    rep = Report(n=n, accuracy=sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0,
                 per_type=per_type, macro_f1=macro_f1(per_type), quad=quad,
                 quad_macro_f1=macro_f1(quad), confusion=confusion,
                 seconds_per_doc=seconds / n if n else 0.0, predictions=list(pred))
    rep.text = format_report(rep)
    return rep


def format_report(rep: Report) -> str:
    lines = [f"documents: {rep.n}   accuracy (top type): {rep.accuracy:.3f}   "
             f"macro-F1: {rep.macro_f1:.3f}   quad macro-F1: {rep.quad_macro_f1:.3f}   "
             f"{rep.seconds_per_doc * 1000:.1f} ms/doc",
             f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for lab, s in rep.per_type.items():
        lines.append(f"{lab:<12}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{s['support']:6d}")
    lines.append("quad classes:")
    for lab, s in rep.quad.items():
        lines.append(f"  {lab:<22}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{s['support']:6d}")
    labels = list(rep.confusion)
    short = [lab[:4] for lab in labels]
    lines.append("confusion (rows gold, columns predicted):")
    lines.append(" " * 10 + "".join(f"{s:>5}" for s in short))
    for g in labels:
        lines.append(f"{g[:9]:<10}" + "".join(f"{rep.confusion[g][p]:5d}" for p in labels))
    return "\n".join(lines)


def _load(path_or_records: Union[str, Path, Iterable[Any]]) -> list[Item]:
    if isinstance(path_or_records, (str, Path)):
        with open(path_or_records, encoding="utf-8") as fh:
            records: Iterable[Any] = [json.loads(line) for line in fh if line.strip()]
    else:
        records = path_or_records
    items = []
    for n, r in enumerate(records):
        if isinstance(r, Item):
            items.append(r)
            continue
        label = r.get("event_type") or r.get("type") or r.get("label") or NONE
        items.append(Item(str(r.get("text") or ""), str(label).upper(), "user", str(r.get("id", n))))
    return items


def predict_types(texts: Sequence[str], nlp=None, model=None,
                  sentence_model=None) -> tuple[list[str], float]:
    """Top event type (or NONE) of each text, and the seconds spent coding (parse excluded)."""
    tops, spent = predict_top(texts, nlp=nlp, model=model, sentence_model=sentence_model)
    return [top.type if top else NONE for top in tops], spent


def predict_top(texts: Sequence[str], nlp=None, model=None,
                sentence_model=None) -> tuple[list[Optional[Coded]], float]:
    """Top event (or None) of each text, and the seconds spent coding (parse excluded)."""
    from dateline.pipeline.parse import load_nlp
    nlp = nlp or load_nlp()
    out, spent = [], 0.0
    for doc in nlp.pipe(texts, batch_size=32):
        t0 = time.perf_counter()
        out.append(top_event(code_doc(doc, model=model, sentence_model=sentence_model)))
        spent += time.perf_counter() - t0
    return out, spent


def evaluate(path_or_records: Union[str, Path, Iterable[Any]], nlp=None, model=None,
             verbose: bool = True, sentence_model=None) -> Report:
    """Score labelled documents (a JSONL path, dicts or Items); prints and returns the report."""
    items = _load(path_or_records)
    pred, spent = predict_types([it.text for it in items], nlp=nlp, model=model,
                                sentence_model=sentence_model)
    rep = score([str(it.label) for it in items], pred, spent)
    if verbose:
        print(rep.text)
    return rep
