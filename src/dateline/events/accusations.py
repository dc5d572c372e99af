"""PLOVER ACCUSE read off the parse: a government's diplomatic protest.

PLOVER manual, ACCUSE, potential ambiguities: "ACCUSE `disapprove' is used for diplomatic
protests, as well as delegations presenting a disagreement to an organization or authority";
PROTEST is "civilian demonstrations and other collective actions". Plain predicates over spaCy
tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

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


#: Verbs under which "responsible" assigns blame ("says Russia responsible for the dam
#: collapse", "found the army responsible").
_BLAMING = frozenset(("say", "find", "deem", "consider", "hold", "call", "declare", "name",
                      "believe", "judge", "rule", "conclude", "blame", "accuse"))


def held_responsible(tok: Token) -> Optional[bool]:
    """Whether "responsible" blames someone here (None: other words): "says Russia responsible
    for the collapse", "concluded that the army was responsible"; "responsible for the
    accounts" is a job."""
    if tok.lower_ != "responsible":
        return None
    head = tok.head
    if head.lemma_.lower() == "be" and head.dep_ in ("ccomp", "xcomp"):
        head = head.head
    return head.lemma_.lower() in _BLAMING or _plain(head) in _BLAMING


#: Feelings that are disapproval when someone voices them ("voices outrage at"); "Outrage over
#: repression" alone is a reaction, its topic the news. ("Expressed concern" is CAMEO 012, a
#: pessimistic comment: a statement, no ACCUSE.)
_DISAPPROVAL = frozenset(("outrage", "dismay", "indignation", "anger"))
_VOICING = frozenset(("express", "voice", "register", "convey", "show", "raise", "state",
                      "share", "vent", "air", "signal"))
#: Acts that stir outrage in others ("the ruling sparked outrage"): disapproval voiced.
_STIRRING = frozenset(("spark", "provoke", "draw", "trigger", "cause", "prompt", "stir", "fuel",
                       "ignite"))


def voiced_disapproval(tok: Token) -> Optional[bool]:
    """Whether a feeling of disapproval is voiced by someone here (None: other words)."""
    if _plain(tok) not in _DISAPPROVAL:
        return None
    if tok.dep_ in ("dobj", "nsubjpass") and _plain(tok.head) in _VOICING | _STIRRING:
        return True                  # "voices outrage", "the verdict sparked outrage"
    return any(c.dep_ in ("compound", "amod") and _plain(c) in _VOICING for c in tok.children)


#: Crimes and attacks one party is linked to ("links the rebels to the kidnapping plot").
_MISDEEDS = frozenset(("plot", "attack", "attacks", "bombing", "bombings", "killing", "killings",
                       "murder", "murders", "kidnapping", "kidnappings", "coup", "fraud",
                       "corruption", "scandal", "terrorism", "massacre", "assassination",
                       "abduction", "smuggling", "trafficking", "crime", "crimes", "violence",
                       "riots", "unrest", "sabotage", "blast", "explosion", "cyberattack",
                       "hack", "hacking", "shooting", "shootings", "arson", "graft", "bribery",
                       "laundering", "embezzlement", "espionage", "spying", "assault", "raid",
                       "disappearance", "poisoning", "leak", "rigging"))
#: Authorities one reports a wrongdoer to.
_AUTHORITIES = frozenset(("police", "prosecutor", "prosecutors", "court", "agency", "authorities",
                          "commission", "watchdog", "regulator", "un", "council", "tribunal",
                          "ombudsman", "interpol", "icc", "inspector", "inspectors"))
_FORCES = frozenset(("troops", "army", "soldiers", "reserves", "reservists", "guard", "militia",
                     "police", "forces", "military"))


#: People and groups one suspects.
_ACTORS = frozenset(("militia", "militias", "rebels", "rebel", "group", "groups", "police",
                     "army", "soldiers", "troops", "government", "officials", "official",
                     "minister", "gang", "gangs", "insurgents", "militants", "separatists",
                     "jihadists", "agents", "spies", "neighbour", "neighbor", "rival", "rivals",
                     "company", "bank", "firm", "opposition", "regime", "state", "mayor"))


def blame_named(tok: Token) -> Optional[bool]:
    """Whether a word that blames only with certain arguments does so here (None: other
    words): "links the rebels to the kidnapping *plot*", "attributed the bombing to",
    "investigators suspect the militia", "reported the ministry to the anti-graft agency",
    "called out the ministry". Not "the road links the town to the coast", "doctors suspect
    food poisoning", "reported to work", "called out the troops"."""
    lemma = _plain(tok)
    to_objects = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                  for g in p.children if g.dep_ in ("pobj", "pcomp")]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in ("link", "tie"):
        words = [t for g in to_objects for t in g.subtree]
        return any(t.lower_ in _MISDEEDS or _plain(t) in _MISDEEDS for t in words)
    if lemma == "attribute":
        return any(o.lower_ in _MISDEEDS or _plain(o) in _MISDEEDS for o in objects)
    if lemma == "suspect":
        return any(o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _plain(o) in _ACTORS
                   or o.lower_ in _ACTORS for o in objects)
    if lemma == "report":
        return bool(objects) and any(_plain(g) in _AUTHORITIES or g.lower_ in _AUTHORITIES
                                     for g in to_objects)
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return not any(o.lower_ in _FORCES for o in objects)
    return None

