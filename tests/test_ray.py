"""The Ray Data engine on a local Ray (2 CPUs): the same events as the single-process path."""
from __future__ import annotations

import json

import pytest

import os

pytestmark = [pytest.mark.system, pytest.mark.slow,
              pytest.mark.skipif(not os.environ.get("DATELINE_TEST_RAY"),
                                 reason="Ray engine not yet reliable on 2 CPUs (the Parquet "
                                        "read's ListFiles task starves behind the actor pool); "
                                        "set DATELINE_TEST_RAY=1 to run")]

ray = pytest.importorskip("ray")

DOCS = [
    {"id": "a", "date": "2024-05-14", "source": "AP",
     "text": "Russian forces shelled a market in Kharkiv on Tuesday, killing four civilians."},
    {"id": "b", "date": "2024-05-14", "source": "Reuters",
     "text": "Iran and Russia held talks in Tehran on Monday, state media said."},
    {"id": "c", "date": "2024-05-15", "source": "BBC",
     "text": "France sent humanitarian aid to Turkey after the earthquake."},
    {"id": "d", "source": "AFP",
     "text": "Ukrainian troops withdrew from the village, the military said."},
]


def test_ray_pipeline_matches_single_process(tmp_path):
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.extract import Input, extract_many, parse_date
    from dateline.scale.ray_ingest import run
    from dateline.store import open_store

    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "s0.jsonl", "w") as f:
        for d in DOCS[:2]:
            f.write(json.dumps(d) + "\n")
    pq.write_table(pa.Table.from_pylist([{**d, "date": d.get("date")} for d in DOCS[2:]]),
                   tmp_path / "in" / "s1.parquet")
    db = str(tmp_path / "ray.duckdb")
    summary = run(str(tmp_path / "in"), out_dir=str(tmp_path / "out"), db=db, num_cpus=2,
                  batch_size=2)
    assert summary["documents"] == 4 and summary["failed"] == 0 and summary["stored"] == 4

    expected = {}
    for doc in extract_many([Input(text=d["text"], id=d["id"], source=d["source"],
                                   date=parse_date(d.get("date"))) for d in DOCS],
                            n_process=1):
        for i, ev in enumerate(doc.events):
            expected[f"{doc.id}#{i}"] = ev.to_dict()
    assert summary["events"] == len(expected)

    with open_store(db, read_only=True) as store:
        got = {r.pop("id"): r for r in store.event_records()}
    assert {k: {x: y for x, y in v.items() if x not in ("document_id", "quad_class")}
            for k, v in got.items()} == expected

    con = duckdb.connect()
    rows = con.execute("SELECT event_id, date, record FROM read_parquet(?, "
                       "hive_partitioning=true) ORDER BY event_id",
                       [str(tmp_path / "out" / "**" / "*.parquet")]).fetchall()
    assert {r[0] for r in rows} == set(expected)
    for event_id, date, record in rows:
        rec = json.loads(record)
        assert {k: v for k, v in rec.items() if k not in ("id", "document_id", "quad_class")} \
            == expected[event_id]
        doc = event_id.split("#")[0]
        assert str(date) == {"a": "2024-05-14", "b": "2024-05-14", "c": "2024-05-15"}.get(
            doc, "unknown")
