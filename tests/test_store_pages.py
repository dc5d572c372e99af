"""Fast reads give what the full ones give: flat pages from ``events`` alone (windowed on
DuckDB), the timeline from the daily counts, and migration 4's back-fill of both.

Run on DuckDB, and on PostgreSQL where a test server is configured (see pg_support).
"""
from __future__ import annotations

import datetime as dt
import random
import threading

import pytest

from dateline.records import EVENT_TYPES, Actor, Document, Event, Place, Span
from dateline.store import flat_row, migrate, open_store, sort_key
from dateline.store import base, flat
from dateline.store import queries as Q
from pg_support import pg_server_url, pg_url  # noqa: F401  (fixtures)
from store_suite import drop_event_columns, walk_pages

COUNTRIES = ("RUS", "UKR", "USA", "FRA", None, "")
NAMES = ("Russia", "Kyiv", "", None, "the army")


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.system)])
def url(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "pages.duckdb")
    return request.getfixturevalue("pg_url")


def _actor(rng: random.Random, text: str) -> Actor:
    start = rng.randrange(0, 5)
    return Actor(text[start:start + 4], start, start + 4, name=rng.choice(NAMES),
                 country=rng.choice(COUNTRIES))


def make_doc(rng: random.Random, i: int, escaped: bool = False, version: int = 0) -> Document:
    """A document of 0-3 events over three years, with every optional part sometimes absent."""
    text = f"Report {i}.{version} from the front: forces moved, talks were held, aid came."
    if escaped:   # characters neither database can hold: the spans are re-read from the text
        text = "\x00" + text[1:10] + "\ud800" + text[11:]
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    events = []
    for _ in range(rng.randrange(4)):
        a, b = sorted(rng.sample(range(len(text)), 2))
        loc = None
        if rng.random() < 0.7:
            loc = Place(text[a:b], a, b, name=rng.choice(["Kyiv", None, ""]),
                        lat=rng.uniform(-60, 60), lon=rng.uniform(-170, 170),
                        country=rng.choice(COUNTRIES))
        events.append(Event(
            type=rng.choice(EVENT_TYPES), trigger=Span(text[2:8], 2, 8),
            sentence=Span(text, 0, len(text)),
            mode=rng.choice([None, "troops", "withdraw"]),
            contexts=rng.choice([[], ["military"], ["military", "diplomatic"]]),
            actors=[_actor(rng, text) for _ in range(rng.randrange(3))],
            recipients=[_actor(rng, text) for _ in range(rng.randrange(3))],
            location=loc,
            date=rng.choice([None, (day + dt.timedelta(days=rng.randrange(-3, 2))).isoformat()]),
            attributed_to=rng.choice([None, Span(text[:6], 0, 6)]),
            negated=rng.random() < 0.2, hypothetical=rng.random() < 0.2,
            confidence=round(rng.random(), 3)))
    return Document(id=f"d{i:04d}", text=text,
                    date=None if rng.random() < 0.05 else day.isoformat(), events=events)


def fill(store, n: int = 400, seed: int = 3) -> None:
    rng = random.Random(seed)
    docs = [make_doc(rng, i, escaped=(i % 37 == 0)) for i in range(n)]
    for k in range(0, n, 64):
        store.write_documents(docs[k:k + 64], "t")
    # replaced texts, deletions: the daily counts follow
    store.write_documents([make_doc(rng, i, version=1) for i in range(0, n, 9)], "t")
    store.delete_documents([f"d{i:04d}" for i in range(5, n, 11)])


FILTERS = [{}, {"type": "ASSAULT"}, {"actor": "RUS"}, {"actor": "kyiv"},
           {"since": "2022-01-01", "until": "2022-03-31"}, {"type": "CONSULT,AID", "recipient": "USA"},
           {"since": "2023-06-01"}, {"until": "2021-02-01"}, {"quad_class": "verbal_conflict"},
           {"place": "UKR", "min_confidence": 0.4}]


def reference_flat(store, **filters) -> list[dict]:
    return [flat_row(r) for r in store.iter_event_records(**filters)]


@pytest.fixture(params=["one query", "windows"])
def windows(request, monkeypatch):
    """Pages in one query, or (where the store reads windows) windows of a few weeks."""
    if request.param == "windows":
        monkeypatch.setattr(base, "WINDOW_EVENTS", 30)
        monkeypatch.setattr(base, "MIN_WINDOWED_EVENTS", 60)


def test_flat_pages_equal_the_records(url, windows):
    with open_store(url) as store:
        fill(store)
        every = reference_flat(store)
        assert len(every) > 300
        assert any(r["date"] is None for r in every)             # undated events come last
        for filters in FILTERS:
            expected = reference_flat(store, **filters)
            for limit in (1, 7, 100, 1000):
                assert walk_pages(store, limit, **filters) == expected, (filters, limit)
            # the record pages walk the same order
            ids, after = [], None
            while True:
                page = list(store.iter_event_records(limit=13, after=after, **filters))
                ids += [r["id"] for r in page]
                if len(page) < 13:
                    break
                after = sort_key(page[-1])
            assert ids == [r["event_id"] for r in expected], filters
        store.optimize()                                      # re-laid out: the same answers
        assert walk_pages(store, 50) == every


def test_timeline_from_daily_counts_equals_the_events(url):
    with open_store(url) as store:
        fill(store)
        for filters in [{}, {"type": "ASSAULT,CONSULT"}, {"quad_class": "material_conflict"},
                        {"since": "2022-02-01", "until": "2022-07-31"}]:
            for interval in Q.INTERVALS:
                for by in Q.GROUPS:
                    fast = store.stats_timeline(interval=interval, by=by, **filters)
                    rows = store._query(*Q.timeline(interval, by, filters))[1]
                    slow = [{"period": p.isoformat(), by: g, "count": int(n)} for p, g, n in rows]
                    assert fast == slow and slow, (filters, interval, by)
        before = store._query("SELECT * FROM event_daily_counts WHERE n <> 0 "
                              "ORDER BY event_date, type, quad_class")[1]
        store.optimize()
        assert store._query("SELECT * FROM event_daily_counts ORDER BY event_date, type, "
                            "quad_class")[1] == before
        store.delete_documents(store.document_ids())
        assert store.stats_timeline() == [] and store.stats_timeline(type="ASSAULT") == []


def test_migration_4_backfills_what_the_writer_fills(url):
    cols = ("flat_actors", "flat_actor_countries", "flat_recipients", "flat_recipient_countries",
            "source_escaped")
    with open_store(url) as store:
        fill(store, n=150)
        query = f"SELECT id, {', '.join(cols)} FROM events ORDER BY id"
        written = store._query(query)[1]
        counts = "SELECT * FROM event_daily_counts WHERE n <> 0 ORDER BY event_date, type, quad_class"
        daily = store._query(counts)[1]
        assert any(r[5] for r in written) and any(r[1] for r in written)
        with store.transaction():                       # back to schema version 3
            drop_event_columns(store, cols)
            store._exec("DROP TABLE event_daily_counts")
            store._exec("DELETE FROM schema_migrations WHERE version = 4")
    assert [v for v, _ in migrate(url)] == [4]
    with open_store(url) as store:
        assert store._query(query)[1] == written
        assert store._query(counts)[1] == daily
        assert walk_pages(store, 20) == reference_flat(store)


def test_concurrent_writers_in_one_process(tmp_path):
    """Connections of one process share a DuckDB file: writers take turns (a daily count
    updated by two transactions at once would be a conflict)."""
    path = str(tmp_path / "w.duckdb")
    open_store(path).close()
    rng = random.Random(5)
    docs = [make_doc(rng, i) for i in range(240)]
    for d in docs:                      # every document on the same day: the same counts
        d.date = "2022-05-05"
        for e in d.events:
            e.date = None
    errors: list[Exception] = []

    def writer(part):
        try:
            with open_store(path, migrate=False) as store:
                for k in range(0, len(part), 8):
                    store.write_documents(part[k:k + 8], "t")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(docs[k::4],)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(path) as store:
        n = sum(len(d.events) for d in docs)
        assert store.count_events() == n
        assert sum(b["count"] for b in store.stats_timeline()) == n


def test_flat_rows_from_tuples_equal_those_from_dicts(tmp_path):
    """``flat_page`` builds its rows from the query's tuples (``_flat_tuple``): the same
    rows, keys in the same order, as ``_flat`` builds from a dict of the columns."""
    with open_store(str(tmp_path / "tuples.duckdb")) as store:
        fill(store, n=120)
        names, rows = store._page(Q.FLAT_COLUMNS, {}, None)
        assert tuple(names) == flat._FLAT_NAMES
        assert len(rows) > 100
        for r in rows:
            want = flat._flat(dict(zip(names, r)))
            got = flat._flat_tuple(r)
            assert got == want and list(got) == list(want)
