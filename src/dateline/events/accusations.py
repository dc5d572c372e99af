"""PLOVER ACCUSE read off the parse: a government's diplomatic protest.

PLOVER manual, ACCUSE, potential ambiguities: "ACCUSE `disapprove' is used for diplomatic
protests, as well as delegations presenting a disagreement to an organization or authority";
PROTEST is "civilian demonstrations and other collective actions". Plain predicates over spaCy
tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from spacy.tokens import Token

from dateline.events.cues import _plain

#: Bodies whose protest is a diplomatic one (never a street demonstration).
_STATE_BODIES = frozenset(("ministry", "government", "embassy", "minister", "cabinet",
                           "administration", "kremlin", "consulate", "ambassador", "diplomat",
                           "chancellor", "country", "premier", "president"))


def diplomatic_protest(tok: Token) -> bool:
    """"The foreign ministry protested over the border shooting", "Embassy lodges protest":
    a state's complaint, ACCUSE (mode disapprove), not a PROTEST."""
    if _plain(tok) != "protest":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "compound"):
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("xcomp", "advcl") and _plain(tok.head) in ("summon", "call"):
        return True                  # "summoned the ambassador to protest against the remarks"
    if any(_plain(s) in _STATE_BODIES or s.lower_ in _STATE_BODIES for s in subjects):
        return True
    # "Chile protested the incursion into its waters": a country protesting an act (its
    # object) complains as a state; "farmers protested the tax" stays a PROTEST
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) and any(
        s.ent_type_ == "GPE" for s in subjects)


_JUDICIAL = frozenset(("charge", "indict", "sue", "prosecute", "indictment", "lawsuit", "arraign"))


def formal_charge(tok: Token) -> bool:
    """"Prosecutors charged the former minister with corruption", "sued the company": a formal
    legal act (PLOVER ACCUSE: "Accuse, allege, or charge, both judicially and informally"; "Sue or
    bring to court"), not a statement to veto."""
    lemma = _plain(tok)
    if lemma not in _JUDICIAL:
        return False
    if lemma == "charge":
        return tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with"
                                          for c in tok.children)
    return True
