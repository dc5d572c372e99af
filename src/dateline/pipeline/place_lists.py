"""Towns named in lists with places already found ("Torrington, Winsted and New Hartford"): the
list says what its members are. A step of :func:`dateline.pipeline.place_mentions.find_mentions`.
"""
from __future__ import annotations

from dateline.gazetteer import Gazetteer, parens
from dateline.gazetteer.normalize import norm
from dateline.pipeline.place_cues import NOT_PLACE, _is_cap

#: words that join the members of a list
_LIST_JOINS = frozenset((",", "and", "or", "&"))
#: a listed name must be a town of this many people (or a division) by its main name
LISTED_POP = 1_000


def listed_towns(doc, gz: Gazetteer, mentions: list, labels: dict, taken: list, add, excluded) -> None:
    """Add the capitalised names of populated places or divisions that stand in a list next to
    a place already found ("X, Y and Z": one joining word or a comma and a conjunction apart)."""
    ends = {m._tokens[1]: m for m in mentions if hasattr(m, "_tokens") and m.kind in ("name", "admin2")}
    starts = {m._tokens[0]: m for m in mentions if hasattr(m, "_tokens") and m.kind in ("name", "admin2")}
    changed = True
    while changed:
        changed = False
        for i in range(len(doc)):
            if taken[i] or not _is_cap(doc[i]) or doc[i].is_sent_start or doc[i].lower_ in NOT_PLACE \
                    or _is_cap(doc[i - 1]) or doc[i - 1].like_num or doc[i - 1].text[:1].isdigit() \
                    or labels.get(i) in ("PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT"):
                continue
            for j in range(min(len(doc), i + 3), i, -1):
                if any(taken[i:j]) or not all(_is_cap(t) for t in doc[i:j]) or excluded(i, j) \
                        or norm(doc[i:j].text) in parens.GENERIC_NAMES or j - i == 1 and doc[i].is_stop:
                    continue
                if not any(not e.alternate and (e.feature_class == "A" and e.feature_code != "PCLI"
                                                or e.feature_class == "P" and e.population >= LISTED_POP)
                           for e in gz.candidates(doc[i:j].text)):
                    continue
                before = _joined_from(doc, i - 1, -1)
                after = _joined_from(doc, j, 1)
                if (before is not None and before + 1 in ends) or (after is not None and after in starts):
                    if (j < len(doc) and _is_cap(doc[j]) and not doc[j].is_punct) or labels.get(i) == "ORG":
                        break  # (the first words of a longer name, or an organisation)
                    m = add(i, j, "name", False)
                    if m is not None:
                        ends[j], starts[i] = m, m
                        changed = True
                break


def _joined_from(doc, k: int, step: int):
    """The token index past a list's joining words at ``k`` (", ", " and ", ", and "), going
    ``step`` (-1 back, +1 on); None when no joining word is there."""
    n = 0
    while 0 <= k < len(doc) and doc[k].lower_ in _LIST_JOINS and n < 2:
        k += step
        n += 1
    return k if n else None
