"""The article's locale from its wording: US local news says "County Commission",
"sheriff's deputies", "City Council", "$12,000", "R-Ohio", "High School".

When the text reads as US local news, a foreign town whose name a US place also bears
("Dublin", "Athens", "Berlin") loses to the US one unless the text names its country
(see the ``foreign_local`` feature in :mod:`dateline.gazetteer.ranker`). Only lexical
cues are used, so the prior works even when the article names no other place.
"""
from __future__ import annotations

import re
from typing import Optional

_US_CUES = re.compile(
    r"\b(?:County (?:Commission|Commissioners|Board|Sheriff|Court|Attorney|Clerk|Fair|Jail|Schools?)|"
    r"[Ss]heriff'?s? (?:Office|Department|deputies|Deputy)|City Council|[Cc]ity [Cc]ommission|"
    r"Board of (?:Education|Supervisors|Selectmen|Aldermen|Commissioners)|[Ss]chool [Bb]oard|"
    r"[Ss]chool [Dd]istrict|High School|Middle School|Elementary School|Police Department|"
    r"[Pp]olice [Cc]hief|Fire Department|Township|[Ss]tate (?:Rep|Sen)\.|Gov\.|"
    r"\((?:R|D)-[A-Z][a-z]+\.?\)|Interstate \d+|[Zz]oning|[Aa]ldermen|[Ss]electmen|"
    r"Chamber of Commerce|Democrats?|Republicans?|mph|[Ff]ahrenheit|"
    # US spelling and institutions ("guidance counselor", "Fire Chief", "EMS", "GOP")
    r"[Ff]ire [Cc]hief|EMS|GOP|[Cc]ounselors?|[Ff]avorites?|[Nn]eighbors?|[Nn]eighborhoods?|"
    r"[Ss]chool [Cc]ommittee|[Ss]uperintendent|[Ff]irefighters|Walmart|[Ss]tate [Pp]olice)\b|\$\d")

#: cue matches needed before the text counts as US local news
MIN_CUES = 3


def article_locale(text: str) -> Optional[str]:
    """"US" when the wording reads as US local news, else None."""
    n = 0
    for _ in _US_CUES.finditer(text or ""):
        n += 1
        if n >= MIN_CUES:
            return "US"
    return None
