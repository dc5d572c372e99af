"""Hyphenated pairs of neighbouring places: "Athens-Clarke", "Plainview-Elgin", "Watertown-Mayer",
"the Greenville- Spartanburg airport", "University of Wisconsin-Milwaukee".

Twin towns, consolidated city-counties, school districts and airports are named by joining two
places with a hyphen. spaCy splits the compound and labels it as part of an organisation (or
nothing), so neither place is found. Both parts are taken when the gazetteer knows each by its
main name as a town, a county or a first-level division, and some sense of the one lies near
some sense of the other (a division: the town lies in it), and the whole is no name of its own
("Winston-Salem", "Port-au-Prince"). The nearness keeps out hyphenated surnames and the
like ("Smith-Jones"), which are also left alone inside a person's name.
"""
from __future__ import annotations

from typing import Optional

from dateline.gazetteer import Entry, Gazetteer
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.ranker import distance_km
from dateline.pipeline.place_cues import NOT_PLACE, _is_cap, _org_abbrev

#: two towns (or a town and a county) this close are a pair
PAIR_KM = 60.0


def _senses(gz: Gazetteer, text: str) -> tuple[list[Entry], str]:
    """The main-name senses of ``text`` that a pair may join (towns, counties, first-level
    divisions; a bare county name: "Clarke" for Clarke County), and the mention kind."""
    if norm(text) in NOT_PLACE or _org_abbrev(text):
        return [], "name"
    found = [e for e in gz.candidates(text) if not e.alternate and not e.postal_town and e.lat is not None
             and (e.feature_class == "P" or e.feature_code in ("ADM1", "ADM2"))]
    if found:
        return found, "name"
    counties = [e for e in gz.candidates(text + " County") if e.feature_code == "ADM2" and e.lat is not None]
    return counties, "county_list"


def _near(a: list[Entry], b: list[Entry]) -> bool:
    for x in a:
        for y in b:
            if x.feature_code == "ADM1" and y.admin1_index == x.index \
                    or y.feature_code == "ADM1" and x.admin1_index == y.index:
                return True
            if x.feature_code != "ADM1" and y.feature_code != "ADM1" \
                    and distance_km(x.lat, x.lon, y.lat, y.lon) <= PAIR_KM:
                return True
    return False


def hyphen_pairs(doc, gz: Gazetteer, add, taken) -> None:
    """Add both places of each hyphenated pair (see the module's docstring); a part already
    found (spaCy's "Athens" in "Athens-Clarke") stays as it is."""
    people = {t for ent in doc.ents if ent.label_ == "PERSON" for t in range(ent.start, ent.end)}
    n = len(doc)
    for k in range(n - 1):
        a = doc[k]
        if a.text.endswith(("-", "–")) and len(a.text) > 2:  # "Greenville- Spartanburg" (one token)
            name_a, j = a.text[:-1], k + 1
        elif k + 2 < n and doc[k + 1].text in ("-", "–") and not a.whitespace_:
            name_a, j = a.text, k + 2
        else:
            continue
        b = doc[j]
        if not (name_a[:1].isupper() and _is_cap(b)) or name_a.isupper() or b.text.isupper() \
                or k in people or j in people:
            continue
        if k > 0 and doc[k - 1].text in ("-", "–") and not doc[k - 1].whitespace_:
            continue
        # the second place may be two words ("Minneapolis-St. Paul", "Tampa-St. Petersburg")
        end = j + 1
        if j + 2 <= n and _is_cap(doc[j + 1]) and not any(taken[j:j + 2]) and _senses(gz, doc[j:j + 2].text)[0]:
            end = j + 2
        if taken[k] and any(taken[j:end]):
            continue
        if end == j + 1 and j + 1 < n and doc[j + 1].text in ("-", "–") and not b.whitespace_:
            continue  # a longer compound ("Port-au-Prince", "Stratford-upon-Avon")
        second_text = doc[j:end].text
        if gz.has(f"{name_a}-{second_text}") or gz.has(f"{name_a} {second_text}"):
            continue  # a name of its own ("Winston-Salem")
        first, kind_a = _senses(gz, name_a)
        second, kind_b = _senses(gz, second_text)
        if not first or not second or not _near(first, second):
            continue
        if not taken[k]:
            add(k, k + 1, kind_a, False, chars=(a.idx, a.idx + len(name_a)))
        if not any(taken[j:end]):
            add(j, end, kind_b, False)


def split_pair(doc, gz: Gazetteer, i: int, j: int) -> Optional[tuple[tuple[int, int, str], tuple[int, int, str]]]:
    """An entity that is just such a pair ("the Minneapolis-St. Paul area", which spaCy
    labels a facility): its two places as (start, end, kind) token spans, else None."""
    dash = next((k for k in range(i + 1, j - 1) if doc[k].text in ("-", "–") and not doc[k].whitespace_
                 and not doc[k - 1].whitespace_), None)
    if dash is None or dash - i != 1 or j - dash - 1 not in (1, 2) or not all(_is_cap(t) for t in doc[dash + 1:j]):
        return None
    first_text, second_text = doc[i].text, doc[dash + 1:j].text
    if gz.has(doc[i:j].text) or gz.has(f"{first_text} {second_text}"):
        return None
    first, kind_a = _senses(gz, first_text)
    second, kind_b = _senses(gz, second_text)
    if not first or not second or not _near(first, second):
        return None
    return (i, dash, kind_a), (dash + 1, j, kind_b)
