"""Exports of stored events: PLOVER JSON records (jsonl), a POLECAT-like table (csv, tsv), Parquet.

The file is written under a temporary name and renamed when complete, so an interrupted
export never leaves a truncated file behind.
"""
from __future__ import annotations

import csv
import json
import os
from typing import TYPE_CHECKING, Any, Iterator

import pyarrow as pa

from dateline.errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from dateline.store.base import Store

FORMATS = ("jsonl", "csv", "tsv", "parquet")

#: POLECAT-like columns of the flat exports, with their Parquet types.
TABLE_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("event_id", pa.string()), ("story_id", pa.string()), ("story_date", pa.date32()),
    ("event_date", pa.date32()), ("date_precision", pa.string()),
    ("event_type", pa.string()), ("quad_class", pa.string()), ("event_mode", pa.string()),
    ("contexts", pa.string()),
    ("source_actor", pa.string()), ("source_country", pa.string()),
    ("source_sector", pa.string()),
    ("target_actor", pa.string()), ("target_country", pa.string()),
    ("target_sector", pa.string()),
    ("place_name", pa.string()), ("feature_code", pa.string()), ("lat", pa.float64()),
    ("lon", pa.float64()), ("country", pa.string()), ("admin1", pa.string()),
    ("attributed_to", pa.string()), ("negated", pa.bool_()), ("hypothetical", pa.bool_()),
    ("confidence", pa.float64()), ("trigger", pa.string()), ("sentence", pa.string()),
)
COLUMN_NAMES = [name for name, _ in TABLE_COLUMNS]


def _join(actors: list[dict], key: str) -> str | None:
    values = [a.get(key) or (a.get("text") if key == "name" else None) for a in actors]
    values = [v for v in values if v]
    return "; ".join(values) if values else None


def table_row(rec: dict) -> dict[str, Any]:
    """One event record as a POLECAT-like flat row."""
    loc = rec["location"] or {}
    return {
        "event_id": rec["id"], "story_id": rec["document_id"],
        "story_date": rec.get("_document_date"), "event_date": rec["date"],
        "date_precision": rec["date_precision"], "event_type": rec["type"],
        "quad_class": rec["quad_class"], "event_mode": rec["mode"],
        "contexts": "; ".join(rec["contexts"]) if rec["contexts"] else None,
        "source_actor": _join(rec["actors"], "name"),
        "source_country": _join(rec["actors"], "country"),
        "source_sector": _join(rec["actors"], "sector"),
        "target_actor": _join(rec["recipients"], "name"),
        "target_country": _join(rec["recipients"], "country"),
        "target_sector": _join(rec["recipients"], "sector"),
        "place_name": loc.get("name") or loc.get("text"), "feature_code": loc.get("feature_code"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "attributed_to": rec["attributed_to"]["text"] if rec["attributed_to"] else None,
        "negated": rec["negated"], "hypothetical": rec["hypothetical"],
        "confidence": rec["confidence"],
        "trigger": rec["trigger"]["text"] if rec["trigger"] else None,
        "sentence": rec["sentence"]["text"] if rec["sentence"] else None,
    }


def _batches(records: Iterator[dict], size: int = 5000) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _arrow(rows: list[dict]) -> pa.Table:
    import datetime as dt

    def conv(value, typ):
        if value is not None and typ == pa.date32():
            return dt.date.fromisoformat(value)
        return value

    return pa.table({name: pa.array([conv(r[name], typ) for r in rows], type=typ)
                     for name, typ in TABLE_COLUMNS})


def export(store: "Store", path: str, format: str = "jsonl", **filters: Any) -> int:
    fmt = (format or "").lower()
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise StoreError(f"cannot write {path}: the directory {parent} does not exist")
    tmp = f"{path}.part"
    records = store.iter_event_records(**filters)
    count = 0
    try:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as f:
                for rec in records:
                    rec.pop("_document_date", None)
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    count += 1
        elif fmt in ("csv", "tsv"):
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, COLUMN_NAMES,
                                        delimiter="\t" if fmt == "tsv" else ",")
                writer.writeheader()
                for rec in records:
                    writer.writerow(table_row(rec))
                    count += 1
        else:
            import pyarrow.parquet as pq
            schema = pa.schema(list(TABLE_COLUMNS))
            with pq.ParquetWriter(tmp, schema) as writer:
                for batch in _batches(records):
                    writer.write_table(_arrow([table_row(r) for r in batch]))
                    count += len(batch)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return count
