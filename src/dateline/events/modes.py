"""The PLOVER mode and contexts of a coded event, read off its trigger word and its sentence
(the lexicon's mode table and context cues).

Used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from dateline.events.ambiguities import arson
from dateline.events.cues import _plain
from dateline.events.features import Candidate
from dateline.events.lexicon import CONTEXT_CUES, DEFAULT_CONTEXTS, MODE_TABLE
from dateline.events.restrictions import captured_combatants


def _mode(etype: str, cand: Candidate, absorbed: list[Token], sent: SpacySpan) -> Optional[str]:
    table = MODE_TABLE.get(etype)
    if not table:
        return None
    tok = cand.token
    lemma = cand.lemma or tok.lemma_.lower()
    near: set[str] = {lemma}
    for t in [*absorbed, tok]:
        near.add(t.lemma_.lower())
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue             # "killed 12 and abducted 30": the next act has its own mode
            near.add(c.lemma_.lower())
            near.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "compound", "amod"))
    near.update(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if etype == "ASSAULT" and arson(tok):
        return "primitive"           # "set fire to a church", "set the house on fire"
    if etype == "ASSAULT" and _plain(tok) == "capture" and captured_combatants(tok):
        return "abduct"              # "captured 15 rebel fighters"
    for mode, cues in table:
        if near & cues:
            return mode
    if etype in ("ASSAULT", "MOBILIZE", "PROTEST"):
        words = {x.lemma_.lower() for x in sent}
        for mode, cues in table:
            if words & cues:
                return mode
    return None


def _contexts(etype: str, mode: Optional[str], sent: SpacySpan) -> list[str]:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    out: list[str] = []
    for key in (etype, f"{etype}:{mode}"):
        for ctx in DEFAULT_CONTEXTS.get(key, ()):
            if ctx not in out:
                out.append(ctx)
    for ctx, cues in CONTEXT_CUES.items():
        if ctx not in out and words & cues:
            out.append(ctx)
    return out[:4]
