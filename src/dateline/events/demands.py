"""Statements that are, or are not, PLOVER events: a demand put as what another party "must" do
(REQUEST), and agreeing *with* a view (no AGREE: a statement, CAMEO 01).

Plain predicates over spaCy tokens, used by :mod:`dateline.events.plover_rules`.
"""
from __future__ import annotations

from spacy.tokens import Token

from dateline.events.cues import _plain


#: PLOVER REQUEST covers "all requests, demands and orders": someone saying that another party
#: *must* or *should* act ("said Turkey must mediate the talks") demands it.
_DEONTIC = frozenset(("must", "should", "ought"))
_SPEAKING = frozenset(("say", "tell", "insist", "state", "stress", "add", "argue", "declare",
                       "write", "note", "reiterate", "emphasize", "emphasise", "warn"))


def _demanded(tok: Token) -> bool:
    """"The minister said the neighbouring state must mediate": a demand on another party."""
    if not any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in tok.children):
        return False
    if tok.dep_ != "ccomp" or _plain(tok.head) not in _SPEAKING:
        return False
    subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    speaker = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subject or subject[0].pos_ == "PRON":
        return False                 # "we must defend our borders": a resolve, not a demand
    return not speaker or subject[0].lower_ != speaker[0].lower_


#: Views one can agree with without agreeing to do anything (PLOVER AGREE is agreeing to
#: cooperate; sharing an opinion is a statement, CAMEO 01).
_VIEWS = frozenset(("recommendation", "assessment", "view", "views", "decision", "finding",
                    "findings", "conclusion", "analysis", "statement", "criticism", "remark",
                    "remarks", "comment", "comments", "idea", "sentiment", "position", "stance",
                    "argument", "verdict", "opinion", "what", "assertion", "claim"))


def _shares_view(tok: Token) -> bool:
    """"They agree with the panel that the rules were broken", "agreed with the decision"."""
    if _plain(tok) != "agree" or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" for c in kids) or any(c.dep_ == "prep" and c.lower_ in ("on", "to")
                                                   for c in kids):
        return False                 # "agreed to talk", "agreed on a prisoner swap"
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    return any(g.lower_ in _VIEWS or _plain(g) in _VIEWS for p in kids
               if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
               if g.dep_ in ("pobj", "pcomp"))


def _appeal_call(tok: Token) -> bool:
    """"UN Chief Calls/NOUN on Ghana to Show Restraint": a headline's verb "calls" tagged as a
    plural noun, with the "on" or "for" of an appeal and no determiner, is a REQUEST, not a
    phone call."""
    if _plain(tok) != "call" or tok.tag_ != "NNS" or any(
            c.dep_ in ("det", "poss", "nummod", "amod") for c in tok.children):
        return False
    heads = [tok]
    if tok.dep_ == "nsubj" and _plain(tok.head) in ("grow", "mount", "increase", "intensify"):
        heads.append(tok.head)       # "Calls Grow for Probe After ...": growing calls for it
    return any(c.dep_ == "prep" and c.lower_ in ("on", "for")
               and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children)


#: Who takes hostages: a ransom they demand is part of the hostage-taking.
_CAPTORS = frozenset(("kidnapper", "abductor", "captor", "hostage-taker", "militant", "gunman",
                      "gunmen", "pirate", "rebel", "insurgent", "bandit", "jihadist", "gang",
                      "fighter", "terrorist", "extremist", "group", "militia", "kidnappers",
                      "abductors", "captors", "militants", "pirates", "rebels", "insurgents",
                      "bandits", "jihadists", "gangs", "fighters", "terrorists", "extremists"))


#: What armed men demand at gunpoint in a robbery ("gunmen demanded cash").
_LOOT = frozenset(("cash", "money", "valuables", "phones", "jewellery", "jewelry", "wallets",
                   "dollars", "euros", "payment", "payments", "sum"))
#: Those who hold hostages: whatever they demand is a term of the hostage-taking.
_HOSTAGE_TAKERS = frozenset(("kidnapper", "kidnappers", "abductor", "abductors", "captor",
                             "captors", "hostage-taker", "hostage-takers", "takers", "hijacker",
                             "hijackers"))


def sought_culprits(tok: Token) -> bool:
    """"Police seek suspects after bomb kills five", "hunt the gunmen": a search for culprits,
    not a REQUEST (PLOVER REQUEST asks someone for something)."""
    if _plain(tok) not in ("seek", "hunt", "search", "look"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    return bool(objects) and all(_plain(o) in _CULPRITS or o.lower_ in _CULPRITS for o in objects)


_CULPRITS = frozenset(("suspect", "suspects", "culprit", "culprits", "perpetrator",
                       "perpetrators", "attacker", "attackers", "gunman", "gunmen", "killer",
                       "killers", "bomber", "bombers", "assailant", "assailants", "fugitive",
                       "fugitives", "robber", "robbers", "kidnapper", "kidnappers", "escapee",
                       "escapees", "shooter", "shooters"))


def ransom_demand(tok: Token) -> bool:
    """"Militants demand ransom after kidnapping aid workers": captors demanding a ransom hold
    hostages (PLOVER ASSAULT, mode abduct: "abduct, kidnap, hostage-taking"), which is the
    event; the demand is its term, not a REQUEST of its own."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _HOSTAGE_TAKERS for s in subjects) and objects:
        return True                  # "hijackers demand safe passage"
    if not any(o.lower_ in ("ransom", "ransoms") or o.lower_ in _LOOT for o in objects):
        return False
    return any(s.lower_ in _CAPTORS or _plain(s) in _CAPTORS for s in subjects)
