"""Feeds, polite fetching and `watch`, against a local HTTP server the tests start on 127.0.0.1."""
from __future__ import annotations

import gzip
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dateline.extract import Input
from dateline.ingest import read_inputs
from dateline.ingest.feeds import FetchError, PoliteClient, parse_feed
from dateline.ingest.watch import WatchState, parse_interval, poll_once, watch
from news_pages import ARTICLES, style_broadsheet, style_wire

FRENCH = ("<html><head><title>Retrait</title></head><body><article><p>Le ministre russe de la Défense a "
          "ordonné mercredi à ses troupes de se retirer de la ville de Kherson, occupée depuis mars, et de "
          "prendre position sur la rive opposée du fleuve Dniepr.</p><p>Cette annonce marque l'un des reculs "
          "les plus importants de la Russie depuis le début de la guerre.</p></article></body></html>")


def _page(n: int) -> bytes:
    title, date, paras = ARTICLES[n]
    return style_wire(title, date, paras).encode("utf-8")


def _rss(base: str, links: list[str]) -> bytes:
    items = "".join(f"<item><title>Story {i}</title><link>{base}{link}</link><guid>{base}{link}</guid>"
                    f"<pubDate>Wed, 0{i % 9 + 1} Mar 2023 10:00:00 GMT</pubDate></item>"
                    for i, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>'
            f"<link>{base}</link>{items}</channel></rss>").encode()


ATOM = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>'
        b'<entry><id>tag:x,2023:1</id><title>Convoy</title><link href="/a3"/>'
        b"<updated>2023-09-21T10:00:00Z</updated></entry></feed>")
FEED_LINKS = ["/a1", "/redirect", "/dead", "/private/p", "/slow", "/fr", "/latin", "/gz", "/flaky"]
ETAG = '"v1"'


class Handler(BaseHTTPRequestHandler):
    log: list[tuple[str, dict]] = []
    counts: dict[str, int] = {}

    def log_message(self, *args):  # quiet
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
            pass

    def do_GET(self):  # noqa: C901 - one route table
        base = f"http://127.0.0.1:{self.server.server_port}"
        path = self.path
        Handler.log.append((path, dict(self.headers)))
        Handler.counts[path] = Handler.counts.get(path, 0) + 1
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/feed.xml":
            if self.headers.get("If-None-Match") == ETAG:
                self.send(304, b"", ETag=ETAG)
            else:
                self.send(200, _rss(base, FEED_LINKS), "application/rss+xml", ETag=ETAG,
                          Last_Modified="Wed, 09 Nov 2022 10:00:00 GMT")
        elif path == "/atom.xml":
            self.send(200, ATOM, "application/atom+xml")
        elif path == "/broken.xml":  # truncated mid-item, bad entity
            self.send(200, _rss(base, ["/a1", "/a2"])[:-60] + b"&bogus; <item><title>x", "application/rss+xml")
        elif path == "/notafeed.xml":
            self.send(200, b"<html><body>Hello</body></html>")
        elif path == "/a1":
            self.send(200, _page(0))
        elif path == "/redirect":
            self.send(302, b"", Location="/moved")
        elif path == "/moved":
            self.send(200, _page(1))
        elif path == "/loop":
            self.send(302, b"", Location="/loop")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, _page(2))
        elif path == "/fr":
            self.send(200, FRENCH.encode("utf-8"))
        elif path == "/latin":  # says UTF-8, is Latin-1
            title, date, paras = ARTICLES[3]
            html = style_broadsheet(title, date, [p.replace("town", "caf\xe9 town") for p in paras])
            self.send(200, html.replace('charset="utf-8"', "").encode("latin-1"))
        elif path == "/gz":
            self.send(200, gzip.compress(_page(4)), Content_Encoding="gzip")
        elif path == "/a3":
            self.send(200, _page(3))
        elif path == "/flaky":
            if Handler.counts[path] % 2 == 1:
                self.send(503, b"busy", Retry_After="0")
            else:
                self.send(200, _page(2))
        else:
            self.send(404, b"<html><body>Not found</body></html>")


@pytest.fixture()
def server():
    Handler.log, Handler.counts = [], {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def client(**kw) -> PoliteClient:
    options = dict(timeout=0.5, deadline=5, retries=1, backoff=0.01, min_interval=0)
    options.update(kw)
    return PoliteClient(**options)


# -- the client ---------------------------------------------------------------
def test_client_fetches_follows_redirects_and_decodes_gzip(server):
    with client() as c:
        r = c.get(server + "/redirect")
        assert r.status == 200 and r.url.endswith("/moved") and b"grain" not in r.content
        assert escape(ARTICLES[1][2][0]).encode() in r.content
        assert escape(ARTICLES[4][2][0]).encode() in c.get(server + "/gz").content


def test_client_errors(server):
    with client() as c:
        with pytest.raises(FetchError) as dead:
            c.get(server + "/dead")
        assert dead.value.status == 404 and dead.value.permanent and "/dead: HTTP 404" in str(dead.value)
        with pytest.raises(FetchError) as robots:
            c.get(server + "/private/p")
        assert "robots.txt" in str(robots.value) and robots.value.permanent
        assert not any(path == "/private/p" for path, _ in Handler.log)
        with pytest.raises(FetchError) as loop:
            c.get(server + "/loop")
        assert "redirects" in str(loop.value)
        with pytest.raises(FetchError) as bad:
            c.get("ftp://example.org/x")
        assert "http" in str(bad.value)


def test_client_times_out_and_retries(server):
    with client(retries=1) as c:
        started = time.monotonic()
        with pytest.raises(FetchError) as slow:
            c.get(server + "/slow")
        assert "timed out" in str(slow.value) and not slow.value.permanent
        assert Handler.counts["/slow"] == 2 and time.monotonic() - started < 4
        assert c.get(server + "/flaky").status == 200  # a 503, then a retry
        assert Handler.counts["/flaky"] == 2


def test_client_rate_limits_per_host(server):
    waits: list[float] = []
    with client(min_interval=0.5, sleep=waits.append) as c:
        c.get(server + "/a1")
        c.get(server + "/a3")
    assert len(waits) == 2 and all(0 < w <= 0.5 for w in waits)  # robots, a1, a3 back to back


def test_dead_host_is_a_fetch_error():
    with client(retries=0) as c:
        with pytest.raises(FetchError):
            c.get("http://127.0.0.1:9/nothing")


def test_url_reader(server):
    with client() as c:
        items = list(read_inputs([server + "/a1", server + "/dead"], client=c))
    assert isinstance(items[0], Input) and items[0].url == server + "/a1"
    assert ARTICLES[0][2][0] in items[0].text
    assert not isinstance(items[1], Input) and "404" in str(items[1])


# -- feeds ----------------------------------------------------------------------
def test_parse_feeds(server):
    with client() as c:
        rss = parse_feed(c.get(server + "/feed.xml").content, server + "/feed.xml")
        atom = parse_feed(c.get(server + "/atom.xml").content, server + "/atom.xml")
        broken = parse_feed(c.get(server + "/broken.xml").content, server + "/broken.xml")
        html = parse_feed(c.get(server + "/notafeed.xml").content, server + "/notafeed.xml")
    assert rss.error is None and [e.url for e in rss.entries] == [server + p for p in FEED_LINKS]
    assert rss.entries[0].date.isoformat() == "2023-03-01" and rss.title == "Test feed"
    assert atom.entries[0].url == server + "/a3" and atom.entries[0].id == "tag:x,2023:1"
    assert broken.error is None or "feed" in broken.error  # read what can be read, or say why not
    assert html.error and "not an RSS/Atom feed" in html.error
    assert parse_feed(b"", "x").error and parse_feed(b"\x00\xff" * 100, "y").error


# -- watch ----------------------------------------------------------------------
class Collect:
    def __init__(self):
        self.calls: list[list] = []

    def __call__(self, items, store):
        items = list(items)
        self.calls.append(items)
        return len(items)


def test_watch_ingests_new_articles_and_survives_bad_ones(server, tmp_path):
    ingest = Collect()
    state_path = str(tmp_path / "watch.json")
    feeds = [server + "/feed.xml", server + "/atom.xml", server + "/broken.xml", server + "/missing.xml",
             server + "/notafeed.xml", "http://127.0.0.1:9/down.xml"]
    reports = watch(feeds, "STORE", every_seconds=0, ingest=ingest, state_path=state_path,
                    client=client(retries=0), max_cycles=2, sleep=lambda s: None)
    first, second = reports
    urls = sorted(i.url.rsplit("/", 1)[1] for call in ingest.calls for i in call)
    assert sorted(i.url.rsplit("/", 1)[1] for i in ingest.calls[0]) == ["a1", "gz", "latin", "redirect"]
    assert [i.url.rsplit("/", 1)[1] for i in ingest.calls[1]] == ["a3"]
    assert [i.url for i in ingest.calls[2]] == [server + "/flaky"] and len(ingest.calls) == 3
    assert len(urls) == len(set(urls))  # /a1 is in two feeds, fetched and ingested once  # a 503 in the first cycle, fetched in the second although the feed is 304
    latin = next(i for i in ingest.calls[0] if i.url.endswith("/latin"))
    assert "café town" in latin.text
    assert first.feeds_failed >= 3  # missing, notafeed, down (and maybe broken)
    messages = "\n".join(first.errors)
    for expected in ("/dead: HTTP 404", "robots.txt", "/slow: timed out (will retry)", "language is 'fr'",
                     "/missing.xml: HTTP 404", "/notafeed.xml: not an RSS/Atom feed", "down.xml"):
        assert expected in messages, expected
    # second cycle: the feed answers 304 to our ETag; only the pages that failed are tried again
    assert second.feeds_not_modified >= 1 and second.new_entries == 0
    assert Handler.counts["/slow"] == 2 and Handler.counts["/dead"] == 1
    feed_requests = [h for p, h in Handler.log if p == "/feed.xml"]
    assert feed_requests[-1].get("If-None-Match") == ETAG
    assert not [p for p in ingest.calls[2:] for i in p if i.url.endswith("/a1")]
    # a restarted watch with the saved state fetches no article again
    state = WatchState.load(state_path)
    assert server + "/a1" in state.feed(server + "/feed.xml").seen
    before = dict(Handler.counts)
    watch([server + "/feed.xml"], "STORE", 0, ingest=ingest, state_path=state_path, client=client(),
          max_cycles=1, sleep=lambda s: None)
    assert Handler.counts.get("/a1") == before.get("/a1")


def test_failed_ingest_is_retried_next_cycle(server):
    calls = []

    def flaky_ingest(items, store):
        calls.append([i.url for i in items])
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return "ok"

    state = WatchState()
    with client() as c:
        first = poll_once([server + "/atom.xml"], None, state=state, client=c, ingest=flaky_ingest)
        second = poll_once([server + "/atom.xml"], None, state=state, client=c, ingest=flaky_ingest)
        third = poll_once([server + "/atom.xml"], None, state=state, client=c, ingest=flaky_ingest)
    assert "database is locked" in first.errors[0] and first.ingested == 0
    assert second.ingested == 1 and second.results == ["ok"] and calls[1] == [server + "/a3"]
    assert third.new_entries == 0 and len(calls) == 2


def test_parse_interval():
    assert parse_interval("5m") == 300 and parse_interval("90") == 90 and parse_interval("1h") == 3600
    for bad in ("", "0", "-5m", "xm"):
        with pytest.raises(ValueError):
            parse_interval(bad)


@pytest.mark.slow
def test_watch_into_a_real_store(server, tmp_path):
    """The default ingest (dateline.ingest.run.ingest) into a DuckDB file, twice: stored once."""
    from dateline.store import open_store

    path = str(tmp_path / "watch.duckdb")
    with open_store(path) as store:
        reports = watch([server + "/atom.xml"], store, 0, client=client(), max_cycles=1,
                        sleep=lambda s: None)
        assert reports[0].ingested == 1 and reports[0].results[0].stored == 1
        watch([server + "/atom.xml"], store, 0, client=client(), max_cycles=1, sleep=lambda s: None)
        assert store.document_ids() == ["tag:x,2023:1"]
        doc = store.get_document("tag:x,2023:1")
        assert ARTICLES[3][2][0] in str(doc)
