"""Stage: attribution. Marks events that are only someone's claim with ``attributed_to``."""
from __future__ import annotations

from dateline.pipeline.article import Article


def attribute_events(article: Article) -> None:
    """Set ``event.attributed_to`` for events inside reported speech."""
    return None
