"""Place resolution after the gazetteer: article coherence (one sense per name, short forms,
doubtful namesakes in a country the article is not about) and the :class:`Place` records.
"""
from __future__ import annotations

from collections import Counter

from dateline.gazetteer import Entry, Gazetteer, parens
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention, dateline_sense
from dateline.pipeline.article import Article
from dateline.pipeline.place_cues import (
    ARABIC_ARTICLES, AREA_ADJ, CUE_BEFORE, NOT_PLACE, OF_CUES, WHERE_PREP,
)
from dateline.records import Place

#: a place this large, or a capital/first-level division, is firm evidence of the article's
#: country even when only a cue ("in Toulouse"), not spaCy, recognised it
FIRM_POP = 100_000
#: a place in none of the article's firm countries, smaller than this, is a stray namesake
#: ("Friends of the Earth" is not Earth, Texas; "the Pyrite and Mica crisis" is not Mica,
#: Romania) when the article's firm places agree on one country
STRAY_POP = 1_000_000


#: first-level divisions named by a bare direction or class word ("East" in Cameroon, "Northern"
#: in Uganda, "Capital" in Bahrain): many countries have one, so they are never firm evidence
GENERIC_ADMIN = parens.GENERIC_NAMES


def _pinned(m: Mention) -> bool:
    """Whether a place's hints really pin it down: written "X, <state>", or in a parenthetical
    group ("Founa (Sanaba, Banwa)") of which two names agree on the country. A group of which
    only one name is known ("Mingin township, Kale district": Kale, Turkey) pins nothing."""
    head = m.part_of or m
    group = [head] + head.parts
    if len(group) == 1:
        return True  # a comma hint ("Paris, Texas") or a demonym ("the Ukrainian city of X")
    e = m.entry
    agree = {x.entry.index for x in group if x.entry is not None and x.entry.country2 == e.country2}
    return len(agree) >= 2


def _cued(doc, mentions: list[Mention]) -> set:
    """Spans of mentions right after a locative preposition ("in Toulouse", "in central X")."""
    out = set()
    for m in mentions:
        i = getattr(m, "_tokens", (None, None))[0]
        if i is None or doc is None:
            continue
        k = i - 1
        if k >= 0 and doc[k].lower_ in AREA_ADJ:
            k -= 1
        if k >= 0 and doc[k].lower_ in WHERE_PREP or k >= 1 and doc[k].lower_ == "of" \
                and doc[k - 1].lower_ in OF_CUES | CUE_BEFORE:  # "the hospital of Metz"
            out.add((m.start, m.end))
    return out


def _bare(name: str) -> str:
    """A name without a leading Arabic article ("As Samawah", "Al-Muthanna": samawah, muthanna)."""
    key = norm(name)
    head, _, rest = key.replace("-", " ").partition(" ")
    return rest if head in ARABIC_ARTICLES and rest else key


def _doubtful(mentions: list[Mention], cued: set = frozenset()) -> list[tuple[int, int]]:
    """Spans of places the event locator uses only when nothing else is:

    * resolved on weak evidence to a country in which the article names no place firmly,
      while it does name one firmly elsewhere ("the Bagh Bala area of Kabul city": not Bagh
      in Pakistan; "NC" in a Nepali report);
    * country coherence: a place (not a country, capital, first-level division or big city)
      in a country the article's other places do not share, when its firm places all lie in
      one other country ("demonstrated in Toulouse ... at the call of Friends of the Earth":
      not Earth, Texas; "Awara, Abuna Ginde Beret (West Shewa, Oromia)": not Awara, Japan)."""
    def big(e) -> bool:
        if norm(e.name) in GENERIC_ADMIN:
            return False
        return e.feature_code in ("ADM1", "PPLC", "PCLI") and not e.alternate or e.population >= FIRM_POP

    def weak(m: Mention) -> bool:
        e = m.entry
        if big(e) and ((m.start, m.end) in cued or m.part_of is not None or e.feature_code in ("ADM1", "PPLC")) \
                and _bare(e.name) == _bare(m.text) and not m.text.isupper():
            return False  # "in Toulouse", "(eThekwini, KwaZulu-Natal)": firm even when spaCy missed it
        return (e.alternate or _bare(e.name) != _bare(m.text) or not m.strong or m.text.isupper()
                or e.feature_class == "P" and e.population < 1000)

    firm: set = set()  # countries with a place named firmly (not a country, not a demonym)
    names: dict[str, set] = {}  # and the distinct names (countries' too) that point to each
    # countries the text names: a weakly recognised town in one of them is no stray ("gathered
    # in Ennis ... across Ireland")
    named = {m.entry.country2 for m in mentions if m.entry is not None and m.kind != "demonym"
             and m.entry.feature_code == "PCLI" and not m.entry.alternate}
    for m in mentions:
        e = m.entry
        if e is None or not e.country2 or m.kind == "demonym":
            continue
        if e.feature_code != "PCLI" and not weak(m):
            firm.add(e.country2)
        if e.feature_code == "PCLI" and not e.alternate or not weak(m) or e.country2 in named:
            names.setdefault(e.country2, set()).add(norm(m.text))
    if not firm:
        return []
    support = Counter({c: len(v) for c, v in names.items()})
    top, n_top = support.most_common(1)[0]
    out = []
    for m in mentions:
        e = m.entry
        if e is None or not e.country2 or m.kind == "demonym" or e.feature_code == "PCLI" and not e.alternate:
            continue
        if (m.parts or m.hint_country or m.hint_admin1 is not None) and _pinned(m):
            continue
        if e.country2 not in firm and e.country2 not in named and weak(m):
            out.append((m.start, m.end))
        elif e.country2 != top and n_top >= 2 and support[e.country2] <= 1 and not big(e) \
                and e.population < STRAY_POP:
            out.append((m.start, m.end))
    return out


# -- records --------------------------------------------------------------------------
def _place(article: Article, gz: Gazetteer, m: Mention) -> Place:
    e = m.entry
    span = article.span(m.start, m.end)
    if e is None:
        return Place(span.text, span.start, span.end, name=None)
    return Place(span.text, span.start, span.end, name=e.name, geonameid=e.geonameid,
                 lat=e.lat, lon=e.lon, country=e.country, admin1=e.admin1,
                 feature_code=e.feature_code)


def _dateline_entries(article: Article, gz: Gazetteer) -> list[Entry]:
    """The dateline's place ("KHERSON, Ukraine") as gazetteer entries: place first."""
    text = (article.dateline_place or "").strip()
    if not text:
        return []
    parts = [p.strip() for p in text.split(",") if p.strip()]
    hint = None
    if len(parts) > 1:
        hint = gz.state(parts[1]) or next((e for e in gz.lookup(parts[1]) if e.feature_code in ("PCLI", "ADM1")), None)
    found = gz.lookup(parts[0].title())
    if hint is not None:
        same = [e for e in found if e.country2 == hint.country2 and
                (hint.feature_code == "PCLI" or e.admin1_index == hint.index)]
        found = same or found
    home = article.home
    if hint is None and home is not None:  # a local paper's bare dateline: a town of its home
        found = [e for e in found if e.admin1_index == home.index] or found
    city = dateline_sense(found)
    out = [city] if city is not None else []
    if hint is not None:
        out.append(hint)
    return out


#: a city this big keeps its own name beside a longer one ("Washington" and "Washington Heights")
BIG_SHORT = 1_000_000


def _short_forms(mentions: list[Mention]) -> None:
    """A town named in full once and then by the first part of its name ("Avondale Estates ...
    Avondale"): the short form is the same town, not the bigger namesake of the short name.
    Never for a state or country ("Kansas" beside "Kansas City")."""
    full: dict[str, Entry] = {}
    for m in mentions:
        e = m.entry
        if e is not None and e.feature_class == "P" and not e.alternate and " " in m.text.strip() \
                and norm(e.name) == norm(m.text):
            words = m.text.split()
            for n in range(1, len(words)):
                full.setdefault(norm(" ".join(words[:n])), e)
    if not full:
        return
    for m in mentions:
        e = m.entry
        key = norm(m.text)
        if key not in full or m.kind == "demonym" or m.hint_country or m.hint_admin1 is not None or m.parts:
            continue
        if e is not None and (e.feature_code in ("ADM1", "PCLI", "CONT", "OCN", "PPLC") or e.population >= BIG_SHORT
                              or e.index == full[key].index or key in NOT_PLACE):
            continue
        if e is None or norm(e.name) != key or e.feature_class == "P":
            m.entry = full[key]


def _one_sense(article: Article, context: list[Entry], mentions: list[Mention]) -> list[Entry]:
    """One sense per name: the dateline's toponym and the same name in the text ("GOMA, ..."
    and "in Goma") are one place. When the text's mentions of the name, with no hint of their
    own, settled on another sense in the same country, a populated place, the dateline takes it;
    a mention that settled on a division of that name takes the dateline's city."""
    if not context:
        return context
    first = norm((article.dateline_place or "").split(",")[0].strip().title())
    e = context[0]
    same = [m for m in mentions if m.entry is not None and m.kind != "demonym" and norm(m.text) == first
            and m.hint_admin1 is None and not m.hint_country and m.entry.country2 == e.country2]
    if not same:
        return context
    senses = {m.entry.index for m in same}
    if e.feature_class != "P":
        city = next((m.entry for m in same if m.entry.feature_class == "P"), None)
        if city is not None:
            return [city] + context[1:]
    elif len(senses) == 1 and same[0].entry.index != e.index and same[0].entry.feature_class == "P":
        return [same[0].entry] + context[1:]
    if e.feature_class == "P":
        for m in same:
            if m.entry.feature_class == "A" and not m.entry.feature_code.startswith("PCL") \
                    and any(c.index == e.index for c in m.candidates):
                m.entry = e
    return context
