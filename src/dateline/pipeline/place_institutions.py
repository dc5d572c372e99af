"""Towns named by their institutions and people ("Alexandria Police", "the Athens Police
Department", "University of Hartford", "a Rochester man", "Columbia-based"), party codes
("D-Columbus") and AP state abbreviations ("Chowchilla, Calif."). A step of
:func:`dateline.pipeline.place_mentions.find_mentions`.
"""
from __future__ import annotations

from dateline.gazetteer import Gazetteer
from dateline.pipeline.place_cues import (
    ABBREV_PREFIX, AREA_ADJ, COUNTY_WORDS, DATELINE_DASH, FROM_WORDS, INSTITUTION, NOT_PLACE, PARTY, _big_enough,
    _is_cap, _main_town, _town_sense,
)

#: institution words after which a big city's other name is still the city ("the Patras Bar
#: Association": Pátra)
CIVIC = frozenset(("bar", "association", "union", "federation", "council", "chamber", "police",
                   "university", "municipal", "city"))
#: how big a city must be for its other names to name it in an institution's name
OTHER_NAME_POP = 100_000


def _big_by_other_name(gz: Gazetteer, text: str) -> bool:
    return any(e.alternate and e.feature_class == "P" and e.population >= OTHER_NAME_POP
               for e in gz.candidates(text))


def _institution_name(doc, gz: Gazetteer, add, taken, i: int, j: int) -> None:
    """The longest town name at ``i`` before an institution word inside the entity ``[i, j)``
    ("Alexandria Police", "Hamilton County Sheriff's Office")."""
    if j - i < 2:
        return
    for k in range(min(j - 1, i + 3), i, -1):
        if not all(_is_cap(t) for t in doc[i:k]) or any(taken[i:k]) \
                or (k - i == 1 and doc[i].lower_ in NOT_PLACE):
            continue
        nxt = doc[k].lower_
        if k - i >= 2 and doc[k - 1].lower_ == "city" and _town_sense(gz, doc[i:k - 1].text):
            continue  # "Dublin City Council": Dublin, at k - 1
        city_of = nxt == "city" and k + 1 < j and doc[k + 1].lower_ in INSTITUTION
        if (nxt in INSTITUTION or nxt in FROM_WORDS) \
                and (_town_sense(gz, doc[i:k].text, county=nxt in COUNTY_WORDS)
                     or nxt in CIVIC and _big_by_other_name(gz, doc[i:k].text)) \
                and (city_of or not _main_town(gz, doc[i:k + 1].text)) and not doc[i:k].text.isupper():
            add(i, k, "name", True)
            return


def local_names(doc, gz: Gazetteer, add, taken) -> None:
    n = len(doc)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC", "PERSON", "NORP", "EVENT", "PRODUCT", "GPE"):
            continue
        i, j = ent.start, ent.end
        while i < j and doc[i].lower_ in {"the", "a"}:
            i += 1
        # the name may also start after "of" ("Friends of Madison County Public Library")
        starts = [i] + [k + 1 for k in range(i, j - 2) if doc[k].lower_ == "of" and _is_cap(doc[k + 1])]
        for i in starts:
            _institution_name(doc, gz, add, taken, i, j)
        i = starts[0]
        for k in range(i, j - 2):  # "University of Rochester", "College of Charleston"
            if doc[k].lower_ in ("university", "college", "school") and doc[k + 1].lower_ == "of":
                a = k + 2
                b = a
                while b < j and _is_cap(doc[b]) and b - a < 3:
                    b += 1
                if b > a and (b == j or doc[b].lower_ in ("at", "-", ",")) and not any(taken[a:b]) \
                        and _town_sense(gz, doc[a:b].text):
                    add(a, b, "name", True)
    for k in range(2, n):
        tok = doc[k]
        if taken[k] or not _is_cap(tok):
            continue
        # "D-Columbus", "R-Marshall": a legislator's home town or county
        if doc[k - 1].text == "-" and doc[k - 2].text in PARTY and not doc[k - 2].whitespace_ \
                and not doc[k - 1].whitespace_:
            for m in (3, 2, 1):
                if k + m <= n and all(_is_cap(t) for t in doc[k:k + m]) and not any(taken[k:k + m]) \
                        and (gz.has(doc[k:k + m].text) or gz.state(doc[k:k + m].text)):
                    add(k, k + m, "name", True)
                    break
    for k in range(n - 2):
        tok = doc[k]
        if taken[k] or not _is_cap(tok) or tok.whitespace_ or doc[k + 1].text != "-" \
                or doc[k + 1].whitespace_ or tok.lower_ in NOT_PLACE:
            continue
        nxt = doc[k + 2]
        if "PERSON" in (tok.ent_type_, nxt.ent_type_) or not _big_enough(gz, tok.text):
            continue
        code = nxt.text.isupper() and len(nxt.text) <= 3
        right = _is_cap(nxt) and not taken[k + 2] and _big_enough(gz, nxt.text) \
            and (k + 3 >= n or not _is_cap(doc[k + 3]))
        if nxt.lower_ == "based" or code or right:
            # "Columbia-based", "Fargo-Moorhead", "Watertown-ML": a town joined to a word
            add(k, k + 1, "name", False)
            if right:
                add(k + 2, k + 3, "name", False)
    for k in range(1, n):  # "Chowchilla, Calif.", "Western Mass.": a state's AP abbreviation
        t = doc[k].text
        if not taken[k] and "." in t and len(t) > 2 and gz.state(t) is not None \
                and (doc[k - 1].text == "," or doc[k - 1].lower_ in AREA_ADJ):
            add(k, k + 1, "name", False)
    for k in range(n - 1):  # "a Rochester man", "two Hamilton women", "Kettering Republican"
        if taken[k] or not _is_cap(doc[k]) or doc[k].lower_ in NOT_PLACE or doc[k].text.isupper():
            continue
        if k > 0 and _is_cap(doc[k - 1]) and not doc[k].is_sent_start and not doc[k - 1].is_stop \
                and doc[k - 1].lower_ not in ("two", "three", "four", "several"):
            continue  # the name starts earlier ("a Meadow Grove man" is not Grove)
        for m in (3, 2, 1):
            e = k + m
            if e < n and doc[e].lower_ in FROM_WORDS and all(_is_cap(t) for t in doc[k:e]) \
                    and not any(taken[k:e]) and _town_sense(gz, doc[k:e].text):
                add(k, e, "name", False)
                break
    for k in range(1, n):
        tok = doc[k]
        if taken[k] or not tok.text.isupper() or not (tok.is_alpha or tok.text in ("ST.", "FT.", "MT.")) \
                or len(tok.text) < 3:
            continue
        if doc[k - 1].text not in (".", "!", "?") and not tok.is_sent_start and not doc[k - 1].like_num:
            continue
        m = k  # "HARTFORD —", "ISLE OF PALMS —", "BEIRUT:"
        while m < n and m - k < 4 and doc[m].text.isupper() and (doc[m].is_alpha or m == k):
            m += 1
        if m < n and doc[m].text in DATELINE_DASH and not any(taken[k:m]):
            if k >= 3 and doc[k - 1].text == "." and not doc[k - 2].whitespace_ and not any(taken[k - 2:k]) \
                    and (doc[k - 2].text.lower() + ".") in ABBREV_PREFIX and doc[k - 3].text in (".", "!", "?"):
                k -= 2  # "ST. PAUL —" (tokens "ST", ".", "PAUL")
            name = doc[k:m].text.title().replace(" Of ", " of ")
            if _town_sense(gz, name):
                add(k, m, "name", True)
