"""Score the places stage on a corpus in LGL's format (Gritta et al.'s metrics).

    .venv/bin/python bench/eval_places.py [--split tune|held|all] [--xml PATH | --jsonl PATH]

Prints toponym precision/recall/F1 (exact span and overlap), accuracy within 161 km over
all gold toponyms with coordinates (unfound or unresolved ones count as misses), mean and
median error in km, and the AUC of the error curve (lower is better).

The split is fixed by a hash of the article id: ``held`` (about 30%) is never used for
tuning; ``tune`` is the rest. Reads ../shared/data/dev/geo/lgl.jsonl by default and
exits cleanly when it is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "dev", "geo", "lgl.jsonl")


def split_of(doc_id: str) -> str:
    return "held" if int(hashlib.md5(doc_id.encode()).hexdigest()[:8], 16) % 10 < 3 else "tune"


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_xml(path: str) -> list[dict]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = g.findtext("lat") if g is not None else None
            lon = g.findtext("lon") if g is not None else None
            tops.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                         "text": t.findtext("phrase"),
                         "lat": float(lat) if lat else None, "lon": float(lon) if lon else None})
        out.append({"id": art.get("docid"), "text": art.findtext("text") or "", "toponyms": tops})
    return out


def km(a, b) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def run(articles: list[dict]):
    from dateline.extract import to_document
    from dateline.pipeline import clean, parse, places
    from dateline.pipeline.article import Article

    nlp = parse.load_nlp()
    built = []
    for a in articles:
        c = clean.clean(a["text"])
        built.append(Article(id=a["id"], text=a["text"], clean_text=c.text, offsets=c.offsets,
                             dateline_place=c.dateline_place))
    t0 = time.perf_counter()
    docs = list(nlp.pipe([b.clean_text for b in built], batch_size=32))
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds = []
    for art, doc in zip(built, docs):
        art.doc = doc
        places.geolocate(art)
        preds.append(to_document(art).places)
    t_places = time.perf_counter() - t0
    return preds, t_parse, t_places


def score(articles: list[dict], preds) -> dict:
    tp_exact = tp_overlap = n_pred = n_gold = 0
    errors: list[float] = []
    n_coord = hits = 0
    for a, pred in zip(articles, preds):
        n_pred += len(pred)
        n_gold += len(a["toponyms"])
        spans = {(p.start, p.end) for p in pred}
        for g in a["toponyms"]:
            if (g["start"], g["end"]) in spans:
                tp_exact += 1
            match = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
            if match:
                tp_overlap += 1
            if g.get("lat") is None:
                continue
            n_coord += 1
            located = [p for p in match if p.lat is not None]
            if not located:
                errors.append(20039.0)  # half the earth: a miss
                continue
            best = min(located, key=lambda p: abs(p.start - g["start"]) + abs(p.end - g["end"]))
            d = km((g["lat"], g["lon"]), (best.lat, best.lon))
            errors.append(d)
            hits += d <= 161
    def prf(tp):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    auc = (sum(math.log(1 + e) for e in errors) / (len(errors) * math.log(20039))) if errors else 1.0
    return {"articles": len(articles), "gold": n_gold, "predicted": n_pred,
            "exact_prf": prf(tp_exact), "overlap_prf": prf(tp_overlap),
            "acc161": hits / n_coord if n_coord else 0.0, "gold_with_coords": n_coord,
            "mean_km": statistics.fmean(errors) if errors else 0.0,
            "median_km": statistics.median(errors) if errors else 0.0, "auc": auc}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jsonl", default=DEFAULT)
    ap.add_argument("--xml", default=None, help="a corpus in LGL's XML format")
    ap.add_argument("--split", choices=("tune", "held", "all"), default="all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print N wrong resolutions")
    args = ap.parse_args(argv)
    path = args.xml or args.jsonl
    if not os.path.exists(path):
        print(f"skipped: {path} not found (../shared/data is not beside this checkout)")
        return 0
    articles = read_xml(path) if args.xml else read_jsonl(path)
    if args.split != "all":
        articles = [a for a in articles if split_of(a["id"]) == args.split]
    if args.limit:
        articles = articles[: args.limit]
    preds, t_parse, t_places = run(articles)
    s = score(articles, preds)
    ep, er, ef = s["exact_prf"]
    op, orr, of = s["overlap_prf"]
    print(f"corpus {os.path.basename(path)} split={args.split}: {s['articles']} articles, "
          f"{s['gold']} gold toponyms ({s['gold_with_coords']} with coordinates), {s['predicted']} predicted")
    print(f"recognition exact   P={ep:.3f} R={er:.3f} F1={ef:.3f}")
    print(f"recognition overlap P={op:.3f} R={orr:.3f} F1={of:.3f}")
    print(f"resolution  acc@161km={s['acc161']:.3f} mean={s['mean_km']:.0f} km "
          f"median={s['median_km']:.1f} km AUC={s['auc']:.3f}")
    print(f"time: spaCy parse {t_parse:.1f}s, places stage {t_places:.2f}s "
          f"({100 * t_places / max(t_parse, 1e-9):.1f}% of the parse)")
    if args.errors:
        shown = 0
        for a, pred in zip(articles, preds):
            for g in a["toponyms"]:
                if g.get("lat") is None or shown >= args.errors:
                    continue
                match = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
                if not match:
                    print(f"MISS  {g['text']!r:28} gold {g.get('name')}, {g.get('admin1')}, {g.get('country')}")
                    shown += 1
                    continue
                p = match[0]
                if p.lat is None or km((g["lat"], g["lon"]), (p.lat, p.lon)) > 161:
                    print(f"WRONG {g['text']!r:28} gold {g.get('name')}, {g.get('admin1')}, {g.get('country')} "
                          f"[{g.get('fcode')}] -> {p.name}, {p.admin1}, {p.country} [{p.feature_code}]")
                    shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
