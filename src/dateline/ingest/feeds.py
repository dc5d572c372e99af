"""Polite HTTP fetching and RSS/Atom feed reading.

:class:`PoliteClient` is the one way dateline fetches the web: a per-host rate
limit, connect/read timeouts and an overall deadline, a size cap, retries with
exponential backoff on timeouts, 429 and 5xx (honouring ``Retry-After``),
robots.txt, redirects (at most five), gzip, and conditional requests
(``If-None-Match`` / ``If-Modified-Since``). Failures are :class:`FetchError`,
one line naming the URL and the reason.

:func:`parse_feed` reads RSS 0.9x/1.0/2.0 and Atom with feedparser, which
tolerates most broken XML; a feed with nothing readable is an error.
"""
from __future__ import annotations

import datetime as dt
import gzip
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit

import httpx

from dateline import __version__ as _VERSION

USER_AGENT = f"dateline/{_VERSION} (+news event coder; polite crawler)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_BACKOFF = 60.0


class FetchError(Exception):
    """A URL that could not be fetched: ``str()`` is a one-line reason."""

    def __init__(self, url: str, reason: str, status: Optional[int] = None):
        self.url, self.reason, self.status = url, reason, status
        super().__init__(url, reason, status)

    @property
    def permanent(self) -> bool:
        """Not worth retrying later (404, 410, robots.txt, not a page), unlike a timeout or a 503."""
        return self.status is not None and 400 <= self.status < 500 and self.status not in (408, 429)

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


@dataclass
class Response:
    url: str                      # after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> Optional[str]:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def etag(self) -> Optional[str]:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> Optional[str]:
        return self.headers.get("last-modified")


class PoliteClient:
    """Fetches URLs politely; one instance should serve a whole crawl (it keeps per-host state)."""

    def __init__(self, *, user_agent: str = USER_AGENT, timeout: float = 10.0, deadline: float = 30.0,
                 retries: int = 3, backoff: float = 1.0, min_interval: float = 1.0,
                 max_bytes: int = 10_000_000, respect_robots: bool = True,
                 sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None):
        self.user_agent, self.deadline, self.retries = user_agent, deadline, retries
        self.backoff, self.min_interval, self.max_bytes = backoff, min_interval, max_bytes
        self.respect_robots, self.sleep = respect_robots, sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, Optional[urllib.robotparser.RobotFileParser]] = {}
        self._http = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- politeness ----------------------------------------------------------
    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            wait = last + self.min_interval - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets our user agent fetch it (unreachable: yes)."""
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        parser = self._robots[root]
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def _load_robots(self, root: str) -> Optional[urllib.robotparser.RobotFileParser]:
        parser = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        try:
            response = self._fetch(root + "/robots.txt", {}, retries=1)
        except FetchError:
            return None  # unreachable robots.txt: allowed, as crawlers commonly do
        if response.status in (401, 403):
            parser.disallow_all = True
        elif response.status >= 400:
            parser.allow_all = True
        else:
            parser.parse(_text(response.content).splitlines())
        return parser

    # -- fetching --------------------------------------------------------------
    def get(self, url: str, *, etag: Optional[str] = None, last_modified: Optional[str] = None,
            accept: Optional[str] = None) -> Response:
        """GET with retries; returns 2xx or 304 responses, raises :class:`FetchError` otherwise."""
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt", 403)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        response = self._fetch(url, headers, retries=self.retries)
        if response.status == 304 or 200 <= response.status < 300:
            return response
        raise FetchError(url, f"HTTP {response.status}", response.status)

    def _fetch(self, url: str, headers: dict[str, str], retries: int) -> Response:
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                response = self._once(url, headers)
            except FetchError as exc:
                if exc.status is not None or attempt >= retries:
                    raise
                delay = self.backoff * 2 ** attempt
            else:
                if response.status not in RETRY_STATUSES or attempt >= retries:
                    return response
                delay = _retry_after(response.headers.get("retry-after")) or self.backoff * 2 ** attempt
            self.sleep(min(delay, MAX_BACKOFF))
            attempt += 1

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        started = time.monotonic()
        try:
            with self._http.stream("GET", url, headers=headers) as r:
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"response larger than {self.max_bytes} bytes", 413)
                    if time.monotonic() - started > self.deadline:
                        raise FetchError(url, f"took longer than {self.deadline:g}s")
                    chunks.append(chunk)
                content = b"".join(chunks)
                if content[:2] == b"\x1f\x8b":  # a .gz served without Content-Encoding
                    try:
                        content = gzip.decompress(content)
                    except (OSError, EOFError):
                        pass
                return Response(str(r.url), r.status_code, content,
                                {k.lower(): v for k, v in r.headers.items()})
        except httpx.TooManyRedirects:
            raise FetchError(url, "too many redirects", 310) from None
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"bad content encoding ({exc})", 422) from None
        except (httpx.TransportError, httpx.InvalidURL, ValueError) as exc:
            raise FetchError(url, f"cannot connect ({type(exc).__name__}: {exc})") from None


def _retry_after(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# -- feeds -------------------------------------------------------------------
@dataclass
class FeedEntry:
    id: str                       # the entry's guid, or its link
    url: Optional[str]
    title: Optional[str] = None
    date: Optional[dt.date] = None
    summary: Optional[str] = None  # HTML or text, as the feed gives it
    content: Optional[str] = None  # full content (content:encoded, Atom content), if any


@dataclass
class Feed:
    url: str
    title: Optional[str] = None
    entries: list[FeedEntry] = field(default_factory=list)
    error: Optional[str] = None   # why nothing could be read (None: fine, even if empty)
    warning: Optional[str] = None  # feedparser's complaint about a feed it still read


def parse_feed(content: bytes, url: str, headers: Optional[dict[str, str]] = None) -> Feed:
    """Entries of an RSS or Atom document; never raises (``Feed.error`` says what went wrong)."""
    import feedparser
    from urllib.parse import urljoin

    try:
        parsed = feedparser.parse(content, response_headers=headers or {})
    except Exception as exc:  # feedparser is robust, but not against everything
        return Feed(url, error=f"unreadable feed ({type(exc).__name__}: {exc})")
    problem = str(parsed.get("bozo_exception", "")) if parsed.get("bozo") else None
    version = parsed.get("version")
    if not parsed.entries and (problem or not version):
        return Feed(url, error=f"not an RSS/Atom feed ({problem or 'no feed elements'})")
    feed = Feed(url, title=parsed.feed.get("title"), warning=problem)
    for entry in parsed.entries:
        link = entry.get("link")
        link = urljoin(url, link) if link else None
        guid = entry.get("id") or link
        if not guid:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = None
        if stamp:
            try:
                date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except (ValueError, AttributeError):
                date = None
        content = None
        if entry.get("content"):
            content = "\n".join(c.get("value", "") for c in entry.content if c.get("value"))
        feed.entries.append(FeedEntry(str(guid), link, entry.get("title"), date,
                                      entry.get("summary"), content))
    return feed
