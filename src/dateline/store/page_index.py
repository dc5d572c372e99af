"""An in-memory index of a DuckDB store's events, to find the rows of a page without a scan.

A page of ``GET /events`` (``Store.flat_page``) is the first ``limit`` events, in page order
(``event_date NULLS LAST, document_id, ordinal``), that match the filters, after the
cursor. DuckDB finds them with a scan of a date window (``Store._page``): it decompresses
every column of every vector it touches, about 5 ms for a page of two filters over a
million events, most of a request's cost. This index keeps, per event and in page
order, what the common filters test: the event date, type and quad class, the actor and
recipient countries and (lower-case) names as dictionary codes, the confidence, and the
event's ``seq``. A page is then a few numpy operations over the positions after the
cursor (well under a millisecond), and one query fetches the page's ``flat_json`` by
``seq`` (``events`` is laid out in ``seq`` order by ``Store.optimize``, so the page's rows
lie in a few of the file's vectors).

Exactness: the filters the index answers are tested exactly as the SQL of
``queries.event_filters`` tests them (the dictionaries are the columns' own values, the
lower-casing of names is DuckDB's own); a filter it cannot answer exactly (place, text,
document_id, an actor value with a separator or a non-ASCII character, a name matching too
many distinct values) sends the page to the SQL path. So does a store that changed since
the index was built: every write in this process counts up the file's *generation*
(before and after its commit), an index is built from one generation and used only while
the store is still at it, checked before and after the page is read. Other processes
cannot write the file while this one has it open (DuckDB's file lock). A stale index is
rebuilt in a background thread, meanwhile pages come from SQL.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
import time
from typing import Any, Optional

import numpy as np

from dateline.store import queries as Q
from dateline.store.rows import parse_date
from dateline.store.schema import NAME_SEP, PAGE_ORDER

log = logging.getLogger("dateline.store")

#: Days of an undated event (sorted last, like NULLS LAST).
UNDATED = np.iinfo(np.int32).max
#: Positions tested per step, first and at most (the step grows fourfold).
FIRST_STEP, MAX_STEP = 4096, 1 << 20
#: A name value found in more distinct actor-name lists than this goes to SQL.
MAX_NAME_HITS = 20_000
#: Seconds from the end of a build to the start of the next, at least (writes in bursts
#: rebuild once), and as a multiple of the last build's time (a store written to all the
#: time spends at most about a tenth of a core rebuilding; its pages come from SQL between).
REBUILD_DELAY_S = 1.0
REBUILD_DELAY_FACTOR = 10.0
#: At most this many types in a filter are read from their posting lists.
MAX_POSTINGS = 4
#: Gap in ``seq`` past which a page's rows are fetched in separate queries (at most
#: MAX_PARTS of them, else one), and the widest range fetched through a bit string.
SEQ_GAP = 32_768
MAX_PARTS = 8
MAX_BITS = 1 << 20
_EPOCH = dt.date(1970, 1, 1)
#: ``DATELINE_PAGE_INDEX=0`` turns the index off (every page from SQL; no memory held).
ENABLE_ENV = "DATELINE_PAGE_INDEX"


class _File:
    """The generation and index of one database file in this process."""

    def __init__(self) -> None:
        self.generation = 0           # odd while a write commits
        self.index: Optional[PageIndex] = None
        self.building = False
        self.last_build = 0.0        # when the last build ended (time.monotonic())
        self.build_s = 0.0           # and how long it took
        self.lock = threading.Lock()


_FILES: dict[str, _File] = {}
_FILES_GUARD = threading.Lock()


def file_state(path: str) -> Optional[_File]:
    """The shared state of a database file (None for ``:memory:``, private to a connection)."""
    if path == ":memory:":
        return None
    key = os.path.realpath(path)
    with _FILES_GUARD:
        state = _FILES.get(key)
        if state is None:
            state = _FILES[key] = _File()
        return state


def bump(state: Optional[_File]) -> None:
    """Count a write's start or end: indexes of earlier generations are stale."""
    if state is not None:
        with state.lock:
            state.generation += 1


class _Dictionary:
    """Distinct values of a text column, with each event's code (NULL: ``len(values)``)."""

    def __init__(self, values: list[Optional[str]], codes: np.ndarray):
        self.values = values
        self.codes = codes
        # every value joined by a separator that no tested value holds, to find
        # substrings in all of them with str.find
        self.joined = NAME_SEP.join(v or "" for v in values)
        starts, at = [], 0
        for v in values:
            starts.append(at)
            at += len(v or "") + 1
        self.starts = np.asarray(starts, dtype=np.int64)

    def containing(self, needle: str) -> Optional[np.ndarray]:
        """A lookup table over codes: the values holding ``needle`` (NULL never does); None
        when there are too many to list here."""
        hit = np.zeros(len(self.values) + 1, dtype=bool)
        if needle == "":
            hit[:len(self.values)] = [v is not None for v in self.values]
            return hit
        offsets, i = [], self.joined.find(needle)
        while i >= 0:
            offsets.append(i)
            if len(offsets) > MAX_NAME_HITS:
                return None
            i = self.joined.find(needle, i + 1)
        if offsets:
            hit[np.searchsorted(self.starts, np.asarray(offsets), side="right") - 1] = True
        return hit

    def equal_to(self, wanted: set[str]) -> np.ndarray:
        hit = np.zeros(len(self.values) + 1, dtype=bool)
        for code, v in enumerate(self.values):
            if v in wanted:
                hit[code] = True
        return hit


def _encode(column) -> _Dictionary:
    import pyarrow as pa
    import pyarrow.compute as pc
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    encoded = pc.dictionary_encode(column)
    values = encoded.dictionary.to_pylist()
    codes = encoded.indices.fill_null(len(values)).to_numpy(zero_copy_only=False)
    return _Dictionary(values, codes.astype(np.int32, copy=False))


class PageIndex:
    """The events of one generation of a store, in page order (see the module doc)."""

    def __init__(self, generation: int, table) -> None:
        self.generation = generation
        self.n = table.num_rows
        days = table.column("days").to_numpy(zero_copy_only=False)
        self.days = np.where(np.isnan(days), UNDATED, days).astype(np.int32) \
            if days.dtype.kind == "f" else days.astype(np.int32)
        self.n_dated = int(self.days.searchsorted(np.int32(UNDATED), side="left"))
        self.seq = table.column("seq").to_numpy(zero_copy_only=False).astype(np.int64)
        self.ordinal = table.column("ordinal").to_numpy(zero_copy_only=False).astype(np.int32)
        self.confidence = table.column("confidence").to_numpy(
            zero_copy_only=False).astype(np.float64)
        self.type = _encode(table.column("type"))
        # the positions of each type, in order (a posting list per type): a page of one or
        # a few types tests only the events of those types
        by_type = np.argsort(self.type.codes, kind="stable").astype(np.int32)
        ends = np.cumsum(np.bincount(self.type.codes, minlength=len(self.type.values) + 1))
        self.postings = [by_type[a:b] for a, b in zip(np.concatenate(([0], ends[:-1])), ends)]
        self.quad_class = _encode(table.column("quad_class"))
        # per role: the distinct countries and names, and each event's (countries, names)
        # pair as one code, so that a page tests one lookup table per role
        self.roles = {}
        for role in ("actor", "recipient"):
            countries = _encode(table.column(f"{role}_countries"))
            names = _encode(table.column(f"{role}_names"))
            width = len(names.values) + 1
            pairs, codes = np.unique(countries.codes.astype(np.int64) * width + names.codes,
                                     return_inverse=True)
            countries.codes = names.codes = None   # only the pairs' codes are kept
            self.roles[role] = (countries, names, (pairs // width).astype(np.int32),
                                (pairs % width).astype(np.int32), codes.astype(np.int32))

    def nbytes(self) -> int:
        """Bytes held by the arrays (not the distinct values' strings)."""
        arrays = [self.days, self.seq, self.ordinal, self.confidence, self.type.codes,
                  self.quad_class.codes, *self.postings]
        for _, _, pc, pn, codes in self.roles.values():
            arrays += [pc, pn, codes]
        return sum(a.nbytes for a in arrays)

    @classmethod
    def build(cls, con, generation: int) -> Optional["PageIndex"]:
        """The index of what ``con`` (a DuckDB connection) sees, or None when some event
        has no ``seq`` (a store not migrated, or rows written straight into the table)."""
        table = con.sql(f"""
            SELECT CAST(event_date - DATE '1970-01-01' AS INTEGER) AS days, seq, ordinal,
                   confidence, type, quad_class, actor_countries, lower(actor_names) AS actor_names,
                   recipient_countries, lower(recipient_names) AS recipient_names
            FROM events ORDER BY {PAGE_ORDER}""").to_arrow_table()
        if table.column("seq").null_count:
            return None
        days = table.column("days")
        if days.null_count:
            import pyarrow.compute as pc
            table = table.set_column(0, "days", pc.fill_null(days, int(UNDATED)))
        return cls(generation, table)

    # -- pages -------------------------------------------------------------------------
    def _role_test(self, role: str, value: str) -> Optional[tuple[np.ndarray, np.ndarray]]:
        """``(codes, lookup table)`` of ``queries._ACTOR_COLUMNS`` for ``value`` (its
        country code among the countries, or its text among the lower-case names), or None
        when the index cannot answer it exactly."""
        if "|" in value or NAME_SEP in value or not value.isascii():
            return None   # the SQL path: an EXISTS over event_actors, or Unicode casing
        countries, names, pair_country, pair_name, codes = self.roles[role]
        by_name = names.containing(value.lower())
        if by_name is None:
            return None
        by_country = countries.containing("|" + value.upper() + "|")
        return codes, by_country[pair_country] | by_name[pair_name]

    def plan(self, filters: dict[str, Any]) -> Optional[dict]:
        """What :meth:`positions` tests for these filters (already validated by
        ``queries.event_filters``), or None when the index cannot answer them."""
        f = {k: v for k, v in filters.items() if v is not None and v != "" and v != []}
        if set(f) - {"type", "quad_class", "actor", "recipient", "since", "until",
                     "min_confidence"}:
            return None
        plan: dict[str, Any] = {"tests": []}
        if "type" in f:
            types = {t.upper() for t in Q._as_list(f["type"])}
            codes = [c for c, v in enumerate(self.type.values) if v in types]
            if len(codes) <= MAX_POSTINGS:
                plan["postings"] = [self.postings[c] for c in codes]
            else:
                plan["tests"].append((self.type.codes, self.type.equal_to(types)))
        if "quad_class" in f:
            classes = {c.lower() for c in Q._as_list(f["quad_class"])}
            plan["tests"].append((self.quad_class.codes, self.quad_class.equal_to(classes)))
        for role in ("actor", "recipient"):
            if role in f:
                test = self._role_test(role, str(f[role]).strip())
                if test is None:
                    return None
                plan["tests"].append(test)
        if "min_confidence" in f:
            plan["min_confidence"] = float(f["min_confidence"])
        lo, hi = 0, self.n
        since = parse_date(f.get("since"), "since")
        until = parse_date(f.get("until"), "until")
        if since is not None:
            lo = int(self.days.searchsorted(np.int32((since - _EPOCH).days), side="left"))
        if until is not None:
            hi = int(self.days.searchsorted(np.int32((until - _EPOCH).days), side="right"))
        if since is not None or until is not None:
            hi = min(hi, self.n_dated)   # an undated event matches no date bound
        plan["range"] = (lo, hi)
        return plan

    def _mask(self, tests: list, floor: Optional[float], at) -> Optional[np.ndarray]:
        """Which of the positions ``at`` (an index array or a slice) pass every test and the
        confidence floor; None when there is nothing to test."""
        mask = None
        for codes, lut in tests:
            m = lut[codes[at]]
            mask = m if mask is None else (mask & m)
        if floor is not None:
            m = self.confidence[at] >= floor
            mask = m if mask is None else (mask & m)
        return mask

    def positions(self, plan: dict, start: int, need: int) -> np.ndarray:
        """The first ``need`` positions at or after ``start`` that pass ``plan``."""
        lo, hi = plan["range"]
        p = max(lo, start)
        found: list[np.ndarray] = []
        count, step = 0, FIRST_STEP
        tests, floor = plan["tests"], plan.get("min_confidence")
        postings = plan.get("postings")
        while p < hi and count < need:
            q = min(hi, p + step)
            if postings is not None:
                # the candidates: the positions in [p, q) of the wanted types
                parts = [post[post.searchsorted(np.int32(p)):post.searchsorted(np.int32(q))]
                         for post in postings]
                cand = parts[0] if len(parts) == 1 else np.sort(np.concatenate(parts))
                keep = self._mask(tests, floor, cand)
                hits = (cand if keep is None else cand[keep])[:need - count].astype(np.int64)
            else:
                mask = self._mask(tests, floor, slice(p, q))
                if mask is None:
                    hits = np.arange(p, min(q, p + need - count), dtype=np.int64)
                else:
                    hits = np.flatnonzero(mask)[:need - count] + p
            found.append(hits)
            count += len(hits)
            # the next step: what the rate of matches so far says the rest needs, and more
            seen = q - max(lo, start)
            left = need - count
            step = MAX_STEP if count == 0 else int(left * seen / count * 1.5) + 64
            step = max(FIRST_STEP, min(step, MAX_STEP, 4 * (q - p)))
            p = q
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def after(self, con, key: tuple) -> int:
        """The first position after the keyset position ``key`` = ``(date or None,
        document_id, ordinal)`` (as ``queries.keyset`` orders them)."""
        day, document_id, ordinal = key
        day = parse_date(day, "after")
        if day is None:
            start = self.n_dated
            sql = "event_date IS NULL"
            params: list[Any] = []
        else:
            start = int(self.days.searchsorted(np.int32((day - _EPOCH).days), side="left"))
            sql = "event_date = ?"
            params = [day]
        # within the day, DuckDB's own comparison of (document_id, ordinal)
        n = con.execute(f"SELECT count(*) FROM events WHERE {sql} AND "
                        "(document_id, ordinal) <= (?, ?)",
                        params + [str(document_id), int(ordinal)]).fetchone()[0]
        return start + int(n)


def fetch_json(con, seqs: np.ndarray) -> Optional[dict[int, Optional[str]]]:
    """``{seq: flat_json}`` of these events (a NULL ``flat_json`` as None), in as few
    queries as the gaps between them allow; None when one is missing."""
    order = np.sort(seqs)
    cuts = np.flatnonzero(np.diff(order) > SEQ_GAP) + 1
    parts = np.split(order, cuts) if len(cuts) < MAX_PARTS else [order]
    out: dict[int, Optional[str]] = {}
    for part in parts:
        lo, hi = int(part[0]), int(part[-1])
        if hi - lo < MAX_BITS:
            # the wanted seqs as a bit string over [lo, hi]: cheaper for DuckDB than a list
            bits = np.zeros(hi - lo + 1, dtype=np.uint8)
            bits[part - lo] = 1
            rows = con.execute("SELECT seq, flat_json FROM events WHERE seq BETWEEN ? AND ? "
                               "AND get_bit(CAST(? AS BIT), CAST(seq - ? AS INTEGER)) = 1",
                               [lo, hi, (bits + 48).tobytes().decode("ascii"), lo]).fetchall()
        else:   # far apart (a store written to since it was optimized): a join on the list
            rows = con.execute("SELECT seq, flat_json FROM events WHERE seq BETWEEN ? AND ? "
                               "AND seq = ANY(?)", [lo, hi, [int(v) for v in part]]).fetchall()
        out.update(rows)
    return out if len(out) == len(seqs) else None


class Pages:
    """``flat_page_json`` of a :class:`~dateline.store.duckdb.DuckDBStore` through the
    index of its file, or None to let the caller take the SQL path."""

    #: How the last pages were answered, for tests and benchmarks.
    stats = {"index": 0, "sql": 0}

    def __init__(self, store) -> None:
        self.store = store
        self.state = file_state(store.path)

    def current(self, wait: bool = False) -> Optional[PageIndex]:
        """The index of the store's generation; else None, starting a rebuild (or with
        ``wait``, building it now)."""
        state = self.state
        if state is None or os.environ.get(ENABLE_ENV, "1").strip() == "0":
            return None
        index, generation = state.index, state.generation
        if index is not None and index.generation == generation:
            return index
        if wait:
            return self._build()
        with state.lock:
            wait_s = max(REBUILD_DELAY_S, REBUILD_DELAY_FACTOR * state.build_s)
            start = not state.building and time.monotonic() - state.last_build >= wait_s
            if start:
                state.building = True
        if start:
            threading.Thread(target=self._build, args=(True,), daemon=True,
                             name="dateline-page-index").start()
        return None

    def _build(self, background: bool = False) -> Optional[PageIndex]:
        state = self.state
        if not background:
            with state.lock:
                state.building = True
        index = None
        t0 = time.perf_counter()
        try:
            with state.lock:
                generation = state.generation
            if generation % 2:
                return None             # a write is committing: try again later
            import duckdb   # a connection of its own: this may be another thread
            con = duckdb.connect(self.store.path, read_only=self.store.read_only)
            try:
                index = PageIndex.build(con, generation)
            finally:
                con.close()
            with state.lock:
                if index is not None and state.generation == generation:
                    state.index = index
                else:
                    index = None
            if index is not None:
                log.info("page index of %s: %d events, %.1f MB, built in %.2f s",
                         self.store.path, index.n, index.nbytes() / 1e6, time.perf_counter() - t0)
            return index
        except Exception:  # the SQL path still answers; say why the index did not build
            log.exception("page index of %s not built", self.store.path)
            return None
        finally:
            with state.lock:
                state.building = False
                state.last_build = time.monotonic()
                state.build_s = time.perf_counter() - t0

    def page(self, limit: int, after: Any, filters: dict[str, Any]) -> Optional[tuple[list, Any]]:
        """``(rows as JSON text, next_key)`` like ``Store.flat_page_json``, or None."""
        index = self.current()
        if index is None:
            return None
        plan = index.plan(filters)
        if plan is None:
            return None
        con = self.store.con
        start = index.after(con, after) if after is not None else 0
        found = index.positions(plan, start, int(limit) + 1)
        more = len(found) > limit
        found = found[:limit]
        seqs = index.seq[found]
        texts = fetch_json(con, seqs) if len(found) else {}
        if texts is None or self.state.generation != index.generation:
            return None                 # written meanwhile: the SQL path
        rows = [texts[int(s)] for s in seqs]
        if any(t is None for t in rows):   # not rendered (yet): from the other columns
            rows = self._render_missing(con, seqs, rows)
            if rows is None or self.state.generation != index.generation:
                return None
        key = None
        if more and len(found):
            last = int(found[-1])
            day = int(index.days[last])
            key = (None if day == UNDATED else (_EPOCH + dt.timedelta(days=day)).isoformat(),
                   json.loads(rows[-1])["document_id"], int(index.ordinal[last]))
        Pages.stats["index"] += 1
        return rows, key

    def _render_missing(self, con, seqs: np.ndarray, rows: list) -> Optional[list]:
        from dateline.store.flat import dump_row
        missing = [int(s) for s, t in zip(seqs, rows) if t is None]
        names_rows = con.execute(f"SELECT e.seq, {Q.FLAT_COLUMNS} FROM events e "
                                 "WHERE e.seq = ANY(?)", [missing]).fetchall()
        if len(names_rows) != len(missing):
            return None
        flat = self.store._flat_rows([r[1:] for r in names_rows])
        by_seq = {r[0]: dump_row(f) for r, f in zip(names_rows, flat)}
        return [t if t is not None else by_seq[int(s)] for s, t in zip(seqs, rows)]
