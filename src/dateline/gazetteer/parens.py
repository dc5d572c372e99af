"""Parenthetical admin hints: "Minakulu sub-county (Oyam, Northern)", "Salvador (Bahia)".

Event reports (ACLED's notes above all) write a place followed by the divisions it lies in.
:func:`find` spots the pattern in a parsed text (token spans of the head and of each
hint); :func:`choose` resolves the head and its hints together, as the combination of
senses that lie closest to one another (a place inside a division counts as distance 0).
When the gazetteer lacks the head (a village), or only knows far-away namesakes of it,
the head falls back to its most specific hint (the district or commune it lies in).
"""
from __future__ import annotations

import itertools
import re
from typing import Optional

from dateline.gazetteer import Entry, Gazetteer, importance, origin
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.ranker import distance_km

#: lowercase words between a name and its parenthesis ("Rowangchhari upazila (Bandarban)")
HEAD_CUES = {"district", "upazila", "municipality", "province", "city", "town", "village",
             "commune", "sub", "county", "region", "area", "department", "governorate", "zone",
             "neighborhood", "neighbourhood", "locality", "township", "sector", "cell", "camp",
             "tehsil", "subdistrict", "sub-district", "sub-county", "ward", "division", "state",
             "oblast", "raion", "rayon", "hromada", "settlement", "island", "market", "-",
             "community", "woreda", "kebele", "regency", "groupement", "chiefdom", "territory",
             "prefecture", "sub-prefecture", "axis", "front", "frontline",
             # landmarks named after their place ("at X bridge (Jezzine)", "the X checkpoint (...)")
             "bridge", "checkpoint", "crossing", "junction", "roundabout", "crossroads", "square",
             "station", "airport", "prison", "hospital", "port"}
#: abbreviations of division classes written after a name ("Kwande LGA (Benue)": a Nigerian
#: local government area)
UPPER_CUES = {"LGA", "LGAs"}
#: lowercase words before a comma and a division ("Shutul city, Panjshir")
COMMA_CUES = {"district", "upazila", "city", "town", "village", "area", "subdivision", "commune",
              "municipality", "sub-county", "county", "tehsil", "locality", "settlement",
              "community", "hromada", "raion", "rayon", "prefecture", "parish", "ward",
              "neighbourhood", "neighborhood"}
JOINERS = {"et", "les", "aux", "wa", "de", "do", "da", "dos", "das", "del", "des", "du", "la", "le", "el", "al", "e", "i",
           "-", "of", "ul", "ed", "en", "sur", "am", "y", "upon"}
#: the cost of a head the gazetteer cannot place near its hints (km-equivalent)
FALLBACK_KM = 250.0
#: the cost of leaving a hint the gazetteer knows unused (the head's namesake is elsewhere)
PART_MISS_KM = 600.0
#: the bonus of a sense in a country the article names ("Burkinabe soldiers", "Bahrain")
NAMED_KM = 400.0
PER_PART = 12
#: a head with a single hint: all its senses are weighed ("Mykhaylivka, Donetsk")
PER_HEAD = 25
#: a hint matched only by another name of a populated place needs this many people
ALT_HINT_POP = 10_000
#: the cost of leaving unused a head the gazetteer knows, for hints in another country
HEAD_MISS_KM = 300.0
#: ... when the head's senses lie in at most this many countries: a name found in a dozen
#: ("San Juan (Merida)") says nothing about which country its hint is in
HEAD_COUNTRIES = 3
#: a hint read as a populated place smaller than this, when its name is also a first-level
#: division somewhere ("Bernal (Buenos Aires)": not the hamlet of Buenos Aires beside a Bernal
#: in Peru), costs as much as leaving it unused (``PART_MISS_KM``): hints name divisions
SMALL_HINT_POP = 10_000
#: division names that are a bare direction or class word ("Southern", "East", "Capital", "Sud"):
#: dozens of countries have one, so alone they say nothing about the country
GENERIC_NAMES = frozenset((
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "north east", "north west", "south east", "south west",
    "northeast", "northwest", "southeast", "southwest", "north eastern", "north western",
    "coast", "littoral", "islands", "upper", "lower", "middle", "plateau", "lakes", "mountain",
    "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "este", "centro"))


def _cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _name_ok(toks) -> bool:
    """A name: capitalised words, joiners between them, and numerals inside ("South 24 Parganas")."""
    return bool(toks) and _cap(toks[0]) and _cap(toks[-1]) and all(
        _cap(t) or t.lower_ in JOINERS or t.lower_ == "and" or t.is_digit for t in toks)


#: lowercase class words after a hint's name, left out of it ("(South 24 Parganas district, WB)",
#: "(Pa Laung Self-Administered Zone, Shan-North state)")
PART_CLASS_WORDS = frozenset(("district", "state", "province", "region", "division", "county",
                              "municipality", "governorate", "department", "prefecture", "oblast",
                              "township", "upazila", "tehsil", "sub-county", "subdistrict",
                              "regency", "zone", "woreda", "raion", "rayon", "hromada", "commune",
                              "parish"))


def find(doc, gz: Gazetteer) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """``[((head_i, head_j), [(part_i, part_j), ...]), ...]`` in token indices.

    A group needs a capitalised head right before "(" (a cue word such as "district" may sit
    between them) and at least one part the gazetteer knows; "(AP)", "(UNTA)" and "(as
    reported)" are not hints."""
    out = []
    n = len(doc)
    for p, tok in enumerate(doc):
        if p == 0:
            continue
        if tok.text == "(":
            parts = _paren_parts(doc, p)
        elif tok.text == "," and p + 1 < n and doc[p - 1].lower_ in COMMA_CUES:
            parts = _comma_part(doc, p + 1)  # "Kamdesh district, Nuristan"
        elif tok.text == "," and p + 1 < n and _cap(doc[p - 1]) and p > 1 and _cap(doc[p + 1]):
            parts = _comma_part(doc, p + 1)  # "near Troitske, Donetsk": a first-level division
            k = p - 1  # (the whole name before the comma: "Nuevo Cuscatlan" is no division)
            while k > 0 and p - k < 6 and (_cap(doc[k - 1]) or doc[k - 1].lower_ in JOINERS - {"-", "of"}):
                k -= 1
            while k < p - 1 and not _cap(doc[k]):
                k += 1
            if not parts or _listed(doc, p, parts[0][1]) or _only_division(gz, doc[k:p].text):
                continue  # "Philippines, Sudan": a list, no hint
            part = doc[parts[0][0]:parts[0][1]].text
            # "in Navestad, Norrkoping": an unknown place, then the town it belongs to
            town = p > 2 and doc[p - 2].lower_ in ("in", "at", "near") and not gz.has(doc[p - 1].text) \
                and any(not e.alternate and e.feature_class == "P" and e.population >= TOWN_HINT_POP
                        for e in gz.candidates(part))
            if not (_division(gz, part) or town):
                continue
        else:
            continue
        if not parts or not any(_known_part(gz, doc[a:b].text) and not doc[a:b].text.isupper() for a, b in parts):
            continue
        j = p
        if tok.text == "(" and doc[j - 1].text == ")":
            # "Kiheru village (coded as Munigi) (Bukumu, Nyiragongo, Nord-Kivu)": the head is
            # before the first parenthesis
            q = j - 2
            while q > 0 and j - q < 16 and doc[q].text != "(":
                q -= 1
            if doc[q].text == "(":
                j = q
        start = j
        # one cue word, or two ("village tract"), or one the tokenizer split at its hyphen
        # ("Kabwoya sub-county (...)": "sub", "-", "county")
        cue_len = 3 if start > 2 and doc[start - 2].text == "-" and doc[start - 2].whitespace_ == "" else 2
        while j > 0 and (doc[j - 1].lower_ in HEAD_CUES and not _cap(doc[j - 1]) or doc[j - 1].text in UPPER_CUES) \
                and start - j < cue_len:
            j -= 1
        i = j
        while i > 0 and j - i < 6 and (_cap(doc[i - 1]) or doc[i - 1].lower_ in JOINERS):
            i -= 1
        while i < j and not _cap(doc[i]):
            i += 1
        while i < j and not _cap(doc[j - 1]):
            j -= 1
        if i >= j:
            if tok.text == "(":  # "the provincial office (Singyeong-ri, Hongseong-gun)": hints alone
                out.append(((p, p), parts))
            continue
        dash = next((k for k in range(i, j) if doc[k].text in ("-", "–", "—") and doc[k].whitespace_), None)
        if dash is not None and dash > i:  # "Manaus - South Zone": the city
            j = dash
        out.append(((i, j), parts))
    return out


#: the most tokens a parenthesis of hints may hold (hyphens are tokens of their own:
#: "(Hile-Alifa, Logone-et-Chari, Extreme-Nord)" is 15)
MAX_PAREN = 24


def _paren_parts(doc, p: int) -> list[tuple[int, int]]:
    q, n = p + 1, len(doc)
    while q < n and q - p <= MAX_PAREN and doc[q].text not in (")", "(", "."):
        q += 1
    if q >= n or doc[q].text != ")" or q == p + 1:
        return []
    parts, i = [], p + 1
    # a class word is read after a hint only in a list of them ("(South 24 Parganas district,
    # WB)"); "Rupa municipality (Kaski district)" names the district as a place of its own
    listed = any(doc[k].text == "," for k in range(p + 1, q))
    for k in range(p + 1, q + 1):
        if k == q or doc[k].text in (",", ";"):
            dash = next((d for d in range(i + 1, k) if doc[d].text in DASHES and doc[d - 1].whitespace_), None)
            if dash is not None and _name_ok(doc[i:dash]):
                parts.append((i, dash))  # "(Ulaanbaatar - Sukhbaatar)": the city, then its district
                i = k + 1
                continue
            if k - i >= 3 and doc[k - 1].lower_ in KOREAN_UNITS and doc[k - 2].text == "-" and _name_ok(doc[i:k - 2]):
                parts.append((i, k))  # "(Singyeong-ri, Hongbuk-myeon, Hongseong-gun)"
                i = k + 1
                continue
            end = k
            while listed and end - 1 > i and doc[end - 1].lower_ in PART_CLASS_WORDS and doc[end - 1].text.islower():
                end -= 1
            if end < k and _name_ok(doc[i:end]):
                parts.append((i, k))  # with its class word, which says it is a division
                i = k + 1
                continue
            if not _name_ok(doc[i:k]):
                return []
            if doc[i:k].text not in ("D.C.", "DC") or not parts:  # "(Bogota, D.C.)"
                parts.append((i, k))
            i = k + 1
    return parts if len(parts) <= 3 else []


def _division(gz: Gazetteer, text: str) -> bool:
    """A country or a first-level division of that name ("Donetsk", "Chernihiv" for
    Chernihivska oblast)."""
    if any(e.feature_code in ("ADM1", "PCLI") for e in gz.candidates(text)):
        return True
    # "Mala Shestirnya, Kherson": a division the gazetteer knows only with its class word
    return any(e.feature_code == "ADM1" for w in DIVISION_SUFFIXES for e in gz.candidates(text + w))


DASHES = ("-", "–", "—")
#: a town this large after "in <unknown name>," is where the unknown place lies
TOWN_HINT_POP = 20_000
#: Korean administrative units written after a name with a hyphen ("Hongseong-gun")
KOREAN_UNITS = {"si", "gun", "gu", "myeon", "eup", "ri", "dong", "do"}


#: short forms of first-level divisions that South Asian reports write as hints ("(Hangu,
#: KPK)", "(Srinagar, J&K)", "Malda, WB"); read only as a hint, where they cannot be an agency
#: or an office ("UP", "MP")
HINT_ABBREV = {"J&K": ("Jammu and Kashmir", "IN"), "KPK": ("Khyber Pakhtunkhwa", "PK"),
               "UP": ("Uttar Pradesh", "IN"), "WB": ("West Bengal", "IN"),
               "MP": ("Madhya Pradesh", "IN"), "AJK": ("Azad Kashmir", "PK")}


def hint_abbrev(gz: Gazetteer, text: str) -> list[Entry]:
    """The division a hint's short form stands for (``HINT_ABBREV``), or ``[]``."""
    name, cc = HINT_ABBREV.get(text.strip(), (None, None))
    return [e for e in gz.candidates(name) if e.country2 == cc and e.lat is not None][:1] if name else []


#: an Arabic article before a name ("Al Nabatieh", "Ash Sharqiyah")
_ARTICLE = re.compile(r"(?:Al|Ar|As|Ash|Ad|An|At|Az|El|Ed|Es)[ -](?=[A-Z]\w{3})")


def _known_part(gz: Gazetteer, text: str) -> bool:
    """A hint the gazetteer knows, also without its Korean unit ("Hongseong-gun")."""
    if gz.has(text) or text.strip() in HINT_ABBREV:
        return True
    art = _ARTICLE.match(text)  # "(Al Nabatieh)": GeoNames writes An Nabatiyah, or Nabatieh
    if art is not None and gz.has(text[art.end():]):
        return True
    base, _, unit = text.rpartition("-")
    if unit.lower() in KOREAN_UNITS and len(base) > 2 and gz.has(base):
        return True
    base, _, word = text.strip().rpartition(" ")  # "(Seoul City - Jongno)", "(Tainan City)"
    return word in ("City", "Town") and len(base) > 2 and any(
        e.feature_class == "P" and not e.alternate for e in gz.candidates(base))

#: class words a first-level division's name may be known with
DIVISION_SUFFIXES = (" Oblast", " Region", " Province", " Governorate", " State")


def _only_division(gz: Gazetteer, text: str) -> bool:
    """A country or a state with no town of its name ("Missouri"; not "Donetsk")."""
    found = [e for e in gz.candidates(text) if not e.alternate]
    return bool(found) and all(e.feature_code in ("ADM1", "PCLI") or e.population < 1000 for e in found) \
        and any(e.feature_code in ("ADM1", "PCLI") for e in found)


def _listed(doc, p: int, end: int) -> bool:
    """A comma inside a list ("Becker, Clay and Douglas"), not before a division."""
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if end < len(doc) and doc[end].lower_ in (",", "and", "&", "or") and nxt is not None and _cap(nxt):
        return True
    k = p - 1
    while k > 0 and _cap(doc[k - 1]):
        k -= 1
    if k > 1 and doc[k - 1].lower_ == "the":  # "the Far East, the Middle East, Italy"
        k -= 1
    return k > 1 and doc[k - 1].text in (",", "and") and _cap(doc[k - 2])


def _comma_part(doc, i: int) -> list[tuple[int, int]]:
    j = i
    while j < len(doc) and j - i < 4 and (_cap(doc[j]) or doc[j].lower_ in JOINERS and j > i):
        j += 1
    while j > i and not _cap(doc[j - 1]):
        j -= 1
    return [(i, j)] if j > i else []


def _cands(gz: Gazetteer, text: str, limit: Optional[int] = PER_PART) -> list[Entry]:
    found = [e for e in gz.candidates(text) if e.lat is not None and e.feature_class in ("P", "A")] \
        or hint_abbrev(gz, text)
    if not found:  # "Lilongwe City", "Rajouri district": the name without its class word
        from dateline.gazetteer.resolve import Mention, candidates_for
        found = [e for e in candidates_for(gz, Mention(text, 0, len(text)))
                 if e.feature_class in ("P", "A")]
    found.sort(key=importance, reverse=True)
    return found[:limit] if limit else found


def _cost(a: Optional[Entry], b: Optional[Entry]) -> float:
    """How unlikely it is that ``a`` is written before its hint ``b``: km apart, 0 when
    ``a`` lies inside ``b``, more when the hint lies inside the head or in another country."""
    if a is None or b is None:
        return FALLBACK_KM
    if a.index == b.index:  # "Sao Paulo (Sao Paulo)": rather the city in the state
        return 30.0
    if a.admin1_index == b.index or a.admin2_index == b.index:
        return 0.0
    if b.feature_code == "PCLI" and a.country2 == b.country2:
        return 0.0  # "Montreal (Canada)"
    if b.admin1_index == a.index or b.admin2_index == a.index:
        return 120.0
    d = min(distance_km(a.lat, a.lon, b.lat, b.lon), 2000.0)
    return d + (1000.0 if a.country2 != b.country2 else 0.0)


#: the most important senses of a name are always weighed, whatever the countries the group shares
TOP_SENSES = 3


def _options(found: list[Entry], shared: set, n: int) -> list[Entry]:
    """The senses of one name to weigh: those in a country the group's other names share first,
    and always the name's ``TOP_SENSES`` most important ("(Buenos Aires)": the province, even
    when a dozen villages of that name lie in countries with a namesake of the head)."""
    out = sorted(found, key=lambda e: (e.country2 in shared, importance(e)), reverse=True)[:n]
    seen = {e.index for e in out}
    return out + [e for e in sorted(found, key=importance, reverse=True)[:TOP_SENSES] if e.index not in seen]


#: how sure the spelling of the names the gazetteer lacks must be of their country before a
#: generic division name ("Western") is read as that country's (:mod:`origin`)
ORIGIN_P = 0.9


#: a hint's sense this near one of the head's senses (or containing it) backs the head's country
HEAD_NEAR_KM = 400.0


def _near_head(e: Entry, head: list[Entry]) -> bool:
    return any(_cost(h, e) <= HEAD_NEAR_KM for h in head)


def choose(gz: Gazetteer, head: list[Entry], parts: list[str],
           named: frozenset = frozenset(), unknown: tuple[str, ...] = ()) -> tuple[Optional[Entry], list[Optional[Entry]]]:
    """The senses of a head (its candidates given) and of its hint names, chosen together.

    ``named``: alpha-2 codes of countries the article names (a bonus). ``unknown``: the
    head's name when the gazetteer lacks it. Returns ``(head entry, [part entries])``; the
    head entry is the first chosen part's when no candidate of the head lies near the hints."""
    # a hint known only as another spelling of a small place ("Clay County, Ching": Quyang,
    # China, once "Ching") qualifies nothing
    lists = [head] + [[e for e in _cands(gz, t, limit=None)
                       if not (e.alternate and e.feature_class == "P" and e.population < ALT_HINT_POP)]
                      for t in parts]
    # "Hamrun (Southern)": a generic division name is only one of the head's or of a country
    # the article names, never the largest "Southern" anywhere
    known = {e.country2 for e in head} | set(named)
    for t, found in zip(parts, lists[1:]):
        if norm(t) not in GENERIC_NAMES:
            known |= {e.country2 for e in found}
    # "Orugodawatta (Orugodawatta, Western)": when nothing else in the group or the article
    # names a country, the spelling of the names the gazetteer lacks may ("-watta" is Sri Lankan)
    strange = [*unknown, *(t for t, found in zip(parts, lists[1:]) if not found and norm(t) not in GENERIC_NAMES)]
    for t, found in zip(parts, lists[1:]):
        if norm(t) in GENERIC_NAMES and strange and not known:
            p = origin.posterior(gz.origin, dict.fromkeys(norm(x) for x in strange), [e.country2 for e in found])
            known |= {cc for cc, v in p.items() if v >= ORIGIN_P}
    lists = [lists[0]] + [[e for e in found if e.country2 in known] if norm(t) in GENERIC_NAMES else found
                          for t, found in zip(parts, lists[1:])]
    # "Lilongwe (Lilongwe City, Central)": the senses in a country that the other names of
    # the group also have come first (there are dozens of "Central" divisions)
    seen: dict[str, int] = {}
    for found in lists:
        for cc in {e.country2 for e in found}:
            seen[cc] = seen.get(cc, 0) + 1
    shared = {cc for cc, n in seen.items() if n >= 2}
    # the hints whose name is also a first-level division: their small villages are unlikely
    divisional = [any(e.feature_code == "ADM1" for e in found) for found in lists[1:]]
    per = [PER_HEAD if i == 0 and len(parts) == 1 else PER_PART for i in range(len(lists))]
    options = [[None] + _options(found, shared, n) for found, n in zip(lists, per)]
    head_cc = {e.country2 for e in head}
    first = {max(found, key=importance).index for found in lists[1:] if found}  # each hint's best-known sense
    best, best_cost = None, float("inf")
    for combo in itertools.product(*options):
        cost = sum(PART_MISS_KM if b is None or (a is None and i > 0) else _cost(a, b)
                   for (i, a), (_, b) in itertools.combinations(enumerate(combo), 2))
        cost -= sum(8.0 * importance(e) + (NAMED_KM if e.country2 in named else 0.0)
                    for e in combo if e is not None) / len(combo)
        cost += sum(PART_MISS_KM for e, div in zip(combo[1:], divisional)
                    if div and e is not None and e.feature_code != "ADM1"
                    and (e.population < SMALL_HINT_POP or unknown and e.feature_class == "P"))
        if combo[0] is not None and combo[0].feature_class == "P":
            cost -= 20.0  # the head is rather the town than the district of its name
        elif combo[0] is None and head and len(head_cc) <= HEAD_COUNTRIES \
                and not any(e is not None and e.country2 in head_cc and (e.index in first or _near_head(e, head))
                            for e in combo[1:]):
            # "Negombo (Western)": not the Western Region of Uganda; but a head whose only sense
            # lies 3,000 km from a lesser namesake of the hint in its country ("Waitsburg (Lima)":
            # Washington State and Ohio, not Peru's capital) vouches for neither
            cost += HEAD_MISS_KM
        if cost < best_cost:
            best, best_cost = combo, cost
    if best is None:
        return None, [None] * len(parts)
    chosen = list(best[1:])
    entry = best[0]
    if entry is None:
        entry = next((e for e in chosen if e is not None), None)
    return entry, chosen


_AREA_OF = re.compile(r"\s+(?:area|neighbou?rhood|district|sector|zone|quarter|suburb|part|outskirts)s?"
                      r"\s+of\s+(?:the\s+)?(?:(?:city|town|village|district|province)\s+of\s+)?", re.I)


def roles(text: str, mentions) -> dict[tuple[int, int], str]:
    """``{(start, end): "head" | "part" | "where"}``: places written with their admin divisions
    ("Founa (Sanaba, Banwa)": Founa the head, the rest parts) and sub-areas named by the
    place they lie in ("the Aino Mena area of Kandahar city": Aino Mena a part, Kandahar
    the head), and the divisions in a parenthesis after an unnamed place ("the office
    (Seoul City - Jongno)": "where"). The event locator prefers heads and uses parts only when
    nothing else."""
    out = {}
    for m in mentions:
        if m.parts or m.part_of is not None:
            out[(m.start, m.end)] = "part" if m.part_of is not None else "head"
        elif getattr(m, "where", False):  # "the provincial office (Hongseong-gun)": where it is
            out[(m.start, m.end)] = "where"
    for a, b in zip(mentions, mentions[1:]):
        if (a.start, a.end) not in out and _AREA_OF.fullmatch(text[a.end:b.start]):
            out[(a.start, a.end)] = "part"
            out.setdefault((b.start, b.end), "head")
    return out
