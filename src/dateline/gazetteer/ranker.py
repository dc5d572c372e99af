"""The candidate scorer: a linear model over a few features of (mention, candidate, article).

``HAND`` holds hand-set weights (the original heuristic written as a linear model); the
shipped ``ranker.json`` holds weights fitted as a conditional logit on the LGL tune split
(see ``train_ranker.py`` and docs/model-card-places.md). The fitted file wins when present.
"""
from __future__ import annotations

import functools
import json
import logging
import math
import os
from collections import Counter
from typing import Optional

from dateline.gazetteer import Entry

log = logging.getLogger(__name__)

FEATURES = (
    "country", "continent_ocean", "capital", "admin1", "us_admin1", "admin2", "physical",
    "log_population", "alternate", "same_name_city",
    "hint_admin1_match", "hint_admin1_miss", "hint_country_match", "hint_country_miss",
    "focus_country", "focus_admin1", "near_50km", "near_150km", "near_400km",
    "support_admin1", "top_population", "support_admin2", "foreign_local", "county_link",
    "near_candidate", "focus_region", "postal_town",
)

HAND: dict[str, float] = {
    "country": 6.0, "continent_ocean": 5.5, "capital": 6.0, "admin1": 2.0, "us_admin1": 2.5,
    "admin2": 0.5, "physical": 2.0, "log_population": 1.2, "alternate": -3.0,
    "same_name_city": -6.0, "hint_admin1_match": 12.0, "hint_admin1_miss": -6.0,
    "hint_country_match": 10.0, "hint_country_miss": -6.0, "focus_country": 5.0,
    "focus_admin1": 7.0, "near_50km": 2.5, "near_150km": 1.5, "near_400km": 0.5,
    "support_admin1": 2.0, "top_population": 0.0, "support_admin2": 0.0,
    "foreign_local": -6.0, "county_link": 5.0,
    "near_candidate": 1.0, "focus_region": 5.0, "postal_town": -4.0,
}

CELL = 0.5  # degrees
#: the radius of an article's region: countries whose points lie this near a candidate
REGION_KM = 1500.0
NEAR_CAP = 1.0
#: the share of an article's focus on another country that takes the capital bonus from a
#: capital whose own country the article never names (by a place or a demonym)
CAPITAL_AWAY = 0.5


def cell(e: Entry) -> tuple[int, int]:
    return int(math.floor(e.lat / CELL)), int(math.floor(e.lon / CELL))

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ranker.json")
SUPPORT_CAP = 3.0


@functools.lru_cache(maxsize=1)
def weights() -> tuple[float, ...]:
    """The fitted weights from ranker.json, else the hand-set ones."""
    w = dict(HAND)
    if os.environ.get("DATELINE_RANKER", "") != "hand":
        try:
            with open(PATH, encoding="utf-8") as fh:
                w.update(json.load(fh)["weights"])
        except (OSError, ValueError, KeyError) as exc:
            log.debug("ranker weights not loaded (%s): hand-set weights", exc)
    return tuple(float(w[f]) for f in FEATURES)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def features(m, e: Entry, same_name_city: bool, focus_c: Counter, focus_a: Counter, total: float,
             anchors: list[Entry], support: Optional[Counter], top_pop: int) -> list[float]:
    """The feature vector of candidate ``e`` for mention ``m`` (order of ``FEATURES``)."""
    code = e.feature_code
    cls = e.feature_class
    f = [0.0] * len(FEATURES)
    f[0] = code == "PCLI"
    f[1] = code in ("CONT", "OCN")
    f[2] = code == "PPLC" and not e.alternate  # "Delhi" is not Dili (another name of it)
    f[3] = code == "ADM1"
    f[4] = code == "ADM1" and e.country2 == "US"
    f[5] = code == "ADM2"
    f[6] = cls == "L" and code not in ("CONT", "OCN")
    f[7] = math.log10(e.population + 10)
    f[8] = e.alternate
    f[9] = same_name_city
    if m.hint_admin1 is not None:
        hit = e.admin1_index == m.hint_admin1 or e.index == m.hint_admin1
        f[10], f[11] = hit, not hit
    elif m.hint_country:
        hit = e.country2 == m.hint_country
        f[12], f[13] = hit, not hit
    if total:
        f[14] = focus_c.get(e.country2, 0) / total
        if e.admin1_index >= 0:
            f[15] = focus_a.get(e.admin1_index, 0) / total
    named = support.get("named") if support else None
    if f[2] and total and focus_c.get(e.country2, 0) <= 0 and e.country2 not in (named or ()) and any(
            c.country2 != e.country2 and c.feature_class == "P"
            and focus_c.get(c.country2, 0) / total >= CAPITAL_AWAY for c in m.candidates):
        # a capital's namesake in an article about the namesake's country, which never names
        # the capital's own ("London" beside Quebec and Ontario places: London, Ont.)
        f[2] = 0.0
    if anchors and code not in ("PCLI", "CONT", "OCN"):
        near = min(distance_km(e.lat, e.lon, a.lat, a.lon) for a in anchors)
        f[16], f[17], f[18] = near < 50, 50 <= near < 150, 150 <= near < 400
    if support and e.admin1_index >= 0:
        f[19] = min(support.get(e.admin1_index, 0.0), SUPPORT_CAP)
    f[20] = e.population >= top_pop and e.population > 0
    if support:
        a2 = e.index if code == "ADM2" else e.admin2_index
        if a2 >= 0:
            f[21] = min(support.get(("a2", a2), 0.0), SUPPORT_CAP)
    loc = getattr(m, "locale", None)
    if loc and e.country2 != loc and code not in ("PCLI", "CONT", "OCN", "ADM1") \
            and not (m.hint_country or m.hint_admin1 is not None) \
            and any(c.country2 == loc and c.feature_class in ("P", "A") for c in m.candidates):
        f[22] = 1.0  # a foreign namesake in a text that reads as local news (see locale)
        f[2] = 0.0  # ... whose being a capital says nothing there ("Paris firefighters")
    links = support.get("links") if support else None
    if links:
        by_idx, by_a2 = links
        if e.feature_class == "P" and e.admin2_index >= 0 and by_idx.get(e.admin2_index, 0) > 0 \
                or code == "ADM2" and by_a2.get(e.index, 0) > 0:
            f[23] = 1.0  # a town in a county the article names, or a county a town it names lies in
    near = support.get("cells") if support else None
    if near and (cls == "P" or code == "ADM2"):
        grid, own = near
        y, x = cell(e)
        others = {k for dy in (-1, 0, 1) for dx in (-1, 0, 1) for k in grid.get((y + dy, x + dx), ())}
        others.discard(own)
        f[24] = min(len(others), NEAR_CAP)
    region = support.get("points") if support else None
    if region and total and e.country2 and code not in ("PCLI", "CONT", "OCN"):
        # the share of the article's focus on the other countries it names (and its dateline's)
        # whose point lies within REGION_KM ("Gaza" in news about Israel and Egypt: not
        # Mozambique's Gaza province)
        points, sure_c = region
        near_share = sum(w for cc, w in sure_c.items() if cc and cc != e.country2 and w > 0 and cc in points
                         and distance_km(e.lat, e.lon, *points[cc]) <= REGION_KM)
        f[25] = min(near_share / total, 1.0)
    f[26] = e.postal_town
    return [float(x) for x in f]


def score(f: list[float]) -> float:
    return sum(a * b for a, b in zip(weights(), f))
