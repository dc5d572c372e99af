import sys, os, pickle
from spacy.tokens import DocBin
from dateline.pipeline import parse
from dateline.quotes.evaluation import read_corpus
corpus_dir, limit, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
corpus = read_corpus(corpus_dir, limit)
nlp = parse.load_nlp()
db = DocBin(store_user_data=False)
for doc in nlp.pipe((t for _, t, _ in corpus), batch_size=16):
    db.add(doc)
db.to_disk(out + ".spacy")
pickle.dump(corpus, open(out + ".pkl", "wb"))
print("done", len(corpus))
