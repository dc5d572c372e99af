"""Dev-set figures of the events stage (not a test). Run: .venv/bin/python bench/eval_events.py

Prints, on data never trained on:
  * NGEC synthetic stories, held-out headline templates (every 5th by hash): per-type P/R/F1,
    confusion matrix, quad-class F1 of each story's top event;
  * ACLED 2022 dev notes mapped to PLOVER (half 0 by the parity of the event id's md5, as in
    bench/eval_actors.py; ``--acled-half 1`` for the
    other): top-type accuracy;
  * ConfliBERT CAMEO sentences: macro-F1 over the five PentaClass labels (a PLOVER type maps to
    its CAMEO class by the manual's table, ``events.sentence.penta_class``; label 0 counts right
    for no event or REQUEST) with the *shipped* models, and with ``--cv`` under 5-fold
    cross-validation, where each fold's trigger and sentence models are retrained without that
    fold (slow: about 5 x 2 minutes);
  * the coding time per document (parse excluded).
Skips cleanly when ../shared/data is absent.
"""
from __future__ import annotations

import argparse
import sys
import time

from dateline.events import data, evaluation, sentence
from dateline.events.model import load_model


def cameo_quad(texts, labels, model, nlp, sentence_model=None):
    """Macro-F1 over ConfliBERT's five CAMEO PentaClass labels of each sentence's top event.

    A PLOVER type maps to its CAMEO class by the PLOVER manual's table of CAMEO equivalents
    (``sentence.penta_class``: SANCTION is CAMEO 16, verbal conflict; a promised material act is
    CAMEO 03 or 13). Label 0 (statements and appeals) counts right for no event or a REQUEST."""
    tops, _ = evaluation.predict_top(texts, nlp=nlp, model=model, sentence_model=sentence_model)
    names = sentence.CLASSES
    gold, got = [], []
    for lab, top in zip(labels, tops):
        gold.append(names[lab])
        q = sentence.penta_class(top.type, top.hypothetical) if top else sentence.STATEMENT
        if lab == 0 and top is not None and top.type == "REQUEST":
            q = sentence.STATEMENT
        got.append(names[q])
    scores = evaluation.prf(gold, got, sorted(set(gold)))
    return evaluation.macro_f1(scores), scores


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--acled-half", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="documents per set (0 = all)")
    ap.add_argument("--cv", action="store_true", help="ConfliBERT 5-fold cross-validation")
    args = ap.parse_args(argv)
    root = data.data_dir()
    if root is None:
        print("../shared/data not found: nothing to evaluate")
        return 0
    from dateline.pipeline.parse import load_nlp
    nlp, model = load_nlp(), load_model()
    cut = (lambda xs: xs[:args.limit]) if args.limit else (lambda xs: xs)

    print("== NGEC synthetic stories, held-out templates ==")
    evaluation.evaluate(cut(list(data.ngec(root, "dev"))), nlp=nlp, model=model)

    print(f"\n== ACLED dev notes, half {args.acled_half} ==")
    rep = evaluation.evaluate(cut(list(data.acled(root, half=args.acled_half))), nlp=nlp,
                              model=model, verbose=False)
    print(f"top-type accuracy {rep.accuracy:.3f} on {rep.n} events; "
          + ", ".join(f"{k} R={v['recall']:.3f}" for k, v in rep.per_type.items() if v["support"]))

    items = cut(list(data.conflibert(root)))
    texts, labels = [i.text for i in items], [i.label for i in items]
    f1, scores = cameo_quad(texts, labels, model, nlp)
    print("\n== ConfliBERT CAMEO PentaClass (shipped models, which saw these sentences) ==")
    print(f"macro-F1 {f1:.3f}  " + "  ".join(f"{k}:{v['f1']:.2f}" for k, v in scores.items()))
    if args.cv:
        from dateline.events import training
        base = training.examples_from(
            [i for i in training.training_items(root) if i.source != "conflibert"], nlp=nlp)
        cb = training.examples_from(items, nlp=nlp)
        folds = []
        for fold in range(5):
            test = [i for i in items if data.bucket(i.group) == fold]
            m = training.fit(base + [e for e in cb if data.bucket(e.group) != fold])
            sm = training.train_sentences(root, nlp=nlp, items=[
                i for i in training.sentence_items(root)
                if i.source != "conflibert" or data.bucket(i.group) != fold])
            f, _ = cameo_quad([i.text for i in test], [i.label for i in test], m, nlp, sm)
            folds.append(f)
            print(f"  fold {fold}: macro-F1 {f:.3f}")
        print(f"cross-validated PentaClass macro-F1 {sum(folds) / len(folds):.3f} (both models "
              "retrained without the fold)")

    t0 = time.perf_counter()
    docs = list(nlp.pipe([i.text for i in cut(list(data.ngec(root, "dev")))][:200]))
    t1 = time.perf_counter()
    from dateline.events.coder import code_doc
    for d in docs:
        code_doc(d, model=model)
    t2 = time.perf_counter()
    print(f"\nspeed: parse {1000 * (t1 - t0) / len(docs):.1f} ms/doc, events stage "
          f"{1000 * (t2 - t1) / len(docs):.1f} ms/doc ({100 * (t2 - t1) / (t1 - t0):.1f}% of parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
