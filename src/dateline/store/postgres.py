"""The server backend: PostgreSQL through psycopg 3, with the same schema and SQL as DuckDB.

The connection runs in autocommit mode, with explicit BEGIN/COMMIT around each write
batch and each migration; writers (and migrations) take a transaction-scoped advisory
lock, so that several ingests into one database serialise their commits instead of
colliding on primary keys.
"""
from __future__ import annotations

import re
from typing import Sequence

from dateline.errors import StoreError
from dateline.store.base import Store
from dateline.store.schema import COLUMNS

#: pg_advisory_xact_lock key of dateline writers ("dateline" in ASCII, truncated).
WRITE_LOCK = 0x646174656C696E


def redact(url: str) -> str:
    """The URL without its password, fit for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str):
        super().__init__(redact(url))
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL support needs psycopg 3: "
                             "pip install 'psycopg[binary]'") from None
        self._psycopg = psycopg
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as e:
            msg = " ".join(str(e).split())
            raise StoreError(f"cannot connect to PostgreSQL at {self.url}: {msg}; check the URL "
                             "(postgresql://user:password@host:port/dbname) and that the server "
                             "is running and the database exists") from None

    def _wrap(self, e: Exception, sql: str) -> StoreError:
        first = " ".join(sql.split())[:80]
        msg = " ".join(str(e).split())
        return StoreError(f"{self.url}: {msg} (while running: {first}...)")

    def _run(self, sql: str, params: Sequence):
        params = list(params)
        cur = self.con.cursor()
        if params:
            cur.execute(_sql(sql), params)
        else:
            cur.execute(sql)
        return cur

    def _query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        try:
            with self._run(sql, params) as cur:
                cols = [d.name for d in cur.description] if cur.description else []
                return cols, cur.fetchall()
        except self._psycopg.Error as e:
            raise self._wrap(e, sql) from e

    def _exec(self, sql: str, params: Sequence = ()) -> None:
        try:
            self._run(sql, params).close()
        except self._psycopg.Error as e:
            raise self._wrap(e, sql) from e

    def _begin(self) -> None:
        self._exec("BEGIN")

    def _commit(self) -> None:
        self._exec("COMMIT")

    def _rollback(self) -> None:
        self._exec("ROLLBACK")

    def _lock_for_write(self) -> None:
        self._exec("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK])

    def _insert(self, table: str, rows: list[tuple]) -> None:
        names = ", ".join(name for name, _ in COLUMNS[table])
        try:
            with self.con.cursor() as cur:
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        except self._psycopg.Error as e:
            raise self._wrap(e, f"COPY {table}") from e

    def close(self) -> None:
        con, self.con = getattr(self, "con", None), None
        if con is not None:
            con.close()
