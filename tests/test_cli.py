"""The CLI on good and bad input: one-line messages naming file, line and field; exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.schema import validate

pytestmark = pytest.mark.slow


def run(*args, input: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "dateline", *args], input=input,
                          capture_output=True, timeout=300)


def test_extract_jsonl_contract_in_order():
    lines = [{"id": f"d{i}", "text": f"Police arrested {i + 2} protesters in Lagos on Monday.",
              "date": "2023-05-10"} for i in range(3)]
    result = run("extract", "--format", "jsonl", "-",
                 input="\n".join(json.dumps(x) for x in lines).encode())
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["d0", "d1", "d2"]
    for o in out:
        validate(o)


def test_bad_lines_reported_and_others_processed(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_bytes(b'{"id": "ok1", "text": "Troops withdrew from the town."}\n'
                    b'{not json}\n'
                    b'{"id": "no-text"}\n'
                    b'{"id": "bad-date", "text": "x", "date": "yesterday"}\n'
                    b'{"id": "latin1", "text": "caf\xe9"}\n'
                    b'{"id": "ok2", "text": "Rebels attacked a convoy."}\n')
    result = run("extract", "--format", "jsonl", str(bad))
    assert result.returncode == 1
    ids = [json.loads(x)["id"] for x in result.stdout.decode().splitlines()]
    assert ids == ["ok1", "ok2"]
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 4, errors
    assert f"{bad}:2" in errors[0] and "invalid JSON" in errors[0]
    assert f"{bad}:3" in errors[1] and "'text'" in errors[1]
    assert f"{bad}:4" in errors[2] and "'date'" in errors[2]
    assert f"{bad}:5" in errors[3] and "UTF-8" in errors[3]
    assert "Traceback" not in result.stderr.decode()


def test_unreadable_and_non_utf8_files(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    good = tmp_path / "2023-01-02-good.txt"
    good.write_text("Soldiers withdrew from the border on Sunday.", encoding="utf-8")
    result = run("extract", "--format", "jsonl", str(tmp_path / "missing.txt"), str(latin), str(good))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "missing.txt: no such file" in err
    assert "latin.txt" in err and "UTF-8" in err
    out = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [(o["id"], o["date"]) for o in out] == [("2023-01-02-good", "2023-01-02")]


def test_strict_stops_at_first_bad_document(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b", "text": "Troops withdrew."}\n')
    result = run("extract", "--strict", "--format", "jsonl", str(path))
    assert result.returncode == 1
    assert result.stdout.decode().strip() == ""


def test_optimize_rebuilds_daily_counts(tmp_path):
    """Rows loaded by other tools leave the daily counts stale; `dateline optimize` rebuilds them."""
    from dateline.store import open_store

    db = str(tmp_path / "o.duckdb")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(
        {"id": f"o{i}", "text": f"Police arrested {i + 2} protesters in Lagos on Monday.",
         "date": f"2023-05-1{i}"}) for i in range(3)) + "\n")
    assert run("ingest", str(docs), "--db", db).returncode == 0
    with open_store(db) as store:
        before = store.stats_timeline()
        assert sum(r["count"] for r in before) >= 3
        store._exec("DELETE FROM event_daily_counts")
        assert store.stats_timeline() == []
    result = run("optimize", "--db", db)
    assert result.returncode == 0, result.stderr
    assert b"optimized in" in result.stderr
    with open_store(db) as store:
        assert store.stats_timeline() == before
