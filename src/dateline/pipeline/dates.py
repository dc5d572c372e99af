"""Stage: dates. Resolves each event's date against the publication date.

"on Wednesday", "yesterday", "last week", "on Feb. 24", "in October", "in 2014",
"November 9, 2022" are resolved with a precision (day, week, month, year); an
event with no date expression of its own takes the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Optional

from dateline.pipeline.article import Article

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("my", re.compile(rf"\b(?:in|since|during|until|by|of)\s+{_MONTH_RE}(?:\s+(\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|until|by)\s+((?:19|20)\d{2})\b", re.I)),
    ("mon", re.compile(r"\b(January|February|March|April|June|July|August|September|October|"
                       r"November|December)(?:\s+(\d{4}))?\b")),
    ("rel", re.compile(r"\b(yesterday|today|tonight|this morning|this week|last week|last month|"
                       r"last year|earlier this week|earlier this month|this month|this year)\b", re.I)),
    ("wday", re.compile(r"\b(?:on|last|this|late|early)?\s*(monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday)\b", re.I)),
]


def resolve(expression: str, published: dt.date) -> Optional[tuple[dt.date, str]]:
    """Resolve one date expression: ``(date, precision)`` or None."""
    for kind, pattern in _PATTERNS:
        m = pattern.search(expression)
        if m:
            value = _resolve_match(kind, m, published)
            if value:
                return value
    return None


def _month(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")[:4] if token.lower().startswith("sept") else token.lower().rstrip(".")[:3]]


def _past_year(month: int, day: int, published: dt.date) -> int:
    """News speaks of the recent past: the year that puts month/day closest before publication."""
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        pass
    return year


def _resolve_match(kind: str, m: re.Match, published: dt.date) -> Optional[tuple[dt.date, str]]:
    try:
        if kind == "iso":
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        if kind == "mdy":
            month, day = _month(m[1]), int(m[2])
            year = int(m[3]) if m[3] else _past_year(month, day, published)
            return dt.date(year, month, day), "day"
        if kind == "dmy":
            day, month = int(m[1]), _month(m[2])
            year = int(m[3]) if m[3] else _past_year(month, day, published)
            return dt.date(year, month, day), "day"
        if kind in ("my", "mon"):
            month = _month(m[1])
            year = int(m[2]) if m[2] else _past_year(month, 1, published)
            return dt.date(year, month, 1), "month"
        if kind == "year":
            return dt.date(int(m[1]), 1, 1), "year"
        if kind == "rel":
            word = m[1].lower()
            if word == "yesterday":
                return published - dt.timedelta(days=1), "day"
            if word in ("today", "tonight", "this morning"):
                return published, "day"
            if word in ("this week", "earlier this week"):
                return published - dt.timedelta(days=published.weekday()), "week"
            if word == "last week":
                monday = published - dt.timedelta(days=published.weekday() + 7)
                return monday, "week"
            if word in ("this month", "earlier this month"):
                return published.replace(day=1), "month"
            if word == "last month":
                first = published.replace(day=1) - dt.timedelta(days=1)
                return first.replace(day=1), "month"
            if word == "this year":
                return published.replace(month=1, day=1), "year"
            if word == "last year":
                return dt.date(published.year - 1, 1, 1), "year"
        if kind == "wday":
            back = (published.weekday() - _WEEKDAYS[m[1].lower()]) % 7
            return published - dt.timedelta(days=back), "day"
    except (ValueError, KeyError):
        return None
    return None


def _clause_head(token):
    """The verb that governs a token (the token itself when it is a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _date_entities(article: Article) -> tuple[list, list[int]]:
    """DATE/TIME entities of the article and their start offsets, computed once per article.

    (``Span.ents`` rescans the whole document on every call: quadratic on long texts.)
    """
    cached = getattr(article, "_date_ents", None)
    if cached is None:
        ents = [e for e in article.doc.ents if e.label_ in ("DATE", "TIME")]
        cached = (ents, [e.start_char for e in ents])
        article._date_ents = cached
    return cached


def _expressions_for(article: Article, event) -> list[tuple[int, str]]:
    """Date expressions of the event's own clause, those attached to its trigger first.

    An expression counts when the verb governing it is the trigger or the verb that
    governs the trigger; "said on Monday that troops withdrew" dates the saying,
    not the withdrawal.
    """
    trigger = article.token_at(event.trigger.start)
    if trigger is None:
        return []
    sent = trigger.sent
    trigger_clause = _clause_head(trigger)
    ents, starts = _date_entities(article)
    lo, hi = bisect_left(starts, sent.start_char), bisect_left(starts, sent.end_char)
    candidates = [(ent.start_char, ent.text) for ent in ents[lo:hi]]
    # The parser does not always tag weekdays and "last week": look at the raw sentence too.
    for _, pattern in _PATTERNS:
        for m in pattern.finditer(sent.text):
            candidates.append((sent.start_char + m.start(), m.group(0)))
    found = []
    for start, text in candidates:
        token = article.token_at(start)
        if token is None or token.i < sent.start or token.i >= sent.end:
            continue
        head = _clause_head(token)
        rank = 0 if head.i == trigger.i else 1 if head.i == trigger_clause.i else None
        if rank is not None:
            found.append((rank, abs(start - event.trigger.start), text))
    return [(rank * 10_000 + distance, text) for rank, distance, text in sorted(found)]


def date_events(article: Article) -> None:
    """Set ``event.date`` and ``event.date_precision`` for every event."""
    published = article.date
    for event in article.events:
        event.date, event.date_precision = None, None
        if published is not None:
            for _, expression in _expressions_for(article, event):
                resolved = resolve(expression, published)
                if resolved:
                    event.date, event.date_precision = resolved[0].isoformat(), resolved[1]
                    break
            else:
                event.date, event.date_precision = published.isoformat(), "day"
