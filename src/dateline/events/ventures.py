"""PLOVER COOPERATE in its economic and judicial forms named by ordinary verbs: two states
building, developing or linking something together, trade between them, intelligence passed.

PLOVER manual, COOPERATE: "Initiate, resume, improve, or expand *mutual* material cooperation or
exchange, including ... economic exchange or cooperation ... voluntary exchanges or sharing of
intelligence and other significant information." A verb like "build" is cooperation only when
the parties do it together ("Kenya and Ethiopia to build a railway", "built jointly with Peru");
one state building a dam is no event. Plain predicates over spaCy tokens, used as argument
checks by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _plain

#: Verbs that are cooperation only when done together.
_TOGETHER_ONLY = frozenset(("build", "construct", "develop", "produce", "manufacture", "merge",
                            "interconnect", "integrate", "co-produce", "unite"))
_JOINTLY = frozenset(("jointly", "together", "collectively", "bilaterally"))
_PARTNERS = frozenset(("with", "alongside", "between"))
#: Verbs of trade opened, resumed or grown ("resume trade", "trade between them surged").
_TRADE_OPENED = frozenset(("resume", "restore", "open", "reopen", "boost", "expand", "increase",
                           "double", "triple", "deepen", "liberalize", "liberalise", "normalize",
                           "normalise", "restart"))
_TRADE_GREW = frozenset(("surge", "grow", "rise", "double", "triple", "jump", "soar", "climb",
                         "increase", "expand", "boom", "recover", "resume", "hit", "reach"))


def _several_subjects(tok: Token) -> bool:
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("xcomp", "conj", "ccomp") and tok.head is not tok:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    for s in subjects:
        if any(c.dep_ == "conj" for c in s.children) or any(
                c.lower_ in ("both", "two", "three", "several") for c in s.subtree):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (any(k.dep_ == "conj" for k in g.children) or any(
                    k.lower_ in ("both", "two", "three") for k in g.children))
                for g in c.children) for c in s.children):
            return True              # "police of two nations", "the armies of Kenya and Uganda"
    return False


def done_together(tok: Token) -> Optional[bool]:
    """For verbs that cooperate only jointly (None: other words): "Kenya and Ethiopia to build
    a railway", "jointly develop lithium deposits", "built with Peruvian help"."""
    w = tok.lower_
    forms = {_plain(tok), w, tok.lemma_.lower(), "build" if w == "built" else w}
    if tok.pos_ in ("VERB", "PROPN"):
        forms |= {w[:-1], w[:-2]}    # title case: "Builds", "Merged"
    if not forms & _TOGETHER_ONLY:
        return None
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-":
        return False                 # "a military build-up"
    if any(c.dep_ == "advmod" and c.lower_ in _JOINTLY for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _PARTNERS and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "NORP", "ORG") or g.pos_ == "PROPN" or any(
                k.dep_ in ("amod", "compound") and k.ent_type_ in ("GPE", "NORP")
                for k in g.children))                      # "with Peruvian help"
            for g in c.children) for c in tok.children):
        return True
    return _several_subjects(tok)


def trade_named(tok: Token) -> Optional[bool]:
    """Whether the noun "trade" names an exchange here (None: other words): "bilateral trade",
    "trade between India and Bangladesh surged", "the two countries resumed trade". Not "trade
    talks", "a trade war", "the trade minister" (a modifier), nor trade in general."""
    if _plain(tok) != "trade" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ in ("compound", "amod", "nmod"):
        return tok.head.lower_ in ("ties", "relations", "links", "flows", "volume", "exchanges")
    head = tok.head
    if tok.dep_ in ("nsubj", "dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") \
            and _plain(head) not in _TRADE_GREW | _TRADE_OPENED:
        return False                 # "trade between them collapsed", "banned trade"
    if any(c.lower_ in ("bilateral", "mutual", "cross-border", "two-way", "direct")
           for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "among") for c in tok.children):
        return True
    if tok.dep_ in ("dobj", "nsubjpass") and _plain(head) in _TRADE_OPENED:
        return True
    return tok.dep_ == "nsubj" and _plain(head) in _TRADE_GREW
