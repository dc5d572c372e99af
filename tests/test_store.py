"""The store on DuckDB (the default backend): the shared suite plus DuckDB specifics."""
from __future__ import annotations

import pytest

from dateline.errors import StoreError
from dateline.store import LATEST_VERSION, migrate, open_store, parse_url
from store_suite import StoreSuite, kherson_doc, small_doc


class TestDuckDBStore(StoreSuite):
    @pytest.fixture
    def store_url(self, tmp_path):
        return str(tmp_path / "store.duckdb")


def test_duckdb_url_forms(tmp_path):
    path = tmp_path / "a.duckdb"
    assert parse_url(str(path)) == ("duckdb", str(path))
    assert parse_url(f"duckdb://{path}") == ("duckdb", str(path))
    assert parse_url("duckdb:rel.duckdb") == ("duckdb", "rel.duckdb")
    assert parse_url("duckdb:///:memory:") == ("duckdb", ":memory:")
    assert parse_url("postgresql://u:p@h:5/db") == ("postgresql", "postgresql://u:p@h:5/db")
    assert parse_url("postgres://h/db")[0] == "postgresql"
    with pytest.raises(StoreError, match="unsupported database URL scheme 'sqlite'"):
        open_store("sqlite:///x.db")
    with pytest.raises(StoreError, match="no database given"):
        open_store("")
    with open_store(f"duckdb://{path}") as store:
        store.write_documents([small_doc("x", "Text.")], "t")
    with open_store(str(path)) as store:
        assert store.document_ids() == ["x"]
    with open_store(":memory:") as store:
        assert store.count_documents() == 0


def test_missing_directory_and_read_only(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "x.duckdb"))
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "absent.duckdb"), read_only=True)
    path = str(tmp_path / "s.duckdb")
    with open_store(path) as store:
        store.write_documents([kherson_doc()], "t")
    with open_store(path, read_only=True) as a, open_store(path, read_only=True) as b:
        assert a.count_documents() == b.count_documents() == 1
        with pytest.raises(StoreError):
            a.write_documents([small_doc("y", "Y.")], "t")


def test_second_writer_process_gets_a_clear_error(tmp_path):
    import subprocess
    import sys
    path = str(tmp_path / "locked.duckdb")
    with open_store(path):
        code = ("from dateline.store import open_store\n"
                "from dateline.errors import StoreError\n"
                f"try:\n    open_store({path!r})\nexcept StoreError as e:\n    print(e)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=120)
    assert "in use by another process" in out.stdout, out.stdout + out.stderr


def test_migrations_on_an_old_database(tmp_path):
    import duckdb
    path = str(tmp_path / "old.duckdb")
    assert [v for v, _ in migrate(path)] == list(range(1, LATEST_VERSION + 1))
    assert migrate(path) == []
    con = duckdb.connect(path)      # pretend a newer dateline wrote it
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', now())",
                [LATEST_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this dateline knows"):
        open_store(path)
    empty = str(tmp_path / "empty.duckdb")
    duckdb.connect(empty).close()
    with pytest.raises(StoreError, match="dateline migrate"):
        open_store(empty, migrate=False)
    with open_store(empty) as store:
        assert store.schema_version() == LATEST_VERSION
