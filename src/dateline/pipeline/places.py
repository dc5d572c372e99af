"""Stage: places. Finds toponyms, resolves them in the gazetteer, locates each event.

Recognition does not trust spaCy's labels alone (small models tag "Kherson" as a PERSON):
GPE/LOC/FAC entities are taken, and capitalised word sequences that the gazetteer knows
are added when the context says "place": a locative preposition ("in/at/near/from X"),
a cue noun ("the city of X", "X County", "X province"), an admin hint after a comma
("Springfield, Ill.", "Paris, Texas"), or a well-known name (a country, a state, a city
of 100,000+). Country adjectives ("Ukrainian city of Kherson") become the country.
Disambiguation is in :mod:`dateline.gazetteer.resolve`.
"""
from __future__ import annotations

import logging
import re

from dateline.gazetteer import discourse, load, local_lexicon, parens
from dateline.gazetteer.locale import article_locale
from dateline.gazetteer.resolve import resolve
from dateline.kb import load_kb
from dateline.kb.mentions import ORG_NOUNS, _closed, _named_before, _strip_poss
from dateline.pipeline.article import Article
from dateline.pipeline.locations import locate_events
from dateline.pipeline.place_fallback import locate_unknown_town
# the stage's parts, re-exported: tests and tools import them from here
from dateline.pipeline.place_coherence import (
    BIG_SHORT, FIRM_POP, GENERIC_ADMIN, STRAY_POP, _cued, _dateline_entries, _doubtful, _one_sense,
    _pinned, _place, _short_forms,
)
from dateline.pipeline.place_cues import (
    ABBREV_PREFIX, AREA_ADJ, ARABIC_ARTICLES, CLASS_AFTER, COUNTY_WORDS, CUE_AFTER, CUE_BEFORE,
    DATELINE_DASH, DIVISION_AFTER, FROM_WORDS, INSTITUTION, KEEP_SUFFIX, LOCATIVE, MAX_NGRAM,
    NOT_PLACE, OF_CUES, ORG_TYPES, PARTY, PLACE_LABELS, RESIDENCE, SHORT_SUFFIX, STREET, WHERE_PREP, _ARTICLE_NAME,
    _abbrev, _admin_prefix, _big_enough, _country_prefix, _evidence, _hint_entry, _hyphen_place,
    _is_admin_hint, _is_cap, _joinable, _known, _main_town, _org_abbrev, _residence, _town_sense,
)
from dateline.pipeline.place_institutions import local_names as _local_names
from dateline.pipeline.place_mentions import _county_list, _hints, find_mentions

log = logging.getLogger(__name__)


def _mark_runs_on(article: Article, mentions) -> None:
    """Flag a name that capitalised words go on from ("San Antonio Las Cuevas", "Man Nawng
    Kawng": spaCy took the first words): it may be a longer name the gazetteer lacks."""
    starts = {m.start for m in mentions}
    text = article.clean_text
    for m in mentions:
        if m.parts or m.part_of is not None or m.kind != "name" or text[m.end:m.end + 1] != " " \
                or m.local_name:  # ("the Patras Bar Association": the words are its institution)
            continue
        nxt = article.token_at(m.end + 1)
        if nxt is None or nxt.idx != m.end + 1 or nxt.idx in starts or nxt.is_sent_start:
            continue
        if nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper \
                and nxt.lower_ not in CUE_AFTER | CLASS_AFTER | DIVISION_AFTER:  # ("Seoul City")
            m.runs_on = True


#: "[coded to Prague]", "(coded as Man Nawng)", "coded to the nearest town, Ginchi": event
#: reports (ACLED's notes) say outright which place an event is filed under
_CODED = re.compile(r"\bcoded\s+(?:to|as)\s+(?:the\s+)?"
                    r"(?:(?:nearest|provincial|territorial|district|zone)\s+)?"
                    r"(?:(?:town|city|capital|village|centre|center|admin\s+center)\s*,?\s+)?$", re.I)


def _coded(text: str, mentions) -> list[tuple[int, int]]:
    """Spans of the places an event report says it was coded to (``_CODED``)."""
    return [(m.start, m.end) for m in mentions if m.kind == "name" and m.entry is not None
            and not m.partial and _CODED.search(text[max(0, m.start - 60):m.start])]


#: an all-caps code of this many letters ("NC", "DC", "FCT"), see :func:`_stray_codes`
_CODE = re.compile(r"[A-Z]{2,3}")


def _stray_codes(mentions) -> list:
    """The mentions without the all-caps codes that the gazetteer knows only as another name
    of a division or town ("NC" for North Carolina, "DC", "FCT" for Abuja's territory) when no
    other place of the article lies in that country: in a report from Nepal "cadres of NC" are
    the Nepali Congress's, in one from Bangladesh "the DC office" is a deputy commissioner's.
    Countries ("US", "UK") and codes another place backs ("Charleston, SC"; "Lucknow (UP)")
    stay."""
    def stray(m) -> bool:
        e = m.entry
        return e is not None and e.alternate and m.kind == "name" and bool(_CODE.fullmatch(m.text)) \
            and not e.feature_code.startswith(("PCL", "TERR"))
    out = []
    for m in mentions:
        if stray(m) and not any(o.entry is not None and o.entry.country2 == m.entry.country2
                                and not stray(o) for o in mentions if o is not m):
            continue
        out.append(m)
    return out


#: actor dictionary entries whose country says where the article is: armed groups, security
#: forces, parties and unions (``group:``, ``org:``), not states, seats or people; not news
#: agencies and spy services (they report and act from anywhere) nor the forces known for
#: their operations abroad
_DOMESTIC_KB = ("group:", "org:")
_ABROAD_SECTORS = frozenset(("JRN", "SPY"))
_ABROAD_KB = frozenset(("group:wagner", "org:irgc"))


def _actor_countries(article: Article, gz) -> frozenset:
    """Alpha-2 codes of the countries the actor dictionary gives the article's named groups
    and organisations ("Gulf Clan members": Colombia), for :func:`resolve`'s focus."""
    kb = load_kb()
    out = set()
    named = [kb.entity(_strip_poss(ent.text)) for ent in article.doc.ents
             if ent.label_ in ("ORG", "NORP", "PERSON", "GPE", "FAC")]
    named += [_named_before(t, kb) for t in article.doc  # "members of the SUD union"
              if t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS]
    named += [kb.entity(_closed(t, t.text)) for t in article.doc  # "cadres of CPN(UML)"
              if t.pos_ in ("PROPN", "NOUN") and not t.ent_type_ and t.text[:2].isupper()]
    for known in named:
        if known is None or not known.id.startswith(_DOMESTIC_KB) or known.id in _ABROAD_KB \
                or known.sector in _ABROAD_SECTORS or not known.country:
            continue
        c = gz.country(known.country)
        if c is not None:
            out.add(c.country2)
    return frozenset(out)


def _in_foreign_group(article: Article, mentions) -> list:
    """The mentions without names that only begin or end the name of a group or force the
    actor dictionary places in another country ("members of the Gulf Clan": Colombia's, not
    Papua New Guinea's Gulf province); "the Kachin Independence Army" keeps Kachin."""
    kb = load_kb()
    doc = article.doc
    out = []
    for m in mentions:
        e = m.entry
        first = article.token_at(m.start)
        if e is None or first is None or e.feature_code.startswith("PCL"):
            out.append(m)
            continue
        i = first.i
        j = i
        while j < len(doc) and doc[j].idx < m.end:
            j += 1
        foreign = False
        for a in range(max(0, i - 3), i + 1):
            for b in range(j, min(len(doc), j + 4) + 1):
                if (a, b) == (i, j) or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "the")
                                               for t in doc[a:b]):
                    continue
                known = kb.entity(doc[a:b].text)
                if known is not None and known.id.startswith(_DOMESTIC_KB) and known.country \
                        and len(known.country) == 3 and known.country != e.country:
                    foreign = True
        if not foreign:
            out.append(m)
    return out


def geolocate(article: Article) -> None:
    """Set ``article.places`` and each ``event.location``."""
    article.places = []
    try:
        gz = load()
    except Exception:  # no gazetteer: leave places empty rather than break the pipeline
        log.exception("gazetteer unavailable")
        return
    try:
        mentions = find_mentions(article, gz)
        _mark_runs_on(article, mentions)
        context = _dateline_entries(article, gz)
        actor_countries = _actor_countries(article, gz)
        resolve(gz, mentions, context, locale=article_locale(article.clean_text),
                actor_countries=actor_countries, home=article.home,
                home_country=article.home_country)
        article.home_evidence = local_lexicon.evidence(mentions)
        discourse.drop_chained_strays(article.clean_text, mentions)
        context = _one_sense(article, context, mentions)
        _short_forms(mentions)
        mentions = _stray_codes(mentions)
        mentions = _in_foreign_group(article, mentions)
        article.places = [_place(article, gz, m) for m in mentions]
        roles = parens.roles(article.clean_text, mentions)
        for span in _coded(article.clean_text, mentions):
            roles[span] = "coded"
        for span in _doubtful(mentions, _cued(article.doc, mentions)):
            roles[span] = "doubtful"  # (also a head its hints do not pin down, see _pinned)
        locate_events(article, gz, context, roles)
        locate_unknown_town(article, gz, actor_countries)
    except Exception:  # odd input must never stop the batch
        log.exception("places stage failed on %s", article.id)
        article.places = article.places or []


def relocate(articles: list[Article], tally: local_lexicon.Tally) -> None:
    """Learn the sources' homes from ``articles`` (already geolocated), then locate again the
    articles of a source that has one (see :mod:`dateline.gazetteer.local_lexicon`)."""
    gz = load()
    for article in articles:
        found = article.home_evidence
        tally.add(article.source, found, [gz.entry(i).country2 for i in found])
    for article in articles:
        home = tally.home(article.source)
        country = tally.home_country(article.source)
        if home is None and country is None:
            continue
        article.home = gz.entry(home) if home is not None else None
        article.home_country = country
        geolocate(article)


__all__ = [
    "geolocate", "relocate", "find_mentions", "LOCATIVE", "CUE_BEFORE", "CUE_AFTER", "KEEP_SUFFIX", "STREET",
    "NOT_PLACE", "PLACE_LABELS", "SHORT_SUFFIX", "CLASS_AFTER", "ABBREV_PREFIX", "ARABIC_ARTICLES",
    "OF_CUES", "AREA_ADJ", "MAX_NGRAM", "_is_cap", "_joinable", "INSTITUTION", "FROM_WORDS",
    "COUNTY_WORDS", "PARTY", "DATELINE_DASH", "_town_sense", "_main_town", "_big_enough",
    "_local_names", "_county_list", "_hyphen_place", "_admin_prefix", "_country_prefix", "_abbrev",
    "ORG_TYPES", "_org_abbrev", "_ARTICLE_NAME", "_known", "_evidence", "RESIDENCE", "_residence",
    "_is_admin_hint", "_hint_entry", "_hints", "FIRM_POP", "STRAY_POP", "WHERE_PREP",
    "GENERIC_ADMIN", "_pinned", "_cued", "_doubtful", "_place", "_dateline_entries", "BIG_SHORT",
    "_short_forms", "_one_sense",
]
