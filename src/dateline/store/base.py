"""The storage interface: one :class:`Store`, the same SQL on DuckDB and PostgreSQL.

A backend subclass supplies a connection and five primitives (run a query, run a
statement, begin/commit/rollback, bulk-insert rows); everything else, the writes, the
queries and the migrations, is written here once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections import Counter
from typing import Any, Iterator, Optional, Sequence

from dateline.dedup import DEFAULTS as DEDUP
from dateline.errors import StoreError
from dateline.records import Document
from dateline.store import queries as Q
from dateline.store import rows as R
from dateline.store.flat import (_F_DATE, _F_DOCUMENT, _F_ESCAPED, _F_ID, _F_ORDINAL,
                                 _FLAT_NAMES, _SEQ, _dump_or_none, _flat_tuple, dump_row,
                                 flat_json_of_row, flat_row)
from dateline.store.schema import (CHILD_TABLES, COLUMNS, DAILY_COUNTS_REBUILD, DOCUMENT_TABLES,
                                   DUCKDB_EVENTS_IN_ORDER, LATEST_VERSION, MIGRATIONS,
                                   MIGRATIONS_TABLE)

#: Ids per ``IN (...)`` list.
CHUNK = 500
#: Positions in an ``events`` row of what the daily counts are keyed by.
_EVENT_COLUMNS = [name for name, _ in COLUMNS["events"]]
_DAY, _TYPE, _QUAD = (_EVENT_COLUMNS.index(c) for c in ("event_date", "type", "quad_class"))
#: Windowed pages (see ``Store._page``): about the events the first window holds, the
#: fewest events a store has before windows pay (two DuckDB row groups: a scan reads no
#: less than one), how many windows are read before the rest of the order is read in one
#: query, and how long the store's date range is trusted.
WINDOW_EVENTS = 65_536
MIN_WINDOWED_EVENTS = 245_760
MAX_WINDOWS = 4
SHAPE_TTL_S = 10.0


def _chunks(items: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Store:
    """A dateline database. Use as a context manager, or call :meth:`close`."""

    dialect = "?"
    #: Read pages a date window at a time (for a store whose ``events`` table is laid out
    #: in page order, with zone maps but no usable index: DuckDB).
    windowed_pages = False

    def __init__(self, url: str):
        self.url = url
        self._in_tx = False
        self.last_applied: list[tuple[int, str]] = []

    # -- backend primitives ------------------------------------------------------------
    def _query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError

    def _exec(self, sql: str, params: Sequence = ()) -> None:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _insert(self, table: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def _lock_for_write(self) -> None:
        """Serialise writers (inside a transaction); a no-op where the backend already does."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    # -- helpers -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All statements inside commit together, or not at all."""
        if self._in_tx:
            raise StoreError("nested transactions are not supported")
        self._begin()
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._in_tx = False
            try:
                self._rollback()
            except Exception:  # the connection may be gone; the error that got us here matters
                pass
            raise
        self._in_tx = False
        self._commit()

    def _dicts(self, sql: str, params: Sequence = ()) -> list[dict]:
        cols, rows = self._query(sql, params)
        return [dict(zip(cols, r)) for r in rows]

    def _scalar(self, sql: str, params: Sequence = ()) -> Any:
        _, rows = self._query(sql, params)
        return rows[0][0] if rows else None

    def _sources(self, doc_ids: set[str]) -> dict[str, str]:
        """Original texts of the given (escaped) documents, to re-read their span texts."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(doc_ids)):
            for row in self._dicts(f"SELECT id, text, text_json FROM documents WHERE id IN "
                                   f"({Q.placeholders(len(chunk))})", chunk):
                out[row["id"]] = R.original_text(row["text"], row["text_json"])
        return out

    # -- migrations --------------------------------------------------------------------
    def applied_migrations(self) -> list[dict]:
        if not self._scalar("SELECT count(*) FROM information_schema.tables WHERE "
                            "table_name = 'schema_migrations' AND table_schema = current_schema()"):
            return []
        return self._dicts("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")

    def schema_version(self) -> int:
        applied = self.applied_migrations()
        return applied[-1]["version"] if applied else 0

    def pending_migrations(self) -> list[tuple[int, str]]:
        done = {m["version"] for m in self.applied_migrations()}
        return [(m.version, m.name) for m in MIGRATIONS if m.version not in done]

    def migrate(self) -> int:
        """Apply every pending migration; returns the schema version (see :meth:`apply_migrations`)."""
        self.last_applied = self.apply_migrations()
        return self.schema_version()

    def apply_migrations(self) -> list[tuple[int, str]]:
        """Apply every pending migration, each in its own transaction; returns those applied."""
        applied: list[tuple[int, str]] = []
        if self.applied_migrations() and not self.pending_migrations():
            self.check_schema()
            return applied   # up to date: write nothing, take no lock
        with self.transaction():
            self._lock_for_write()
            self._exec(MIGRATIONS_TABLE)
        for migration in MIGRATIONS:
            with self.transaction():
                self._lock_for_write()
                done = {r[0] for r in self._query("SELECT version FROM schema_migrations")[1]}
                newest = max(done, default=0)
                if newest > LATEST_VERSION:
                    raise StoreError(
                        f"{self.url}: the database schema is at version {newest}, newer than "
                        f"this dateline knows ({LATEST_VERSION}); upgrade dateline")
                if migration.version in done:
                    continue
                for sql in migration.sql_for(self.dialect):
                    self._exec(sql)
                self._exec("INSERT INTO schema_migrations (version, name, applied_at) "
                           "VALUES (?, ?, ?)", (migration.version, migration.name, _now()))
            applied.append((migration.version, migration.name))
        return applied

    def check_schema(self) -> None:
        version = self.schema_version()
        if version > LATEST_VERSION:
            raise StoreError(f"{self.url}: the database schema is at version {version}, newer "
                             f"than this dateline knows ({LATEST_VERSION}); upgrade dateline")
        if version < LATEST_VERSION:
            raise StoreError(f"{self.url}: the database schema is at version {version}, this "
                             f"dateline needs {LATEST_VERSION}; run `dateline migrate --db URL`")

    # -- writing -----------------------------------------------------------------------
    def known_ids(self, ids: list[str]) -> set[str]:
        """The ids among ``ids`` that are stored."""
        return set(self.known_hashes(ids))

    def known_hashes(self, ids: list[str]) -> dict[str, str]:
        """``{id: text_sha1}`` of the stored documents among ``ids``."""
        wanted = {R.clean(i): i for i in ids}
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(wanted)):
            _, rows = self._query(f"SELECT id, text_sha1 FROM documents WHERE id IN "
                                  f"({Q.placeholders(len(chunk))})", chunk)
            out.update({wanted[i]: sha for i, sha in rows})
        return out

    def write_documents(self, docs: list[Document], coder_version: str) -> int:
        """Store documents with all their rows, in one transaction; returns how many were written.

        A document already stored with the same text is skipped; one stored with a different
        text is replaced (its old rows deleted) in the same transaction. Within ``docs`` the
        last document of an id wins.
        """
        return len(self.store_documents(docs, coder_version))

    def store_documents(self, docs: list[Document], coder_version: str) -> list[str]:
        """:meth:`write_documents`, returning the ids written (not those skipped)."""
        latest: dict[str, Document] = {}
        for doc in docs:
            latest.pop(doc.id, None)
            latest[doc.id] = doc
        if not latest:
            return []
        now = _now()
        prepared = {}
        for i, doc in latest.items():
            try:
                prepared[i] = R.document_rows(doc, coder_version, now)
            except StoreError:
                raise
            except Exception as e:  # a malformed record: name it rather than crash the batch
                raise StoreError(f"document {i!r} cannot be stored: {type(e).__name__}: {e}") from e
        with self.transaction():
            self._lock_for_write()
            stored = self.known_hashes(list(latest))
            todo = [i for i, d in latest.items() if stored.get(i) != R.text_sha1(d.text)]
            counts = self._delete_rows([R.clean(i) for i in todo if i in stored], apply=False)
            for table in DOCUMENT_TABLES:
                rows = [row for i in todo for row in prepared[i][table]]
                if rows and table == "events":
                    # the next numbers (seq), and the flat row as the API renders it
                    first = int(self._scalar("SELECT COALESCE(max(seq), 0) FROM events")) + 1
                    rows = [row[:_SEQ] + (first + k, flat_json_of_row(row))
                            for k, row in enumerate(rows)]
                if rows:
                    self._insert(table, rows)
                if table == "events":
                    for row in rows:
                        if row[_DAY] is not None:
                            counts[(row[_DAY], row[_TYPE], row[_QUAD] or "")] += 1
            self._add_daily_counts(counts)
        return todo

    def delete_documents(self, ids: list[str]) -> int:
        """Delete documents and all their rows; returns how many were stored."""
        with self.transaction():
            self._lock_for_write()
            present = [R.clean(i) for i in self.known_ids(ids)]
            self._delete_rows(present)
        return len(present)

    def _delete_rows(self, ids: list[str], apply: bool = True) -> Counter:
        """Every row of these documents (inside the caller's transaction). Their events
        leave the daily counts: the changes are applied, or with ``apply=False`` returned
        (negative) for the caller to add its own to and apply."""
        counts: Counter = Counter()
        for chunk in _chunks(ids):
            marks = Q.placeholders(len(chunk))
            for day, type_, quad, n in self._query(Q.daily_counts_of(len(chunk)), chunk)[1]:
                counts[(day, type_, quad)] -= int(n)
            for table in CHILD_TABLES:
                self._exec(f"DELETE FROM {table} WHERE document_id IN ({marks})", chunk)
            self._exec(f"DELETE FROM documents WHERE id IN ({marks})", chunk)
        if ids:
            self._delete_duplicate_links(ids)
        if apply:
            self._add_daily_counts(counts)
        return counts

    def _add_daily_counts(self, counts: Counter) -> None:
        """Add to ``event_daily_counts`` (inside a writer's transaction, under its lock)."""
        changes = [(day, type_, quad, n) for (day, type_, quad), n in sorted(
            counts.items(), key=lambda kv: (str(kv[0][0]), kv[0][1], kv[0][2])) if n]
        for chunk in _chunks(changes, 200):
            self._exec(Q.add_daily_counts(len(chunk)), [v for row in chunk for v in row])

    def _delete_duplicate_links(self, ids: list[str]) -> None:
        """Links that name these documents as the original go with them."""
        for chunk in _chunks(ids):
            self._exec(f"DELETE FROM document_duplicates WHERE duplicate_of IN "
                       f"({Q.placeholders(len(chunk))})", chunk)

    # -- events ------------------------------------------------------------------------
    def event_ids(self, *, limit: Any = None, offset: Any = 0, after: Any = None,
                  **filters: Any) -> list[str]:
        sql, params = Q.select_event_ids(filters, limit, offset, after)
        return [r[0] for r in self._query(sql, params)[1]]

    def iter_event_records(self, *, limit: Any = None, offset: Any = 0, after: Any = None,
                           **filters: Any) -> Iterator[dict]:
        """Full event records in order, loaded a chunk at a time.

        ``after``: a record's :func:`sort_key`; only the records after it come (keyset
        paging, as cheap on the last page as on the first)."""
        if offset:
            page = [r[0] for r in self._query(*Q.select_event_page(filters, limit, offset, after))[1]]
        else:
            page = [r[0] for r in self._page("e.id", filters, limit, after)[1]]
        yield from self._records(page)

    def _records(self, page: list[str]) -> Iterator[dict]:
        """The records of these event ids, in this order (each with ``_document_date``)."""
        for ids in _chunks(page):
            by_id = {r["id"]: r for r in self._dicts(Q.load_event_rows(len(ids)), ids)}
            rows = [by_id[i] for i in ids]
            actors: dict[str, list[dict]] = {}
            for a in self._dicts(Q.load_actors(len(ids)), ids):
                actors.setdefault(a["event_id"], []).append(a)
            doc_ids = sorted({r["document_id"] for r in rows})
            docs = {d: (day, escaped) for d, day, escaped
                    in self._query(Q.document_dates(len(doc_ids)), doc_ids)[1]}
            sources = self._sources({d for d, (_, escaped) in docs.items() if escaped})
            for row in rows:
                record = R.event_record(row, actors.get(row["id"], []),
                                        sources.get(row["document_id"]))
                record["_document_date"] = R.iso(docs.get(row["document_id"], (None,))[0])
                yield record

    def _page(self, columns: str, filters: dict[str, Any], limit: Any = None,
              after: Any = None) -> tuple[list[str], list[tuple]]:
        """``(names, rows)``: ``columns`` of the first ``limit`` matching events after the
        keyset position ``after``, in event order.

        A store with ``windowed_pages`` (DuckDB, its events laid out in this order) reads a
        window of dates at a time, widening it until the page is full, so that the zone
        maps of ``event_date`` skip the rest of the table; a top-n over every row would
        read them all. The answer is the same either way."""
        where, params = Q.event_filters(filters)
        seek, seek_params = Q.keyset(after)
        order = f" ORDER BY {Q.EVENT_ORDER}"
        whole = f"SELECT {columns} FROM {Q.EVENT_FROM} WHERE {where}{seek}"
        shape = None
        if self.windowed_pages and limit is not None and (after is None or after[0] is not None):
            shape = self._shape()
        if shape is None:
            page, page_params = Q.paging(limit, 0)
            return self._query(whole + order + page, params + seek_params + page_params)
        first_day, per_day = shape
        # the first window has no lower bound but the cursor's or since's date: rows dated
        # before first_day (written since it was read) are not missed
        lo = R.parse_date(after[0], "after") if after is not None else None
        since = filters.get("since")
        if since not in (None, ""):
            since = R.parse_date(since, "since")
            lo = max(lo, since) if lo else since
        until = filters.get("until")
        until = R.parse_date(until, "until") if until not in (None, "") else None
        days = max(1, int(WINDOW_EVENTS / per_day))
        start = max(lo or first_day, first_day)
        names: list[str] = []
        out: list[tuple] = []
        for n in range(MAX_WINDOWS):
            need = int(limit) - len(out)
            hi = start + dt.timedelta(days=days) if days < 36_500 else None
            low, low_params = (" AND e.event_date >= ?", [lo]) if lo is not None else ("", [])
            if n == MAX_WINDOWS - 1 or hi is None or (until is not None and hi > until):
                if lo is not None and not (since or until):
                    # undated events come last; with since or until none matches anyway
                    low = " AND (e.event_date >= ? OR e.event_date IS NULL)"
                names, rows = self._query(f"{whole}{low}{order} LIMIT ?",
                                          params + seek_params + low_params + [need])
                return names, out + rows
            names, rows = self._query(f"{whole}{low} AND e.event_date < ?{order} LIMIT ?",
                                      params + seek_params + low_params + [hi, need])
            out += rows
            if len(rows) >= need:
                return names, out
            # widen: to what the rate so far says the rest needs, at least twice as wide
            grow = 8 if not rows else -(-3 * (need - len(rows)) // (2 * len(rows)))
            lo = start = hi
            days = days * min(64, max(2, grow))
        return names, out  # pragma: no cover - the last window returns

    def _shape(self) -> Optional[tuple[dt.date, float]]:
        """``(first event date, events per day)`` of the store, read at most every
        :data:`SHAPE_TTL_S` seconds (it only sizes the page windows: answers do not depend
        on it), or None when the store is too small for windows to pay."""
        now = time.monotonic()
        cached = getattr(self, "_shape_cache", None)
        if cached is None or now - cached[0] > SHAPE_TTL_S:
            n, first, last = self._query(
                "SELECT count(*), min(event_date), max(event_date) FROM events")[1][0]
            shape = None
            if n and first is not None and n >= MIN_WINDOWED_EVENTS:
                shape = (first, n / ((last - first).days + 1))
            cached = self._shape_cache = (now, shape)
        return cached[1]

    def flat_page(self, limit: int, after: Any = None, **filters: Any) -> tuple[list[dict], Any]:
        """``(rows, next_key)``: up to ``limit`` events as :func:`flat_row` rows, read in one
        query from ``events`` alone (its ``flat_*`` columns); ``next_key`` is the
        :func:`sort_key` of the last row when more follow, else None.

        Events of documents whose text needed escaping re-read their spans from the
        original text, like :meth:`iter_event_records`."""
        names, rows = self._page(Q.FLAT_COLUMNS, filters, int(limit) + 1, after)
        more = len(rows) > limit
        rows = rows[:limit]
        if tuple(names) != _FLAT_NAMES:  # pragma: no cover - a backend naming them otherwise
            at = [list(names).index(n) for n in _FLAT_NAMES]
            rows = [tuple(r[i] for i in at) for r in rows]
        out = self._flat_rows(rows)
        key = None
        if more and rows:
            last = rows[-1]
            key = (R.iso(last[_F_DATE]), last[_F_DOCUMENT], int(last[_F_ORDINAL]))
        return out, key

    def _flat_rows(self, rows: list[tuple]) -> list[dict]:
        """:func:`flat_row` rows of :data:`Q.FLAT_COLUMNS` tuples; events of escaped
        documents are read the long way (their spans re-read from the original text)."""
        escaped = [r[_F_ID] for r in rows if r[_F_ESCAPED] is not False]
        slow = {rec["id"]: flat_row(rec) for rec in self._records(escaped)} if escaped else {}
        return [slow[r[_F_ID]] if r[_F_ID] in slow else _flat_tuple(r) for r in rows] if slow \
            else [_flat_tuple(r) for r in rows]

    def flat_page_json(self, limit: int, after: Any = None,
                       **filters: Any) -> tuple[list[str], Any]:
        """:meth:`flat_page` with each row as JSON text, as the API renders it
        (:func:`dump_row`). A backend with a faster way to the same text overrides this
        (DuckDB: ``dateline.store.page_index``)."""
        rows, key = self.flat_page(limit, after=after, **filters)
        return [dump_row(r) for r in rows], key

    def fill_flat_json(self, batch: int = 50_000) -> int:
        """Render ``events.flat_json`` where it is NULL (rows written before migration 5 or
        straight into the table); returns how many were filled. Events of escaped documents
        keep NULL (their rows are read the long way). Called by :meth:`optimize`."""
        done, last = 0, -1
        cols = f"e.seq, {Q.FLAT_COLUMNS}"
        while True:
            _, rows = self._query(f"SELECT {cols} FROM events e WHERE e.flat_json IS NULL "
                                  "AND e.seq > ? ORDER BY e.seq LIMIT ?", [last, batch])
            if not rows:
                return done
            last = rows[-1][0]
            pairs = []
            for r in rows:
                if r[1 + _F_ESCAPED] is False:
                    text = _dump_or_none(_flat_tuple(r[1:]))
                    if text is not None:
                        pairs.append((r[0], text))
            if pairs:
                self._set_flat_json(pairs)
                done += len(pairs)

    def _set_flat_json(self, pairs: list[tuple[int, str]]) -> None:
        """``UPDATE events SET flat_json`` for ``(seq, text)`` pairs (a backend may do it in
        one statement)."""
        for chunk in _chunks(pairs, 200):
            values = ", ".join("(CAST(? AS BIGINT), CAST(? AS TEXT))" for _ in chunk)
            self._exec(f"UPDATE events SET flat_json = v.j FROM (VALUES {values}) AS v(s, j) "
                       "WHERE events.seq = v.s", [x for pair in chunk for x in pair])

    def event_records(self, **filters: Any) -> list[dict]:
        """PLOVER-style JSON records: the contract's Event + id, document_id, quad_class."""
        out = []
        for rec in self.iter_event_records(**filters):
            rec.pop("_document_date")
            out.append(rec)
        return out

    def query_events(self, **filters: Any) -> list[dict]:
        """Flat rows, one per event (see :func:`flat_row` for the keys)."""
        return [flat_row(r) for r in self.iter_event_records(**filters)]

    def export(self, path: str, format: str = "jsonl", **filters: Any) -> int:
        """Write the matching events to ``path`` as jsonl, csv, tsv or parquet; returns the count."""
        from dateline.store.export import export
        return export(self, path, format, **filters)

    def count_events(self, **filters: Any) -> int:
        where, params = Q.event_filters(filters)
        return int(self._scalar(f"SELECT count(*) FROM {Q.EVENT_FROM} WHERE {where}", params))

    # -- deduplication (see dateline.dedup and store/clusters.py) -------------------------
    def cluster_events(self, radius_km: float = DEDUP["radius_km"],
                       window_days: int = DEDUP["window_days"],
                       min_similarity: float = DEDUP["min_similarity"]) -> int:
        """Rebuild the event clusters from every stored event; returns how many there are."""
        from dateline.store.clusters import cluster_events
        return cluster_events(self, radius_km=radius_km, window_days=window_days,
                              min_similarity=min_similarity)

    def clusters(self, **filters: Any) -> list[dict]:
        """Event clusters, largest first; see :func:`dateline.store.clusters.clusters`."""
        from dateline.store.clusters import clusters
        return clusters(self, **filters)

    def find_duplicates(self, threshold: float = 0.8) -> int:
        """Rebuild the near-duplicate document links; returns how many copies were found."""
        from dateline.store.clusters import find_duplicates
        return find_duplicates(self, threshold=threshold)

    def duplicates(self) -> list[dict]:
        """Near-duplicate links ``{document_id, duplicate_of, similarity, method}``."""
        from dateline.store.clusters import duplicates
        return duplicates(self)

    # -- documents and the rest --------------------------------------------------------
    def count_documents(self) -> int:
        return int(self._scalar("SELECT count(*) FROM documents"))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM documents ORDER BY id")[1]]

    def get_document(self, id: str) -> Optional[dict]:
        """A document with its text, metadata, events, places and quotes (spans into ``text``)."""
        rows = self._dicts("SELECT * FROM documents WHERE id = ?", [R.clean(id)])
        if not rows:
            return None
        row = rows[0]
        text = R.original_text(row.pop("text"), row.pop("text_json"))
        source = text if text != R.clean(text) else None
        extra = row.pop("extra")
        doc = R.with_extra({"id": row["id"], "text": text,
                            **{k: v for k, v in row.items() if k != "id"}}, extra)
        doc["date"] = R.iso(doc["date"])
        doc["ingested_at"] = R.iso(doc["ingested_at"])
        doc["events"] = sorted(self.event_records(document_id=row["id"]),
                               key=lambda rec: int(rec["id"].rsplit("#", 1)[1]))
        doc["places"] = [R.place_dict(p, "", source) for p in self._dicts(
            "SELECT * FROM places WHERE document_id = ? ORDER BY ordinal", [row["id"]])]
        doc["quotes"] = [R.quote_dict(q, source) for q in self._dicts(
            "SELECT * FROM quotes WHERE document_id = ? ORDER BY ordinal", [row["id"]])]
        return doc

    def actors(self, limit: Any = None) -> list[dict]:
        """Actors by number of event mentions: name, country, sector, count, as_actor, as_recipient."""
        rows = self._dicts(*Q.actors(limit))
        for r in rows:
            r["count"] = r.pop("n")
        return rows

    def quotes(self, speaker: Any = None) -> list[dict]:
        """Quotes (contract JSON + document_id, document_date), optionally by speaker substring."""
        rows = self._dicts(*Q.quotes(speaker))
        sources = self._sources({r["document_id"] for r in rows if r["escaped"]})
        return [{"document_id": r["document_id"], "document_date": R.iso(r["document_date"]),
                 **R.quote_dict(r, sources.get(r["document_id"]))} for r in rows]

    def places(self) -> list[dict]:
        """Resolved places with their mention and document counts, most mentioned first."""
        return self._dicts(Q.PLACES)

    def stats_timeline(self, interval: str = "day", by: str = "type", **filters: Any) -> list[dict]:
        """Event counts per period: ``[{"period": "YYYY-MM-DD", <by>: value, "count": n}]``."""
        used = {k for k, v in filters.items() if v is not None and v != "" and v != []}
        if used <= Q.DAILY_COUNT_FILTERS:
            rows = self._query(*Q.timeline_daily(interval, by, filters))[1]
        else:
            rows = self._query(*Q.timeline(interval, by, filters))[1]
        return [{"period": p.isoformat() if hasattr(p, "isoformat") else R.iso(p), by: g,
                 "count": int(n)} for p, g, n in rows]

    def optimize(self) -> None:
        """Maintenance: rebuild the daily event counts from the events (after rows were
        written other than through :meth:`write_documents`), render the missing
        ``flat_json`` (:meth:`fill_flat_json`) and, on DuckDB, lay the events table out in
        page order again, numbering ``seq`` afresh in that order (rows written since are
        appended in write order; pages stay right, and get slower as the order decays)."""
        with self.transaction():
            self._lock_for_write()
            for sql in DAILY_COUNTS_REBUILD:
                self._exec(sql)
            self.fill_flat_json()
            if self.dialect == "duckdb":
                for sql in DUCKDB_EVENTS_IN_ORDER:
                    self._exec(sql)
        if hasattr(self, "checkpoint"):
            self.checkpoint()
        if self.dialect == "postgresql":
            self._exec("ANALYZE events")
            self._exec("ANALYZE event_daily_counts")

    def stats_dyads(self, limit: Any = None, **filters: Any) -> list[dict]:
        """Actor-recipient pairs (country code, else name) with event counts per quad class."""
        out = []
        for r in self._dicts(*Q.dyads(filters, limit)):
            r["count"] = int(r.pop("n"))
            out.append(r)
        return out


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
