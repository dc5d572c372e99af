"""Scores quote extraction on PolNeAR dev (content-span F1 with half-overlap matching, speaker
accuracy among matched), for dateline and, when it is installed, textacy's direct_quotations.

    .venv/bin/python bench/eval_quotes.py [CORPUS_DIR] [--limit N]

CORPUS_DIR defaults to ../shared/data/dev/polnear/dev (brat format: text/, attributions/).
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from dateline.quotes.evaluation import Attribution, evaluate_brat

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data",
                       "dev", "polnear", "dev")


def textacy_predictor(texts):
    from textacy.extract.triples import direct_quotations

    from dateline.pipeline import parse

    nlp = parse.load_nlp()
    for doc in nlp.pipe(texts, batch_size=16):
        out = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy fails on some documents
            triples = []
        for triple in triples:
            content = triple.content
            speaker = None
            if triple.speaker:
                speaker = (triple.speaker[0].idx, triple.speaker[-1].idx + len(triple.speaker[-1].text))
            out.append(Attribution([(content.start_char, content.end_char)], speaker, kind="direct"))
        yield out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus} (PolNeAR lives in ../shared/data)", file=sys.stderr)
        return 2
    systems = [("dateline", None)]
    try:
        import textacy  # noqa: F401
        systems.append(("textacy direct_quotations", textacy_predictor))
    except ImportError:
        print("(textacy not installed: pip install textacy to compare)\n")
    for name, predictor in systems:
        started = time.perf_counter()
        report = evaluate_brat(args.corpus, predictor=predictor, limit=args.limit)
        print(f"== {name} ({time.perf_counter() - started:.1f}s)")
        print(report.summary())
        for kind, counts in sorted(report.by_kind.items()):
            print(f"   {kind:13s} predicted {counts['predicted']:5d}  matched {counts['matched']:5d}"
                  f"  speaker right {counts['speaker_right']:5d}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
