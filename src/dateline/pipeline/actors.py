"""Stage: actors. Finds each event's actors and recipients and codes them."""
from __future__ import annotations

from dateline.pipeline.article import Article


def code_actors(article: Article) -> None:
    """Fill ``event.actors`` and ``event.recipients`` for every event of the article."""
    return None
