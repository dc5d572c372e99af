"""Ingest is resumable and crash-safe: SIGKILL it half-way, run it again, nothing lost or doubled.

Runs the real command (``python -m dateline ingest FILES --db DB``) on 200 generated
articles, kills it with SIGKILL once a batch has been committed, kills the re-run too,
then lets a third run finish; the store must then hold every document exactly once with
exactly the events, places and quotes that an uninterrupted in-process extraction gives.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.store import migrate, open_store
from pg_support import pg_server_url, pg_url  # noqa: F401  (fixtures)
from wire_corpus import articles, write_jsonl

pytestmark = pytest.mark.slow
N_DOCS = 200


REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The input files, a frozen copy of the code, and the reference extraction by id.

    Every run (the reference ``dateline extract`` and each ingest) uses the same copy of
    ``src/dateline``, so that edits to the working tree during the test cannot make runs
    disagree, and parses one document per batch: spaCy's numbers can differ in the last
    decimals with the make-up of a batch, and a resumed run batches differently.
    """
    directory = tmp_path_factory.mktemp("corpus")
    paths = write_jsonl(directory, articles(N_DOCS))
    code = directory / "src"
    shutil.copytree(REPO / "src" / "dateline", code / "dateline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(code), "DATELINE_BATCH_SIZE": "1"}
    result = subprocess.run([sys.executable, "-m", "dateline", "extract", "--format", "jsonl",
                             *map(str, paths)], capture_output=True, env=env, timeout=900)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    reference = {}
    for line in result.stdout.decode().splitlines():
        doc = json.loads(line)
        reference[doc["id"]] = doc
    assert len(reference) == N_DOCS
    assert sum(len(d["events"]) for d in reference.values()) > N_DOCS  # work for the pipeline
    return paths, reference, env


def start_ingest(corpus, db: str, *extra: str) -> subprocess.Popen:
    paths, _, env = corpus
    return subprocess.Popen(
        [sys.executable, "-m", "dateline", "ingest", *map(str, paths), "--db", db,
         "--batch-size", "10", "--no-progress", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def kill_when(proc: subprocess.Popen, committed, timeout: float = 300) -> None:
    """SIGKILL ``proc`` as soon as ``committed()`` says a batch of this run was committed."""
    deadline = time.monotonic() + timeout
    while not committed():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"ingest ended (rc {proc.returncode}) before it could be killed:\n"
                        f"{err.decode()[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("no batch committed in time")
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL


def check_store(db: str, reference: dict, complete: bool) -> int:
    """Every stored document whole and equal to the reference; returns how many are stored."""
    with open_store(db) as store:
        ids = store.document_ids()
        assert len(ids) == len(set(ids)) and set(ids) <= set(reference)
        n_events = store._scalar("SELECT count(*) FROM events")
        assert n_events == sum(len(reference[i]["events"]) for i in ids)
        orphans = store._scalar(
            "SELECT count(*) FROM event_actors a LEFT JOIN events e ON e.id = a.event_id "
            "WHERE e.id IS NULL")
        orphans += store._scalar(
            "SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.document_id "
            "WHERE d.id IS NULL")
        assert orphans == 0
        for doc_id in (ids if complete else ids[:20]) + ids[-5:]:
            got, want = store.get_document(doc_id), reference[doc_id]
            assert got["date"] == want["date"]
            assert [{k: v for k, v in e.items() if k not in ("id", "document_id", "quad_class")}
                    for e in got["events"]] == want["events"], doc_id
            assert got["places"] == want["places"], doc_id
            assert got["quotes"] == want["quotes"], doc_id
        if complete:
            assert set(ids) == set(reference)
        return len(ids)


def kill_resume_finish(corpus, db: str, committed_since) -> None:
    _, reference, _ = corpus
    migrate(db)   # so that the first run's only writes are its batches
    first = start_ingest(corpus, db)
    kill_when(first, committed_since())
    n1 = check_store(db, reference, complete=False)
    assert 0 < n1 < N_DOCS, f"killed run stored {n1} of {N_DOCS}"

    second = start_ingest(corpus, db)
    kill_when(second, committed_since())
    n2 = check_store(db, reference, complete=False)
    assert n1 < n2 < N_DOCS

    third = start_ingest(corpus, db, "--n-process", "2")
    out, err = third.communicate(timeout=600)
    assert third.returncode == 0, err.decode()[-3000:]
    check_store(db, reference, complete=True)

    with open_store(db) as store:
        stamps = dict(store._query("SELECT id, ingested_at FROM documents")[1])
    again = start_ingest(corpus, db)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()[-3000:]
    assert "stored 0" in err.decode()
    with open_store(db) as store:
        assert dict(store._query("SELECT id, ingested_at FROM documents")[1]) == stamps
    check_store(db, reference, complete=True)


def test_sigkill_and_resume_duckdb(corpus, tmp_path):
    db = str(tmp_path / "kill.duckdb")
    wal = Path(db + ".wal")

    def committed_since():
        # Opening the store checkpoints it (empty WAL); the WAL grows at each commit. The
        # first growth may be a commit still being written (a kill then loses that batch,
        # as it should): kill a little later, so that at least one batch is surely in.
        seen: list[float] = []

        def committed():
            if not seen and wal.exists() and wal.stat().st_size > 0:
                seen.append(time.monotonic())
            return bool(seen) and time.monotonic() - seen[0] > 0.3
        return committed

    kill_resume_finish(corpus, db, committed_since)


@pytest.mark.system
def test_sigkill_and_resume_postgres(corpus, pg_url):
    with open_store(pg_url) as probe:
        def committed_since():
            start = probe.count_documents()
            return lambda: probe.count_documents() > start

        kill_resume_finish(corpus, pg_url, committed_since)


def test_in_process_ingest_reports_and_resumes(tmp_path, monkeypatch):
    import importlib
    extract_module = importlib.import_module("dateline.extract")  # the module, not the function
    from dateline.errors import InputError
    from dateline.extract import Input
    from dateline.ingest.run import IngestFailed, ingest

    docs = articles(12, seed=11)
    items = [Input(text=d["text"], id=d["id"]) for d in docs]

    def explode(article):
        if article.id == docs[3]["id"]:
            raise RuntimeError("stage broke")
    monkeypatch.setattr(extract_module, "STAGES", extract_module.STAGES + (explode,))

    def stream():
        yield from items[:5]
        yield InputError("invalid JSON", "in.jsonl", 6)
        yield Input(text=b"bytes", id="bytes")            # not a str: reported, not stored
        yield from items[5:]
        yield items[0]                                     # duplicate in the stream

    progress, batches = [], []
    db = str(tmp_path / "inproc.duckdb")
    with open_store(db) as store:
        report = ingest(stream(), store, batch_size=4, on_progress=progress.append,
                        on_batch=lambda r: batches.append(r.stored))
        assert (report.stored, report.skipped, report.failed) == (11, 1, 3)
        assert [f.id for f in report.failures] == ["in.jsonl:6", "bytes", docs[3]["id"]]
        assert "stage broke" in report.failures[2].message
        assert report.events == store._scalar("SELECT count(*) FROM events") > 11
        assert progress[-1] == 15 and progress == sorted(progress) and batches[-1] == 11
        assert store.count_documents() == 11

        changed = Input(text=docs[0]["text"] + " Rebels attacked a convoy.", id=docs[0]["id"])
        report = ingest(iter(items + [changed]), store, batch_size=4)
        assert (report.stored, report.skipped, report.failed) == (1, 11, 1)
        assert store.get_document(docs[0]["id"])["text"].endswith("a convoy.")

        with pytest.raises(IngestFailed, match="stage broke"):
            ingest(iter([Input(text="Troops withdrew from Lagos.", id="new1"), items[3],
                         Input(text="Police arrested ten people.", id="new2")]),
                   store, batch_size=10, strict=True)
        assert store.known_ids(["new1", "new2"]) == {"new1"}   # committed before stopping
