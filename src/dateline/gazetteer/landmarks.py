"""Local landmarks the gazetteer lacks: placed at the article's home.

Local news names rivers, lakes, parks, squares and neighbourhoods ("the Neches River", "Lake
Cunningham", "Hampton Park", "the North Side") that no package lists. Left alone, such a name
is unresolved, or resolved by the known part of it (:func:`resolve._backoff`) to a namesake far
away ("Lake Robinson" read as Robinson, Ill., in an article about Greer, S.C.), or to a suburb of
the same name abroad. A landmark named in an article lies, nearly always, where the article's
own places are: it takes the point of the article's *home*, the populated place or county the
article names most often (its dateline's first), written with the landmark's name, no
GeoNames id and the GeoNames feature code of its kind. The point is approximate and says so
(``geonameid`` None); a sense the gazetteer knows near the home, or a physical feature it
knows by the full name ("Lake Ontario", "Puget Sound"), is kept.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Optional

from dateline.gazetteer import Entry
from dateline.gazetteer.ranker import distance_km

#: the last word of a landmark's name -> the GeoNames feature code of its kind
LAST_WORDS = {
    "river": "STM", "creek": "STM", "brook": "STM", "lake": "LK", "lakes": "LKS", "pond": "PND",
    "reservoir": "RSV", "park": "PRK", "parkway": "RD", "square": "SQR", "hill": "HLL",
    "hills": "HLLS", "mountain": "MT", "mountains": "MTS", "island": "ISL", "islands": "ISLS",
    "valley": "VAL", "wilderness": "RESW", "forest": "FRST", "beach": "BCH", "bay": "BAY",
    "falls": "FLLS", "canyon": "CNYN", "dam": "DAM", "side": "PPLX", "end": "PPLX",
}
#: the first word of a landmark's name ("Lake Cunningham", "River Moy", "Mount Tabor")
FIRST_WORDS = {"lake": "LK", "river": "STM", "mount": "MT"}
#: a sense the gazetteer knows only by part of the name is kept within this distance of home
NEAR_HOME_KM = 150.0


def landmark_code(text: str) -> Optional[str]:
    """The feature code of a landmark's kind, from its class word; None for other names."""
    words = text.replace("’s", "").replace("'s", "").split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    last, first = words[-1].lower(), words[0].lower()
    return LAST_WORDS.get(last) or FIRST_WORDS.get(first)


def home(groups: dict, chosen: dict, context: Optional[list[Entry]]) -> Optional[Entry]:
    """The article's home: its dateline's place; else, in the first-level division that the
    article's resolved names (not landmarks) point to most often, the populated place
    or county named most often (the first named on a tie), else that division itself."""
    for e in context or []:
        if e.feature_class == "P" or e.feature_code == "ADM2":
            return e
    by_admin: Counter = Counter()
    counts: Counter = Counter()
    first: dict[int, int] = {}
    by_index: dict[int, Entry] = {}
    for key, e in chosen.items():
        ms = groups[key]
        m = ms[0]
        if e is None or m.kind not in ("name", "admin2", "county_list") or m.partial or e.alternate \
                or landmark_code(m.text):
            continue
        a1 = e.index if e.feature_code == "ADM1" else e.admin1_index
        if a1 < 0:
            continue
        at = min(x.start for x in ms)
        by_admin[a1] += len(ms)
        first[a1] = min(first.get(a1, at), at)
        if e.feature_code == "ADM1":
            by_index[a1] = e
        elif e.feature_class == "P" or e.feature_code == "ADM2":
            counts[e.index] += len(ms)
            first[e.index] = min(first.get(e.index, at), at)
            by_index[e.index] = e
    if not by_admin:
        return None
    a1 = max(by_admin, key=lambda i: (by_admin[i], -first[i]))
    local = [i for i in counts if by_index[i].admin1_index == a1]
    if local:
        return by_index[max(local, key=lambda i: (counts[i], -first[i]))]
    return by_index.get(a1)


def place_landmarks(groups: dict, chosen: dict, context: Optional[list[Entry]]) -> None:
    """Give each landmark that the gazetteer lacks, or knows only far from the article's home,
    the home's point (see the module's docstring)."""
    spot = None
    for key, e in list(chosen.items()):
        m = groups[key][0]
        code = landmark_code(m.text)
        if code is None or m.kind != "name" or m.hint_country or m.hint_admin1 is not None \
                or m.parts or m.part_of is not None:
            continue
        if spot is None:
            spot = home(groups, chosen, context) or False
        if not spot:
            return
        if e is not None and not (m.partial and e.admin1_index != spot.admin1_index
                                  and distance_km(e.lat, e.lon, spot.lat, spot.lon) > NEAR_HOME_KM):
            continue  # a sense the gazetteer knows by the full name, or one near home
        chosen[key] = dataclasses.replace(spot, geonameid=None, name=m.text.strip(), feature_code=code,
                                          population=0, alternate=False)
