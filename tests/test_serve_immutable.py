"""``dateline serve --immutable``: a DuckDB store served read-only, by one or several workers."""
from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

from dateline.errors import StoreError
from dateline.store import open_store

KEY = "test-key-0123456789"


def dateline(*args, **kw):
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                          timeout=60, **kw)


@pytest.fixture()
def empty_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    open_store(str(path)).close()
    return path


def test_read_only_store_refuses_an_old_schema(empty_store):
    import duckdb

    con = duckdb.connect(str(empty_store))
    con.execute("DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)")
    con.close()
    with pytest.raises(StoreError, match="dateline migrate"):
        open_store(str(empty_store), read_only=True)
    from dateline.api import create_app
    with pytest.raises(StoreError, match="dateline migrate"):
        create_app(str(empty_store), read_only=True)


def test_workers_without_immutable_is_refused_on_duckdb(empty_store):
    r = dateline("serve", "--db", str(empty_store), "--workers", "2", "--port", "1")
    assert r.returncode == 2, r.stderr
    message = " ".join(r.stderr.decode().split())
    assert "--immutable" in message and "DuckDB" in message
    assert "Traceback" not in message


def test_workers_on_postgresql_are_not_refused_by_the_check():
    from dateline.api import app as api_app
    with pytest.raises(Exception) as info:  # no server there: fails opening, not on the check
        api_app.serve("postgresql://nobody@127.0.0.1:1/none", workers=2)
    assert "--immutable" not in str(info.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_immutable_server_with_two_workers(empty_store):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(empty_store),
                             "--immutable", "--workers", "2", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, r = time.time() + 60, None
        while time.time() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/events", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert r is not None and r.status_code == 200, r and r.text
        assert r.json()["events"] == []
        w = httpx.post(f"http://127.0.0.1:{port}/documents", json={"text": "x"},
                       headers={"X-API-Key": KEY}, timeout=5)
        assert w.status_code == 405 and "read-only" in w.json()["message"]
        # the file stays readable by others meanwhile
        with open_store(str(empty_store), read_only=True) as store:
            assert store.count_documents() == 0
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert b"Traceback" not in proc.stderr.read()


# -- over the API test corpus (needs the spaCy model) -----------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from api_corpus import build_store

    path = tmp_path_factory.mktemp("immutable") / "api.duckdb"
    build_store(path)
    return path


QUERIES = [("/events", {}), ("/events", {"type": "ASSAULT"}), ("/events", {"actor": "RUS"}),
           ("/events", {"since": "2023-03-01", "until": "2023-06-30", "limit": 2}),
           ("/events", {"q": "Kherson"}), ("/stats/timeline", {"interval": "month", "by": "quad_class"}),
           ("/meta", {})]


@pytest.fixture(scope="module")
def writable_answers(corpus):
    # one process cannot hold a file both writable and read-only: ask, close, then reopen
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    with TestClient(create_app(str(corpus), api_key=KEY), raise_server_exceptions=False) as rw:
        return [rw.get(url, params=params) for url, params in QUERIES]


@pytest.fixture(scope="module")
def ro(corpus, writable_answers):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    with TestClient(create_app(str(corpus), api_key=KEY, read_only=True),
                    raise_server_exceptions=False) as client:
        yield client


@pytest.mark.slow
def test_read_only_serves_the_same_answers(ro, writable_answers):
    for (url, params), want in zip(QUERIES, writable_answers):
        got = ro.get(url, params=params)
        assert want.status_code == got.status_code == 200, (url, params, want.text, got.text)
        assert got.json() == want.json(), (url, params)
    assert len(writable_answers[0].json()["events"]) > 0


@pytest.mark.slow
def test_writes_answer_json_405_and_extract_still_works(ro):
    article = {"id": "ro-1", "date": "2023-05-01",
               "text": "KYIV, Ukraine (Wire) — Russian forces shelled Kharkiv on Monday."}
    for headers in ({"X-API-Key": KEY}, {}):
        r = ro.post("/documents", json=article, headers=headers)
        assert r.status_code == 405, r.text
        assert r.json()["status"] == 405 and "read-only" in r.json()["message"]
        assert "allow" in r.headers
    r = ro.post("/extract", json=article)
    assert r.status_code == 200, r.text
    assert "events" in r.json()
    assert ro.get("/documents/ro-1").status_code == 404
