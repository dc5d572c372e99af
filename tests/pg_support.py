"""A real PostgreSQL server for the system tests.

The server is the one named by ``DATELINE_TEST_POSTGRES_URL`` (``.ci/run`` sources
``.ci/postgres.sh``, which starts one and sets it). Without it, the tests skip, unless
``CI`` is set: then ``.ci/postgres.sh start`` is run here, and if that fails the tests
fail, never skip. Every test gets a fresh database on that server, dropped afterwards.
"""
from __future__ import annotations

import os
import re
import subprocess
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def pg_server_url():
    url = os.environ.get("DATELINE_TEST_POSTGRES_URL")
    started: dict[str, str] = {}
    if not url:
        if not os.environ.get("CI"):
            pytest.skip("DATELINE_TEST_POSTGRES_URL is not set (run: eval \"$(.ci/postgres.sh start)\")")
        result = subprocess.run(["bash", str(REPO / ".ci" / "postgres.sh"), "start"],
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            pytest.fail(f"CI is set and no PostgreSQL could be started:\n{result.stderr}")
        started = dict(re.findall(r"export (\w+)='([^']*)'", result.stdout))
        url = started["DATELINE_TEST_POSTGRES_URL"]
    yield url
    if started.get("DATELINE_PG_DATA"):
        subprocess.run(["bash", str(REPO / ".ci" / "postgres.sh"), "stop",
                        started["DATELINE_PG_DATA"]], timeout=120,
                       env={**os.environ, **started})


def _with_db(url: str, dbname: str) -> str:
    base, _, query = url.partition("?")
    base = re.sub(r"/[^/]*$", "/" + dbname, base) if base.count("/") >= 3 else base + "/" + dbname
    return base + ("?" + query if query else "")


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty database on the test server; dropped after the test."""
    import psycopg
    name = "dateline_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_db(pg_server_url, name)
    finally:
        with psycopg.connect(pg_server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
