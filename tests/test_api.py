"""The REST API over a real DuckDB store filled by ``dateline.extract`` from short reports."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from api_corpus import build_store, event_rows

pytestmark = pytest.mark.slow
KEY = "test-key-0123456789"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    docs = build_store(path)
    return path, docs, event_rows(docs)


@pytest.fixture(scope="module")
def client(corpus):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    app = create_app(str(corpus[0]), api_key=KEY, max_body=20_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def expected(corpus):
    return corpus[2]


def get(client, url, status=200, **params):
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    assert "Traceback" not in r.text
    return r


def ids(client, **params):
    return [e["event_id"] for e in get(client, "/events", limit=10_000, **params).json()["events"]]


def test_all_events_in_date_order(client, expected):
    events = get(client, "/events", limit=1000).json()["events"]
    assert sorted(e["event_id"] for e in events) == sorted(x["id"] for x in expected)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert {"event_id", "type", "quad_class", "lat", "lon", "sentence", "actor_countries"} <= set(events[0])


def test_type_and_quad_class_filters(client, expected):
    counts = Counter(x["type"] for x in expected)
    assert counts["ASSAULT"] >= 2
    assert len(ids(client, type="ASSAULT")) == counts["ASSAULT"]
    both = ids(client, type="assault,protest")
    assert len(both) == counts["ASSAULT"] + counts["PROTEST"]
    conflict = [x for x in expected if x["quad_class"] == "verbal_conflict"]
    assert sorted(ids(client, quad_class="verbal_conflict")) == sorted(x["id"] for x in conflict)


def test_actor_and_recipient_filters(client, expected):
    found = get(client, "/events", actor="UKR", recipient="RUS").json()["events"]
    want = [x["id"] for x in expected if "UKR" in x["actors"] and "RUS" in x["recipients"]]
    assert want, "the corpus should code Ukraine accusing Russia"
    assert set(want) <= {e["event_id"] for e in found}
    for e in found:
        assert "UKR" in (e["actor_countries"] or "") or "ukr" in (e["actors"] or "").lower()


def test_date_range(client, expected):
    got = ids(client, since="2023-03-01", until="2023-04-30")
    want = [x["id"] for x in expected if "2023-03-01" <= x["date"] <= "2023-04-30"]
    assert sorted(got) == sorted(want) and want


def test_bbox_and_radius(client, expected):
    box = (-5.0, 5.0, 15.0, 25.0)  # around Niger
    want = [x["id"] for x in expected if x["lat"] is not None
            and box[1] <= x["lat"] <= box[3] and box[0] <= x["lon"] <= box[2]]
    assert want
    assert sorted(ids(client, bbox=",".join(map(str, box)))) == sorted(want)
    near = ids(client, near="13.51,2.11,100")  # 100 km around Niamey
    assert sorted(near) == sorted(want)
    assert ids(client, near="-60,0,10") == []


def test_mode_context_text_confidence(client, expected):
    modes = [x for x in expected if x["mode"] == "arrest"]
    assert sorted(ids(client, mode="arrest")) == sorted(x["id"] for x in modes)
    economic = [x["id"] for x in expected if "economic" in x["contexts"]]
    assert sorted(ids(client, context="economic")) == sorted(economic)
    tear = [x["id"] for x in expected if "tear gas" in x["sentence"].lower()]
    assert sorted(ids(client, text="TEAR GAS")) == sorted(tear) and tear
    high = [x["id"] for x in expected if x["confidence"] >= 0.5]
    assert sorted(ids(client, min_confidence=0.5)) == sorted(high)


@pytest.mark.parametrize("extra", [{}, {"bbox": "-180,-90,180,90"}])
def test_cursor_pagination_walks_every_event_once(client, expected, extra):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3, **extra, **({"cursor": cursor} if cursor else {})}
        body = get(client, "/events", **params).json()
        assert len(body["events"]) <= 3
        seen += [e["event_id"] for e in body["events"]]
        cursor, pages = body["next_cursor"], pages + 1
        if not cursor:
            break
    located = [x["id"] for x in expected if not extra or x["lat"] is not None]
    assert sorted(seen) == sorted(located) and len(seen) == len(set(seen))
    assert pages >= len(located) // 3


def test_cursor_errors(client):
    cursor = get(client, "/events", limit=2).json()["next_cursor"]
    assert cursor
    r = get(client, "/events", 400, limit=2, cursor=cursor, type="ASSAULT")
    assert "cursor" in r.json()["message"]
    get(client, "/events", 400, cursor="not-a-cursor")


def test_csv_and_jsonl_formats(client, expected):
    r = get(client, "/events", format="csv", limit=4)
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 4 and rows[0]["event_id"] and "quad_class" in rows[0]
    assert r.headers.get("x-next-cursor")
    r = get(client, "/events", format="jsonl", shape="record", limit=1000)
    records = [json.loads(line) for line in r.text.splitlines()]
    assert len(records) == len(expected)
    assert all(isinstance(rec["trigger"], dict) and "start" in rec["trigger"] for rec in records)
    get(client, "/events", 422, format="xml")


def test_event_by_id(client, corpus):
    docs = {d.id: d for d in corpus[1]}
    first = get(client, "/events", limit=1).json()["events"][0]
    record = get(client, "/events/" + first["event_id"].replace("#", "%23")).json()
    text = docs[record["document_id"]].text
    trig = record["trigger"]
    assert text[trig["start"]:trig["end"]] == trig["text"]
    get(client, "/events/kyiv-2023-04-02%23999", 404)
    assert get(client, "/events/no-such-event", 404).json()["message"]


def test_document_with_spans(client, corpus):
    doc = corpus[1][0]
    body = get(client, f"/documents/{doc.id}").json()
    text = body["text"]
    assert text == doc.text and body["date"] == doc.date
    spans = [e["trigger"] for e in body["events"]] + [e["sentence"] for e in body["events"]]
    spans += [a for e in body["events"] for a in e["actors"] + e["recipients"]]
    spans += body["places"] + [q["content"] for q in body["quotes"]]
    assert len(body["events"]) == len(doc.events) and spans
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    get(client, "/documents/missing", 404)


def test_timeline(client, expected):
    body = get(client, "/stats/timeline", by="type").json()
    assert sum(b["count"] for b in body["buckets"]) == len(expected)
    per_type = Counter()
    for b in body["buckets"]:
        per_type[b["type"]] += b["count"]
    assert per_type == Counter(x["type"] for x in expected)
    weeks = get(client, "/stats/timeline", interval="week", by="quad_class").json()["buckets"]
    import datetime as dt
    assert all(dt.date.fromisoformat(b["period"]).weekday() == 0 for b in weeks)
    # Filters applied in the API (bbox) give the same shape of answer.
    boxed = get(client, "/stats/timeline", bbox="-5,5,15,25", by="quad_class").json()["buckets"]
    in_box = [x for x in expected if x["lat"] is not None and 5 <= x["lat"] <= 25 and -5 <= x["lon"] <= 15]
    assert sum(b["count"] for b in boxed) == len(in_box)
    get(client, "/stats/timeline", 422, interval="hour")


def test_dyads(client, expected):
    dyads = get(client, "/stats/dyads").json()["dyads"]
    pair = next(d for d in dyads if d["actor"] == "UKR" and d["recipient"] == "RUS")
    want = [x for x in expected if "UKR" in x["actors"] and "RUS" in x["recipients"]]
    assert pair["count"] == len(want)
    assert sum(pair[q] for q in ("verbal_cooperation", "material_cooperation", "verbal_conflict",
                                 "material_conflict")) == pair["count"]
    assert len(get(client, "/stats/dyads", limit=1).json()["dyads"]) == 1
    local = get(client, "/stats/dyads", mode="allege").json()["dyads"]
    assert all(d["count"] >= 1 for d in local)


def test_actors_places_quotes_meta(client, corpus):
    actors = get(client, "/actors", limit=5).json()["actors"]
    assert 0 < len(actors) <= 5 and {"name", "country", "count"} <= set(actors[0])
    places = get(client, "/places").json()["places"]
    assert any(p["name"] == "Niamey" and p["lat"] for p in places)
    quotes = get(client, "/quotes", speaker="Zelenskiy").json()["quotes"]
    assert quotes and "terror" in quotes[0]["content"]["text"]
    meta = get(client, "/meta").json()
    assert meta["documents"] == len(corpus[1]) and "ASSAULT" in meta["event_types"]


@pytest.mark.parametrize("params, words", [
    ({"since": "yesterday"}, "since"), ({"until": "2023-13-01"}, "until"),
    ({"type": "BOMBING"}, "unknown event type"), ({"quad_class": "friendly"}, "quad class"),
    ({"since": "2023-05-01", "until": "2023-01-01"}, "after"),
    ({"bbox": "1,2,3"}, "bbox"), ({"near": "95,0,10"}, "near"),
])
def test_bad_filters_are_400_with_a_message(client, params, words):
    for url in ("/events", "/stats/timeline", "/stats/dyads"):
        body = get(client, url, 400, **params).json()
        assert body["status"] == 400 and words in body["message"]


def test_schema_errors_and_unknown_paths_are_json(client):
    body = get(client, "/events", 422, min_confidence="high").json()
    assert body["status"] == 422 and "min_confidence" in body["message"]
    get(client, "/events", 422, limit=0)
    assert get(client, "/nowhere", 404).json()["status"] == 404
    r = client.delete("/events")
    assert r.status_code == 405 and r.json()["message"]


def test_extract_returns_the_contract_and_stores_nothing(client):
    from dateline.schema import validate

    before = get(client, "/meta").json()["documents"]
    text = "Police arrested 30 protesters in Lagos on Monday."
    r = client.post("/extract", json={"text": text, "date": "2023-05-10", "id": "lagos"})
    assert r.status_code == 200, r.text
    out = r.json()
    validate(out)
    assert out["id"] == "lagos" and any(e["type"] == "COERCE" for e in out["events"])
    for e in out["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert get(client, "/meta").json()["documents"] == before
    r = client.post("/extract", json={"text": text, "date": "last week"})
    assert r.status_code == 400 and "date" in r.json()["message"]
    assert client.post("/extract", json={"date": "2023-01-01"}).status_code == 422
    assert client.post("/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_ingest_needs_the_api_key(client):
    article = {"id": "api-ingest", "date": "2023-07-01",
               "text": "Protesters marched through Dakar on Saturday against the new tax."}
    r = client.post("/documents", json=article)
    assert r.status_code == 401 and "API key" in r.json()["message"]
    r = client.post("/documents", json=article, headers={"X-API-Key": KEY + "x"})
    assert r.status_code == 401
    get(client, "/documents/api-ingest", 404)
    r = client.post("/documents", json=[article], headers={"X-API-Key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 1 and r.json()["ids"] == ["api-ingest"]
    assert get(client, "/documents/api-ingest").json()["text"] == article["text"]
    r = client.post("/documents", json=article, headers={"Authorization": f"Bearer {KEY}"})
    assert r.json()["stored"] == 0 and r.json()["unchanged"] == 1
    r = client.post("/documents", json={**article, "date": "someday"}, headers={"X-API-Key": KEY})
    assert r.status_code == 400


def test_oversized_bodies_get_413(client):
    big = {"text": "x" * 30_000}
    r = client.post("/extract", json=big)
    assert r.status_code == 413 and "limit" in r.json()["message"]
    r = client.post("/documents", json=big, headers={"X-API-Key": KEY})
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(30):
            yield b"x" * 1000
    r = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_security_headers_and_no_cors_by_default(client):
    r = client.get("/events", params={"limit": 1}, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_docs_are_served_without_a_cdn(client):
    page = get(client, "/docs").text
    assert "/docs-static/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    get(client, "/docs-static/swagger-ui-bundle.js")
    assert "/events" in get(client, "/openapi.json").json()["paths"]


def test_cors_writes_off_and_internal_errors(corpus, monkeypatch):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    monkeypatch.delenv("DATELINE_API_KEY", raising=False)
    monkeypatch.delenv("DATELINE_API_KEY_FILE", raising=False)
    app = create_app(str(corpus[0]), cors_origins=["http://localhost:3000"])
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/meta", headers={"Origin": "http://localhost:3000"})
        assert r.headers["access-control-allow-origin"] == "http://localhost:3000"
        r = c.post("/documents", json={"text": "x"}, headers={"X-API-Key": "anything"})
        assert r.status_code == 403 and "DATELINE_API_KEY" in r.json()["message"]
        store_cls = type(app.state.pool._all[0])

        def boom(self, *a, **k):
            raise RuntimeError("secret internals")
        monkeypatch.setattr(store_cls, "places", boom)
        r = c.get("/places")
        assert r.status_code == 500
        assert "secret" not in r.text and "Traceback" not in r.text and r.json()["message"]


def test_api_key_from_environment_or_file(tmp_path, monkeypatch):
    from dateline.api.security import load_api_key
    from dateline.errors import DatelineError

    monkeypatch.delenv("DATELINE_API_KEY", raising=False)
    monkeypatch.delenv("DATELINE_API_KEY_FILE", raising=False)
    assert load_api_key() is None
    key_file = tmp_path / "key"
    key_file.write_text("from-file\n")
    monkeypatch.setenv("DATELINE_API_KEY_FILE", str(key_file))
    assert load_api_key() == "from-file"
    monkeypatch.setenv("DATELINE_API_KEY", "from-env")
    assert load_api_key() == "from-env" and load_api_key("given") == "given"
    monkeypatch.delenv("DATELINE_API_KEY")
    monkeypatch.setenv("DATELINE_API_KEY_FILE", str(tmp_path / "missing"))
    with pytest.raises(DatelineError, match="cannot read"):
        load_api_key()
