"""The pipeline stages, in the order they run.

clean -> parse -> events -> actors -> places -> dates -> quotes -> attribution

Each stage is a module with one plain function over an :class:`Article`.
"""
from dateline.pipeline.article import Article

__all__ = ["Article"]
