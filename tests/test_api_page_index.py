"""``GET /events`` through the page index: the same bytes as the API rendered before (the
flat rows through FastAPI's JSON response), cursors included, and right after writes."""
from __future__ import annotations

import random

import pytest

from dateline.api.responses import SafeJSON
from dateline.store import open_store
from dateline.store.page_index import Pages
from test_store_pages import fill, make_doc

KEY = "test-key-0123456789"
FILTERS = [{}, {"type": "ASSAULT"}, {"type": "CONSULT,AID", "recipient": "USA"},
           {"actor": "RUS", "since": "2021-06-01"}, {"actor": "kyiv"},
           {"since": "2022-01-01", "until": "2022-06-30", "min_confidence": 0.3},
           {"quad_class": "verbal_conflict"}, {"place": "UKR"},   # the last: SQL
           {"type": "ASSAULT", "mode": "troops"}]                 # filtered here: records


@pytest.fixture
def app_client(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    path = str(tmp_path / "api-index.duckdb")
    with open_store(path) as store:
        fill(store, n=300)
    app = create_app(path, api_key=KEY)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, path


def old_body(store, filters: dict, limit: int, after, cursor_of) -> bytes:
    """What /events answered before the index: the flat page through SafeJSON."""
    rows, key = store.flat_page(limit, after=after, **filters)
    nxt = cursor_of(key) if key is not None else None
    return SafeJSON({"events": rows, "count": len(rows), "next_cursor": nxt}).body


def test_events_pages_are_the_bytes_they_were(app_client):
    from dateline.api import filters as F

    client, path = app_client
    used = Pages.stats["index"]
    with open_store(path, read_only=False, migrate=False) as store:
        for filters in FILTERS:
            if "mode" in filters:
                continue
            ef = F.EventFilters(**filters)
            for limit in (5, 100):
                cursor, after, pages = None, None, 0
                while True:
                    params = {**filters, "limit": limit, **({"cursor": cursor} if cursor else {})}
                    r = client.get("/events", params=params)
                    assert r.status_code == 200, r.text
                    assert r.headers["content-type"] == "application/json"
                    want = old_body(store, ef.store_filters(), limit, after,
                                    lambda k: F.encode_cursor(k, ef))
                    assert r.content == want, (filters, limit, pages)
                    cursor = r.json()["next_cursor"]
                    pages += 1
                    if cursor is None:
                        break
                    after = F.decode_cursor(cursor, ef)
                assert pages >= 1
    assert Pages.stats["index"] > used


def test_events_with_local_filters_and_other_formats_unchanged(app_client):
    client, _ = app_client
    r = client.get("/events", params={"type": "ASSAULT", "mode": "troops", "limit": 1000})
    assert r.status_code == 200
    assert all(e["type"] == "ASSAULT" and e["mode"] == "troops" for e in r.json()["events"])
    flat = client.get("/events", params={"type": "ASSAULT", "limit": 1000}).json()["events"]
    lines = client.get("/events", params={"type": "ASSAULT", "limit": 1000, "format": "jsonl"})
    assert [line for line in lines.text.splitlines() if line] and \
        len(lines.text.splitlines()) == len(flat)


def test_events_after_an_ingest_and_a_delete(app_client):
    client, path = app_client
    before = client.get("/events", params={"limit": 10_000}).json()["events"]
    rng = random.Random(3)
    doc = make_doc(rng, 999)
    while not doc.events:
        doc = make_doc(rng, 999)
    with client.app.state.pool.borrow() as store:
        store.write_documents([doc], "t")
    after = client.get("/events", params={"limit": 10_000}).json()["events"]
    assert len(after) == len(before) + len(doc.events)
    assert {e["event_id"] for e in after} - {e["event_id"] for e in before} == \
        {f"d0999#{i}" for i in range(len(doc.events))}
    with client.app.state.pool.borrow() as store:
        store.delete_documents(["d0999"])
        store.warm_page_index()
    assert client.get("/events", params={"limit": 10_000}).json()["events"] == before


def test_events_errors_unchanged(app_client):
    client, _ = app_client
    for params in ({"type": "NOPE"}, {"since": "2022-13-01"}, {"min_confidence": 2},
                   {"limit": 0}, {"cursor": "garbage"}):
        r = client.get("/events", params=params)
        assert r.status_code in (400, 422), (params, r.status_code)
        assert "message" in r.json() or "detail" in r.json()
