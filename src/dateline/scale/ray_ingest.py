"""Extraction as a Ray Data pipeline: sharded inputs in, Parquet partitions and/or a store out.

>>> from dateline.scale.ray_ingest import run
>>> run("shards/*.jsonl", out_dir="events/", db="dateline.duckdb")      # local Ray
>>> run(["s3-copy/a.parquet"], out_dir="events/", address="ray://head:10001")

Inputs are JSONL or Parquet files with the ingest fields (``text``, and optionally ``id``,
``date``, ``title``, ``source``, ``url``). ``map_batches`` runs
:func:`dateline.extract_many` in a pool of actors, each loading the spaCy model once.
Events are written as Parquet under ``out_dir``, partitioned by publication date
(``date=YYYY-MM-DD/``, ``date=unknown/``), readable as is with
``read_parquet('out/**/*.parquet', hive_partitioning=true)`` in DuckDB, Spark or pandas;
with ``db`` the documents are also stored (idempotently) through the usual Store.
Needs ``pip install 'dateline[scale]'`` (Ray Data).
"""
from __future__ import annotations

import glob
import json
import os
import pickle
import time
from typing import Any, Iterable, Optional, Union

from dateline.errors import DatelineError

#: Columns of the events Parquet output (one row per event), besides the partition ``date``.
EVENT_COLUMNS = ("event_id", "document_id", "event_date", "type", "quad_class", "mode",
                 "actors", "actor_countries", "recipients", "recipient_countries", "location",
                 "lat", "lon", "location_country", "trigger", "sentence", "negated",
                 "hypothetical", "confidence", "source", "title", "url", "record")

_FIELDS = ("id", "date", "title", "source", "url")


def _paths(inputs: Union[str, Iterable[str]]) -> list[str]:
    specs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    out: list[str] = []
    for spec in map(str, specs):
        if os.path.isdir(spec):
            out += sorted(glob.glob(os.path.join(spec, "**", "*.*"), recursive=True))
        elif any(c in spec for c in "*?["):
            out += sorted(glob.glob(spec, recursive=True))
        else:
            out.append(spec)
    out = [p for p in out if p.endswith((".jsonl", ".json", ".ndjson", ".parquet"))]
    if not out:
        raise DatelineError(f"no JSONL or Parquet inputs in {inputs!r}")
    missing = [p for p in out if not os.path.exists(p)]
    if missing:
        raise DatelineError(f"input not found: {missing[0]}")
    return out


def _value(batch: dict, key: str, i: int) -> Any:
    col = batch.get(key)
    if col is None:
        return None
    v = col[i]
    if v is None or (isinstance(v, float) and v != v):
        return None
    return v.item() if hasattr(v, "item") else v


class _Extractor:
    """A Ray actor: loads the model once, extracts a batch of rows to pickled Documents."""

    def __init__(self, min_confidence: Optional[float] = None):
        from dateline.pipeline import parse
        parse.load_nlp()
        self.min_confidence = min_confidence

    def __call__(self, batch: dict) -> dict:
        from dateline.extract import Input, extract_many, parse_date
        n = len(batch["text"])
        items, errors = [], {}
        for i in range(n):
            try:
                date = _value(batch, "date", i)
                items.append(Input(
                    text=str(_value(batch, "text", i) or ""), id=_opt_str(_value(batch, "id", i)),
                    date=parse_date(str(date)) if date is not None else None,
                    title=_opt_str(_value(batch, "title", i)),
                    source=_opt_str(_value(batch, "source", i)),
                    url=_opt_str(_value(batch, "url", i))))
            except Exception as e:  # a bad row: reported, not fatal
                errors[f"row:{i}"] = f"{type(e).__name__}: {e}"
        docs = list(extract_many(items, n_process=1, min_confidence=self.min_confidence,
                                 on_error=lambda f: errors.__setitem__(f.doc_id, str(f))))
        out = {"id": [], "date": [], "doc": [], "error": []}
        for doc in docs:
            out["id"].append(doc.id)
            out["date"].append(str(doc.date)[:10] if doc.date else "unknown")
            out["doc"].append(pickle.dumps(doc))
            out["error"].append(None)
        for key, message in errors.items():
            out["id"].append(key)
            out["date"].append("unknown")
            out["doc"].append(b"")
            out["error"].append(message)
        return out


def _opt_str(v: Any) -> Optional[str]:
    return None if v is None else str(v)


def event_rows(doc) -> list[dict]:
    """One flat row per event of ``doc`` (:data:`EVENT_COLUMNS` plus ``date``)."""
    from dateline.records import QUAD_CLASS

    def join(actors, key):
        vals = [getattr(a, key, None) or (a.text if key == "name" else None) for a in actors]
        vals = [v for v in vals if v]
        return "; ".join(vals) if vals else None

    rows = []
    for i, ev in enumerate(doc.events):
        loc = ev.location
        record = {**ev.to_dict(), "id": f"{doc.id}#{i}", "document_id": doc.id,
                  "quad_class": QUAD_CLASS.get(ev.type)}
        rows.append({
            "event_id": f"{doc.id}#{i}", "document_id": doc.id,
            "event_date": str(ev.date) if ev.date else None, "type": ev.type,
            "quad_class": QUAD_CLASS.get(ev.type), "mode": ev.mode,
            "actors": join(ev.actors, "name"), "actor_countries": join(ev.actors, "country"),
            "recipients": join(ev.recipients, "name"),
            "recipient_countries": join(ev.recipients, "country"),
            "location": (loc.name or loc.text) if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "location_country": loc.country if loc else None,
            "trigger": ev.trigger.text if ev.trigger else None,
            "sentence": ev.sentence.text if ev.sentence else None,
            "negated": bool(ev.negated), "hypothetical": bool(ev.hypothetical),
            "confidence": float(ev.confidence or 0.0), "source": doc.source,
            "title": doc.title, "url": doc.url,
            "record": json.dumps(record, sort_keys=True, default=str),
            "date": str(doc.date)[:10] if doc.date else "unknown"})
    return rows


def _to_events(batch: dict) -> dict:
    import pyarrow as pa
    rows = [r for blob in batch["doc"] if blob for r in event_rows(pickle.loads(blob))]
    schema = pa.schema([(c, pa.float64() if c in ("lat", "lon", "confidence") else
                         pa.bool_() if c in ("negated", "hypothetical") else pa.string())
                        for c in EVENT_COLUMNS + ("date",)])
    return pa.Table.from_pylist(rows, schema=schema)


def run(inputs_glob_or_paths: Union[str, Iterable[str]], out_dir: Optional[str] = None,
        db: Optional[str] = None, address: Optional[str] = None,
        num_cpus: Optional[int] = None, batch_size: int = 32,
        coder_version: Optional[str] = None, min_confidence: Optional[float] = None,
        db_batch_size: int = 256) -> dict:
    """Run extraction on Ray over the inputs; returns a summary dict.

    ``out_dir``: write events as Parquet partitioned by publication date. ``db``: store
    the documents (skipping those already stored with the same text). At least one of the
    two is needed. ``address``: join that Ray cluster (``"auto"``, ``"ray://host:10001"``);
    without it a local Ray is started with ``num_cpus`` CPUs (default: all), and shut down
    at the end. The actor pool has one actor per CPU (``num_cpus``, else the cluster's),
    one fewer with Parquet inputs (Ray Data lists Parquet files in a task wanting a whole
    CPU); JSONL shards are the safest on few CPUs.
    """
    if not out_dir and not db:
        raise DatelineError("ray ingest needs out_dir, db, or both")
    try:
        import ray
        import ray.data
    except ImportError:
        raise DatelineError("the Ray engine needs Ray Data: pip install 'dateline[scale]'") \
            from None
    paths = _paths(inputs_glob_or_paths)
    started = time.monotonic()
    own = not ray.is_initialized()
    if own:
        if address:
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False, ignore_reinit_error=True,
                     log_to_driver=False)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        jsonl = [p for p in paths if not p.endswith(".parquet")]
        parquet = [p for p in paths if p.endswith(".parquet")]
        # reads take a sliver of a CPU, so that a pool holding every CPU cannot starve them
        parts = ([ray.data.read_json(jsonl, lines=True, num_cpus=0.1)] if jsonl else []) + \
                ([ray.data.read_parquet(parquet, num_cpus=0.1)] if parquet else [])
        ds = parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])
        # (no select_columns: a separate Project task would need a whole CPU; the actors
        # read only the fields they know)
        actors = int(num_cpus or ray.cluster_resources().get("CPU", 1))
        if parquet:
            # Ray Data plans Parquet listing as a separate ListFiles task wanting a whole
            # CPU: keep one free, or a small local Ray can starve it behind the pool
            actors -= 1
        docs = ds.map_batches(_Extractor, batch_size=batch_size, batch_format="numpy",
                              compute=ray.data.ActorPoolStrategy(size=max(1, actors)),
                              num_cpus=0.9,   # leaves room for the read tasks on every node
                              fn_constructor_kwargs={"min_confidence": min_confidence})
        docs = docs.materialize()
        summary = {"inputs": len(paths), "documents": 0, "failed": 0, "errors": [],
                   "events": 0, "stored": 0, "out_dir": out_dir, "db": db}
        for row in docs.filter(lambda r: r["error"] is not None, num_cpus=0.1).take_all():
            summary["failed"] += 1
            summary["errors"].append({"id": row["id"], "error": row["error"]})
        if out_dir:
            events = docs.map_batches(_to_events, batch_format="numpy", num_cpus=0.1)
            events.write_parquet(os.path.abspath(out_dir), partition_cols=["date"])
        store_docs = db is not None
        if store_docs:
            from dateline.ingest.run import default_coder_version
            from dateline.store import open_store
            version = coder_version or default_coder_version()
        store = open_store(db) if store_docs else None
        try:
            pending = []
            for batch in docs.iter_batches(batch_size=db_batch_size, batch_format="numpy"):
                for blob in batch["doc"]:
                    if not blob:
                        continue
                    doc = pickle.loads(blob)
                    summary["documents"] += 1
                    summary["events"] += len(doc.events)
                    pending.append(doc)
                if store is not None and pending:
                    summary["stored"] += store.write_documents(pending, version)
                pending = []
        finally:
            if store is not None:
                store.close()
        summary["seconds"] = round(time.monotonic() - started, 2)
        summary["docs_per_s"] = round(summary["documents"] / max(summary["seconds"], 1e-9), 2)
        return summary
    finally:
        if own:
            ray.shutdown()
