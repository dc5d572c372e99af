"""Storage: documents, events, actors, places and quotes in DuckDB (default) or PostgreSQL.

>>> from dateline.store import open_store
>>> with open_store("dateline.duckdb") as store:          # or "postgresql://user@host/db"
...     store.write_documents([doc], coder_version="dateline-0.1.0")
...     rows = store.query_events(type="ASSAULT", actor="RUS", since="2022-11-01")

The schema (docs/schema.md) is created and upgraded by numbered migrations, applied on
open and by :func:`migrate`.
"""
from __future__ import annotations

from dateline.errors import StoreError
from dateline.store.base import Store
from dateline.store.flat import flat_row, sort_key
from dateline.store.schema import LATEST_VERSION, MIGRATIONS

__all__ = ["open_store", "migrate", "parse_url", "Store", "StoreError", "flat_row", "sort_key",
           "LATEST_VERSION", "MIGRATIONS"]


def parse_url(url: str) -> tuple[str, str]:
    """``(backend, target)``: ("duckdb", path) or ("postgresql", url)."""
    if not isinstance(url, str) or not url.strip():
        raise StoreError("no database given: pass a DuckDB path (dateline.duckdb), "
                         "duckdb:///path, or postgresql://user:password@host:port/db")
    url = url.strip()
    lower = url.lower()
    if lower.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        if lower.startswith("postgresql+psycopg://"):
            url = "postgresql://" + url[len("postgresql+psycopg://"):]
        return "postgresql", url
    if lower.startswith("duckdb:"):
        path = url[len("duckdb:"):]
        if path.startswith("//"):
            path = path[2:]
        if path in ("", "/:memory:", ":memory:"):
            path = ":memory:"
        return "duckdb", path
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreError(f"unsupported database URL scheme {scheme!r} in {url!r}: use a DuckDB "
                         "path, duckdb:///path, or postgresql://user:password@host:port/db")
    return "duckdb", url


def _connect(url: str, read_only: bool = False) -> Store:
    backend, target = parse_url(url)
    if backend == "postgresql":
        from dateline.store.postgres import PostgresStore
        return PostgresStore(target)
    from dateline.store.duckdb import DuckDBStore
    return DuckDBStore(target, url=url, read_only=read_only)


def open_store(url: str, *, read_only: bool = False, migrate: bool = True) -> Store:
    """Open (creating if needed) the store at ``url``: a path, ``duckdb:///path``, or
    ``postgresql://...``. Pending migrations are applied unless ``migrate=False`` or
    ``read_only=True`` (then an out-of-date schema is an error naming `dateline migrate`)."""
    store = _connect(url, read_only)
    try:
        if migrate and not read_only:
            store.migrate()
            if hasattr(store, "checkpoint"):
                store.checkpoint()  # the schema goes into the file; the WAL then holds batches only
        else:
            store.check_schema()
    except BaseException:
        store.close()
        raise
    return store


def migrate(url: str) -> list[tuple[int, str]]:
    """Bring the schema at ``url`` to the latest version; returns ``[(version, name)]`` applied."""
    with _connect(url) as store:
        applied = store.apply_migrations()
        if hasattr(store, "checkpoint"):
            store.checkpoint()
        return applied
