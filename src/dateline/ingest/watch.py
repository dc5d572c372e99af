"""``dateline watch``: poll RSS/Atom feeds and ingest new articles as they appear.

Each cycle fetches every feed with a conditional request (the ETag and
Last-Modified of the previous answer; a 304 costs nothing), fetches the pages
of entries not seen before through one :class:`~dateline.ingest.feeds.PoliteClient`
(per-host rate limit, robots.txt, timeouts, retries), drops non-English ones
with a reason, and hands the rest to ``ingest(items, store)``. A broken feed, a
dead link or a failing ingest is reported in the cycle's :class:`CycleReport`
and the watch goes on. The state (validators and seen entries) can be kept in a
JSON file so that a restarted watch does not fetch everything again.
"""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Optional, Sequence

from dateline.errors import InputError
from dateline.extract import Input
from dateline.ingest.feeds import FeedEntry, FetchError, PoliteClient, parse_feed
from dateline.ingest.html import page_to_item
from dateline.pipeline.clean import parse_any_date

log = logging.getLogger(__name__)
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
MAX_SEEN = 5000    # per feed; the oldest are forgotten
MAX_TRIES = 3      # a page failing transiently this many cycles is given up


@dataclass
class FeedState:
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    seen: list[str] = field(default_factory=list)
    # entries whose page failed transiently: id -> {"url", "title", "date", "tries"}; retried
    # every cycle, even when the feed itself answers 304
    pending: dict[str, dict] = field(default_factory=dict)


@dataclass
class WatchState:
    feeds: dict[str, FeedState] = field(default_factory=dict)

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    @classmethod
    def load(cls, path: Optional[str]) -> "WatchState":
        if not path or not os.path.exists(path):
            return cls()
        try:
            with open(path, encoding="utf-8") as handle:
                raw = json.load(handle)
            return cls({url: FeedState(**value) for url, value in raw.get("feeds", {}).items()})
        except (OSError, ValueError, TypeError) as exc:
            log.warning("ignoring unreadable watch state %s (%s)", path, exc)
            return cls()

    def save(self, path: Optional[str]) -> None:
        if not path:
            return
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump({"feeds": {u: asdict(s) for u, s in self.feeds.items()}}, handle)
        os.replace(tmp, path)  # never a half-written state file


@dataclass
class CycleReport:
    feeds_ok: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    new_entries: int = 0
    ingested: int = 0          # inputs handed to ingest
    skipped: int = 0           # pages without article text, other languages, dead links
    errors: list[str] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)  # what ingest returned, one per call

    def __str__(self) -> str:
        return (f"{self.feeds_ok} feeds read, {self.feeds_not_modified} unchanged, {self.feeds_failed} failed; "
                f"{self.new_entries} new entries, {self.ingested} ingested, {self.skipped} skipped")


IngestFn = Callable[[Iterable[Any], Any], Any]


def _default_ingest() -> IngestFn:
    from dateline.ingest.run import ingest
    return ingest


def poll_once(feed_urls: Sequence[str], store: Any, *, state: WatchState, client: PoliteClient,
              ingest: Optional[IngestFn] = None, accept_languages: Optional[Sequence[str]] = ("en",),
              translator=None, on_error: Optional[Callable[[str], None]] = None) -> CycleReport:
    """One pass over the feeds; never raises for a bad feed, page or ingest."""
    ingest = ingest or _default_ingest()
    report = CycleReport()

    def error(message: str) -> None:
        report.errors.append(message)
        log.warning("%s", message)
        if on_error is not None:
            on_error(message)

    for feed_url in feed_urls:
        fstate = state.feed(feed_url)
        try:
            response = client.get(feed_url, etag=fstate.etag, last_modified=fstate.last_modified,
                                  accept=FEED_ACCEPT)
        except FetchError as exc:
            report.feeds_failed += 1
            error(f"feed {exc}")
            continue
        entries: list[FeedEntry] = [
            FeedEntry(id, p.get("url"), p.get("title"), parse_any_date(p.get("date")))
            for id, p in fstate.pending.items()]
        if response.not_modified:
            report.feeds_not_modified += 1
        else:
            feed = parse_feed(response.content, response.url, response.headers)
            if feed.error:
                report.feeds_failed += 1
                error(f"feed {feed_url}: {feed.error}")
            else:
                report.feeds_ok += 1
                fstate.etag, fstate.last_modified = response.etag, response.last_modified
                seen = set(fstate.pending).union(*(f.seen for f in state.feeds.values()))
                fresh = [e for e in feed.entries if e.id not in seen]
                report.new_entries += len(fresh)
                entries += fresh
        inputs: list[Input] = []
        done: list[str] = []
        for entry in entries:
            item = _entry_item(entry, client)
            if isinstance(item, FetchError):
                tries = fstate.pending.get(entry.id, {}).get("tries", 0) + 1
                if item.permanent or tries >= MAX_TRIES:
                    fstate.pending.pop(entry.id, None)
                    done.append(entry.id)
                    report.skipped += 1
                    error(f"article {item}")
                else:
                    fstate.pending[entry.id] = {"url": entry.url, "title": entry.title, "tries": tries,
                                                "date": entry.date.isoformat() if entry.date else None}
                    error(f"article {item} (will retry)")
                continue
            fstate.pending.pop(entry.id, None)
            done.append(entry.id)
            if isinstance(item, InputError):
                report.skipped += 1
                error(f"article {item}")
                continue
            inputs.append(item)
        if accept_languages:
            from dateline.ingest.language import filter_language
            kept: list[Input] = []
            for item in filter_language(inputs, accept_languages, translator=translator):
                if isinstance(item, Input):
                    kept.append(item)
                else:
                    report.skipped += 1
                    error(f"article {item}")
            inputs = kept
        if inputs:
            try:
                report.results.append(ingest(inputs, store))
                report.ingested += len(inputs)
            except Exception as exc:  # the store may be locked or down: try these again next cycle
                error(f"ingest failed for {len(inputs)} articles from {feed_url} ({type(exc).__name__}: {exc})")
                retry = {i.url for i in inputs} | {i.id for i in inputs}
                done = [d for d in done if d not in retry]
                for item in inputs:  # fetched again next cycle, counted as a try
                    fstate.pending[item.id] = {"url": item.url, "title": item.title, "tries": 1,
                                               "date": item.date.isoformat() if item.date else None}
        fstate.seen = (fstate.seen + done)[-MAX_SEEN:]
    return report


def _entry_item(entry, client: PoliteClient):
    """The entry's article as an Input, an InputError (no article text), or a FetchError."""
    if entry.url:
        try:
            response = client.get(entry.url)
        except FetchError as exc:
            return exc
        item = page_to_item(response.content, entry.url, url=entry.url,
                            declared_charset=response.charset, id=entry.id, date=entry.date)
    elif entry.content:
        item = page_to_item(entry.content, entry.id, id=entry.id, date=entry.date)
    else:
        return InputError("entry has neither a link nor content", entry.id)
    if isinstance(item, Input):
        item.title = item.title or entry.title
        item.url = entry.url or item.url
    return item


def watch(feed_urls: Sequence[str], store: Any, every_seconds: float = 300.0, *,
          ingest: Optional[IngestFn] = None, state_path: Optional[str] = None,
          client: Optional[PoliteClient] = None, max_cycles: Optional[int] = None,
          accept_languages: Optional[Sequence[str]] = ("en",), translator=None,
          on_cycle: Optional[Callable[[CycleReport], None]] = None,
          on_error: Optional[Callable[[str], None]] = None,
          sleep: Callable[[float], None] = time.sleep) -> list[CycleReport]:
    """Poll ``feed_urls`` every ``every_seconds`` and ingest new articles into ``store``.

    Runs until interrupted (KeyboardInterrupt ends it cleanly) or for ``max_cycles`` cycles;
    returns the cycle reports. ``ingest(items, store)`` defaults to
    :func:`dateline.ingest.run.ingest`.
    """
    state = WatchState.load(state_path)
    own = client is None
    client = client or PoliteClient()
    reports: list[CycleReport] = []
    try:
        while max_cycles is None or len(reports) < max_cycles:
            started = time.monotonic()
            report = poll_once(feed_urls, store, state=state, client=client, ingest=ingest,
                               accept_languages=accept_languages, translator=translator, on_error=on_error)
            reports.append(report)
            try:
                state.save(state_path)
            except OSError as exc:
                report.errors.append(f"cannot save watch state to {state_path} ({exc})")
            if on_cycle is not None:
                on_cycle(report)
            if max_cycles is not None and len(reports) >= max_cycles:
                break
            sleep(max(0.0, every_seconds - (time.monotonic() - started)))
    except KeyboardInterrupt:
        pass
    finally:
        if own:
            client.close()
    return reports


def parse_interval(value: str) -> float:
    """``"5m"`` -> 300.0; accepts s/m/h/d suffixes or plain seconds. Raises ValueError."""
    value = str(value).strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    factor = units.get(value[-1:], None)
    number = float(value[:-1] if factor else value)
    seconds = number * (factor or 1)
    if seconds <= 0:
        raise ValueError(f"interval must be positive, got {value!r}")
    return seconds
