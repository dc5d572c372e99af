"""Count, over train docs, for each (lemma,pos,arg) candidate: n, hits (gold cue covers token and gold content half-overlaps content_of)."""
import sys, pickle, collections, json
from spacy.tokens import DocBin
from dateline.pipeline import parse
from dateline.quotes import finder
from dateline.quotes.marks import find_regions
from dateline.quotes.evaluation import half_overlap
name = sys.argv[1]; lo = int(sys.argv[2]); hi = int(sys.argv[3])
nlp = parse.load_nlp()
corpus = pickle.load(open(f"/tmp/qa/{name}.pkl", "rb"))
db = DocBin().from_disk(f"/tmp/qa/{name}.spacy")
counts = collections.defaultdict(lambda: [0, 0])
ctx = collections.defaultdict(lambda: [0, 0])
for k, ((aid, text, gold), doc) in enumerate(zip(corpus, db.get_docs(nlp.vocab))):
    if k < lo: continue
    if k >= hi: break
    quoted = [(r.content_start, r.content_end) for r in find_regions(text)]
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN"): continue
        if any(a <= tok.idx < b for a, b in quoted): continue
        args = {c.dep_ for c in tok.children if c.dep_ in ("ccomp", "dobj", "prep", "xcomp", "acl", "advcl", "pobj", "attr", "oprd", "dative")}
        if tok.dep_ in ("parataxis", "advcl", "ccomp") and tok.head is not tok:
            args.add("_head")
        for arg in args:
            if arg == "_head" and "ccomp" in args: continue
            span = finder.content_of(tok, arg)
            if span is None or span[0] <= tok.idx < span[1]: continue
            hit = any(g.cue and g.cue[0] <= tok.idx < g.cue[1] and half_overlap(g.content, [span]) for g in gold)
            key = (tok.lemma_.lower(), tok.pos_, arg)
            counts[key][0] += 1; counts[key][1] += hit
            has_subj = finder.subject(tok) is not None
            c = (tok.dep_, tok.tag_, has_subj)
            ctx[json.dumps([list(key), list(c)])] = ctx.get(json.dumps([list(key), list(c)]), [0, 0])
            ctx[json.dumps([list(key), list(c)])][0] += 1; ctx[json.dumps([list(key), list(c)])][1] += hit
json.dump({"rules": [[list(k), v] for k, v in counts.items()], "ctx": ctx}, open(f"/tmp/qa/learn_{name}_{lo}_{hi}.json", "w"))
print(len(counts))
