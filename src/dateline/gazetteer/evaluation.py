"""Score the places stage on a corpus in LGL's format (Gritta et al.'s metrics).

    from dateline.gazetteer.evaluation import evaluate
    report = evaluate("../shared/data/dev/geo/lgl.xml", split="held")
    print(report.summary())

Metrics: toponym precision/recall/F1 (exact span and overlap), accuracy within 161 km over
all gold toponyms that have coordinates (unfound or unresolved ones count as misses), mean
and median error in km, and the AUC of the error curve (lower is better).

Corpora are read from LGL's XML (``<article docid><text>…<toponyms><toponym><start>…``) or
from JSON lines (``{"id", "text", "toponyms": [{"start", "end", "text", "lat", "lon"}]}``).
The split is fixed by an md5 of the article id: ``held`` (about 30%) is never used for
tuning (nor for training the ranker, see docs/model-card-places.md); ``tune`` is the rest.

:func:`evaluate_acled` scores event locations on ACLED rows (the notes as the article):
the first event's location within 161 km of ACLED's point, and its country.
"""
from __future__ import annotations

import hashlib
import json
import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Optional

MISS_KM = 20039.0  # half the earth's circumference: an unfound or unresolved toponym
SPLITS = ("held", "tune", "all")


def split_of(doc_id: str) -> str:
    """``held`` for about 30% of article ids (by md5), ``tune`` for the rest."""
    return "held" if int(hashlib.md5(str(doc_id).encode()).hexdigest()[:8], 16) % 10 < 3 else "tune"


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
                         "name": g.findtext("name") if g is not None else None,
                         "lat": float(lat) if lat else None, "lon": float(lon) if lon else None})
        out.append({"id": art.get("docid"), "text": art.findtext("text") or "", "toponyms": tops,
                    "domain": art.findtext("domain") or art.findtext("feedid")})
    return out


def read_corpus(path: str) -> list[dict]:
    """LGL XML (by extension ``.xml``) or JSON lines."""
    return read_xml(path) if path.lower().endswith(".xml") else read_jsonl(path)


def select(articles: list[dict], split: str = "all", limit: Optional[int] = None) -> list[dict]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    if split != "all":
        articles = [a for a in articles if split_of(a["id"]) == split]
    return articles[:limit] if limit else articles


def km(a, b) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Report:
    """Scores of one run; ``summary()`` for people, ``to_dict()`` for machines."""

    corpus: str
    split: str
    articles: int
    gold: int
    gold_with_coords: int
    predicted: int
    exact: tuple[float, float, float]    # precision, recall, F1 of exact spans
    overlap: tuple[float, float, float]  # the same for overlapping spans
    acc161: float
    mean_km: float
    median_km: float
    auc: float
    parse_s: float = 0.0
    places_s: float = 0.0
    errors: list[dict] = field(default_factory=list, repr=False)  # misses and >161 km

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.exact
        op, orr, of = self.overlap
        return {"corpus": self.corpus, "split": self.split, "articles": self.articles,
                "gold": self.gold, "gold_with_coords": self.gold_with_coords,
                "predicted": self.predicted, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4), "overlap_precision": round(op, 4), "overlap_recall": round(orr, 4),
                "overlap_f1": round(of, 4), "acc161": round(self.acc161, 4),
                "mean_km": round(self.mean_km, 1), "median_km": round(self.median_km, 2),
                "auc": round(self.auc, 4), "parse_s": round(self.parse_s, 2),
                "places_s": round(self.places_s, 2)}

    def summary(self) -> str:
        ep, er, ef = self.exact
        op, orr, of = self.overlap
        share = 100 * self.places_s / self.parse_s if self.parse_s else 0.0
        return "\n".join([
            f"corpus {self.corpus} split={self.split}: {self.articles} articles, {self.gold} gold "
            f"toponyms ({self.gold_with_coords} with coordinates), {self.predicted} predicted",
            f"recognition exact   P={ep:.3f} R={er:.3f} F1={ef:.3f}",
            f"recognition overlap P={op:.3f} R={orr:.3f} F1={of:.3f}",
            f"resolution  acc@161km={self.acc161:.3f} mean={self.mean_km:.0f} km "
            f"median={self.median_km:.1f} km AUC={self.auc:.3f}",
            f"time: spaCy parse {self.parse_s:.1f}s, places stage {self.places_s:.2f}s "
            f"({share:.1f}% of the parse)",
        ])


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(articles: list[dict], preds: list[list], corpus: str = "", split: str = "all") -> Report:
    """Compare predicted places (objects with start/end/lat/lon, original-text offsets)."""
    tp_exact = tp_overlap = n_pred = n_gold = n_coord = hits = 0
    errors: list[float] = []
    wrong: list[dict] = []
    for a, pred in zip(articles, preds):
        n_pred += len(pred)
        n_gold += len(a["toponyms"])
        spans = {(p.start, p.end) for p in pred}
        for g in a["toponyms"]:
            tp_exact += (g["start"], g["end"]) in spans
            match = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
            tp_overlap += bool(match)
            if g.get("lat") is None:
                continue
            n_coord += 1
            located = [p for p in match if p.lat is not None]
            if not located:
                errors.append(MISS_KM)
                wrong.append({"id": a["id"], "gold": g, "pred": match[0] if match else None})
                continue
            best = min(located, key=lambda p: abs(p.start - g["start"]) + abs(p.end - g["end"]))
            d = km((g["lat"], g["lon"]), (best.lat, best.lon))
            errors.append(d)
            if d <= 161:
                hits += 1
            else:
                wrong.append({"id": a["id"], "gold": g, "pred": best, "km": d})
    auc = (sum(math.log(1 + e) for e in errors) / (len(errors) * math.log(MISS_KM))) if errors else 1.0
    return Report(corpus=corpus, split=split, articles=len(articles), gold=n_gold,
                  gold_with_coords=n_coord, predicted=n_pred,
                  exact=_prf(tp_exact, n_pred, n_gold), overlap=_prf(tp_overlap, n_pred, n_gold),
                  acc161=hits / n_coord if n_coord else 0.0,
                  mean_km=statistics.fmean(errors) if errors else 0.0,
                  median_km=statistics.median(errors) if errors else 0.0, auc=auc, errors=wrong)


def _cache_dir() -> Optional[str]:
    """Where parsed corpora are cached (``$DATELINE_PARSE_CACHE``, else ``parses/`` in the
    gazetteer's cache folder); ``DATELINE_PARSE_CACHE=off`` turns the cache off."""
    import os

    env = os.environ.get("DATELINE_PARSE_CACHE", "")
    if env.lower() in ("off", "0", "no"):
        return None
    if env:
        return env
    base = os.environ.get("DATELINE_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "dateline")
    return os.path.join(base, "parses")


def cached_pipe(nlp, texts: list[str], batch_size: int = 32):
    """``nlp.pipe(texts)``, read from a DocBin cache keyed by the model and the texts when the
    same corpus was parsed before (the bench re-scores the same texts after each change of the
    places stage; the parse is ~90% of the time). Outside the repository, never shipped."""
    import os

    from dateline.pipeline.parse import model_version

    folder = _cache_dir()
    if folder is None:
        return list(nlp.pipe(texts, batch_size=batch_size))
    from spacy.tokens import DocBin

    h = hashlib.sha1(model_version(nlp).encode())
    h.update(repr(nlp.pipe_names).encode())
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    path = os.path.join(folder, h.hexdigest() + ".spacy")
    if os.path.exists(path):
        try:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if len(docs) == len(texts):
                return docs
        except Exception:  # a stale or broken file: parse again
            pass
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    try:
        os.makedirs(folder, exist_ok=True)
        DocBin(docs=docs).to_disk(path + ".tmp")
        os.replace(path + ".tmp", path)
    except OSError:
        pass
    return docs


def predict(articles: list[dict], nlp=None, local_lexicon: bool = True) -> tuple[list[list], float, float]:
    """Run clean -> spaCy -> places on each article; places in original-text offsets.

    ``local_lexicon``: articles that name their source (LGL's ``domain``) are located again with
    their source's home division, learnt from the collection (:mod:`dateline.gazetteer.local_lexicon`)."""
    from dateline.extract import to_document
    from dateline.pipeline import clean, parse, places
    from dateline.pipeline.article import Article

    nlp = nlp or parse.load_nlp()
    built = []
    for a in articles:
        c = clean.clean(a["text"])
        built.append(Article(id=str(a["id"]), text=a["text"], clean_text=c.text, offsets=c.offsets,
                             dateline_place=c.dateline_place))
    from dateline.gazetteer import load
    from dateline.gazetteer.local_lexicon import Tally
    load()  # built or read once, outside the stage's timing
    t0 = time.perf_counter()
    docs = cached_pipe(nlp, [b.clean_text for b in built], batch_size=32)
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a, art, doc in zip(articles, built, docs):
        art.doc = doc
        art.source = a.get("domain")
        places.geolocate(art)
    if local_lexicon:  # a second pass with each source's home (see gazetteer.local_lexicon)
        places.relocate(built, Tally())
    preds = [to_document(art).places for art in built]
    return preds, t_parse, time.perf_counter() - t0


def evaluate(path: str, split: str = "all", limit: Optional[int] = None, nlp=None,
             local_lexicon: bool = True) -> Report:
    """Score the places stage on the LGL-format corpus at ``path``.

    ``split``: ``"held"`` (about 30% of articles by md5 of their id, never tuned on),
    ``"tune"`` (the rest) or ``"all"``; ``limit``: the first N articles of the split.
    """
    import os

    articles = select(read_corpus(path), split, limit)
    preds, t_parse, t_places = predict(articles, nlp, local_lexicon=local_lexicon)
    report = score(articles, preds, corpus=os.path.basename(path), split=split)
    report.parse_s, report.places_s = t_parse, t_places
    return report


# -- ACLED: the top event's location ---------------------------------------------------
@dataclass
class AcledReport:
    """Event-location scores on ACLED rows (notes as the article, ACLED's coordinates as gold)."""

    corpus: str
    split: str
    events: int
    located: int        # rows where a location (event's or first place's) was found
    acc161: float       # share of all rows within 161 km of ACLED's point
    country: float      # share of all rows with ACLED's country (alpha-3)
    median_km: float
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "split": self.split, "events": self.events,
                "located": self.located, "acc161": round(self.acc161, 4),
                "country": round(self.country, 4), "median_km": round(self.median_km, 1),
                "seconds": round(self.seconds, 1)}

    def summary(self) -> str:
        return (f"corpus {self.corpus} split={self.split}: {self.events} events, {self.located} located\n"
                f"event location acc@161km={self.acc161:.3f} country={self.country:.3f} "
                f"median={self.median_km:.1f} km ({self.seconds:.0f}s)")


def read_acled(path: str) -> list[dict]:
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("notes") and r.get("latitude")]


#: ACLED's country conventions that a gazetteer point cannot follow, mapped here in the scoring
#: (never by miscoding places): ACLED codes Hong Kong and Macau events under China; it leaves
#: ``iso3`` blank for Kosovo (``country`` "Kosovo"; GeoNames/our gazetteer: XKX); and it splits
#: Jerusalem between Israel (west) and Palestine (east) by neighbourhood, while the gazetteer has
#: one point for the city, so a place within JERUSALEM_KM of it counts for either.
ACLED_ALSO = {"CHN": {"HKG", "MAC"}}
ACLED_BLANK_ISO3 = {"Kosovo": "XKX"}
JERUSALEM = (31.769, 35.216)
JERUSALEM_KM = 15.0


def acled_country_ok(row: dict, loc) -> bool:
    """Whether ``loc`` lies in the row's country, by ACLED's conventions (see ACLED_ALSO)."""
    if loc is None or not loc.country:
        return False
    gold = row.get("iso3") or ACLED_BLANK_ISO3.get(row.get("country", ""), "")
    if loc.country == gold or loc.country in ACLED_ALSO.get(gold, ()):
        return True
    return gold in ("ISR", "PSE") and loc.country in ("ISR", "PSE") and loc.lat is not None \
        and km(JERUSALEM, (loc.lat, loc.lon)) <= JERUSALEM_KM


def top_location(doc):
    """The first event's location; without one, the place the report is about
    (:func:`dateline.pipeline.locations.report_location`: the place it was coded to, else the
    first place after a locative word that is no demonym, else the first resolved place)."""
    for ev in doc.events[:1]:
        if ev.location is not None and ev.location.lat is not None:
            return ev.location
    from dateline.gazetteer import load
    from dateline.pipeline.locations import report_location

    return report_location(doc, load())


def evaluate_acled(path: str, limit: Optional[int] = None, split: str = "all",
                   batch_size: int = 64, local_lexicon: bool = True) -> AcledReport:
    """Score the top event's location on ACLED rows at ``path`` (within 161 km, country).

    ``split`` is fixed by an md5 of ``event_id_cnty`` like LGL's (``held`` about 30%)."""
    import os

    from dateline.extract import Input, extract_many, parse_date

    rows = [dict(r, id=r["event_id_cnty"]) for r in read_acled(path)]
    rows = select(rows, split, limit)
    items = [Input(text=r["notes"], id=r["id"], date=parse_date(r["event_date"] or None),
                   source=r.get("source") or None) for r in rows]
    t0 = time.perf_counter()
    failed: list = []  # a document a stage fails on counts as unlocated, not as a crash
    from dateline.pipeline import parse as parse_mod

    real = parse_mod.parse

    def parse_cached(texts, nlp=None, batch_size=None, n_process=None):
        nlp = nlp or parse_mod.load_nlp()
        return iter(cached_pipe(nlp, list(texts), batch_size=batch_size or 32))

    parse_mod.parse = parse_cached  # (the bench only: the same rows are parsed once)
    try:
        by_id = {d.id: d for d in extract_many(items, batch_size=batch_size, n_process=1,
                                               on_error=failed.append, local_lexicon=local_lexicon)}
    finally:
        parse_mod.parse = real
    docs = [by_id.get(r["id"]) for r in rows]
    seconds = time.perf_counter() - t0
    hits = same = located = 0
    dists, wrong = [], []
    for r, doc in zip(rows, docs):
        loc = top_location(doc) if doc is not None else None
        gold = (float(r["latitude"]), float(r["longitude"]))
        d = km(gold, (loc.lat, loc.lon)) if loc is not None else MISS_KM
        ok_c = acled_country_ok(r, loc)
        located += loc is not None
        hits += d <= 161
        same += ok_c
        dists.append(d)
        if d > 161 or not ok_c:
            wrong.append({"id": r["id"], "row": r, "pred": loc, "km": d, "doc": doc})
    n = len(rows) or 1
    return AcledReport(corpus=os.path.basename(path), split=split, events=len(rows), located=located,
                       acc161=hits / n, country=same / n,
                       median_km=statistics.median(dists) if dists else 0.0, seconds=seconds,
                       errors=wrong)
