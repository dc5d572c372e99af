"""Scores quote extraction on a corpus in PolNeAR's brat format.

A corpus directory holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``;
when an article has several annotators the first in sorted order is the gold (as in PolNeAR's own
JSONL). A predicted attribution (the quotes sharing one cue, e.g. both halves of an interrupted
quote) matches a gold one when their content overlaps by at least half of the shorter of the two;
matching is one-to-one, greedy by overlap. Reported: content precision, recall and F1, and among
matched pairs the share whose speaker is right (the spans overlap by half of the shorter, or both
have none).
"""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Optional

Range = tuple[int, int]


@dataclass
class Attribution:
    content: list[Range]
    source: Optional[Range] = None
    cue: Optional[Range] = None
    kind: Optional[str] = None


@dataclass
class Report:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    def to_dict(self) -> dict:
        out = asdict(self)
        out.update(precision=round(self.precision, 4), recall=round(self.recall, 4),
                   f1=round(self.f1, 4), speaker_accuracy=round(self.speaker_accuracy, 4))
        return out

    def summary(self) -> str:
        return (f"documents {self.documents}  gold {self.gold}  predicted {self.predicted}  "
                f"matched {self.matched}\ncontent P {self.precision:.3f}  R {self.recall:.3f}  "
                f"F1 {self.f1:.3f}\nspeaker accuracy (matched) {self.speaker_accuracy:.3f}")


# -- reading brat -----------------------------------------------------------------------------
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.M)
_E_LINE = re.compile(r"^(E\d+)\t(\S+)((?: \S+:\S+)*)\s*$", re.M)


def read_ann(text: str) -> list[Attribution]:
    """Attributions of one .ann file (span text may run over several lines: only offsets are read)."""
    spans: dict[str, list[Range]] = {}
    for match in _T_LINE.finditer(text):
        ranges = []
        for part in match.group(3).split(";"):
            a, b = part.split()
            ranges.append((int(a), int(b)))
        spans[match.group(1)] = ranges
    out: list[Attribution] = []
    for match in _E_LINE.finditer(text):
        roles: dict[str, list[Range]] = {}
        for arg in match.group(3).split():
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            roles.setdefault(role, []).extend(spans.get(ref, []))
        content = sorted(roles.get("Content", []))
        if not content:
            continue
        source = _cover(roles.get("Source"))
        out.append(Attribution(content=content, source=source, cue=_cover(roles.get("Cue"))))
    return out


def _cover(ranges: Optional[list[Range]]) -> Optional[Range]:
    if not ranges:
        return None
    return min(a for a, _ in ranges), max(b for _, b in ranges)


def read_corpus(directory: str, limit: Optional[int] = None) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, gold attributions) for every article of a brat corpus directory."""
    text_dir = os.path.join(directory, "text")
    ann_dir = os.path.join(directory, "attributions")
    if not os.path.isdir(text_dir) or not os.path.isdir(ann_dir):
        raise FileNotFoundError(f"{directory} has no text/ and attributions/ folders")
    anns: dict[str, str] = {}
    for name in sorted(os.listdir(ann_dir)):
        if name.endswith(".ann"):
            article = name[:-4].rsplit("_", 1)[0]
            anns.setdefault(article, name)
    out = []
    for name in sorted(os.listdir(text_dir)):
        if not name.endswith(".txt") or name[:-4] not in anns:
            continue
        with open(os.path.join(text_dir, name), encoding="utf-8") as fh:
            text = fh.read()
        with open(os.path.join(ann_dir, anns[name[:-4]]), encoding="utf-8") as fh:
            gold = read_ann(fh.read())
        out.append((name[:-4], text, gold))
        if limit and len(out) >= limit:
            break
    return out


# -- scoring --------------------------------------------------------------------------------
def _overlap(a: list[Range], b: list[Range]) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _length(a: list[Range]) -> int:
    return sum(e - s for s, e in a)


def half_overlap(a: list[Range], b: list[Range]) -> bool:
    shorter = min(_length(a), _length(b))
    return shorter > 0 and _overlap(a, b) * 2 >= shorter


def score(gold: list[Attribution], predicted: list[Attribution], report: Report) -> None:
    """Add one document's counts to ``report``."""
    report.documents += 1
    report.gold += len(gold)
    report.predicted += len(predicted)
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if half_overlap(g.content, p.content):
                pairs.append((_overlap(g.content, p.content), i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        report.matched += 1
        g, p = gold[i], predicted[j]
        right = (g.source is None and p.source is None) or (
            g.source is not None and p.source is not None and half_overlap([g.source], [p.source]))
        report.speaker_right += right
        kind = report.by_kind.setdefault(p.kind or "?", {"predicted": 0, "matched": 0, "speaker_right": 0})
        kind["matched"] += 1
        kind["speaker_right"] += right
    for p in predicted:
        kind = report.by_kind.setdefault(p.kind or "?", {"predicted": 0, "matched": 0, "speaker_right": 0})
        kind["predicted"] += 1


Predictor = Callable[[Iterable[str]], Iterable[list[Attribution]]]


def dateline_predictor(texts: Iterable[str], n_process: int = 1) -> Iterable[list[Attribution]]:
    """dateline's quotes stage over raw texts (no cleaning, so offsets are the corpus's)."""
    from dateline.pipeline import parse
    from dateline.pipeline.article import Article
    from dateline.pipeline.quotes import found_quotes

    nlp = parse.load_nlp()
    for doc in nlp.pipe(texts, batch_size=16, n_process=n_process):
        article = Article(id="eval", text=doc.text, clean_text=doc.text,
                          offsets=list(range(len(doc.text))), doc=doc)
        yield group(found_quotes(article))


def group(items) -> list[Attribution]:
    """Quotes sharing a cue are one attribution (the halves of an interrupted quote)."""
    by_cue: dict[object, Attribution] = {}
    out: list[Attribution] = []
    for item in items:
        key = item.cue if item.cue is not None else ("none", item.start)
        source = (item.speaker.start_char, item.speaker.end_char) if item.speaker is not None else None
        if key in by_cue:
            by_cue[key].content.append((item.start, item.end))
            continue
        attribution = Attribution(content=[(item.start, item.end)], source=source, cue=item.cue
                                  if isinstance(item.cue, tuple) else None, kind=item.kind)
        by_cue[key] = attribution
        out.append(attribution)
    return out


def evaluate_brat(directory: str, predictor: Optional[Predictor] = None,
                  limit: Optional[int] = None) -> Report:
    """Score ``predictor`` (default: dateline's quotes stage) on a brat corpus directory."""
    corpus = read_corpus(directory, limit)
    predictor = predictor or dateline_predictor
    report = Report()
    for (_, _, gold), predicted in zip(corpus, predictor(text for _, text, _ in corpus)):
        score(gold, predicted, report)
    return report
