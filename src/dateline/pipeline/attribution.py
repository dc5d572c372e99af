"""Stage: attribution. Marks events that are only someone's claim with ``attributed_to``.

An event whose trigger lies inside the content of a quote (direct or reported speech, an
"according to" report, the complement of an accusation or claim) is attributed to that quote's
speaker; with nested quotes the innermost one wins ("Shamkhani said X, according to NourNews":
X is Shamkhani's claim, and Shamkhani saying it is NourNews's). Quotes without a named speaker
fall back on their channel (``via``) when the record has one.
"""
from __future__ import annotations

import bisect
import logging
from typing import Optional

from dateline.pipeline.article import Article
from dateline.records import Event, Quote, Span

log = logging.getLogger(__name__)


def attribute_events(article: Article) -> None:
    """Set ``event.attributed_to`` for events inside reported speech."""
    try:
        quotes = sorted((q for q in article.quotes if q.content is not None), key=lambda q: q.content.start)
        starts = [q.content.start for q in quotes]
        longest = max((q.content.end - q.content.start for q in quotes), default=0)
        for event in article.events:
            if event.attributed_to is None:
                # only quotes that can contain the trigger: they start at most `longest` before it
                lo = bisect.bisect_left(starts, event.trigger.start - longest)
                hi = bisect.bisect_right(starts, event.trigger.start)
                event.attributed_to = claimant(event, quotes[lo:hi])
    except Exception:  # attribution must never stop an extraction
        log.exception("attribution: failed on %s", article.id)


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner.end > inner.start


def claimant(event: Event, quotes: list[Quote]) -> Optional[Span]:
    """Who claims ``event``: the speaker of the smallest quote whose content holds its trigger."""
    trigger = event.trigger
    holders: list[Quote] = []
    for quote in quotes:
        if quote.content is None or not _contains(quote.content, trigger):
            continue
        if quote.cue is not None and quote.cue.start <= trigger.start < quote.cue.end:
            continue  # the trigger is the act of saying itself
        holders.append(quote)
    holders.sort(key=lambda q: q.content.end - q.content.start)
    for quote in holders:
        who = quote.speaker if quote.speaker is not None else getattr(quote, "via", None)
        if isinstance(who, Span):
            return Span(who.text, who.start, who.end)
    return None
