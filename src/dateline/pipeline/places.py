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

from dateline.gazetteer import load, parens
from dateline.gazetteer.locale import article_locale
from dateline.gazetteer.resolve import resolve
from dateline.pipeline.article import Article
from dateline.pipeline.locations import locate_events
# the stage's parts, re-exported: tests and tools import them from here
from dateline.pipeline.place_coherence import (
    BIG_SHORT, FIRM_POP, GENERIC_ADMIN, STRAY_POP, _cued, _dateline_entries, _doubtful, _one_sense,
    _pinned, _place, _short_forms,
)
from dateline.pipeline.place_cues import (
    ABBREV_PREFIX, AREA_ADJ, ARABIC_ARTICLES, CLASS_AFTER, COUNTY_WORDS, CUE_AFTER, CUE_BEFORE,
    DATELINE_DASH, FROM_WORDS, INSTITUTION, KEEP_SUFFIX, LOCATIVE, MAX_NGRAM, NOT_PLACE, OF_CUES,
    ORG_TYPES, PARTY, PLACE_LABELS, RESIDENCE, SHORT_SUFFIX, STREET, WHERE_PREP, _ARTICLE_NAME,
    _abbrev, _admin_prefix, _big_enough, _country_prefix, _evidence, _hint_entry, _hyphen_place,
    _is_admin_hint, _is_cap, _joinable, _known, _main_town, _org_abbrev, _residence, _town_sense,
)
from dateline.pipeline.place_mentions import _county_list, _hints, _local_names, find_mentions

log = logging.getLogger(__name__)


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
        context = _dateline_entries(article, gz)
        resolve(gz, mentions, context, locale=article_locale(article.clean_text))
        context = _one_sense(article, context, mentions)
        _short_forms(mentions)
        article.places = [_place(article, gz, m) for m in mentions]
        roles = parens.roles(article.clean_text, mentions)
        for span in _doubtful(mentions, _cued(article.doc, mentions)):
            roles[span] = "doubtful"  # (also a head its hints do not pin down, see _pinned)
        locate_events(article, gz, context, roles)
    except Exception:  # odd input must never stop the batch
        log.exception("places stage failed on %s", article.id)
        article.places = article.places or []


__all__ = [
    "geolocate", "find_mentions", "LOCATIVE", "CUE_BEFORE", "CUE_AFTER", "KEEP_SUFFIX", "STREET",
    "NOT_PLACE", "PLACE_LABELS", "SHORT_SUFFIX", "CLASS_AFTER", "ABBREV_PREFIX", "ARABIC_ARTICLES",
    "OF_CUES", "AREA_ADJ", "MAX_NGRAM", "_is_cap", "_joinable", "INSTITUTION", "FROM_WORDS",
    "COUNTY_WORDS", "PARTY", "DATELINE_DASH", "_town_sense", "_main_town", "_big_enough",
    "_local_names", "_county_list", "_hyphen_place", "_admin_prefix", "_country_prefix", "_abbrev",
    "ORG_TYPES", "_org_abbrev", "_ARTICLE_NAME", "_known", "_evidence", "RESIDENCE", "_residence",
    "_is_admin_hint", "_hint_entry", "_hints", "FIRM_POP", "STRAY_POP", "WHERE_PREP",
    "GENERIC_ADMIN", "_pinned", "_cued", "_doubtful", "_place", "_dateline_entries", "BIG_SHORT",
    "_short_forms", "_one_sense",
]
