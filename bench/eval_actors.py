"""Score the actors stage on ConfliBERT's CAMEO NER sentences (source/target spans).

    .venv/bin/python bench/eval_actors.py [--data ../shared/data] [--split heldout|tune|all] [--show N]
    .venv/bin/python bench/eval_actors.py --acled [--acled-every K] [--show N]

Each sentence's event trigger is taken to be the sentence root (the corpus marks one event per
sentence and gives no trigger), typed by dateline's events stage when it codes an event there.
When the root is a speech verb ("X said it will ..."), the recipients come from the reported
clause and the speaker is the source, as CAMEO codes them; "Y attacked Z, a monitor said" takes
both from the reported clause; "X said Y must (should) do Z" is X's demand on Y, so Y, the
reported clause's subject (the saying's recipient in the actors stage), is the target. The
stage's actors are scored against B-S/I-S spans and its recipients against B-T/I-T spans. A
prediction matches a gold span when their character overlap divided by their union is at least
0.5. B-R/I-R spans (both parties of a reciprocal event) may be matched from either side.
``heldout`` (every 5th sentence) was never looked at while tuning.

``--acled`` scores the actor country on ACLED dev notes instead (see :func:`acled_country`): each
note goes through ``dateline.extract``; the top event (first sentence with a non-negated event,
factual first, then most confident) must have as its first country-coded actor the country that
ACLED's ``actor1`` names ("Military Forces of Russia (2000-)", "Protesters (India)"); rows whose
actor1 names no country ("Taliban", "Al Shabaab") are skipped. A missing event or an actor
without a country counts as wrong.
Data: Parolin et al. 2022 (Multi-CoPED / ConfliBERT), read from ../shared/data, not shipped.
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.pipeline.actors import IMPLICIT, code_actors  # noqa: E402
from dateline.pipeline.article import Article  # noqa: E402
from dateline.pipeline.parse import load_nlp  # noqa: E402
from dateline.records import Event  # noqa: E402


REPORTING = frozenset(("say", "report", "tell", "add", "state", "announce", "claim"))
#: Modals that make a reported clause a demand on its subject ("said Israel must end ...").
DEONTIC = frozenset(("must", "should"))


def read_conll(path: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """Sentences as (text, {"S": spans, "T": spans, "R": spans}), tokens joined by spaces."""
    out, toks = [], []

    def flush():
        if not toks:
            return
        text, spans, pos, cur = "", {"S": [], "T": [], "R": []}, 0, None
        for tok, tag in toks:
            start = len(text) + (1 if text else 0)
            text = (text + " " + tok) if text else tok
            end = len(text)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if tag.startswith("B-") or (kind and (cur is None or cur[0] != kind)):
                if cur:
                    spans[cur[0]].append((cur[1], cur[2]))
                cur = [kind, start, end]
            elif kind and cur:
                cur[2] = end
            else:
                if cur:
                    spans[cur[0]].append((cur[1], cur[2]))
                cur = None
            pos = end
        if cur:
            spans[cur[0]].append((cur[1], cur[2]))
        out.append((text, spans))
        toks.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            flush()
            continue
        tok, _, tag = line.rpartition(" ")
        toks.append((tok, tag if tag in ("O",) or tag[:2] in ("B-", "I-") else "O"))
    flush()
    return out


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _match(preds: list, golds: list) -> tuple[int, list, list]:
    """Greedy one-to-one matching; returns (hits, unmatched preds, unmatched golds)."""
    golds = list(golds)
    left = []
    hits = 0
    for p in preds:
        best = max(golds, key=lambda g: iou(p, g), default=None)
        if best is not None and iou(p, best) >= 0.5:
            golds.remove(best)
            hits += 1
        else:
            left.append(p)
    return hits, left, golds


def score(items, preds) -> dict[str, float]:
    tp = {"S": 0, "T": 0}
    npred = {"S": 0, "T": 0}
    ngold = {"S": 0, "T": 0}
    for (_, gold), (ps, pt) in zip(items, preds):
        hs, ls, gs_left = _match(ps, gold["S"])
        ht, lt, gt_left = _match(pt, gold["T"])
        hr_s, _, r_left = _match(ls, gold["R"])
        hr_t, _, r_left = _match(lt, r_left)
        tp["S"] += hs + hr_s
        tp["T"] += ht + hr_t
        npred["S"] += len(ps)
        npred["T"] += len(pt)
        # a reciprocal span nobody matched counts as missed: the first for the source side
        ngold["S"] += len(gold["S"]) + hr_s + (1 if r_left and not hr_s else 0)
        ngold["T"] += len(gold["T"]) + hr_t + max(0, len(r_left) - (0 if hr_s else 1))
    out = {}
    for side in ("S", "T"):
        p = tp[side] / npred[side] if npred[side] else 0.0
        r = tp[side] / ngold[side] if ngold[side] else 0.0
        out[side] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


class _FailureCount(logging.Filter):
    """Counts (and silences) the events stage's error reports: one line instead of a traceback each."""

    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record) -> bool:
        if record.levelno >= logging.ERROR:
            self.n += 1
            return False
        return True


def _root_trigger(doc):
    root = next((s.root for s in doc.sents), None)
    # "X attacked Y, a monitor said": CAMEO codes the reported event, not the saying
    while root is not None and root.lemma_ in REPORTING:
        inner = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if not inner:
            break
        root = inner[0]
    return root


def predict(items, nlp, trigger: str = "events"):
    """Actor and recipient spans per sentence. The trigger is the sentence root (or the reported
    clause). With ``trigger="events"`` dateline's events stage types it when it codes an event
    there; its own top event elsewhere in the sentence scored worse as a trigger (tune: source F1
    0.73 vs 0.81), so the root is kept."""
    from dateline.pipeline.events import code_events
    preds = []
    texts = [t for t, _ in items]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
        art = Article(id="s", text=text, clean_text=text, offsets=list(range(len(text))), doc=doc)
        root = _root_trigger(doc)
        if root is None:
            preds.append(([], []))
            continue
        event = Event(type=None, trigger=art.span_of(root), sentence=art.span_of(root.sent))
        if trigger == "events":
            code_events(art)
            found = [(e, art.token_at(e.trigger.start)) for e in art.events if not e.negated]
            found = [(e, t) for e, t in found if t is not None]
            same = [e for e, t in found if t == root]
            if same:  # the root, typed: the type tells which arguments can be recipients
                event = same[0]
        sayer = next(iter(doc.sents)).root
        said = None
        if sayer is not root and root.i > sayer.i:  # "X said (that) it will ...": X is the source
            said = Event(type=None, trigger=art.span_of(sayer), sentence=art.span_of(sayer.sent))
        art.events = [event] + ([said] if said else [])
        code_actors(art)
        ev = art.events[0]
        # CAMEO's convention: the speaker is the source of what it says it does or will do; the
        # recipient is the reported event's (tune: source F1 0.815 -> 0.890, target unchanged)
        real = lambda actors: [a for a in actors if a.kb_id != IMPLICIT]  # noqa: E731
        sources = real(said.actors) if said is not None and real(said.actors) else ev.actors
        recipients = ev.recipients
        # "X said Y must/should do Z" is a demand on Y: CAMEO's target is Y, the reported clause's
        # subject, which the actors stage gives as the saying's recipient
        if said is not None and any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in root.children) \
                and real(said.recipients):
            recipients = said.recipients
        # implicit actors (the trigger's span, coded to the scene's country) are no span predictions
        preds.append(([(a.start, a.end) for a in sources if a.kb_id != IMPLICIT],
                      [(a.start, a.end) for a in recipients if a.kb_id != IMPLICIT]))
    return preds


# -- ACLED: the top event's actor country -----------------------------------------------------
_DATES = re.compile(r"\(\d{4}-\d{0,4}\)")


def acled_gold_country(actor: str, kb) -> Optional[str]:
    """ISO3 of the country an ACLED actor name states, or None when it names none.

    ACLED writes state actors as "Military Forces of Russia (2000-)", "Police Forces of India
    (2014-) Border Security Force", and others with the country in brackets: "Protesters (India)",
    "Unidentified Armed Group (Mexico)". Group names ("Taliban", "Al Shabaab", "NATO") and
    brackets that are no country ("Protesters (International)") name none: those rows are skipped.
    """
    name = _DATES.sub("", actor).strip()
    m = re.search(r"\b(?:Forces|Government|Police|Military) of ((?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)", name)
    if m:
        code = kb.country(m.group(1).split("  ")[0])
        if code:
            return code
    for inner in re.findall(r"\(([^()]+)\)", name):
        code = kb.country(inner.strip())
        if code:
            return code
    return None


def top_document_event(events):
    """The top event as in :func:`dateline.events.ranking.top_event`, from contract records:
    the first sentence holding a non-negated event, factual before hypothetical, most confident."""
    real = [e for e in events if not e.negated]
    if not real:
        return None
    first = min(e.sentence.start for e in real)
    return max((e for e in real if e.sentence.start == first),
               key=lambda e: (not e.hypothetical, e.confidence))


def acled_half(event_id: str) -> str:
    """``tune`` or ``report``: md5 of the ACLED event id, even or odd (a stable 50/50 split)."""
    import hashlib
    return "tune" if hashlib.md5(event_id.encode("utf-8")).digest()[-1] % 2 == 0 else "report"


def acled_country(data: Path, every: int = 1, show: int = 0, half: str = "all") -> dict:
    """Actor-country accuracy of the top event on ACLED dev notes whose actor1 names a country."""
    import csv
    from dateline.extract import Input, extract_many, parse_date
    from dateline.kb import load_kb
    kb = load_kb()
    rows = []
    with open(data / "dev" / "acled_2022_dev.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            gold = acled_gold_country(row["actor1"], kb)
            if gold and i % every == 0 and half in ("all", acled_half(row["event_id_cnty"])):
                rows.append((row, gold))
    items = [Input(text=r["notes"], id=r["event_id_cnty"], date=parse_date(r["event_date"])) for r, _ in rows]
    t0 = time.perf_counter()
    docs = list(extract_many(items, n_process=1, on_error=lambda f: None))
    secs = time.perf_counter() - t0
    by_id = {d.id: d for d in docs}
    n = ok = any_ok = no_event = no_country = 0
    shown = 0
    for row, gold in rows:
        n += 1
        doc = by_id.get(row["event_id_cnty"])
        top = top_document_event(doc.events) if doc else None
        coded = [a.country for a in top.actors if a.country] if top else []
        if top is None:
            no_event += 1
        elif not coded:
            no_country += 1
        ok += bool(coded) and coded[0] == gold
        any_ok += gold in coded
        if shown < show and not (coded and coded[0] == gold):
            shown += 1
            print(f"\n{row['event_id_cnty']} actor1={row['actor1']!r} gold={gold} pred={coded}")
            print("  " + row["notes"][:300])
            if top is not None:
                print("  top:", top.type, repr(doc.text[top.trigger.start:top.trigger.end]),
                      [doc.text[a.start:a.end] for a in top.actors])
    return {"n": n, "acc": ok / n if n else 0.0, "any": any_ok / n if n else 0.0,
            "no_event": no_event, "no_country": no_country, "secs": secs}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    ap.add_argument("--show", type=int, default=0, help="print N sentences with errors")
    ap.add_argument("--trigger", choices=("events", "root"), default="events",
                    help="root trigger typed by dateline's events stage (default) or untyped")
    ap.add_argument("--acled", action="store_true", help="score actor countries on ACLED dev notes")
    ap.add_argument("--acled-every", type=int, default=1, help="keep every K-th ACLED row (subset)")
    ap.add_argument("--acled-half", choices=("tune", "report", "all"), default="all",
                    help="md5(event_id_cnty) even (tune) or odd (report) rows")
    args = ap.parse_args(argv)
    if args.acled:
        if not (args.data / "dev" / "acled_2022_dev.csv").exists():
            print("skipped: acled_2022_dev.csv not found (pass --data pointing at shared/data)")
            return 0
        res = acled_country(args.data, args.acled_every, args.show, args.acled_half)
        print(f"acled dev ({args.acled_half}): {res['n']} events with a country in actor1, {res['secs']:.1f}s")
        print(f"  top event's actor country = actor1 country: {res['acc']:.3f}"
              f"  (any actor: {res['any']:.3f}; no event {res['no_event']}, no coded actor {res['no_country']})")
        return 0
    path = args.data / "train" / "conflibert" / "cameo_ner" / "train.txt"
    if not path.exists():
        print(f"skipped: {path} not found (pass --data pointing at shared/data)")
        return 0
    items = read_conll(path)
    if args.split == "heldout":
        items = [x for i, x in enumerate(items) if i % 5 == 0]
    elif args.split == "tune":
        items = [x for i, x in enumerate(items) if i % 5 != 0]
    nlp = load_nlp()
    failures = _FailureCount()
    logging.getLogger("dateline.pipeline.events").addFilter(failures)
    t0 = time.perf_counter()
    preds = predict(items, nlp, args.trigger)
    secs = time.perf_counter() - t0
    res = score(items, preds)
    print(f"cameo_ner {args.split}: {len(items)} sentences in {secs:.1f}s (parse included)")
    if failures.n:
        print(f"  warning: the events stage failed on {failures.n} sentences (their root stays untyped)")
    for side, name in (("S", "source"), ("T", "target")):
        p, r, f = res[side]
        print(f"  {name:6s}  P={p:.3f}  R={r:.3f}  F1={f:.3f}")
    shown = 0
    for (text, gold), (ps, pt) in zip(items, preds):
        if shown >= args.show:
            break
        if _match(ps, gold["S"] + gold["R"])[0] < len(ps) or _match(pt, gold["T"] + gold["R"])[0] < len(pt) \
                or not ps or not pt:
            shown += 1
            print("\n" + text)
            print("  gold S:", [text[a:b] for a, b in gold["S"]], "T:", [text[a:b] for a, b in gold["T"]],
                  "R:", [text[a:b] for a, b in gold["R"]])
            print("  pred S:", [text[a:b] for a, b in ps], "T:", [text[a:b] for a, b in pt])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
