"""The Ray Data engine on a local Ray (2 CPUs): the same events as the single-process path.

JSONL shards only: Ray Data's Parquet reader plans a separate ``ListFiles`` task that asks
for a whole CPU, which a 2-CPU local Ray cannot always give while the actor pool holds it.
"""
from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.system, pytest.mark.slow]

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

DOCS = [
    {"id": "a", "date": "2024-05-14", "source": "AP",
     "text": "Russian forces shelled a market in Kharkiv on Tuesday, killing four civilians."},
    {"id": "b", "date": "2024-05-14", "source": "Reuters",
     "text": "Iran and Russia held talks in Tehran on Monday, state media said."},
    {"id": "c", "date": "2024-05-15", "source": "BBC",
     "text": "France sent humanitarian aid to Turkey after the earthquake."},
    {"id": "d", "source": "AFP",
     "text": "Ukrainian troops withdrew from the village, the military said."},
    {"id": "e", "date": "2024-05-16", "source": "DW",
     "text": "German police arrested two protesters outside the parliament in Berlin."},
    {"id": "f", "date": "2024-05-16", "source": "Al Jazeera",
     "text": "Egypt condemned the Israeli air strike on Rafah on Thursday."},
]


def test_ray_pipeline_matches_single_process(tmp_path):
    import duckdb

    from dateline.extract import Input, extract_many, parse_date
    from dateline.scale.ray_ingest import run
    from dateline.store import open_store

    (tmp_path / "in").mkdir()
    for shard in range(3):   # three shards of two documents
        with open(tmp_path / "in" / f"s{shard}.jsonl", "w") as f:
            for d in DOCS[2 * shard:2 * shard + 2]:
                f.write(json.dumps(d) + "\n")
    db = str(tmp_path / "ray.duckdb")
    summary = run(str(tmp_path / "in" / "*.jsonl"), out_dir=str(tmp_path / "out"), db=db,
                  num_cpus=2, batch_size=2)
    assert summary["documents"] == len(DOCS) and summary["failed"] == 0
    assert summary["stored"] == len(DOCS)

    expected = {}
    for doc in extract_many([Input(text=d["text"], id=d["id"], source=d["source"],
                                   date=parse_date(d.get("date"))) for d in DOCS],
                            n_process=1):
        for i, ev in enumerate(doc.events):
            expected[f"{doc.id}#{i}"] = ev.to_dict()
    assert expected, "the sample should give events"
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
    dates = {d["id"]: d.get("date", "unknown") for d in DOCS}
    for event_id, date, record in rows:
        rec = json.loads(record)
        assert {k: v for k, v in rec.items() if k not in ("id", "document_id", "quad_class")} \
            == expected[event_id]
        assert str(date) == dates[event_id.split("#")[0]]
