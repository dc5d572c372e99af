"""PLOVER PROTEST read from what a crowd does to press a demand.

PLOVER manual, PROTEST: "All civilian demonstrations and other collective actions carried out as
protests against the recipient". A crowd of civilians that takes over an office, holds a
motorcade or gathers "to demand" something is protesting, whatever the verb: the demand is the
protest's topic, not a REQUEST of its own.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _forms, _plain

#: Civilians acting together (plural nouns of a crowd, trade or community).
_CIVILIAN_CROWDS = frozenset((
    "worker", "workers", "employee", "employees", "resident", "residents", "student", "students",
    "farmer", "farmers", "teacher", "teachers", "trader", "traders", "villager", "villagers",
    "driver", "drivers", "nurse", "nurses", "doctor", "doctors", "activist", "activists",
    "supporter", "supporters", "member", "members", "family", "families", "woman", "women",
    "youth", "youths", "people", "locals", "citizens", "parents", "miners", "fishermen",
    "vendors", "retirees", "pensioners", "truckers", "rider", "riders", "tenants", "hundreds",
    "dozens", "thousands", "protesters", "demonstrators", "crowd", "crowds", "tens",
    "opponents", "marchers", "mourners", "fans", "crowds", "protestors", "motorists"))
#: Verbs of speech or request: "said they demand", "wrote to demand" are statements or requests.
_SPEECH = frozenset(("say", "tell", "write", "state", "announce", "declare", "call", "ask",
                     "urge", "demand", "appeal", "issue", "send", "sign", "submit", "file",
                     "meet", "hold"))
_DEMANDING = frozenset(("demand", "call", "press", "protest", "denounce", "oppose", "seek"))


def collective_demand(tok: Token) -> Optional[Token]:
    """The action by which a crowd presses this demand ("workers *took over* the offices to
    demand back pay", "drivers *carried out* a motorcade to demand better fees"), or None."""
    if _plain(tok) not in _DEMANDING or tok.dep_ not in ("advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    action = tok.head
    if action.pos_ != "VERB" or _plain(action) in _SPEECH:
        return None
    subjects = [c for c in action.children if c.dep_ == "nsubj"]
    if not subjects and action.dep_ == "conj":
        subjects = [c for c in action.head.children if c.dep_ == "nsubj"]
    words = {w for s in subjects for w in (_plain(s), s.lower_)}
    words |= {g.lower_ for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"}
    words |= {c.lower_ for s in subjects for c in s.children if c.dep_ == "conj"}
    return action if words & _CIVILIAN_CROWDS else None


_STREETS = frozenset(("street", "streets", "road", "roads", "square", "squares"))


#: Verbs of a crowd filling public space ("thousands flooded the streets", "supporters poured
#: into the square", "truckers converged on the capital").
_THRONGING = frozenset(("flood", "fill", "pour", "throng", "pack", "jam", "converge", "swarm",
                        "spill"))
_PUBLIC_SPACE = _STREETS | frozenset(("capital", "centre", "center", "downtown", "plaza",
                                      "plazas", "avenue", "avenues", "boulevard"))


def took_to_streets(tok: Token) -> Optional[bool]:
    """Whether "take" or a verb of thronging names a protest here: "took to the streets",
    "thousands flooded the streets", "supporters poured into the square" (None: other words).
    "Took to Twitter", "took to the stage", "investment poured into the city" are none."""
    lemma = "take" if "take" in _forms(tok) else next(iter(_forms(tok) & _THRONGING), None)
    if lemma is None:
        return None
    places = _STREETS if lemma == "take" else _PUBLIC_SPACE
    preps = ("to",) if lemma == "take" else ("to", "into", "onto", "on", "in", "through")
    spots = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
             for g in p.children if g.dep_ == "pobj"]
    if lemma != "take":
        spots += [c for c in tok.children if c.dep_ == "dobj"]
        subjects = [s for s in tok.children if s.dep_ == "nsubj"]
        if not subjects and tok.dep_ in ("conj", "xcomp"):
            subjects = [s for s in tok.head.children if s.dep_ == "nsubj"]   # "marched and flooded"
        if not any(_plain(s) in _CIVILIAN_CROWDS or s.lower_ in _CIVILIAN_CROWDS or any(
                c.lower_ in ("supporters", "protesters", "opponents") for c in s.subtree)
                for s in subjects):
            return False             # "water flooded the streets"
    return any(g.lower_ in places or _plain(g) in places for g in spots)


def broke_up_gathering(tok: Token) -> Optional[bool]:
    """Whether "break up" names a COERCE here (None: not that word): police breaking up a
    protest, a crowd or a sit-in ("disperse"), not a couple or a company breaking up."""
    if _plain(tok) != "break":
        return None
    return any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)


#: Prepositions that make unrest a backdrop ("markets fell *amid* unrest").
_BACKDROP = frozenset(("amid", "amidst", "despite", "after", "over", "during", "following",
                       "because", "by", "of", "from", "against", "on"))


def unrest_reported(tok: Token) -> Optional[bool]:
    """Whether "unrest" reports civil unrest as the news ("unrest spreads across northern
    cities") rather than its backdrop ("markets fell amid unrest") (None: other words)."""
    if _plain(tok) != "unrest":
        return None
    return not (tok.dep_ == "pobj" and tok.head.lower_ in _BACKDROP)
