"""Article-level checks after each name has its sense: small towns abroad that nothing else
in the article points to, and names written again without the divisions they first came with.

Both guard against the same failure: the gazetteer lacks a village and knows a namesake of it
far away ("Waitsburg village, Atareb district, Aleppo", when the gazetteer's only Waitsburg is
in Washington State). Called by :func:`dateline.gazetteer.resolve.resolve`.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Optional

from dateline.gazetteer.normalize import norm

if TYPE_CHECKING:
    from dateline.gazetteer import Entry

#: a town of fewer people than this, in a country nothing else of the article points to ...
STRAY_TOWN_POP = 20_000
#: ... while this many of the article's other names (and its dateline) agree on one other
#: country, is a namesake of a village the gazetteer lacks
STRAY_AGREE = 2


def drop_stray_towns(groups: dict, chosen: dict, base_c: Counter) -> None:
    """Leave unresolved a small town (a main name: see ``resolve._drop_stray_namesakes`` for
    alternate ones) in a country that no other name of the article lies in, when at least
    ``STRAY_AGREE`` of them agree on another country ("a sniper shot a boy near Waitsburg
    village, Atareb district, Aleppo": not Waitsburg, Wash.). Seats of divisions, capitals,
    names written with a hint or as a hint, and demonyms' countries alone never decide."""
    counts: Counter = Counter(base_c)
    for key, e in chosen.items():
        if e is not None and groups[key][0].kind != "demonym":
            counts[e.country2] += 1
    for key, e in list(chosen.items()):
        m = groups[key][0]
        if e is None or e.alternate or e.feature_class != "P" or e.population >= STRAY_TOWN_POP \
                or e.feature_code in ("PPLC", "PPLA") or m.kind != "name" or m.hint_country \
                or m.hint_admin1 is not None or m.parts or m.part_of is not None:
            continue
        others = counts - Counter({e.country2: len(groups[key])})
        if counts[e.country2] <= len(groups[key]) and others and max(others.values()) >= STRAY_AGREE:
            chosen[key] = None


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
