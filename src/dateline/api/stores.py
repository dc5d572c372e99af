"""A small pool of store connections shared by the request threads.

A connection (DuckDB or PostgreSQL) is used by one request at a time; requests borrow
one and give it back. DuckDB connections to one file in one process share the database.
"""
from __future__ import annotations

import os
import queue
import threading
from contextlib import contextmanager
from typing import Iterator

from dateline.api.errors import ApiError

WAIT_S = 30.0
#: DuckDB worker threads of the served database (default 1: each request's query runs on
#: the thread serving it, and requests run side by side).
THREADS_ENV = "DATELINE_DUCKDB_THREADS"


class StorePool:
    def __init__(self, url: str, size: int = 8, read_only: bool = False):
        self.url, self.size, self.read_only = url, max(1, size), read_only
        self._idle: queue.LifoQueue = queue.LifoQueue()
        self._all: list = []
        self._lock = threading.Lock()
        self._closed = False

    def open(self) -> None:
        """Open the first connection now (creating and migrating the store if needed; a
        read-only pool only checks that the schema is current)."""
        from dateline.store import open_store
        store = open_store(self.url, read_only=self.read_only)
        if getattr(store, "dialect", None) == "duckdb":
            # the database's setting, for every connection: concurrent requests are the
            # parallelism; worker threads per query on top of them only oversubscribe the cores
            try:
                threads = max(1, int(os.environ.get(THREADS_ENV) or 1))
            except ValueError:
                threads = 1
            store._exec(f"SET threads = {threads}")
            # the in-memory page index of GET /events (dateline.store.page_index), built
            # now rather than by the first requests; rebuilt in the background after writes
            store.warm_page_index()
        with self._lock:
            self._all.append(store)
        self._idle.put(store)

    def _new(self):
        from dateline.store import open_store
        return open_store(self.url, read_only=self.read_only, migrate=False)

    @contextmanager
    def borrow(self) -> Iterator:
        if self._closed:
            raise ApiError(503, "the server is shutting down")
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = None
            with self._lock:
                grow = len(self._all) < self.size
                if grow:
                    self._all.append(None)  # reserve the slot
            if grow:
                try:
                    store = self._new()
                except BaseException:
                    with self._lock:
                        self._all.remove(None)
                    raise
                with self._lock:
                    self._all[self._all.index(None)] = store
            else:
                try:
                    store = self._idle.get(timeout=WAIT_S)
                except queue.Empty:
                    raise ApiError(503, "the server is busy; try again") from None
        try:
            yield store
        finally:
            self._idle.put(store)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            stores, self._all = [s for s in self._all if s is not None], []
        for store in stores:
            try:
                store.close()
            except Exception:
                pass
