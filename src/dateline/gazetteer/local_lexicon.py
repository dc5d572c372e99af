"""A source's home: the first-level division its articles keep naming (a local lexicon).

Local papers write their own towns bare: the Hartford Courant's "MIDDLETOWN —" is Middletown,
Connecticut, not the larger Middletown, New Jersey, and nothing in the article says so. What
says so is the paper's other articles (Lieberman, Samet and Sankaranarayanan's "local lexicon",
the idea behind the LGL corpus): across a source's articles, the places that can only be in one
division (a name with all its senses in one state, a name written with its state, a state named
outright) point to its home. :func:`homes` learns each source's home from a first pass over a
collection; the places stage then gives that division a weak vote (``resolve.HOME_VOTE``) when
it resolves the source's articles again. One article alone never makes a home.

A report may credit several sources ("Brescia Today; Giornale Di Brescia", as event data sets
list them): each source named learns from it, and the report's home is the one its sources
with a home agree on.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Optional

#: a source needs this many articles with evidence before it has a home
MIN_ARTICLES = 3
#: ... and its home must hold at least this share of those articles' evidence
MIN_SHARE = 0.5


def evidence(mentions) -> list[int]:
    """The first-level divisions (record indices) this article's resolved names can only be
    in: a division itself, a name written with its state, or a name whose senses all lie in
    one division. Demonyms and countries say nothing of a home division."""
    out = []
    for m in mentions:
        e = m.entry
        if e is None or m.kind == "demonym" or e.admin1_index < 0 or e.feature_code.startswith("PCL"):
            continue
        senses = {c.admin1_index for c in m.candidates if not c.postal_town}
        if e.feature_code == "ADM1" and not e.alternate or m.hint_admin1 is not None or len(senses) == 1:
            out.append(e.admin1_index)
    return out


def sources(source: Optional[str]) -> list[str]:
    """The sources a report credits: ``"A; B"`` names two (case and spacing aside)."""
    out: list[str] = []
    for part in (source or "").split(";"):
        key = " ".join(part.split()).casefold()
        if key and key not in out:
            out.append(key)
    return out


class Tally:
    """Each source's evidence so far, one vote per article and division (and country)."""

    def __init__(self) -> None:
        self.votes: dict[str, Counter] = defaultdict(Counter)
        self.country_votes: dict[str, Counter] = defaultdict(Counter)

    def add(self, source: Optional[str], found: list[int], countries: Iterable[str] = ()) -> None:
        if not found:
            return
        for key in sources(source):
            self.votes[key].update(set(found))
            self.country_votes[key].update(set(countries))

    def home(self, source: Optional[str]) -> Optional[int]:
        """The source's home division (a record index), when its articles agree on one (and,
        for a report crediting several sources, the sources that have a home agree)."""
        return _one({_agreed(self.votes.get(key)) for key in sources(source)})

    def home_country(self, source: Optional[str]) -> Optional[str]:
        """The source's home country (alpha-2), when its articles agree on one: a national
        paper or agency ("Ouest-France" files from all over France, mostly from Brittany)."""
        return _one({_agreed(self.country_votes.get(key)) for key in sources(source)})


def _one(found: set):
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _agreed(c: Optional[Counter]):
    if not c:
        return None
    (top, n), total = c.most_common(1)[0], sum(c.values())
    return top if n >= MIN_ARTICLES and n / total >= MIN_SHARE else None


def homes(collection: Iterable[tuple[Optional[str], list[int]]]) -> dict[str, int]:
    """``{source: admin1 record index}`` from ``(source, evidence)`` pairs, one per article."""
    tally = Tally()
    for source, found in collection:
        tally.add(source, found)
    return {s: h for s in tally.votes if (h := tally.home(s)) is not None}
