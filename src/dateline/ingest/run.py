"""Ingest: extract documents and store them in committed batches, resumably.

Before extraction, every item's id (``Input.document_id()``: its id, or the SHA-1 of its
text) is looked up in the store; a document already stored with the same text is
skipped, so re-running an interrupted ingest only does the work that is missing.
Extracted documents are written ``batch_size`` at a time, one transaction per batch:
a crash (even SIGKILL) loses at most the batch in flight, never half a document.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Optional

from dateline.errors import DatelineError, InputError, StoreError
from dateline.extract import ExtractionFailed, Input, batches, extract_many
from dateline.records import Document
from dateline.store.rows import text_sha1


class Failure(NamedTuple):
    """A document (or input line) that was not stored: ``(id, message)``."""

    id: Optional[str]
    message: str


@dataclass
class IngestReport:
    stored: int = 0          #: documents written (new or replaced)
    skipped: int = 0         #: documents already stored with the same text
    failed: int = 0          #: bad inputs and documents that failed extraction or storage
    events: int = 0          #: events in the stored documents
    batches: int = 0         #: committed batches
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def ok(self) -> bool:
        return self.failed == 0


class IngestFailed(DatelineError):
    """Raised with ``strict=True`` at the first failure, after committing what was extracted."""

    def __init__(self, failure: Failure, report: IngestReport):
        self.failure, self.report = failure, report
        where = f"{failure.id}: " if failure.id and not failure.message.startswith(failure.id) else ""
        super().__init__(f"{where}{failure.message} (stopped: --strict)")


def default_coder_version() -> str:
    import dateline
    from dateline.pipeline.parse import load_nlp, model_version

    return f"dateline-{dateline.__version__}/{model_version(load_nlp())}"


def ingest(items: Iterable[Any], store, *, batch_size: int = 64, n_process: int = 1,
           strict: bool = False, on_progress: Optional[Callable[[int], None]] = None,
           on_batch: Optional[Callable[[IngestReport], None]] = None,
           coder_version: Optional[str] = None, local_lexicon: Optional[bool] = None) -> IngestReport:
    """Extract and store ``items`` (:class:`Input`, or :class:`InputError` for bad lines).

    ``on_progress(done)`` is called with the number of items handled so far (stored,
    skipped, failed, or extracted and waiting for the batch commit); ``on_batch(report)``
    after each committed batch. ``local_lexicon``: see :func:`dateline.extract.extract_many`.
    """
    if batch_size < 1:
        raise StoreError(f"batch_size must be at least 1, not {batch_size}")
    run = _Run(store, batch_size, strict, on_progress, on_batch,
               coder_version or default_coder_version())
    started = time.monotonic()
    try:
        docs = extract_many(run.todo(items), n_process=n_process, on_error=run.extraction_failed,
                            local_lexicon=local_lexicon)
        for doc in docs:
            run.add(doc)
        run.flush()
        if run.stopped is not None:   # strict, and the reader thread met a bad item
            raise IngestFailed(run.stopped, run.report)
    finally:
        run.report.seconds = time.monotonic() - started
    run.progress()
    return run.report


class _Run:
    def __init__(self, store, batch_size, strict, on_progress, on_batch, coder_version):
        self.store, self.batch_size, self.strict = store, batch_size, strict
        self.on_progress, self.on_batch = on_progress, on_batch
        self.coder_version = coder_version
        self.report = IngestReport()
        self.batch: list[Document] = []
        self.in_flight: dict[str, str] = {}   # id -> text sha1 of items sent to extraction
        self.extracted = 0                     # extracted, not yet committed
        # With n_process > 1 the items are read by the worker pool's feeder thread: every
        # store call (the lookups there, the writes here) holds this lock.
        self.lock = threading.Lock()
        self.main = threading.current_thread()
        self.stopped: Optional[Failure] = None

    # -- accounting ---------------------------------------------------------------------
    def progress(self) -> None:
        if self.on_progress is not None and threading.current_thread() is self.main:
            self.on_progress(self.report.done + self.extracted)

    def fail(self, failure: Failure) -> None:
        self.report.failed += 1
        self.report.failures.append(failure)
        if self.strict:
            if threading.current_thread() is not self.main:
                self.stopped = failure   # raised by the main thread once the reader stops
                return
            self.flush()
            raise IngestFailed(failure, self.report)
        self.progress()

    def extraction_failed(self, exc: ExtractionFailed) -> None:
        self.in_flight.pop(exc.doc_id, None)
        self.fail(Failure(exc.doc_id, exc.reason))

    # -- reading ------------------------------------------------------------------------
    def todo(self, items: Iterable[Any]) -> Iterator[Input]:
        """The items that still need extraction; bad and already-stored ones are counted."""
        for chunk in batches(_guarded(items), self.batch_size):
            inputs = [i for i in chunk if isinstance(i, Input) and isinstance(i.text, str)]
            with self.lock:
                stored = self.store.known_hashes([i.document_id() for i in inputs]) if inputs else {}
            for item in chunk:
                if self.stopped is not None:
                    return
                if isinstance(item, InputError):
                    self.fail(Failure(_where(item), str(item)))
                    continue
                if not isinstance(item, Input) or not isinstance(item.text, str):
                    what = type(item.text if isinstance(item, Input) else item).__name__
                    self.fail(Failure(getattr(item, "id", None),
                                      f"not a document (text must be a string, got {what})"))
                    continue
                doc_id, sha = item.document_id(), text_sha1(item.text)
                if stored.get(doc_id) == sha or self.in_flight.get(doc_id) == sha:
                    self.report.skipped += 1
                    self.progress()
                    continue
                self.in_flight[doc_id] = sha
                yield item

    # -- writing ------------------------------------------------------------------------
    def add(self, doc: Document) -> None:
        self.batch.append(doc)
        self.extracted += 1
        self.progress()
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            with self.lock:
                written = self.store.store_documents(batch, self.coder_version)
            self._count(batch, written)
        except StoreError as error:
            if len(batch) == 1:
                self.extracted -= 1
                self._forget(batch)
                self.fail(Failure(batch[0].id, f"not stored: {error}"))
                return
            self._one_by_one(batch, error)
        self.report.batches += 1
        if self.on_batch is not None:
            self.on_batch(self.report)

    def _count(self, batch: list[Document], written: list[str]) -> None:
        self.extracted -= len(batch)
        self.report.stored += len(written)
        self.report.skipped += len(batch) - len(written)
        ids = set(written)
        self.report.events += sum(len(d.events) for d in batch if d.id in ids)
        self._forget(batch)

    def _forget(self, batch: list[Document]) -> None:
        for doc in batch:
            self.in_flight.pop(doc.id, None)

    def _one_by_one(self, batch: list[Document], error: StoreError) -> None:
        """A batch failed to store: store its documents one at a time to find the bad one."""
        failures: list[Failure] = []
        for doc in batch:
            try:
                with self.lock:
                    written = self.store.store_documents([doc], self.coder_version)
                self._count([doc], written)
            except StoreError as e:
                self.extracted -= 1
                self._forget([doc])
                failures.append(Failure(doc.id, f"not stored: {e}"))
        if len(failures) == len(batch):   # nothing could be stored: the store itself is the problem
            raise error
        for failure in failures:
            self.fail(failure)


def _guarded(items: Iterable[Any]) -> Iterator[Any]:
    """The items; an InputError raised by the iterator becomes an item, and reading goes on."""
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except InputError as exc:
            item = exc
        yield item


def _where(error: InputError) -> Optional[str]:
    if error.path is None:
        return None
    return f"{error.path}:{error.line}" if error.line is not None else error.path
