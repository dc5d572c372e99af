"""Stage: events. Finds event triggers and codes them to PLOVER type, mode and contexts.

Candidate triggers come from the PLOVER trigger lexicon (:mod:`dateline.events.lexicon`); a
trained linear classifier (:mod:`dateline.events.model`) picks each one's type or rejects it;
parse-based rules set negation and hypothetical/future, fold embedded events into the event that
governs them ("threatened to invade" is one THREATEN) and choose the mode and contexts.
"""
from __future__ import annotations

import logging

from dateline.events.coder import code_doc
from dateline.events.ranking import top_event
from dateline.pipeline.article import Article
from dateline.records import Event

log = logging.getLogger(__name__)


def code_events(article: Article) -> None:
    """Set ``article.events`` (trigger, sentence, type, mode, contexts, negated, hypothetical, confidence)."""
    article.events = []
    doc = article.doc
    if doc is None or len(doc) == 0:
        return
    try:
        coded = code_doc(doc)
    except Exception:  # never let one odd document stop a batch
        log.exception("event coding failed for %s", article.id)
        return
    # The article's main event comes first (see events.ranking.top_event: the lead
    # sentence's factual, main-clause event); the others follow in text order.
    top = top_event(coded)
    if top is not None:
        coded = [top] + [c for c in coded if c is not top]
    article.events = [
        Event(type=c.type, trigger=article.span_of(c.trigger), sentence=article.span_of(c.sentence),
              mode=c.mode, contexts=list(c.contexts), negated=c.negated,
              hypothetical=c.hypothetical, confidence=round(min(max(c.probability, 0.0), 1.0), 4))
        for c in coded
    ]
