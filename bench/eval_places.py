"""Score the places stage on a corpus in LGL's format (Gritta et al.'s metrics).

    .venv/bin/python bench/eval_places.py [--split tune|held|all] [--xml PATH | --jsonl PATH]
    .venv/bin/python bench/eval_places.py --acled [PATH] [--split held] [--limit N] [--errors N]

A thin wrapper around :func:`dateline.gazetteer.evaluation.evaluate` (which see for the
metrics and the fixed md5 split: ``held``, about 30%, is never used for tuning). Reads
../shared/data/dev/geo/lgl.jsonl by default and exits cleanly when it is absent.

Both scores use the local lexicon by default (each source's home division or country, learnt
from the corpus's own articles: LGL's ``domain``, ACLED's ``source``; see
:mod:`dateline.gazetteer.local_lexicon`); ``--no-local-lexicon`` resolves each article alone.

spaCy parses are cached per corpus and split (``$DATELINE_CACHE/parses``; set
``DATELINE_PARSE_CACHE=off`` to parse afresh), so re-scoring after a change of the places
stage takes seconds. The ACLED country score follows three ACLED conventions that a gazetteer
point cannot (Hong Kong/Macau coded as China, Kosovo's blank ISO code, Jerusalem split between
Israel and Palestine): see ``ACLED_ALSO`` in :mod:`dateline.gazetteer.evaluation`.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from dateline.gazetteer.evaluation import evaluate, evaluate_acled, split_of  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "dev", "geo", "lgl.jsonl")
ACLED = os.path.join(HERE, "..", "..", "shared", "data", "dev", "acled_2022_dev.csv")


def acled(path: str, args) -> int:
    """The top event's location on ACLED rows: within 161 km and right country."""
    if not os.path.exists(path):
        print(f"skipped: {path} not found (../shared/data is not beside this checkout)")
        return 0
    report = evaluate_acled(path, limit=args.limit or None, split=args.split,
                            local_lexicon=not args.no_local_lexicon)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.summary())
    for w in report.errors[: args.errors]:
        r, p = w["row"], w["pred"]
        got = "-" if p is None else f"{p.text!r} -> {p.name}, {p.admin1}, {p.country} [{p.feature_code}]"
        print(f"{w['id']:12} {w['km']:7.0f} km  gold {r['location']}, {r['admin1']}, {r['iso3']}  got {got}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jsonl", default=DEFAULT)
    ap.add_argument("--xml", default=None, help="a corpus in LGL's XML format")
    ap.add_argument("--split", choices=("tune", "held", "all"), default="all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong resolutions")
    ap.add_argument("--no-local-lexicon", action="store_true",
                    help="resolve each article alone, without its source's home (see local_lexicon)")
    ap.add_argument("--acled", nargs="?", const=ACLED, default=None,
                    help="score event locations on ACLED rows (default ../shared/data/dev/acled_2022_dev.csv)")
    args = ap.parse_args(argv)
    if args.acled:
        return acled(args.acled, args)
    path = args.xml or args.jsonl
    if not os.path.exists(path):
        print(f"skipped: {path} not found (../shared/data is not beside this checkout)")
        return 0
    report = evaluate(path, split=args.split, limit=args.limit or None,
                      local_lexicon=not args.no_local_lexicon)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.summary())
    for w in report.errors[: args.errors]:
        g, p = w["gold"], w["pred"]
        gold = f"{g.get('name')}, {g.get('admin1')}, {g.get('country')}"
        if p is None:
            print(f"MISS  {g['text']!r:28} gold {gold}")
        else:
            print(f"WRONG {g['text']!r:28} gold {gold} -> {p.name}, {p.admin1}, {p.country} [{p.feature_code}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
