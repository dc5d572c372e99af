"""Article-level checks after each name has its sense: small towns abroad that the text writes
as lying in a place of another country, and names written again without the divisions they
first came with.

Both guard against the same failure: the gazetteer lacks a village and knows a namesake of it
far away ("Waitsburg village, Atareb district, Aleppo", when the gazetteer's only Waitsburg is
in Washington State). Called by :func:`dateline.gazetteer.resolve.resolve` and
:func:`dateline.pipeline.places.geolocate` (which has the text).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from dateline.gazetteer.normalize import norm

if TYPE_CHECKING:
    from dateline.gazetteer import Entry

#: a town of fewer people than this, written as lying in a place of another country, is a
#: namesake of a village the gazetteer lacks (:func:`drop_chained_strays`)
STRAY_TOWN_POP = 20_000
#: what may stand between a place and the larger place it is written as lying in: "Waitsburg
#: village, Atareb district", "Waitsburg in Idleb governorate", "Waitsburg village of Atareb",
#: "Waitsburg municipality (Bara district)"
_CHAIN = re.compile(
    r"\s*(?:(?:village|town|city|hamlet|settlement|locality|area|neighbou?rhood|quarter|camp|"
    r"commune|district|sub-?district|municipality|county|sub-county|parish|tehsil|upazila|township|"
    r"region|province|governorate|zone)\s*)?(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?"
    r"(?:(?:town|city|village|district|province|region|governorate|county|municipality)\s+of\s+)?",
    re.I)


def drop_chained_strays(text: str, mentions: list) -> None:
    """Leave unresolved a small town (under ``STRAY_TOWN_POP``) that the text writes as lying
    in a place of another country ("a sniper shot a boy near Waitsburg village, Atareb
    district, Aleppo": not Waitsburg, Wash., which is all the gazetteer knows by that name).
    Names written with their own hints ("Paris, Texas") are resolved with them instead
    (:mod:`dateline.gazetteer.parens`) and are left alone, as are demonyms and divisions."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m, n in zip(ordered, ordered[1:]):
        e = m.entry
        if e is None or e.feature_class != "P" or e.population >= STRAY_TOWN_POP \
                or e.feature_code in ("PPLC", "PPLA") or m.kind != "name" or m.hint_country \
                or m.hint_admin1 is not None or m.parts or m.part_of is not None:
            continue
        if n.entry is None or n.kind == "demonym" or not n.entry.country2 \
                or n.entry.country2 == e.country2 or n.start < m.end:
            continue
        if _CHAIN.fullmatch(text[m.end:n.start]):
            m.entry = None


def follow_hinted(mentions: list) -> None:
    """A name written again without the divisions it came with first takes the sense it had
    there ("in Waitsburg, Dnipropetrovsk ... (coded to Waitsburg)": the second is no town in
    Washington State either); when its first mention fell back to a hint (the gazetteer lacks
    the village), so does the second. A second mention the gazetteer has no candidate for stays
    unresolved."""
    firm: dict[str, Optional["Entry"]] = {}
    for m in mentions:
        if m.parts and m.entry is not None and m.kind == "name":
            firm.setdefault(norm(m.text), m.entry)
    if not firm:
        return
    for m in mentions:
        e = firm.get(norm(m.text))
        if e is None or m.parts or m.part_of is not None or m.kind != "name" \
                or m.hint_country or m.hint_admin1 is not None:
            continue
        if m.entry is None and m.candidates or m.entry is not None and m.entry.country2 != e.country2:
            m.entry = e
