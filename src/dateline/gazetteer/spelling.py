"""Spelling variants of transliterated names: "Nassriya" for Nasiriyah, "Dhanusha" for Dhanusa.

Names from Arabic, Nepali, Burmese or Amharic reach English news in several romanisations,
and GeoNames keeps only some of them. :func:`variants` finds the gazetteer's places whose name
is a close variant of an unknown one: the same consonant skeleton (doubled letters single,
vowels and ``h`` dropped, ``kh``/``q``/``c`` as ``k``, ``ph`` as ``f``, ...) and at least
``MIN_RATIO`` similar as strings. Only towns and divisions are returned, never post-office
towns, and only by their main names (alternate names hold too many near-misses), for names
of ``MIN_LEN`` letters or more; the caller decides when a name is
unknown enough to try (see :func:`dateline.gazetteer.resolve.candidates_for`).

The skeleton index covers the main name of every town and division; it is built with the
gazetteer index and pickled with it.
"""
from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from dateline.gazetteer.normalize import norm

if TYPE_CHECKING:
    from dateline.gazetteer import Entry, Gazetteer

#: a name shorter than this (letters) is not looked up by its skeleton: too many share it
MIN_LEN = 5
#: the least string similarity (difflib ratio of the normalised names) of an accepted variant
MIN_RATIO = 0.8
#: a skeleton shorter than this says too little
MIN_SKELETON = 3

_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("sh", "s"),
             ("ch", "c"), ("zh", "z"), ("ou", "u"), ("q", "k"), ("c", "k"), ("w", "v"), ("j", "y"))
_VOWELS = re.compile(r"[aeiouyh]")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """The consonant skeleton of a normalised name: ``skeleton("nassriya") == "nsr"`` with its
    first letter kept (``"asr"`` for "Assriya"), so initial vowels still count."""
    text = key.replace(" ", "")
    if not text.isalpha():
        text = "".join(c for c in text if c.isalpha())
    if not text:
        return ""
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    head, rest = text[0], _VOWELS.sub("", text[1:])
    return _DOUBLE.sub(r"\1", head + rest)


def skeleton_index(records) -> dict[str, tuple[str, ...]]:
    """skeleton -> the normalised main names of towns and divisions that have it (built with
    the gazetteer, see :mod:`dateline.gazetteer.build`; main names only: :func:`variants`
    takes no alternate-name match)."""
    from dateline.gazetteer.build import FCODE, LAT, NAME
    index: dict[str, list[str]] = {}
    seen: set[str] = set()
    for r in records:
        if r[LAT] is None or not r[FCODE].startswith(("PPL", "ADM", "PCL")):
            continue
        key = norm(r[NAME])
        if len(key) >= MIN_LEN and key not in seen:
            seen.add(key)
            index.setdefault(skeleton(key), []).append(key)
    return {k: tuple(v) for k, v in index.items()}


def _index(gz: "Gazetteer") -> dict[str, tuple[str, ...]]:
    if gz.skeletons is None:  # an index pickled without them
        gz.skeletons = skeleton_index(gz.records)
    return gz.skeletons


def variants(gz: "Gazetteer", name: str) -> list[tuple[float, "Entry"]]:
    """``(similarity, entry)`` of the towns and divisions whose name is a close spelling
    variant of ``name`` (best match first, then by importance), or ``[]``."""
    from dateline.gazetteer import importance
    key = norm(name)
    letters = sum(c.isalpha() for c in key)
    if letters < MIN_LEN:
        return []
    sk = skeleton(key)
    if len(sk) < MIN_SKELETON:
        return []
    scored: list[tuple[float, float, "Entry"]] = []
    for other in _index(gz).get(sk, ()):
        if other == key or other[0] != key[0] or abs(len(other) - len(key)) > 3:
            continue
        ratio = difflib.SequenceMatcher(None, key, other).ratio()
        if ratio < MIN_RATIO:
            continue
        for e in gz.candidates(other):
            if e.lat is not None and e.feature_class in ("P", "A") and not e.postal_town and not e.alternate:
                scored.append((round(ratio, 2), importance(e), e))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    seen: set[int] = set()
    out = []
    for ratio, _, e in scored:
        if e.index not in seen:
            seen.add(e.index)
            out.append((ratio, e))
    return out
