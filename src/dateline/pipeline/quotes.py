"""Stage: quotes. Direct, indirect and "according to" quotes with their speakers and cues."""
from __future__ import annotations

from dateline.pipeline.article import Article


def find_quotes(article: Article) -> None:
    """Set ``article.quotes``."""
    article.quotes = []
