"""Which country a place name the gazetteer lacks comes from, by how it is spelled.

"Orugodawatta", "Piliyandala" and "Kantale" read as Sri Lankan, "Kyehoro" and "Kikuube" as
Ugandan, "Abu Saybi" as Arabic: each country's toponyms share letter sequences (``-watta``,
``-deniya``, ``Ky-``, ``Abu``). The index counts, for every country, in how many of its towns'
and divisions' main names each 2-, 3- and 4-letter sequence occurs (with ``^``/``$`` marking
the ends of the name); :func:`posterior` weighs a few candidate countries for some unknown
names (a naive-Bayes reading, with the world's names as one more option, for a country the
candidates do not include, and flattened by ``TEMPERATURE`` so that its confidence means what it
says: on a tenth of GeoNames' names held out of the counts, a choice between two neighbouring
countries made with probability 0.9 or more was right 96% of the time, as was one among eight
countries drawn at random).

It is used for one thing only: a division name that dozens of countries have ("Western",
"Northern") written as the hint of a village the gazetteer lacks, when nothing else in the
article says which country is meant (:func:`dateline.gazetteer.parens.choose`).

The counts are built with the gazetteer index and pickled with it.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Mapping

from dateline.gazetteer.normalize import norm

#: the lengths of the letter sequences counted
GRAM_SIZES = (2, 3, 4)
#: sequences seen in fewer names of a country than this are not stored (they are noise, and
#: they would double the index) ...
MIN_COUNT = 3
#: ... when the country has this many names; a smaller country keeps them all (Sri Lanka has
#: about a hundred in GeoNames' cities500)
PRUNE_FROM = 2000
#: each country's share of names with a sequence is pulled towards the share over all the
#: world's names, as if the country had this many more names (a country with few names would
#: otherwise win every name with an unusual sequence)
PRIOR_NAMES = 20.0
#: the key of the world's counts in the index
WORLD = "*"
#: the log-likelihoods are divided by this before they are normalised (see the module doc)
TEMPERATURE = 5.0
#: names shorter than this (letters) say too little
MIN_LEN = 4


#: words of a name that are no language's own ("Manthai West")
COMPASS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western",
                     "central", "upper", "lower", "new", "old"))


def grams(key: str) -> set[str]:
    """The distinct letter sequences of a normalised name, its ends marked (``^kan``, ``le$``)."""
    s = "^" + key + "$"
    return {s[i:i + n] for n in GRAM_SIZES for i in range(len(s) - n + 1)}


def build_index(names_by_country: Mapping[str, Iterable[str]]) -> dict[str, tuple[int, dict[str, int]]]:
    """``{alpha-2: (number of names, {sequence: names containing it})}`` from main names, and
    the same for all countries together under ``WORLD``."""
    out = {}
    world: Counter = Counter()
    total = 0
    for cc, names in names_by_country.items():
        keys = {norm(n) for n in names}
        keys = {k for k in keys if len(k) >= MIN_LEN}
        counts: Counter = Counter()
        for k in keys:
            counts.update(grams(k))
        world.update(counts)
        total += len(keys)
        keep = MIN_COUNT if len(keys) >= PRUNE_FROM else 1
        out[cc] = (len(keys), {g: c for g, c in counts.items() if c >= keep})
    out[WORLD] = (total, {g: c for g, c in world.items() if c >= MIN_COUNT})
    return out


def _loglik(index: Mapping, key: str, cc: str) -> float:
    n, counts = index.get(cc, (0, {}))
    total, world = index.get(WORLD, (0, {}))
    denom = math.log(n + PRIOR_NAMES)
    return sum(math.log(counts.get(g, 0) + PRIOR_NAMES * (world.get(g, 0) + 1) / (total + 2)) - denom
               for g in grams(key))


def posterior(index: Mapping, names: Iterable[str], countries: Iterable[str]) -> dict[str, float]:
    """How likely each of ``countries`` (alpha-2) is the origin of all ``names`` together,
    against the world's names as one more option (so the probabilities may sum to less than 1);
    ``{}`` when no name is long enough or fewer than two countries have counts."""
    keys = [" ".join(w for w in norm(n).split() if w not in COMPASS) for n in names]
    keys = [k for k in dict.fromkeys(keys) if len(k.replace(" ", "")) >= MIN_LEN]
    ccs = [cc for cc in dict.fromkeys(countries) if cc != WORLD and cc in index and index[cc][0] > 0]
    if not keys or len(ccs) < 2:
        return {}
    # the world's names as one more option: the country may be none of these (the gazetteer
    # lacks its division of that name), and a name that reads like any country's says nothing
    score = {cc: sum(_loglik(index, k, cc) for k in keys) / TEMPERATURE for cc in ccs + [WORLD]}
    top = max(score.values())
    z = sum(math.exp(v - top) for v in score.values())
    return {cc: math.exp(v - top) / z for cc, v in score.items() if cc != WORLD}
