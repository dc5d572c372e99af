"""Name normalisation shared by the gazetteer builder and the lookup side."""
from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\u2019'`´]")
_SEP = re.compile(r"[\s\-\u2010-\u2015/]+")
_DROP = re.compile(r"[.,()\"\u201c\u201d]")
_SAINT = re.compile(r"\b(saint|ste?)\b\s*")


def norm(name: str) -> str:
    """A lookup key: case-folded, accents stripped, dots dropped, 'Saint' -> 'st'.

    ``norm("St. Louis") == norm("Saint Louis") == "st louis"``,
    ``norm("U.S.") == "us"``, ``norm("Dnipropetrovs'k") == "dnipropetrovsk"``.
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub("", text.casefold())
    text = _DROP.sub("", text)
    text = _SEP.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return _SAINT.sub("st ", text).strip()


#: Latin letters beyond Latin Extended-B: the "Extended Additional" block that transliterations
#: of Arabic and Persian names use ("Kunaṟ", "Şalāḩ ad Dīn") and the modifier letters ("ʻ")
_LATIN_MORE = ((0x1E00, 0x1EFF), (0x2B0, 0x2FF))


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (alternate names in other scripts are skipped)."""
    for c in name:
        if c.isalpha() and ord(c) > 0x24F and not any(a <= ord(c) <= b for a, b in _LATIN_MORE):
            return False
    return True
