"""The dateline REST API and web interface (``dateline serve``).

>>> from dateline.api import create_app
>>> app = create_app("dateline.duckdb")          # a FastAPI app; docs at /docs, UI at /
"""
from __future__ import annotations

from dateline.api.app import create_app, serve

__all__ = ["create_app", "serve"]
