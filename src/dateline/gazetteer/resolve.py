"""Toponym disambiguation: choose one gazetteer entry per mention, using the whole article.

Signals, in order of strength: an explicit admin/country hint ("Paris, Texas",
"Springfield, Ill.", "the Ukrainian city of Kherson"), the kind of name ("Laurel County"
is an ADM2), the article's focus (countries and first-level divisions named or implied
by its other mentions, and the dateline), closeness to the other places, then a prior
from feature class and population. One name keeps one sense within an article.
The candidates are scored by :mod:`dateline.gazetteer.ranker` (a linear model whose
weights were fitted on the LGL tune split; see docs/model-card-places.md).
"""
from __future__ import annotations

import math
import re
from collections import Counter
import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Optional

from dateline.gazetteer import Entry, Gazetteer, discourse, importance, landmarks, parens, ranker, spelling
from dateline.gazetteer.namesakes import abroad, drop_unqualified, north_american
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.ranker import distance_km  # noqa: F401  (part of this module's API)


MAX_CANDIDATES = 25
#: a pass-1 choice this far ahead of the next candidate votes fully for the article's focus
SURE_MARGIN = 2.5
#: alternate names compete with main names only for places this large
ALT_MIN_POP = 10_000
#: lowercase class words after a name that say which sense it is
DIVISION_WORDS = {"province", "region", "state", "governorate", "department", "oblast", "county",
                  "district", "prefecture", "regency"}
TOWN_WORDS = {"city", "town", "village", "township"}
#: dotted short forms whose key ("la", "nyc") other names share
DOTTED = {"L.A.": "Los Angeles", "N.Y.C.": "New York City"}
#: a demonym's vote for the article's focus ("Russian forces shelled Pisky, Donetsk": the
#: actor's country, not where it happened; "Ukrainian city of" is an explicit hint instead)
DEMONYM_VOTE = 0.0
#: the vote of a country the actor dictionary codes one of the article's actors to
ACTOR_VOTE = 1.0
#: the vote of the first-level division a source's other articles point to (local_lexicon)
HOME_VOTE = 1.0
#: a city this large says less about where the article's other places lie
BIG_CITY = 1_000_000
BIG_CITY_VOTE = 0.5
#: how much more a name's vote for the focus weighs for each doubling of its mentions
REPEAT_VOTE = 0.5
#: a parenthetical group's head known only by part of its name keeps the senses this large
PARTIAL_HEAD_POP = 100_000
#: A short name matched only as another place's alternate name is taken only when that place is
#: this big (or a division).
ALT_ONLY_POP = 100_000


@dataclass
class Mention:
    """A toponym found in the text, with what the context says about it."""

    text: str
    start: int
    end: int
    kind: str = "name"                  # "name", "demonym", "admin2" (X County), "feature"
    hint_country: Optional[str] = None  # alpha-2 named next to it
    hint_admin1: Optional[int] = None   # record index of a first-level division named next to it
    strong: bool = False                # recognised with good evidence (NER label or cue)
    candidates: list[Entry] = field(default_factory=list)
    entry: Optional[Entry] = None
    parts: list["Mention"] = field(default_factory=list)  # its parenthetical hints, see parens
    part_of: Optional["Mention"] = None                    # the head this hint qualifies
    locale: Optional[str] = None        # alpha-2 the article's wording implies (see locale)
    class_word: Optional[str] = None    # a lowercase class word after it ("San Juan province")
    partial: bool = False               # its candidates bear only part of its name (see _backoff)
    runs_on: bool = False               # more capitalised words follow it ("Man Nawng Kawng")
    local_name: bool = False            # named by a local institution or its people ("a Rochester man")


def candidates_for(gz: Gazetteer, m: Mention) -> list[Entry]:
    if m.kind == "demonym":
        e = gz.demonym(m.text)
        return [e] if e else []
    if m.part_of is not None and m.text.strip() in parens.HINT_ABBREV:
        return parens.hint_abbrev(gz, m.text)  # "(Hangu, KPK)"
    if m.kind == "county_list":
        found = [e for e in gz.candidates(m.text + " County") + gz.candidates(m.text + " Parish")
                 if e.feature_code == "ADM2"]
    else:
        found = gz.candidates(_undotted(m.text))
    found = [e for e in found if e.lat is not None]  # "Osh city": not the pointless "Osh Shaary"
    if not found:
        key = norm(m.text)
        for prefix, classes in _PREFIXES:  # "State of Mexico", "the city of Kherson"
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                found = [e for e in gz.candidates(key[len(prefix):]) if e.lat is not None
                         and e.feature_code[:3] in classes]
                break
    if not found:
        for suffix in (" county", " parish", " province", " region", " oblast", " district",
                       " state", " city", " governorate", " regency", " zone", " prefecture",
                       " department", " municipality"):
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                base = [e for e in gz.candidates(key[: -len(suffix)])]
                if suffix == " county":
                    base = [e for e in base if e.feature_code == "ADM2"]
                elif suffix == " parish":  # Louisiana's parishes are ADM2, Jamaica's ADM1
                    base = [e for e in base if e.feature_code in ("ADM2", "ADM1")]
                elif suffix == " city":
                    base = [e for e in base if e.feature_class == "P"]
                else:
                    base = [e for e in base if e.feature_code.startswith("ADM")]
                found = base
                break
    if not found:
        art = _ARTICLE.match(m.text)
        if art:  # "Ar Raqqa", "Al-Hasakeh": GeoNames may write the name without the article
            found = [e for e in gz.candidates(m.text[art.end():]) if e.lat is not None]
    if not found:
        kr = _KOREAN_UNIT.fullmatch(m.text.strip())
        if kr:  # "Hongseong-gun", "Singyeong-ri": the name without its Korean unit
            found = [e for e in gz.candidates(kr.group(1)) if e.lat is not None and e.country2 == "KR"]
    if not found:
        found = _backoff(gz, m.text)
        m.partial = bool(found)
    found = [e for e in found if e.lat is not None]
    if any(not e.alternate for e in found):  # "Paris": not Swainsboro, once called Paris
        found = [e for e in found if not e.alternate or e.population >= ALT_MIN_POP
                 or e.feature_code in ("PCLI", "ADM1")]
    if found and len(m.text) <= 4 and all(e.alternate for e in found) and not any(
            e.feature_class == "A" or e.population >= ALT_ONLY_POP for e in found):
        found = []  # "Ber" (a Malian town GeoNames lacks) is not Véroia, once called "Ber"
    if m.kind == "admin2" and norm(m.text).endswith((" county", " parish")):
        adm2 = [e for e in found if e.feature_code == "ADM2"]
        found = adm2 or found
    if m.class_word == "district" or norm(m.text).endswith(" district"):
        found = [district_sense(gz, e) for e in found]  # "(Bara district)": Nepal's, not Sudan's
    if m.class_word in DIVISION_WORDS:  # "in San Juan province": the province, not Puerto Rico's capital
        found = [e for e in found if e.feature_code.startswith("ADM")] or found
    elif m.class_word in TOWN_WORDS:
        # ("Nassriya city": a town, respelled if need be, not the district known by that short name)
        found = [e for e in found if e.feature_class == "P"] or [
            e for e in found if not (e.alternate and e.feature_code == "ADM2")]
    if m.hint_admin1 is not None:
        found = [e for e in found if e.admin1_index == m.hint_admin1 or e.index == m.hint_admin1] or found
    elif m.hint_country:
        found = [e for e in found if e.country2 == m.hint_country] or found
    found.sort(key=importance, reverse=True)
    return found[:MAX_CANDIDATES]


def _bare_county(key: str) -> str:
    """A group key's name without its kind and a county's class word ("admin2:madison county"
    -> "madison")."""
    name = key.split(":", 1)[-1]
    for suffix in (" county", " parish"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _undotted(text: str) -> str:
    """A dotted short form spelled out ("L.A." and "L.A": Los Angeles), else ``text``."""
    key = text.strip()
    return DOTTED.get(key) or DOTTED.get(key + ".") or text


@functools.lru_cache(maxsize=2)
def _adm2_counts(gz: Gazetteer) -> Counter:
    """Second-level divisions per country (alpha-2)."""
    from dateline.gazetteer import CC, FCODE
    return Counter(r[CC] for r in gz.records if r[FCODE] == "ADM2")


def district_sense(gz: Gazetteer, e: Entry) -> Entry:
    """A second-level division the packages give no population (most of Nepal's, Sri Lanka's
    districts), named as a district: its country's population over its number of such
    divisions, a typical district's, so that it is not outweighed by a namesake abroad that
    happens to carry a town's figure. Other entries unchanged."""
    if e.feature_code != "ADM2" or e.population > 0:
        return e
    country = gz.country(e.country2)
    n = _adm2_counts(gz).get(e.country2, 0)
    if country is None or not n or not country.population:
        return e
    return dataclasses.replace(e, population=country.population // n)


#: Korean administrative units written after a name ("Hongseong-gun", "Namak-ri", "Suwon-si")
_KOREAN_UNIT = re.compile(r"([A-Z][\w' ]+?)-(?:si|gun|gu|myeon|eup|ri|dong|do)")
_ARTICLE = re.compile(r"(?:Al|Ar|As|Ash|Ad|An|At|Az|El|Ed|Es)[ -](?=[A-Z])")
_ADMIN = ("ADM", "PCL")
_TOWN = ("PPL",)
_PREFIXES = (("state of ", _ADMIN), ("province of ", _ADMIN), ("region of ", _ADMIN + ("RGN",)),
             ("governorate of ", _ADMIN), ("department of ", _ADMIN), ("district of ", _ADMIN),
             ("county of ", _ADMIN), ("municipality of ", _ADMIN + _TOWN), ("city of ", _TOWN),
             ("town of ", _TOWN), ("village of ", _TOWN))

_QUALIFIERS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
               "metro", "metropolitan", "downtown", "rural", "mid", "new"}
_WEAK = {"of", "the", "de", "la", "and", "county", "river", "lake", "township", "park", "road",
         "area", "court", "office", "sheriff", "sheriffs", "district", "airport", "international",
         "regional", "united", "island", "islands", "city", "hill", "valley", "creek", "street",
         # Arabic articles: "Ash Shakhurah" is not Ash, England
         "al", "ar", "as", "ash", "ad", "an", "at", "az", "el", "ed", "es"}


def _backoff(gz: Gazetteer, text: str) -> list[Entry]:
    """A name the gazetteer lacks: its longest known part ("Northeast Georgia" -> Georgia,
    "Alachua County Sheriff's Office" -> Alachua County, "Neches River" -> Neches)."""
    words = [w for w in text.replace("’s", "").replace("'s", "").split() if w.strip("-")]
    if len(words) < 2:
        return []
    while words and words[0].lower() in _QUALIFIERS and len(words) > 1:
        words = words[1:]
        found = [e for e in gz.candidates(_undotted(" ".join(words))) if not e.postal_town]
        if found:
            return found
    for n in range(len(words) - 1, 0, -1):
        best: list[Entry] = []
        for i in range(0, len(words) - n + 1):
            part = words[i:i + n]
            if part[0].lower() in _WEAK or not part[0][:1].isupper() or len(" ".join(part)) < 3 \
                    or norm(" ".join(part)) in parens.GENERIC_NAMES:
                continue  # "Manmunai North" is not some country's "North" region
            # a post-office town is never the known part of a longer name ("Southeast Fourth
            # Avenue" is not Avenue, Md.)
            found = [e for e in gz.candidates(_undotted(" ".join(part))) if not e.postal_town]
            if i == 0 and len(words) - n == 1 and words[-1].lower() not in _WEAK | _CLASS_WORDS | _WATER:
                # "Tennessee Colony", "Indian Orchard": a town named after a state or a country,
                # not it (but "Lake Ontario", "Delaware Bay" and "Ohio State" stay near theirs)
                found = [e for e in found if e.feature_code not in ("ADM1", "PCLI", "PCLD", "TERR")]
            if found and (not best or max(map(importance, found)) > max(map(importance, best))):
                best = found
        if best:
            return best
    return []


#: words of water bodies, named after the land around them
_WATER = {"lake", "lakes", "river", "gulf", "bay", "sea", "creek", "reservoir", "sound", "strait",
          "harbor", "harbour", "pond", "falls"}
#: class words after a division's name ("Ohio State", "Kansas Department"): the division itself
_CLASS_WORDS = {"state", "department", "region", "province", "republic", "territory", "government",
                "oblast", "governorate", "coast", "border", "capital", "mountains", "highlands",
                "panhandle", "delta", "valley", "basin", "peninsula"}


#: A first-level division gives way to its namesake city in a dateline only when the city is
#: this big ("GAZA" is Gaza City; "BALI" stays the province).
DATELINE_CITY_ADM1 = 100_000
#: A dateline city found under another spelling of its name has at least this many people.
DATELINE_ALT_POP = 10_000


def dateline_sense(cands: list[Entry]) -> Optional[Entry]:
    """The sense of a dateline's toponym among ``cands`` (best first): a dateline names the
    city a report is filed from, so a division ("Goma" ADM2, "Mosul" ADM2, "Gaza" ADM1) gives
    way to a populated place of the same name in the same country."""
    if not cands:
        return None
    top = cands[0]
    if top.feature_class != "A" or top.feature_code.startswith(("PCL", "TERR")):
        return top
    name = norm(top.name)
    # every candidate bears the dateline's name; one by another spelling ("Rafaḩ") must be a town
    cities = [c for c in cands if c.feature_class == "P" and c.country2 == top.country2
              and (not c.alternate and norm(c.name) == name or c.population >= DATELINE_ALT_POP)]
    if top.feature_code == "ADM1":
        cities = [c for c in cities if c.population >= DATELINE_CITY_ADM1]
    return max(cities, key=lambda c: c.population) if cities else top


def _same_name_city(e: Entry, cands: list[Entry]) -> bool:
    """An admin division that shares its name with a city in it ("Tehran", "Paris")."""
    if not e.feature_code.startswith("ADM") or e.country2 == "US" and e.feature_code == "ADM1":
        return False
    return any(c.feature_class == "P" and c.country2 == e.country2 and not c.alternate
               and (c.admin1_index == e.index or c.admin2_index == e.index) for c in cands)


def _score(m: Mention, e: Entry, focus_c: Counter, focus_a: Counter, total: float,
           anchors: list[Entry], support: Optional[Counter] = None, trace: Optional[list] = None) -> float:
    top = max((c.population for c in m.candidates if not c.alternate), default=0)
    f = ranker.features(m, e, _same_name_city(e, m.candidates), focus_c, focus_a, total, anchors,
                        support, top)
    if trace is not None:
        trace.append(f)
    return ranker.score(f)


def resolve(gz: Gazetteer, mentions: list[Mention], context: list[Entry] | None = None,
            trace: Optional[list] = None, locale: Optional[str] = None,
            actor_countries: frozenset = frozenset(), home: Optional[Entry] = None,
            home_country: Optional[str] = None) -> None:
    """Set ``m.entry`` for every mention (None when the gazetteer has nothing).

    ``trace``, when given, receives ``(mentions, candidates, feature rows)`` per name from
    the last pass (for training the ranker). ``actor_countries``: alpha-2 codes of the
    countries of the article's actors that the actor dictionary knows by name (armed groups,
    security forces, unions: "Gulf Clan members" in "Pileta (Sucre)" is Colombia's Sucre), a
    weak vote for the article's focus."""
    for m in mentions:
        m.candidates = candidates_for(gz, m)
        m.locale = locale
    _respell(gz, mentions, context)
    if abroad(mentions, locale):
        for m in mentions:  # "Zap" in a report from Iraq is not Zap, N.D.
            m.candidates = [e for e in m.candidates if not e.postal_town]
    if not north_american(mentions, locale):
        drop_unqualified(mentions)
    named = frozenset(m.candidates[0].country2 for m in mentions if m.candidates and
                      m.kind != "demonym" and m.candidates[0].feature_code == "PCLI")
    named |= actor_countries
    for m in mentions:  # "X (Y, Z)": the head and its hints together
        if m.parts:
            # a head known only by part of its name ("Challana Pampa": Pampa, Texas) does not pull
            # its hints ("(La Paz)") to that part's small namesakes ("UT Arlington (Texas)" may)
            heads = [e for e in m.candidates if e.population >= PARTIAL_HEAD_POP] if m.partial else m.candidates
            if not m.partial and m.kind == "name":
                # every sense inside a division the hints name, also by another spelling
                # ("Mykhaylivka, Donetsk": the village of 600 GeoNames spells Mykhailivka)
                seen = {e.index for e in heads}
                divs = {d.index for p in m.parts for d in parens._cands(gz, p.text, limit=None)
                        if d.feature_code in ("ADM1", "ADM2")}
                heads = heads + [e for e in gz.candidates(m.text) if e.lat is not None and e.index not in seen
                                 and (e.admin1_index in divs or e.admin2_index in divs)]
            unknown = (m.text,) if not heads and m.kind == "name" else ()
            head, chosen = parens.choose(gz, heads, [p.text for p in m.parts], named, unknown)
            for x, e in [(m, head)] + list(zip(m.parts, chosen)):
                if e is not None:
                    x.candidates, x.hint_country = [e], e.country2
                elif x is not m and (norm(x.text) in parens.GENERIC_NAMES or x.partial):
                    # "(Piliyandala, Western)": no country says which "Western"; "(Pa Laung
                    # Self-Administered Zone, Shan-North)": not some village called Zone
                    x.candidates = []
    # mentions of one name without their own hint are one group: one sense per discourse
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        key = f"{m.kind}:{norm(m.text)}" if (m.hint_admin1 is None and not m.hint_country) \
            else f"{m.start}:{norm(m.text)}"
        groups.setdefault(key, []).append(m)
    # co-candidate support: which first-level divisions each group's senses fall in. A name
    # that GeoNames knows lends no support through its post-office namesakes (every state has
    # a "Denver" post office; they would vouch for any small town of the article)
    voters = {key: _voters(ms[0].candidates) for key, ms in groups.items()}
    spread: dict[str, Counter] = {}
    for key, ms in groups.items():
        admins = {e.admin1_index for e in voters[key] if e.admin1_index >= 0}
        w = 1.0 if len(admins) <= 3 else 3.0 / len(admins)
        spread[key] = Counter({a: w for a in admins})
        counties = {("a2", e.index if e.feature_code == "ADM2" else e.admin2_index)
                    for e in voters[key] if e.feature_code == "ADM2" or e.admin2_index >= 0}
        w = 1.0 if len(counties) <= 3 else 3.0 / len(counties)
        spread[key].update({a: w for a in counties})
    all_support: Counter = Counter()
    for c in spread.values():
        all_support.update(c)
    # containment links: a sense lying in a county that another name of the article may be
    # ("Paris" and "Henry County": Paris, Tenn. lies in Henry County, Tenn.), and back
    senses: dict[str, tuple[set, set]] = {}
    link_idx: Counter = Counter()
    link_a2: Counter = Counter()
    for key, ms in groups.items():
        idx = {e.index for e in voters[key] if e.feature_code == "ADM2"}
        a2 = {e.admin2_index for e in voters[key] if e.admin2_index >= 0 and e.feature_class == "P"}
        senses[key] = (idx, a2)
        link_idx.update(idx)
        link_a2.update(a2)
    namesakes: dict[str, list[str]] = {}
    for key in groups:
        namesakes.setdefault(_bare_county(key), []).append(key)
    # where each name's local senses lie (cells of CELL degrees): two ambiguous names with
    # senses next to each other ("Decatur" and "Avondale Estates") are rather those
    cells: dict[tuple[int, int], set] = {}
    for key, ms in groups.items():
        for e in voters[key]:
            if e.feature_class == "P" or e.feature_code == "ADM2":
                cells.setdefault(ranker.cell(e), set()).add(key)
    # each country's point, for the regional focus (``ranker`` feature ``focus_region``)
    points: dict[str, tuple[float, float]] = {}
    for m in mentions:
        for e in m.candidates:
            if e.country2 and e.country2 not in points:
                c = gz.country(e.country2)
                if c is not None and c.lat is not None:
                    points[e.country2] = (c.lat, c.lon)
    empty: Counter = Counter()
    chosen: dict[str, Optional[Entry]] = {}
    sure: dict[str, bool] = {}
    for key, ms in groups.items():  # pass 1: prior and explicit hints only
        m = ms[0]
        scored = sorted(((_score(m, e, empty, empty, 0, []), i) for i, e in enumerate(m.candidates)), reverse=True)
        chosen[key] = m.candidates[scored[0][1]] if scored else None
        sure[key] = bool(scored) and (len(scored) == 1 or scored[0][0] - scored[1][0] >= SURE_MARGIN
                                      or m.hint_admin1 is not None or bool(m.hint_country))
    if locale and any(sure[k] and e is not None and e.country2 != locale and e.feature_code == "ADM1"
                      for k, e in chosen.items()):
        for m in mentions:  # "Woodstock, Ontario": the wording's locale is not this one
            m.locale = None
    base_c: Counter = Counter()
    base_a: Counter = Counter()
    for e in context or []:
        base_c[e.country2] += 2
        if e.admin1_index >= 0:
            base_a[e.admin1_index] += 2
    for c in actor_countries:
        base_c[c] += ACTOR_VOTE
    if home is not None:  # the source's home division (see local_lexicon)
        base_c[home.country2] += HOME_VOTE
        base_a[home.admin1_index] += HOME_VOTE
    elif home_country:  # ... or its home country
        base_c[home_country] += HOME_VOTE
    for last in (False, True):  # pass 2: the article's focus, without the group's own vote
        votes: dict[str, tuple[float, Entry]] = {}
        for key, e in chosen.items():
            if e is not None:
                w = 1.0 if sure[key] else 0.4
                if e.feature_class == "P" and e.population >= BIG_CITY:
                    w *= BIG_CITY_VOTE  # "New York", "Queens": named from anywhere, a weak focus
                if groups[key][0].kind == "demonym":
                    w *= DEMONYM_VOTE  # "Russian forces shelled ...": the actor's country
                votes[key] = (w, e)
        anchors_all = [e for w, e in votes.values() if w >= 1.0 and _anchor(e)]
        # the countries the article's other names point to, demonyms too ("the Russian
        # delegation in Moscow": no capital's namesake elsewhere, see ranker.CAPITAL_AWAY)
        named_by = {k2: e.country2 for k2, e in chosen.items() if e is not None}
        # a name the article repeats says more about its focus ("Indiana" five times, and
        # Illinois, Ohio, Kentucky once each in a list)
        votes = {key: (w * (1.0 + REPEAT_VOTE * math.log2(len(groups[key]))), e) for key, (w, e) in votes.items()}
        all_c, all_a = Counter(base_c), Counter(base_a)
        for w, e in votes.values():
            all_c[e.country2] += w
            if e.admin1_index >= 0:
                all_a[e.admin1_index] += w
        anchors_all += [e for e in context or [] if _anchor(e)]
        new: dict[str, Optional[Entry]] = {}
        for key, ms in groups.items():
            m = ms[0]
            if len(m.candidates) <= 1:
                new[key] = chosen[key]
                continue
            fc, fa = Counter(all_c), Counter(all_a)
            if key in votes:
                w, e = votes[key]
                fc[e.country2] -= w
                if e.admin1_index >= 0:
                    fa[e.admin1_index] -= w
            total = sum(fc.values())
            own = [a for a in anchors_all if key not in votes or a is not votes[key][1]]
            sup = all_support - spread[key]
            idx, a2 = Counter(), Counter()
            for k2 in namesakes.get(_bare_county(key), (key,)):
                # a town and the county of its name ("Madison" and "Madison County") are one
                # word written twice, not two places that vouch for each other
                idx.update(senses[k2][0])
                a2.update(senses[k2][1])
            sup["links"] = (link_idx - idx, link_a2 - a2)
            sup["cells"] = (cells, key)
            # the regional focus counts the countries the article names (and its dateline): two
            # namesakes abroad, "Alexandria" and "Athens", must not vouch for each other
            sure_c = Counter(base_c)
            for k2, (w2, e2) in votes.items():
                if k2 != key and e2.feature_code == "PCLI":
                    sure_c[e2.country2] += w2
            sup["points"] = (points, sure_c)
            sup["named"] = {c for k2, c in named_by.items() if k2 != key}
            rows: Optional[list] = [] if (trace is not None and last) else None
            new[key] = max(m.candidates, key=lambda e: _score(m, e, fc, fa, total, own, sup, rows))
            if rows is not None:
                trace.append((ms, m.candidates, rows))
        chosen = new
    _drop_stray_namesakes(groups, chosen, base_c)
    _stray_partials(groups, chosen, context, sure)
    landmarks.place_landmarks(groups, chosen, context)
    for key, ms in groups.items():
        for m in ms:
            m.entry = chosen[key]
    discourse.follow_hinted(mentions)


#: a spelling variant that nothing else in the article vouches for is taken only when this
#: similar and a division or a town this big ("Nassriya city": Nasiriyah, 560,000 people)
RESPELL_RATIO = 0.82
RESPELL_POP = 100_000
RESPELL_SAME = 0.95


def _respell(gz: Gazetteer, mentions: list[Mention], context: list[Entry] | None) -> None:
    """Give a name the gazetteer lacks the places it may be another romanisation of
    ("Dhanusha district": Dhanusa), see :mod:`dateline.gazetteer.spelling`. A variant must lie
    in a country the article otherwise points to (a hint, a country or demonym it names, a name
    with senses in one country only, its dateline), or be a division or a big town. A name
    written with its divisions ("Mpingwe (Blantyre, Southern)") is not respelled: it falls back
    to them (:func:`parens.choose`), which a namesake near a vague hint would beat."""
    unknown = [m for m in mentions if not m.candidates and m.kind == "name"
               and not m.parts and (m.strong or m.class_word or m.part_of is not None)]
    if not unknown:
        return
    # the same name written elsewhere without a cue is the same place ("the Nassriya - Shatra
    # highway ... north of Nassriya city"): one sense per name needs them all respelled
    keys = {norm(m.text) for m in unknown}
    unknown += [m for m in mentions if not m.candidates and m.kind == "name" and not m.parts
                and m not in unknown and norm(m.text) in keys]
    pointed = {e.country2 for e in context or [] if e.country2}
    for m in mentions:
        if m.hint_country:
            pointed.add(m.hint_country)
        codes = {e.country2 for e in m.candidates}
        if len(codes) == 1 and (m.kind == "demonym" or m.candidates[0].feature_code == "PCLI"
                                or len(m.candidates) == 1):
            pointed |= codes
    pointed.discard("")
    for m in unknown:
        found = spelling.variants(gz, m.text)
        m.candidates = [e for _, e in found if e.country2 in pointed] or [
            e for r, e in found if likely_variant(r, e)]
        m.candidates = m.candidates[:MAX_CANDIDATES]


def likely_variant(ratio: float, e: Entry) -> bool:
    """A spelling variant taken with nothing else to vouch for it: a division or a big town
    this similar, or any town all but identical ("Carhaix-Plouger": Carhaix-Plouguer)."""
    return ratio >= RESPELL_SAME or ratio >= RESPELL_RATIO and (
        e.feature_code in ("ADM1", "ADM2") or e.population >= RESPELL_POP)


def _voters(cands: list[Entry]) -> list[Entry]:
    """The senses of a name that count as support for other names: its post-office towns
    only when GeoNames has no other sense of it."""
    known = [e for e in cands if not e.postal_town]
    return known if known else cands


#: Feature codes whose point says nothing about where nearby places lie: the middle of a
#: country, a state or a region ("New York" the state's point lies beside Augusta, N.Y.).
NOT_ANCHOR = frozenset(("PCLI", "CONT", "OCN"))


def _anchor(e: Entry) -> bool:
    """Whether a resolved place is a point that the nearness features may measure from."""
    return e.feature_code not in NOT_ANCHOR


def _drop_stray_namesakes(groups: dict, chosen: dict, base_c: Counter) -> None:
    """A small place matched only by another name ("Banjska" read as Bulgaria's Bansko) in a
    country nothing else in the article points to, while the article's other places agree on
    another country, is no evidence of where anything is: left unresolved."""
    counts: Counter = Counter(base_c)
    for key, e in chosen.items():
        if e is not None and groups[key][0].kind != "demonym":
            counts[e.country2] += 1
    for key, e in list(chosen.items()):
        m = groups[key][0]
        if e is None or not e.alternate or e.feature_class != "P" or e.population >= ALT_MIN_POP \
                or m.hint_country or m.hint_admin1 is not None or m.parts or m.part_of is not None:
            continue
        if counts[e.country2] <= 1 and sum(counts.values()) >= 3:
            chosen[key] = None


def _stray_partials(groups: dict, chosen: dict, context: list[Entry] | None, sure: dict) -> None:
    """A name known only by a part of it ("San Antonio Las Cuevas" read as San Antonio, "Man
    Nawng Kawng" as Man), or only ever followed by more capitalised words (spaCy took the first
    words of a longer name), says little about its country: when it lands in a country that no
    other name of the article (nor its dateline) firmly points to, while they do point
    somewhere, it takes its sense in one of those countries, or stays unresolved. A sense in
    the country of the article's wording (``locale``) stays."""
    def loose(key: str, e: Entry) -> bool:
        ms = groups[key]
        if ms[0].hint_country or ms[0].hint_admin1 is not None or not e.country2 \
                or e.feature_class not in ("P", "A"):
            return False  # (an ocean or a river: "the Atlantic Council")
        if ms[0].partial:
            return e.population < PARTIAL_HEAD_POP
        return all(m.runs_on for m in ms) and e.feature_code not in ("PCLI", "ADM1", "PPLC")

    for key, e in list(chosen.items()):
        if e is None or not loose(key, e):
            continue
        m = groups[key][0]
        others = {e2.country2 for k2, e2 in chosen.items() if k2 != key and e2 is not None and sure[k2]
                  and not loose(k2, e2)
                  and (groups[k2][0].strong or e2.feature_code in ("ADM1", "PCLI") and not e2.alternate)}
        others |= {c.country2 for c in context or []}
        others -= {None, ""}
        if not others or e.country2 in others or e.country2 == m.locale:
            continue
        inside = [c for c in m.candidates if c.country2 in others]
        chosen[key] = max(inside, key=importance) if inside else None
