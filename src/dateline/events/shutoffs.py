"""Cuts in information and public utilities ("cut off the internet", "shut off power"):
PLOVER COERCE modes censor and withhold.

Used by :func:`dateline.events.plover_rules.retype`; plain predicates over spaCy tokens.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _CENSORED, _arguments, _names, _plain


#: PLOVER COERCE modes censor ("restrict access to ... information", :data:`cues._CENSORED`)
#: and withhold ("shut off power / internet / water"): a cut in such services is COERCE, not a
#: SANCTION on relations.
_UTILITIES = frozenset(("internet", "electricity", "power", "water", "phone", "telephone", "mobile",
                        "communication", "communications", "telecommunication", "fuel"))
_NATURAL = frozenset(("storm", "hurricane", "typhoon", "cyclone", "flood", "flooding", "earthquake",
                      "quake", "blizzard", "snow", "snowstorm", "rain", "wind", "wildfire", "fire",
                      "landslide", "tsunami", "heatwave", "outage", "fault", "failure", "drought"))
_SHUTTING = frozenset(("suspend", "suspension", "cut", "shut", "block", "restrict", "halt",
                       "disconnect", "switch", "shutdown", "blackout", "ban", "close", "curb",
                       "throttle", "censor", "stop", "limit"))


def _shutoff(tok: Token) -> Optional[str]:
    """"Cut off the internet", "social media platforms suspended": the COERCE mode (censor or
    withhold) of a cut in information or public utilities, else None."""
    if _plain(tok) not in _SHUTTING:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in ("advcl", "conj", "xcomp"):
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if any(_plain(c) in _NATURAL for c in subjects):
        return None                  # "a storm hit the coast, cutting power": no one's act
    for a in _arguments(tok):
        words = _names(a)
        for p in a.children:         # "access *to* social media", "supply *of* water"
            if p.dep_ == "prep" and p.lower_ in ("to", "of"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        words |= _names(g)
        if words & _CENSORED:
            return "censor"
        if words & _UTILITIES:
            return "withhold"
    return None
