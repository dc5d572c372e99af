"""The embedded backend: one DuckDB file (the default store).

DuckDB allows one writing process per file; a second one gets a clear StoreError. Each
``write_documents`` call is one transaction, made durable in DuckDB's write-ahead log at
commit, so a process killed at any point leaves whole batches or nothing.
"""
from __future__ import annotations

import os
import threading
from typing import Sequence

import duckdb
import pyarrow as pa

from dateline.errors import StoreError
from dateline.store import queries as Q
from dateline.store.base import Store
from dateline.store.page_index import Pages, bump
from dateline.store.schema import COLUMNS

_ARROW = {
    "TEXT": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE PRECISION": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


#: One writer at a time per database file in this process (connections of one process
#: share the database; two transactions updating the same daily count would conflict).
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(path: str) -> threading.Lock:
    key = path if path == ":memory:" else os.path.realpath(path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


def _schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[sqltype]) for name, sqltype in COLUMNS[table]])


class DuckDBStore(Store):
    dialect = "duckdb"
    windowed_pages = True

    def __init__(self, path: str, url: str | None = None, read_only: bool = False):
        super().__init__(url or path)
        self.path = path
        self.read_only = read_only
        # an in-memory database is private to its connection: its own lock
        self._write_lock = threading.Lock() if path == ":memory:" else _write_lock(path)
        self._holding = False
        self._dirty = False     # the open transaction has written
        # the file's generation (counted up around every write) and its page index
        from dateline.store.page_index import file_state
        self._file = file_state(path)
        self._pages = Pages(self) if self._file is not None else None
        if path != ":memory:":
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise StoreError(f"cannot create the database {path}: the directory {parent} "
                                 "does not exist; create it or choose another --db path")
            if read_only and not os.path.exists(path):
                raise StoreError(f"no database at {path}; run `dateline ingest ... --db {path}` "
                                 "first or check the --db path")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as e:
            msg = str(e)
            if "lock" in msg.lower():
                raise StoreError(
                    f"the database {path} is in use by another process (another `dateline "
                    f"ingest`?); wait for it to finish or use another --db. ({msg})") from None
            raise StoreError(f"cannot open the DuckDB database {path}: {msg}") from None

    def _wrap(self, e: Exception, sql: str) -> StoreError:
        first = " ".join(sql.split())[:80]
        return StoreError(f"{self.path}: {e} (while running: {first}...)")

    def _query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        try:
            cur = self.con.execute(sql, list(params))
            cols = [d[0] for d in cur.description] if cur.description else []
            return cols, cur.fetchall()
        except duckdb.Error as e:
            raise self._wrap(e, sql) from e

    def _exec(self, sql: str, params: Sequence = ()) -> None:
        # a statement outside a transaction commits by itself: a write, unless it is a
        # setting or a checkpoint (which change no rows)
        writes = not self._in_tx and not sql.lstrip()[:10].upper().startswith(
            ("SET ", "CHECKPOINT"))
        if writes:
            bump(self._file)
        elif self._in_tx:
            self._dirty = True
        try:
            self.con.execute(sql, list(params))
        except duckdb.Error as e:
            raise self._wrap(e, sql) from e
        finally:
            if writes:
                bump(self._file)

    def _begin(self) -> None:
        # every transaction of the store writes: take the process's write lock before the
        # transaction starts, so that its snapshot already holds the writes of the one before
        # (else updating a daily count that one changed would be a write-write conflict)
        self._lock_for_write()
        try:
            self.con.begin()
        except BaseException:
            self._release()
            raise

    def _lock_for_write(self) -> None:
        if not self._holding:
            self._write_lock.acquire()
            self._holding = True

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            self._write_lock.release()

    def _commit(self) -> None:
        # the generation is odd while a commit that wrote runs: no page index is built or
        # used then (a transaction that wrote nothing, e.g. a re-ingest of the same texts,
        # leaves the index current)
        wrote, self._dirty = self._dirty, False
        if wrote:
            bump(self._file)
        try:
            self.con.commit()
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: commit failed: {e}") from e
        finally:
            if wrote:
                bump(self._file)
            self._release()

    def _rollback(self) -> None:
        self._dirty = False
        try:
            self.con.rollback()
        finally:
            self._release()

    def _insert(self, table: str, rows: list[tuple]) -> None:
        schema = _schema(table)
        columns = list(zip(*rows))
        batch = pa.table([pa.array(list(col), type=field.type)
                          for col, field in zip(columns, schema)], schema=schema)
        names = ", ".join(schema.names)
        view = f"_dateline_insert_{table}"
        self._dirty = True
        try:
            self.con.register(view, batch)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        except duckdb.Error as e:
            raise self._wrap(e, f"INSERT INTO {table}") from e
        finally:
            try:
                self.con.unregister(view)
            except duckdb.Error:  # an aborted transaction refuses even this; rollback cleans up
                pass

    def _set_flat_json(self, pairs: list[tuple[int, str]]) -> None:
        batch = pa.table({"s": pa.array([p[0] for p in pairs], pa.int64()),
                          "j": pa.array([p[1] for p in pairs], pa.string())})
        view = "_dateline_flat_json"
        self._dirty = True
        try:
            self.con.register(view, batch)
            self.con.execute(f"UPDATE events SET flat_json = v.j FROM {view} v "
                             "WHERE events.seq = v.s")
        except duckdb.Error as e:
            raise self._wrap(e, "UPDATE events SET flat_json") from e
        finally:
            try:
                self.con.unregister(view)
            except duckdb.Error:
                pass

    # -- pages through the in-memory index (dateline.store.page_index) -------------------
    def flat_page_json(self, limit: int, after=None, **filters):
        Q.event_filters(filters)         # the SQL path's errors, whichever path answers
        if after is not None:
            Q.keyset(after)
        if self._pages is not None and int(limit) >= 1:
            got = self._pages.page(int(limit), after, filters)
            if got is not None:
                return got
        Pages.stats["sql"] += 1
        return super().flat_page_json(limit, after=after, **filters)

    def warm_page_index(self) -> bool:
        """Build the page index of this store now (``dateline serve`` does at start);
        True when there is one for the store as it is."""
        return self._pages is not None and self._pages.current(wait=True) is not None

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file."""
        if not self.read_only:
            self._exec("CHECKPOINT")

    def close(self) -> None:
        if getattr(self, "_holding", False):
            self._release()
        con, self.con = getattr(self, "con", None), None
        if con is not None:
            con.close()
