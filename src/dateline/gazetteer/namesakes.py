"""Namesakes in other countries that a text's wording or silence rules out: US post-office towns
in a report from abroad ("Zap" in a report from Iraq is not Zap, N.D.), and US or Canadian towns
named without their state in an article that never points to either country ("Bayonne": France's).
Used by :func:`dateline.gazetteer.resolve.resolve` before it scores the candidates.
"""
from __future__ import annotations

from typing import Optional

#: a US place this big, as a name's first sense, says the article is about the US
US_EVIDENCE_POP = 50_000


def abroad(mentions: list, locale: Optional[str]) -> bool:
    """Whether the article points to another country and never to the US, the only country
    with post-office towns in the gazetteer. A sign is a name whose first sense is a country,
    a first-level division or a city of 50,000+ (or a demonym, or an explicit hint); US
    local-news wording counts for the US."""
    if locale == "US":
        return False
    elsewhere = False
    for m in mentions:
        if m.hint_country:
            if m.hint_country == "US":
                return False
            elsewhere = True
            continue
        known = [e for e in m.candidates if not e.postal_town]
        if not known:
            continue
        e = known[0]
        if m.kind == "demonym" or e.feature_code in ("PCLI", "ADM1", "ADM2") or e.population >= US_EVIDENCE_POP:
            if e.country2 == "US":
                return False
            if e.country2:
                elsewhere = True
    return elsewhere


#: countries whose towns the news writes with their state or province ("Bayonne, N.J.",
#: "Verdun (Quebec)"), unless the text reads as their local news
STATED = frozenset(("US", "CA"))
#: a town of STATED this big is named without its state (AP's dateline cities and the like)
STATED_BIG = 300_000
#: ... and keeps its sense unless a namesake elsewhere has at least this share of its people
STATED_RIVAL = 0.25


def north_american(mentions: list, locale: Optional[str]) -> bool:
    """Whether anything in the article points to the US or Canada: local-news wording, a hint
    ("(Kansas)", "Ill."), a state, province or county, the country or its demonym, or a name
    that only a US or Canadian place bears."""
    if locale == "US":
        return True
    for m in mentions:
        if m.local_name and any(e.country2 in STATED for e in m.candidates):
            return True  # "Alexandria Police said", "a Rochester man": US local news's habit
        if m.hint_country in STATED:
            return True
        known = [e for e in m.candidates if not e.postal_town] or m.candidates
        if not known:
            continue
        if m.kind in ("demonym", "admin2") and any(e.country2 in STATED for e in known):
            return True
        if any(e.country2 in STATED and e.feature_code in ("PCLI", "ADM1") and not e.alternate for e in known):
            return True
        if all(e.country2 in STATED for e in known):
            return True
    return False


def drop_unqualified(mentions: list) -> None:
    """In an article that never points to the US or Canada, a town of theirs named without its
    state is not the place meant when a town or division elsewhere bears the name ("demonstrated
    in Bayonne": France's, not New Jersey's; the news writes "Bayonne, N.J.")."""
    for m in mentions:
        if m.kind != "name" or m.hint_country or m.hint_admin1 is not None or m.parts:
            continue
        stated = [e for e in m.candidates if e.country2 in STATED and e.population < STATED_BIG
                  and (e.feature_class == "P" or e.feature_code == "ADM2")]
        if not stated:
            continue
        # (a namesake a tenth of the size is no rival: "Hartford" stays Connecticut's)
        least = STATED_RIVAL * max(e.population for e in stated)
        if any(e.country2 not in STATED and e.feature_class in ("P", "A") and not e.alternate
               and e.population >= least for e in m.candidates):
            m.candidates = [e for e in m.candidates if e not in stated]
