"""Text in, records out: runs the pipeline stages in order over a batch of articles.

This is the one entry point from text to :class:`~dateline.records.Document`;
the CLI, the API and the distributed path all call it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import multiprocessing
import os
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

from dateline import settings
from dateline.errors import InputError
from dateline.gazetteer.local_lexicon import Tally
from dateline.pipeline import actors, attribution, clean, dates, events, parse, places, quotes
from dateline.pipeline.article import Article
from dateline.records import Document, Span

log = logging.getLogger(__name__)

#: The stages after parsing, in order. Each is a plain function over an Article.
STAGES = (
    events.code_events,
    actors.code_actors,
    places.geolocate,
    dates.date_events,
    quotes.find_quotes,
    attribution.attribute_events,
)


@dataclass
class Input:
    """One document to extract: what a reader yields."""

    text: str
    id: Optional[str] = None
    date: Optional[dt.date] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None

    def document_id(self) -> str:
        return self.id or "sha1:" + hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_date(value: Any, where: str = "<input>", line: int | None = None) -> Optional[dt.date]:
    """A publication date from ``YYYY-MM-DD`` (or a date/datetime), with a clear error."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{value!r} is not a date (expected YYYY-MM-DD)", where, line, "date")


def extract(text: str, date: Any = None, id: str | None = None, *, title: str | None = None,
            source: str | None = None, url: str | None = None) -> Document:
    """Extract events, places and quotes from one news article."""
    item = Input(text=text, id=id, date=parse_date(date), title=title, source=source, url=url)
    return next(extract_many([item], n_process=1))


class ExtractionFailed(Exception):
    """A document the pipeline could not process (reported and skipped in batch runs)."""

    def __init__(self, doc_id: str, reason: str):
        self.doc_id, self.reason = doc_id, reason
        super().__init__(doc_id, reason)  # args rebuild it when it crosses processes

    def __str__(self) -> str:
        return f"{self.doc_id}: extraction failed ({self.reason})"


def extract_many(items: Iterable[Input], batch_size: int | None = None,
                 n_process: int | None = None, min_confidence: float | None = None,
                 on_error: Callable[[ExtractionFailed], None] | None = None,
                 local_lexicon: bool | None = None) -> Iterator[Document]:
    """Extract many articles, in order, parsing them with ``nlp.pipe`` batches.

    ``local_lexicon`` (default: the ``local_lexicon`` setting): learn each source's home
    division from its articles, batch by batch (:mod:`dateline.gazetteer.local_lexicon`).

    A document that a stage fails on is passed to ``on_error`` and skipped; without
    ``on_error`` the failure is raised as :class:`ExtractionFailed`.
    """
    nlp = parse.load_nlp()
    min_confidence = settings.get_float("min_confidence") if min_confidence is None else min_confidence
    n_process = settings.get_int("n_process") if n_process is None else n_process
    if n_process == 0:
        n_process = os.cpu_count() or 1
    if n_process > 1:
        yield from _extract_parallel(items, n_process, batch_size, min_confidence, on_error, local_lexicon)
        return
    pending: list[Article] = []

    def articles() -> Iterator[str]:
        for item in items:
            if not isinstance(item.text, str):
                raise InputError("text must be a string", field="text")
            cleaned = clean.clean(item.text)
            pending.append(Article(
                id=item.document_id(), text=item.text, clean_text=cleaned.for_nlp,
                offsets=cleaned.offsets, date=item.date or cleaned.date, title=item.title, source=item.source,
                url=item.url, dateline_place=cleaned.dateline_place,
                dateline_start=_clean_offset(cleaned.offsets, cleaned.dateline_span)))
            yield _safe_for_parser(pending[-1].clean_text)

    # with the local lexicon (settings: local_lexicon), documents wait for the rest of their
    # batch: the batch's articles teach each source's home before they are located again
    if local_lexicon is None:
        local_lexicon = settings.get_int("local_lexicon") > 0
    lexicon = Tally() if local_lexicon else None
    window: list[Article] = []
    size = batch_size or settings.get_int("batch_size")

    def finish() -> Iterator[Document]:
        if lexicon is not None:
            try:
                places.relocate(window, lexicon)
            except Exception:  # the first pass's places stand
                log.exception("local lexicon pass failed")
        for article in window:
            try:
                document = to_document(article)
            except Exception as exc:
                failure = ExtractionFailed(article.id, f"{type(exc).__name__}: {exc}")
                if on_error is None:
                    raise failure from exc
                on_error(failure)
                continue
            yield document
        window.clear()

    for doc in parse.parse(articles(), nlp=nlp, batch_size=batch_size, n_process=1):
        article = pending.pop(0)
        article.doc = doc
        try:
            for stage in STAGES:
                stage(article)
            if min_confidence:
                article.events = [e for e in article.events if e.confidence >= min_confidence]
        except Exception as exc:  # one bad document must not stop a batch of thousands
            failure = ExtractionFailed(article.id, f"{type(exc).__name__}: {exc}")
            if on_error is None:
                raise failure from exc
            on_error(failure)
            continue
        window.append(article)
        if lexicon is None or len(window) >= size:
            yield from finish()
    yield from finish()


def _clean_offset(offsets: list[int], span: Optional[tuple[int, int]]) -> Optional[int]:
    """Where an original-text span starts in the cleaned text."""
    import bisect

    return bisect.bisect_left(offsets, span[0]) if span is not None else None


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to ``size`` items, in order (itertools.batched arrives with Python 3.12)."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_chunk(args: tuple[list[Input], int | None, float, bool | None]) -> list[Document | ExtractionFailed]:
    chunk, batch_size, min_confidence, local_lexicon = args
    results: list[Document | ExtractionFailed] = []
    for document in extract_many(chunk, batch_size=batch_size, n_process=1, min_confidence=min_confidence,
                                 on_error=results.append, local_lexicon=local_lexicon):
        results.append(document)
    return results


def _extract_parallel(items, n_process, batch_size, min_confidence, on_error,
                      local_lexicon: bool | None = None) -> Iterator[Document]:
    """Whole pipeline (parse *and* stages) in worker processes; only records come back.

    Sending records rather than spaCy Docs back to the parent is what keeps the
    full pipeline close to a bare multi-process parse.
    """
    size = batch_size or settings.get_int("batch_size")
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(n_process) as pool:
        work = ((chunk, batch_size, min_confidence, local_lexicon) for chunk in batches(items, size))
        for results in pool.imap(_extract_chunk, work):
            for result in results:
                if isinstance(result, ExtractionFailed):
                    if on_error is None:
                        raise result
                    on_error(result)
                else:
                    yield result


def _safe_for_parser(text: str) -> str:
    """spaCy cannot encode lone surrogates; replace them with the same number of characters."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join(
            "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def to_document(article: Article) -> Document:
    """Map every span of the article from cleaned-text offsets back onto the original text."""
    remap = _Remapper(article.text, article.offsets)
    for record in (*article.events, *article.places, *article.quotes):
        remap.record(record)
    # A span that was only blanks (e.g. the blanked dateline) is no mention of anything; an
    # implicit actor (unnamed, coded from the scene) is the one actor with an empty span.
    for event in article.events:
        event.actors = [a for a in event.actors if a.text or a.kb_id == "implicit:scene"]
        event.recipients = [a for a in event.recipients if a.text]
        if event.location is not None and not event.location.text:
            event.location = None
    article.places = [p for p in article.places if p.text]
    article.quotes = [q for q in article.quotes if q.content.text]
    return Document(
        id=article.id, text=article.text, clean_text=article.clean_text,
        date=article.date.isoformat() if article.date else None,
        events=article.events, places=article.places, quotes=article.quotes,
        title=article.title, source=article.source, url=article.url)


class _Remapper:
    def __init__(self, text: str, offsets: list[int]):
        self.text, self.offsets = text, offsets
        self.done: set[int] = set()

    def span(self, span: Span) -> None:
        if id(span) in self.done:
            return
        self.done.add(id(span))
        n = len(self.offsets)
        if n == 0:
            span.start = span.end = 0
        else:
            start = self.offsets[min(span.start, n - 1)] if span.start < n else self.offsets[-1] + 1
            end = self.offsets[span.end - 1] + 1 if 0 < span.end <= n else start
            end = max(start, end)
            while start < end and self.text[start].isspace():  # no span starts or ends in blanks
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            span.start, span.end = start, end
        span.text = self.text[span.start:span.end]

    def record(self, obj: Any) -> None:
        if isinstance(obj, Span):
            self.span(obj)
        if is_dataclass(obj):
            for f in fields(obj):
                value = getattr(obj, f.name)
                if isinstance(value, list):
                    for v in value:
                        if is_dataclass(v):
                            self.record(v)
                elif is_dataclass(value):
                    self.record(value)
