"""Property-based fuzzing of the REST API against its own OpenAPI schema (schemathesis).

Every operation in ``/openapi.json`` gets generated requests (valid and invalid query
strings, paths and bodies), in process over ASGI, against a small real DuckDB store
filled by ``dateline.extract``. No request may get a 5xx answer or a traceback.
Bounded: a few examples per operation (about a minute in all).
"""
from __future__ import annotations

import datetime as dt

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

pytestmark = pytest.mark.slow
KEY = "fuzz-key-0123456789"
EXAMPLES = 12

SENTENCES = [
    ("fz-1", "2023-03-04", "Russian forces shelled Kharkiv on Saturday, Ukrainian officials said."),
    ("fz-2", "2023-03-05", "The United States and France signed a trade agreement in Paris."),
    ("fz-3", "2023-04-11", "Protesters marched in Nairobi to demand lower prices, police said."),
    ("fz-4", None, "Iran threatened to retaliate against Israel after the strike in Damascus."),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from dateline.api import create_app
    from dateline.extract import Input, extract_many
    from dateline.store import open_store

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    items = [Input(text=t, id=i, date=dt.date.fromisoformat(d) if d else None)
             for i, d, t in SENTENCES]
    docs = list(extract_many(items, n_process=1))
    with open_store(str(path)) as store:
        store.write_documents(docs, "dateline-fuzz")
    return create_app(str(path), api_key=KEY, max_body=50_000)


def fuzz(app, examples: int = EXAMPLES) -> dict:
    """Run every operation of the app's schema; returns counts and the 5xx found."""
    from schemathesis import GenerationMode

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    stats = {"operations": 0, "examples": 0, "failures": []}
    for result in schema.get_all_operations():
        operation = result.ok()
        stats["operations"] += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz_one(operation, mode, examples, stats)
    return stats


def _fuzz_one(operation, mode, examples: int, stats: dict) -> None:
    from hypothesis import given

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        headers = {"X-API-Key": KEY} if case.method.upper() == "POST" else None
        response = case.call(headers=headers)
        stats["examples"] += 1
        if response.status_code >= 500 or "Traceback" in response.text:
            stats["failures"].append(
                f"{case.method} {case.formatted_path} query={case.query} "
                f"body={str(case.body)[:200]} -> {response.status_code}: "
                f"{response.text[:300]}")
    try:
        run()
    except Unsatisfiable:  # nothing invalid to send (an operation without parameters)
        pass


def test_no_server_errors(app):
    stats = fuzz(app)
    print(f"fuzz: {stats['operations']} operations, {stats['examples']} examples, "
          f"{len(stats['failures'])} failures")
    assert stats["operations"] >= 10
    assert not stats["failures"], "\n".join(stats["failures"][:20])
