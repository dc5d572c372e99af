"""Stage: events. Finds event triggers and codes them to PLOVER type, mode and contexts."""
from __future__ import annotations

from dateline.pipeline.article import Article


def code_events(article: Article) -> None:
    """Set ``article.events`` (trigger, sentence, type, mode, contexts, negated, hypothetical, confidence)."""
    article.events = []
