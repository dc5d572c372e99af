"""Stage: places. Finds toponyms, resolves them in the gazetteer, locates each event."""
from __future__ import annotations

from dateline.pipeline.article import Article


def geolocate(article: Article) -> None:
    """Set ``article.places`` and each ``event.location``."""
    article.places = []
