"""Where an event happened when the text names its town but the gazetteer does not know it.

Event reports name villages, camps and localities that no gazetteer shipped in a package holds
("demonstrated in Ahaxe", "a clash at Dandathar locality in Baudikali rural municipality").
When nothing else in the article resolves, the town's name still says *that* the text names a
place, and the article often says in which country or division it lies: the armed groups,
parties and unions it names (the actor dictionary's countries, as in
:func:`dateline.pipeline.places._actor_countries`), or the source's home learnt from its other
articles (:mod:`dateline.gazetteer.local_lexicon`). The event is then located at that division
or country, and the place says so: ``precision`` is ``"admin1"`` or ``"country"`` and its
coordinates are the division's or the country's point, never a made-up town's. Without such
evidence, or with evidence pointing two ways, the location stays null.
"""
from __future__ import annotations

from typing import Optional

from dateline.gazetteer import Entry, Gazetteer
from dateline.pipeline.article import Article
from dateline.pipeline.place_cues import WHERE_PREP
from dateline.records import Place

#: Entity labels that are no place ("in February", "at Reuters", "near Smith's house").
NOT_PLACE = frozenset(("DATE", "TIME", "PERSON", "ORG", "NORP", "MONEY", "PERCENT", "CARDINAL",
                       "ORDINAL", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"))
#: Lower-case words that may join a name's capitalised words ("Canale di Verde").
JOINERS = frozenset(("di", "de", "del", "della", "des", "du", "la", "le", "el", "al", "da", "do",
                     "dos", "das", "van", "von", "-"))


def unknown_town(article: Article) -> Optional[tuple[int, int]]:
    """Character span of the first capitalised name right after "in/at/near..." in the
    text that no other stage read as a date, a person or an organisation."""
    doc = article.doc
    for tok in doc:
        if tok.lower_ not in WHERE_PREP or tok.i + 1 >= len(doc):
            continue
        first = doc[tok.i + 1]
        if not (first.is_title or first.is_upper and len(first) > 2) or not first.is_alpha \
                or first.ent_type_ in NOT_PLACE or first.is_sent_start:
            continue
        end = first.i + 1
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha
                                  and doc[end].ent_type_ not in NOT_PLACE
                                  or doc[end].lower_ in JOINERS and end + 1 < len(doc)
                                  and doc[end + 1].is_title):
            end += 1
        while doc[end - 1].lower_ in JOINERS:
            end -= 1
        return doc[first.i].idx, doc[end - 1].idx + len(doc[end - 1])
    return None


def evident_division(article: Article, gz: Gazetteer, actor_countries: frozenset) -> Optional[Entry]:
    """The division or country the article's evidence puts it in: the source's home division
    when the named groups agree with it (or name none), else the one country its named groups
    share, else the source's home country."""
    home = article.home
    home_country = home.country2 if home is not None else article.home_country
    if len(actor_countries) > 1:
        return None
    if actor_countries and home_country not in actor_countries:
        return gz.country(next(iter(actor_countries)))
    if home is not None:
        return home
    return gz.country(home_country) if home_country else None


def locate_unknown_town(article: Article, gz: Gazetteer, actor_countries: frozenset) -> None:
    """When no place of the article resolved and no event has a location, locate its events at
    the division its evidence gives, under the name of the unknown town (see the module)."""
    if any(p.lat is not None for p in article.places) or \
            any(e.location is not None for e in article.events):
        return
    span = unknown_town(article)
    if span is None:
        return
    entry = evident_division(article, gz, actor_countries)
    if entry is None:
        return
    text = article.span(*span)
    place = Place(text.text, text.start, text.end, name=entry.name, geonameid=entry.geonameid,
                  lat=entry.lat, lon=entry.lon, country=entry.country, admin1=entry.admin1,
                  feature_code=entry.feature_code,
                  precision="country" if entry.feature_code.startswith("PCL") else "admin1")
    article.places.append(place)
    for event in article.events:
        event.location = place
