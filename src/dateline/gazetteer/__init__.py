"""An offline gazetteer: GeoNames places, admin divisions, countries and news regions.

``load()`` returns the :class:`Gazetteer`, compiled from PyPI packages on first use (about
10 s) into a pickle in the user cache directory (``$DATELINE_CACHE`` or
``~/.cache/dateline``), and loaded from there afterwards (well under 2 s; see
``bench/bench_gazetteer.py`` for the measured choice of a pickled dict over SQLite/DuckDB).

``lookup("Paris", country="USA")`` gives the candidate places for a name, best first.
"""
from __future__ import annotations

import functools
import gc
import logging
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from typing import Any, Optional

from dateline.gazetteer.normalize import norm

log = logging.getLogger(__name__)

GID, NAME, LAT, LON, CC, FCODE, POP, ADM1, ADM2 = range(9)


@dataclass(frozen=True)
class Entry:
    """One gazetteer record."""

    index: int
    geonameid: Optional[int]
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country2: str              # ISO alpha-2 ("" for seas, continents)
    country: Optional[str]     # ISO alpha-3
    feature_code: str
    population: int
    admin1: Optional[str]      # name of the first-level division
    admin1_index: int          # record index of it, -1 when none
    admin2_index: int
    alternate: bool = False    # matched through an alternate name, not the main one

    @property
    def postal_town(self) -> bool:
        """A US post-office town that GeoNames' cities500 lacks (no id, no population)."""
        return self.geonameid is None and self.population == 0 and self.feature_code == "PPL"

    @property
    def feature_class(self) -> str:
        code = self.feature_code
        if code.startswith("PPL"):
            return "P"
        if code.startswith(("ADM", "PCL", "TERR")):
            return "A"
        return "L"


#: short forms of name-initial words that GeoNames mostly spells out (keys as :func:`norm` makes them)
_ABBREVIATED = (("mt ", "mount "), ("ft ", "fort "), ("pt ", "point "))


class Gazetteer:
    def __init__(self, data: dict[str, Any]):
        self.records: list[tuple] = data["records"]
        self.names: dict[str, tuple[int, ...]] = data["names"]
        self.cc3: dict[str, str] = data["cc3"]
        self.countries: dict[str, int] = data["countries"]
        self.demonyms: dict[str, int] = data["demonyms"]
        self.us_states: dict[str, int] = data["us_states"]
        self.abbrev: dict[str, int] = data["abbrev"]
        #: consonant skeleton -> names, for spelling variants (:mod:`dateline.gazetteer.spelling`)
        self.skeletons: Optional[dict[str, tuple[str, ...]]] = data.get("skeletons")
        #: alpha-2 -> (names, letter-sequence counts) (:mod:`dateline.gazetteer.origin`)
        self.origin: dict[str, tuple[int, dict[str, int]]] = data.get("origin") or {}
        self.alpha3 = {v: k for k, v in self.cc3.items()}

    def __len__(self) -> int:
        return len(self.records)

    def entry(self, index: int, alternate: bool = False) -> Entry:
        r = self.records[index]
        adm1 = r[ADM1]
        if r[FCODE] == "ADM1":
            admin1 = r[NAME]
        else:
            admin1 = self.records[adm1][NAME] if adm1 >= 0 else None
        return Entry(index, r[GID], r[NAME], r[LAT], r[LON], r[CC], self.cc3.get(r[CC]),
                     r[FCODE], r[POP], admin1, index if r[FCODE] == "ADM1" else adm1, r[ADM2],
                     alternate)

    def _codes(self, key: str) -> tuple[int, ...]:
        codes = self.names.get(key, ())
        for short, full in _ABBREVIATED:  # "Mt. Pleasant" is also every "Mount Pleasant"
            if key.startswith(short):
                more = self.names.get(full + key[len(short):], ())
            elif key.startswith(full):
                more = self.names.get(short + key[len(full):], ())
            else:
                continue
            if more:
                codes = tuple(codes) + tuple(c for c in more if c not in codes and -c - 1 not in codes)
        return codes

    def candidates(self, name: str) -> list[Entry]:
        """Every record called ``name`` (main or alternate name), unordered."""
        codes = self._codes(norm(name))
        return [self.entry(c) if c >= 0 else self.entry(-c - 1, True) for c in codes]

    def has(self, name: str) -> bool:
        return bool(self._codes(norm(name)))

    def country(self, code: str) -> Optional[Entry]:
        """A country by alpha-2 or alpha-3 code."""
        code = (code or "").upper()
        code = self.alpha3.get(code, code)
        idx = self.countries.get(code)
        return self.entry(idx) if idx is not None else None

    def demonym(self, word: str) -> Optional[Entry]:
        """The country of an adjective: ``demonym("Ukrainian")`` -> Ukraine."""
        key = norm(word)
        idx = self.demonyms.get(key)
        if idx is None and key.endswith("s"):
            idx = self.demonyms.get(key[:-1])
        if idx is None and key.endswith(("an", "ans")) and word[:1].isupper():
            return self._state_demonym(key[:-1] if key.endswith("s") else key)
        return self.entry(idx) if idx is not None else None

    def _state_demonym(self, x: str) -> Optional[Entry]:
        """"Ohioans", "Texan", "Californians", "Ontarians": a US state or Canadian province."""
        for base in (x[:-1], x[:-1] + "s", x[:-2], x[:-2] + "o"):
            for code in self.names.get(base, ()):
                if code >= 0 and self.records[code][FCODE] == "ADM1" and self.records[code][CC] in ("US", "CA"):
                    return self.entry(code)
        return None

    def state(self, text: str) -> Optional[Entry]:
        """A US state from its postal code or AP abbreviation ("TX", "Tex.", "W.Va.")."""
        idx = self.abbrev.get(text.strip())
        if idx is None and len(text.strip()) == 2:
            idx = self.us_states.get(text.strip().upper())
        return self.entry(idx) if idx is not None else None

    def lookup(self, name: str, country: str | None = None, admin1: str | None = None,
               limit: int = 10) -> list[Entry]:
        """Candidates for ``name``, best first: country/admin1 filters, then importance."""
        found = self.candidates(name)
        if country:
            c = self.country(country)
            code = c.country2 if c else country.upper()
            found = [e for e in found if e.country2 == code]
        if admin1:
            key = norm(admin1)
            state = self.state(admin1)
            found = [e for e in found if e.admin1 and (norm(e.admin1) == key or
                     (state is not None and e.admin1_index == state.index))]
        found.sort(key=importance, reverse=True)
        return found[:limit]


_RANK = {"PCLI": 6.0, "CONT": 6.0, "OCN": 5.0, "PPLC": 6.0, "ADM1": 2.0, "ADM2": 0.5}


def importance(e: Entry) -> float:
    """A prior: countries, then population (log scale), states; main names before alternates."""
    rank = _RANK.get(e.feature_code, 0.0)
    if e.feature_code == "ADM1" and e.country2 == "US":
        rank = 4.5
    elif rank == 0.0 and e.feature_class == "L":
        rank = 2.0
    return rank + 1.2 * math.log10(e.population + 10) - (3.0 if e.alternate else 0.0)


def cache_path() -> str:
    from dateline.gazetteer.build import VERSION
    base = os.environ.get("DATELINE_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "dateline")
    return os.path.join(base, f"gazetteer-v{VERSION}.pkl")


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built on first use and cached on disk; loaded once per process."""
    path = cache_path()
    try:
        with open(path, "rb") as fh:
            gc.disable()  # millions of small tuples: the collector only slows the load
            try:
                data = pickle.load(fh)
            finally:
                gc.enable()
        from dateline.gazetteer.build import VERSION
        if data.get("version") == VERSION:
            return Gazetteer(data)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError):
        pass
    from dateline.gazetteer.build import build
    data = build()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent first uses never see half a file
        _drop_stale(path)
    except OSError as exc:  # read-only home: keep it in memory only
        log.warning("could not cache the gazetteer at %s: %s", path, exc)
    return Gazetteer(data)


def _drop_stale(path: str) -> None:
    """Remove the indexes of older versions beside ``path`` (~30 MB each); newer ones may
    belong to another install sharing the cache folder and are kept."""
    folder, keep = os.path.split(path)
    current = int(keep[len("gazetteer-v"):-len(".pkl")])
    for name in os.listdir(folder):
        version = name[len("gazetteer-v"):-len(".pkl")]
        if name.startswith("gazetteer-v") and name.endswith(".pkl") and version.isdigit() \
                and int(version) < current:
            try:
                os.remove(os.path.join(folder, name))
            except OSError:
                pass


def lookup(name: str, country: str | None = None, admin1: str | None = None,
           limit: int = 10) -> list[Entry]:
    """Candidate places for ``name`` (best first), e.g. ``lookup("Paris", country="USA")``."""
    try:
        return load().lookup(name, country=country, admin1=admin1, limit=limit)
    except Exception:  # never raise on odd input
        log.exception("gazetteer lookup failed for %r", name)
        return []
