"""People named after their town: "Londoners", "Richmondites", "New Londoners", "Bostonians".

A word made of the name of a place the article names and a suffix for its people (-er, -ite,
-ian, -an, -n, and their plurals) is a mention of that place ("Londoner will get a chance in
May to weigh in ..." in news from London, Ont.). Only places the article names elsewhere
count, so that a word that merely ends like one ("Porter", "Walker") is no place; a country's
demonym stays the country's ("Americans" beside "America").
"""
from __future__ import annotations

from dateline.gazetteer import Gazetteer
from dateline.gazetteer.normalize import norm
from dateline.pipeline.place_cues import _is_cap

SUFFIXES = ("ers", "er", "ites", "ite", "ians", "ian", "ans", "an", "ns", "n")


def _stem(text: str) -> list[str]:
    return [text[: -len(s)] for s in SUFFIXES if text.endswith(s) and len(text) - len(s) >= 4]


def town_demonyms(doc, gz: Gazetteer, mentions: list, taken: list, add) -> None:
    """Add (or turn demonym mentions into) mentions of the towns the article names whose people
    a word names; the mention's text is the town's name, its span the word's."""
    names = {norm(m.text): m.text for m in mentions if m.kind == "name" and m.part_of is None}
    if not names:
        return
    demonyms = {getattr(m, "_tokens", (None,))[0]: m for m in mentions if m.kind == "demonym"}
    for k, tok in enumerate(doc):
        if not _is_cap(tok) or not tok.is_alpha or tok.is_upper:
            continue
        if taken[k] and k not in demonyms:
            continue
        for stem in _stem(tok.text):
            start, name = k, None
            if k > 0 and _is_cap(doc[k - 1]) and not taken[k - 1] and norm(f"{doc[k - 1].text} {stem}") in names:
                start, name = k - 1, names[norm(f"{doc[k - 1].text} {stem}")]  # "New Londoners"
            elif norm(stem) in names:
                name = names[norm(stem)]
            if name is None or any(e.feature_code == "PCLI" for e in gz.candidates(name)):
                continue
            old = demonyms.get(k)
            if old is not None:
                mentions.remove(old)
                taken[k] = False
            m = add(start, k + 1, "name", False)
            if m is not None:
                m.text = name
            break
