"""The store on a real PostgreSQL server: the shared suite plus PostgreSQL specifics."""
from __future__ import annotations

import datetime
import threading

import pytest

from dateline.errors import StoreError
from dateline.store import LATEST_VERSION, migrate, open_store
from dateline.store.rows import document_rows
from pg_support import pg_server_url, pg_url  # noqa: F401  (fixtures)
from store_suite import StoreSuite, kherson_doc, small_doc, table_counts

pytestmark = pytest.mark.system


class TestPostgresStore(StoreSuite):
    @pytest.fixture
    def store_url(self, pg_url):
        return pg_url


def test_bad_server_gives_a_clear_error_without_the_password():
    with pytest.raises(StoreError) as info:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/nodb?connect_timeout=3")
    message = str(info.value)
    assert "cannot connect to PostgreSQL" in message and "s3cret" not in message
    assert "postgresql://someone:***@127.0.0.1:1/nodb" in message


def test_migrate_function_and_concurrent_opens(pg_url):
    assert [v for v, _ in migrate(pg_url)] == list(range(1, LATEST_VERSION + 1))
    assert migrate(pg_url) == []
    errors = []

    def opener():
        try:
            with open_store(pg_url) as store:
                assert store.schema_version() == LATEST_VERSION
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_concurrent_writers_of_the_same_documents(pg_url):
    """Two ingests storing overlapping documents: each stored once, none half-written."""
    docs = [small_doc(f"d{i}", f"Text {i}.") for i in range(300)]
    with open_store(pg_url):
        pass
    errors, written = [], []

    def writer(part):
        try:
            with open_store(pg_url) as store:
                for i in range(0, len(part), 25):
                    written.append(store.write_documents(part[i:i + 25], "t"))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(docs[:200],)),
               threading.Thread(target=writer, args=(docs[100:],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(written) == 300
    with open_store(pg_url) as store:
        assert table_counts(store) == {
            "documents": 300, "events": 300, "event_actors": 600, "places": 0, "quotes": 0}


def test_reader_sees_only_committed_batches(pg_url):
    with open_store(pg_url) as writer, open_store(pg_url) as reader:
        writer.write_documents([kherson_doc()], "t")
        rows = document_rows(small_doc("half", "Half written."), "t", datetime.datetime(2024, 1, 1))
        with writer.transaction():
            writer._insert("documents", rows["documents"])
            assert reader.known_ids(["half", "kherson"]) == {"kherson"}
        assert reader.known_ids(["half"]) == {"half"}
