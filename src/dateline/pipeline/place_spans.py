"""Where a toponym's span ends, as news annotations draw it: without a direction word before a
well-known name ("Northeast Georgia": Georgia) and without the institution after a county's
name ("the Alachua County Sheriff's Office": Alachua County). Used by
:mod:`dateline.pipeline.place_mentions` once the mentions are found.
"""
from __future__ import annotations

from dateline.gazetteer import Gazetteer, parens
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention
from dateline.pipeline.place_cues import STREET, _well_known

#: direction words before a region's name ("Northeast Georgia", "southern California", "Metro
#: Vancouver")
DIRECTIONS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "northeast", "northwest", "southeast", "southwest", "northeastern",
                        "northwestern", "southeastern", "southwestern", "central", "metro"))


def trim_spans(doc, mentions: list[Mention], gz: Gazetteer) -> None:
    """"Northeast Georgia", "Western Massachusetts", "West Wichita": a direction word before a
    well-known name, the two together being no name the gazetteer has, is no part of the
    toponym (the part of the state or city it names is not a place of its own); "North
    Carolina", "West Bank" and "North Las Vegas" are names, and stay whole. An institution
    named after its county ("the Alachua County Sheriff's Office") is the county."""
    for m in mentions:
        words = m.text.split(" ")
        k = next((k for k, w in enumerate(words[:-1]) if w in ("County", "Parish") and k > 0), None)
        if k is not None and not m.parts and m.part_of is None and not gz.has(m.text) \
                and not STREET.match(" ".join(words[k + 1:])) and gz.has(" ".join(words[:k + 1])):
            # "the Alachua County Sheriff's Office", "Meigs County Court": the county
            m.text = " ".join(words[:k + 1])
            m.end = m.start + len(m.text)
            _retoken(doc, m)
            continue
        first, _, rest = m.text.partition(" ")
        if first.lower() in DIRECTIONS and rest and not m.parts and m.part_of is None and m.kind == "name" \
                and not gz.has(m.text) and norm(rest) not in parens.GENERIC_NAMES and _well_known(gz, rest):
            cut = len(m.text) - len(rest)
            m.text, m.start = rest, m.start + cut
            _retoken(doc, m)


def _retoken(doc, m: Mention) -> None:
    """The mention's token span after its characters were trimmed."""
    if hasattr(m, "_tokens"):
        i, j = m._tokens
        toks = [t.i for t in doc[i:j] if t.idx >= m.start and t.idx + len(t.text) <= m.end]
        if toks:
            m._tokens = (toks[0], toks[-1] + 1)
