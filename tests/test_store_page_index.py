"""Pages through the in-memory page index (``dateline.store.page_index``) and migration 5
(``events.seq``, ``events.flat_json``) give exactly what the SQL pages give, and stay
right through writes, deletions, re-ingests, migration and ``optimize``.

On DuckDB against real stores; the PostgreSQL parts run where a test server is configured.
"""
from __future__ import annotations

import json
import random
import threading

import pytest

from dateline.records import EVENT_TYPES
from dateline.store import migrate, open_store
from dateline.store import base
from dateline.store import page_index as PI
from dateline.store.page_index import Pages
from pg_support import pg_server_url, pg_url  # noqa: F401  (fixtures)
from store_suite import drop_event_columns, walk_pages
from test_store_pages import fill, make_doc, reference_flat

#: Filters the index answers (and one of each kind it leaves to SQL, below).
INDEXED = [
    {}, {"type": "ASSAULT"}, {"type": "consult,aid"}, {"actor": "RUS"}, {"actor": "kyiv"},
    {"actor": "russia"}, {"actor": "  Russia "}, {"actor": "a"}, {"recipient": "USA"},
    {"recipient": "the army", "type": "CONSULT"}, {"since": "2022-01-01", "until": "2022-03-31"},
    {"since": "2023-06-01"}, {"until": "2021-02-01"}, {"since": "2022-05", "type": "AID"},
    {"quad_class": "verbal_conflict"}, {"quad_class": "material_conflict,verbal_cooperation"},
    {"min_confidence": 0.4}, {"min_confidence": "0.9", "actor": "UKR"},
    {"type": ",".join(EVENT_TYPES[:6])},   # more types than posting lists are read for
    {"type": "ASSAULT", "actor": "RUS", "recipient": "UKR", "since": "2021-06-01",
     "until": "2023-01-01", "min_confidence": 0.1},
    {"actor": "USA", "type": None, "place": ""},  # empty values are no filter
    {"actor": "  "},
]
SQL_ONLY = [{"place": "UKR"}, {"text": "front"}, {"document_id": "d0003"},
            {"actor": "Kyïv"}, {"actor": "RUS|UKR"}, {"actor": "Russia\x1fRussia"}]


def walk_json(store, limit: int, **filters) -> list[dict]:
    out, after = [], None
    while True:
        texts, after = store.flat_page_json(limit, after=after, **filters)
        out += [json.loads(t) for t in texts]
        if after is None:
            return out


@pytest.fixture
def filled(tmp_path):
    path = str(tmp_path / "index.duckdb")
    with open_store(path) as store:
        fill(store)
    return path


def _used(kind: str):
    before = dict(Pages.stats)
    return lambda: Pages.stats[kind] - before[kind]


def test_index_pages_equal_the_records(filled):
    with open_store(filled) as store:
        assert store.warm_page_index()
        for n, filters in enumerate(INDEXED):
            expected = reference_flat(store, **filters)
            for limit in ((1, 7, 100, 1000) if n < 3 else (7, 100, 1000)):
                used = _used("index")
                got = walk_json(store, limit, **filters)
                assert got == expected, (filters, limit)
                assert used() >= 1, filters           # answered by the index
                # the next keys (cursors) are the SQL path's too
                assert got == walk_pages(store, limit, **filters)
        for filters in SQL_ONLY:
            used = _used("sql")
            assert walk_json(store, 50, **filters) == reference_flat(store, **filters), filters
            assert used() >= 1, filters


def test_index_pages_render_as_the_api_did(filled):
    """The rows' JSON text is what FastAPI's JSONResponse made of the flat rows."""
    with open_store(filled) as store:
        store.warm_page_index()
        texts, _ = store.flat_page_json(1000)
        rows, _ = store.flat_page(1000)
        assert len(texts) == len(rows) > 300
        for text, row in zip(texts, rows):
            assert text == base.dump_row(row)


def test_unknown_filters_and_bad_values_fail_as_before(filled):
    from dateline.errors import StoreError
    with open_store(filled) as store:
        store.warm_page_index()
        for bad in ({"type": "NOPE"}, {"quad_class": "x"}, {"since": "soon"},
                    {"min_confidence": "high"}, {"colour": "red"}):
            with pytest.raises(StoreError) as e1:
                store.flat_page_json(10, **bad)
            with pytest.raises(StoreError) as e2:
                store.flat_page(10, **bad)
            assert str(e1.value) == str(e2.value)
        with pytest.raises(StoreError):
            store.flat_page_json(10, after=("not a date", "d", 1))


def test_writes_deletes_and_reingests_keep_pages_right(filled):
    rng = random.Random(11)
    with open_store(filled) as store:
        assert store.warm_page_index()
        generation = store._file.generation
        checks = [{}, {"type": "ASSAULT"}, {"actor": "RUS"}, {"since": "2022-01-01"}]

        def same():
            for filters in checks:
                assert walk_json(store, 9, **filters) == reference_flat(store, **filters)

        # new documents: the index is stale at once, pages come from SQL until it is rebuilt
        store.write_documents([make_doc(rng, i, version=2) for i in range(400, 460)], "t")
        assert store._file.generation > generation
        assert store._pages.page(10, None, {}) is None
        same()
        assert store.warm_page_index()
        used = _used("index")
        same()
        assert used() >= len(checks)
        # deletions, replaced texts, and re-ingesting the same texts (a no-op)
        store.delete_documents([f"d{i:04d}" for i in range(0, 400, 7)])
        same()
        assert store.warm_page_index()
        same()
        replaced = [make_doc(rng, i, version=3) for i in range(1, 400, 5)]
        store.write_documents(replaced, "t")
        assert store.warm_page_index()
        same()
        seqs = store._query("SELECT id, seq, flat_json FROM events ORDER BY id")[1]
        assert store.write_documents(replaced, "t") == 0      # the same texts: a no-op
        assert store._query("SELECT id, seq, flat_json FROM events ORDER BY id")[1] == seqs
        assert store._pages.current() is not None
        same()
        # seq is unique, and every event has one
        n, distinct, missing = store._query(
            "SELECT count(*), count(DISTINCT seq), count(*) - count(seq) FROM events")[1][0]
        assert n == distinct and missing == 0
        assert store.warm_page_index()
        same()


def test_a_page_read_while_a_write_commits_is_not_answered_by_the_index(filled):
    """The generation is odd while a commit runs, and moves on after it: a page that began
    before goes to SQL rather than mixing the old index with the new rows."""
    with open_store(filled) as store:
        assert store.warm_page_index()
        index = store._pages.current()
        PI.bump(store._file)                    # a commit starts
        assert store._pages.page(10, None, {}) is None
        assert store._pages.current(wait=True) is None   # nor is an index built meanwhile
        PI.bump(store._file)                    # ... and ends
        assert store._pages.current() is None   # the old index is stale
        assert store._pages.current(wait=True) is not index


def test_concurrent_readers_and_a_writer(filled):
    """Pages read by several threads while another writes are each some state's answer:
    every page's rows are in order, match its filters, and none is duplicated."""
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader():
        try:
            with open_store(filled, migrate=False) as store:
                while not stop.is_set():
                    store.warm_page_index()
                    texts, _ = store.flat_page_json(50, type="ASSAULT")
                    rows = [json.loads(t) for t in texts]
                    assert all(r["type"] == "ASSAULT" for r in rows)
                    ids = [r["event_id"] for r in rows]
                    assert len(set(ids)) == len(ids)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    rng = random.Random(5)
    with open_store(filled, migrate=False) as store:
        for k in range(6):
            store.write_documents([make_doc(rng, 500 + 10 * k + i) for i in range(10)], "t")
            store.delete_documents([f"d{i:04d}" for i in range(k, 400, 13)])
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(filled) as store:
        assert store.warm_page_index()
        assert walk_json(store, 37, type="ASSAULT") == reference_flat(store, type="ASSAULT")


def test_flat_json_is_the_rendered_flat_row(filled):
    with open_store(filled) as store:
        rows = store._query("SELECT id, flat_json, source_escaped FROM events")[1]
        by_id = {r["event_id"]: r for r in reference_flat(store)}
        assert any(r[2] for r in rows) and any(not r[2] for r in rows)
        for id_, text, escaped in rows:
            if escaped:
                assert text is None            # read the long way
            else:
                assert text == base.dump_row(by_id[id_])


def test_optimize_fills_flat_json_and_numbers_seq_in_page_order(filled):
    with open_store(filled) as store:
        store._exec("UPDATE events SET flat_json = NULL WHERE ordinal = 0")
        assert store.warm_page_index()
        every = reference_flat(store)
        assert walk_json(store, 13) == every         # NULLs rendered from the columns
        store.optimize()
        assert store._scalar("SELECT count(*) FROM events WHERE flat_json IS NULL AND "
                             "NOT source_escaped") == 0
        order = [r[0] for r in store._query(
            "SELECT seq FROM events ORDER BY event_date NULLS LAST, document_id, ordinal")[1]]
        assert order == sorted(order) and len(set(order)) == len(order)
        assert store.warm_page_index()
        assert walk_json(store, 13) == every


def test_migration_5_numbers_the_events(tmp_path):
    path = str(tmp_path / "m5.duckdb")
    with open_store(path) as store:
        fill(store, n=150)
        every = reference_flat(store)
        with store.transaction():                       # back to schema version 4
            drop_event_columns(store, ("seq", "flat_json"))
            store._exec("DELETE FROM schema_migrations WHERE version = 5")
    assert [v for v, _ in migrate(path)] == [5]
    with open_store(path) as store:
        n, distinct, missing, rendered = store._query(
            "SELECT count(*), count(DISTINCT seq), count(*) - count(seq), count(flat_json) "
            "FROM events")[1][0]
        assert n == distinct == len(every) and missing == 0 and rendered == 0
        assert store.warm_page_index()
        used = _used("index")
        assert walk_json(store, 11) == every
        assert walk_json(store, 11, actor="RUS") == reference_flat(store, actor="RUS")
        assert used() >= 2
        store.optimize()
        assert walk_json(store, 11) == every


def test_a_store_without_seq_everywhere_is_paged_by_sql(filled):
    with open_store(filled) as store:
        store._exec("UPDATE events SET seq = NULL WHERE ordinal = 1")
        assert not store.warm_page_index()
        used = _used("sql")
        assert walk_json(store, 20, type="ASSAULT") == reference_flat(store, type="ASSAULT")
        assert used() >= 1


def test_read_only_stores_use_the_index(filled):
    with open_store(filled, read_only=True) as store:
        assert store.warm_page_index()
        used = _used("index")
        assert walk_json(store, 25, actor="kyiv") == reference_flat(store, actor="kyiv")
        assert used() >= 1


@pytest.mark.system
def test_postgres_pages_and_migration_5(pg_url):  # noqa: F811
    with open_store(pg_url) as store:
        fill(store, n=200)
        for filters in INDEXED[:8] + SQL_ONLY[:2]:
            assert walk_json(store, 17, **filters) == reference_flat(store, **filters)
        rows = store._query("SELECT id, flat_json, source_escaped FROM events")[1]
        by_id = {r["event_id"]: r for r in reference_flat(store)}
        for id_, text, escaped in rows:
            assert text is None if escaped else text == base.dump_row(by_id[id_])
        with store.transaction():
            drop_event_columns(store, ("seq", "flat_json"))
            store._exec("DELETE FROM schema_migrations WHERE version = 5")
    assert [v for v, _ in migrate(pg_url)] == [5]
    with open_store(pg_url) as store:
        n, distinct = store._query("SELECT count(*), count(DISTINCT seq) FROM events")[1][0]
        assert n == distinct > 0
        store.optimize()
        assert store._scalar("SELECT count(*) FROM events WHERE flat_json IS NULL AND "
                             "NOT source_escaped") == 0
        store.write_documents([make_doc(random.Random(2), 900)], "t")
        assert walk_json(store, 17) == reference_flat(store)


def test_fetch_by_seq_in_parts(filled, monkeypatch):
    """A page's rows come back whichever way they are fetched: a bit string per close
    group, a list for a wide one, one query for many groups; a missing one is noticed."""
    import numpy as np
    with open_store(filled) as store:
        every = dict(store._query("SELECT seq, flat_json FROM events")[1])
        seqs = np.asarray(sorted(every), dtype=np.int64)
        for gap, bits, parts in ((3, 1 << 20, 8), (1 << 15, 5, 8), (2, 1 << 20, 2),
                                 (1 << 15, 1 << 20, 8)):
            monkeypatch.setattr(PI, "SEQ_GAP", gap)
            monkeypatch.setattr(PI, "MAX_BITS", bits)
            monkeypatch.setattr(PI, "MAX_PARTS", parts)
            for pick in (seqs[::3], seqs[:1], seqs[::-7]):
                assert PI.fetch_json(store.con, pick) == {int(s): every[int(s)] for s in pick}
            assert PI.fetch_json(store.con, np.append(seqs[:5], seqs[-1] + 10)) is None


def test_a_stale_index_is_rebuilt_in_the_background(filled, monkeypatch):
    import time
    monkeypatch.setattr(PI, "REBUILD_DELAY_S", 0.0)
    monkeypatch.setattr(PI, "REBUILD_DELAY_FACTOR", 0.0)
    with open_store(filled) as store:
        assert store.warm_page_index()
        store.write_documents([make_doc(random.Random(8), 700)], "t")
        assert store._pages.current() is None          # stale: a rebuild starts
        deadline = time.monotonic() + 30
        while store._pages.current() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        index = store._pages.current()
        assert index is not None and index.generation == store._file.generation
        used = _used("index")
        assert walk_json(store, 30) == reference_flat(store)
        assert used() >= 1
