"""The REST endpoints. Each one is a thin layer over ``dateline.extract`` or the store."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from typing import Any, Literal, Optional, Union

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, Field

import dateline
from dateline.api import filters as F
from dateline.api.errors import ApiError
from dateline.api.responses import SafeJSON
from dateline.api.security import require_api_key
from dateline.errors import InputError
from dateline.extract import Input, extract_many, parse_date
from dateline.output import rows_to_csv
from dateline.records import EVENT_TYPES, QUAD_CLASS

router = APIRouter()
CODER_VERSION = f"dateline-{dateline.__version__}"


def get_store(request: Request):
    """A store connection for the request. The endpoints that take the most requests
    (/events, /stats/timeline) borrow theirs inside the endpoint instead: this sync
    generator dependency costs two more trips to the thread pool per request."""
    with request.app.state.pool.borrow() as store:
        yield store


class Article(BaseModel):
    """One news article, as ``dateline extract`` reads it from JSON Lines."""

    text: str = Field(..., description="The article text; spans are offsets into it.")
    id: Optional[str] = Field(None, max_length=1000, description="Defaults to sha1 of the text.")
    date: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD.")
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None

    def to_input(self, where: str = "body") -> Input:
        try:
            date = parse_date(self.date, where)
        except InputError as exc:
            raise ApiError(400, f"{where}: field 'date': {exc.message}") from None
        return Input(text=self.text, id=self.id, date=date, title=self.title,
                              source=self.source, url=self.url)


def _strip(record: dict) -> dict:
    record = dict(record)
    record["document_date"] = record.pop("_document_date", None)
    return record


# -- extraction ------------------------------------------------------------------------
@router.post("/extract", tags=["extract"], summary="Extract events from one article (not stored)")
def extract(article: Article, request: Request) -> dict[str, Any]:
    """The extraction contract's JSON for the article: events, places and quotes."""
    item = article.to_input()
    with request.app.state.nlp_lock:
        document = next(extract_many([item], n_process=1))
    return document.to_dict()


def require_writable(request: Request) -> None:
    """Dependency of every write endpoint: the store is not served read-only."""
    if getattr(request.app.state, "read_only", False):
        raise ApiError(405, "the store is served read-only (dateline serve --immutable): "
                            "writes are disabled; POST /extract still works", {"Allow": ""})


@router.post("/documents", tags=["documents"],
             dependencies=[Depends(require_writable), Depends(require_api_key)],
             summary="Extract and store articles (needs the API key)")
def ingest(request: Request,
           body: Union[Article, list[Article]],
           store=Depends(get_store)) -> dict[str, Any]:
    """Store one article or a list of them; an article already stored with the same text is
    left as it is, one with a new text is replaced."""
    articles = body if isinstance(body, list) else [body]
    if len(articles) > 1000:
        raise ApiError(400, "at most 1000 articles per request")
    items = [a.to_input(f"article {i}") for i, a in enumerate(articles)]
    failed: list[dict] = []
    with request.app.state.nlp_lock:
        docs = list(extract_many(
            items, n_process=1, on_error=lambda f: failed.append({"id": f.doc_id, "message": f.reason})))
    written = store.write_documents(docs, CODER_VERSION) if docs else 0
    return {"received": len(items), "stored": written, "unchanged": len(docs) - written,
            "ids": [d.id for d in docs], "failed": failed}


# -- events ----------------------------------------------------------------------------
@router.get("/events", tags=["events"], summary="Query events")
def events(filters: F.EventFilters = Depends(F.event_filters),
           limit: int = Query(100, ge=1, le=10_000, description="Events per page."),
           cursor: Optional[str] = Query(None, description="next_cursor of the previous page."),
           format: Literal["json", "jsonl", "csv"] = Query("json"),
           shape: Literal["flat", "record"] = Query(
               "flat", description="flat rows, or full PLOVER records with all spans."),
           *, request: Request):
    """Events in date order. ``json`` pages carry ``next_cursor``; ``jsonl`` and ``csv``
    give it in the ``X-Next-Cursor`` header. CSV rows are always flat."""
    after = F.decode_cursor(cursor, filters)
    if format == "json" and shape == "flat" and filters.local() is None:
        # the rows come as JSON text (the store's flat_json, or rendered as SafeJSON would):
        # the response is put together, not encoded value by value
        with request.app.state.pool.borrow() as store:
            texts, next_key = store.flat_page_json(limit, after=after, **filters.store_filters())
        nxt = F.encode_cursor(next_key, filters) if next_key is not None else None
        body = (f'{{"events":[{",".join(texts)}],"count":{len(texts)},'
                f'"next_cursor":{json.dumps(nxt)}}}')
        return Response(body.encode("utf-8"), media_type="application/json")
    with request.app.state.pool.borrow() as store:
        if format == "csv" or shape == "flat":
            rows, next_key = F.flat_rows(store, filters, limit, after)
        else:
            found, next_key = F.records(store, filters, limit, after)
            rows = [_strip(r) for r in found]
    nxt = F.encode_cursor(next_key, filters) if next_key is not None else None
    headers = {"X-Next-Cursor": nxt} if nxt else {}
    if format == "csv":
        headers["Content-Disposition"] = 'attachment; filename="events.csv"'
        return Response(rows_to_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)
    if format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)
        return Response(text, media_type="application/x-ndjson", headers=headers)
    # rendered here: the rows are JSON already, FastAPI's encoder would walk every value
    return SafeJSON({"events": rows, "count": len(rows), "next_cursor": nxt})


@router.get("/events/{event_id:path}", tags=["events"], summary="One event with all its spans")
def event(event_id: str = Path(..., description="An event id: <document id>#<n>; "
                                                 "send # as %23."),
          store=Depends(get_store)) -> dict[str, Any]:
    document_id, sep, _ = event_id.rpartition("#")
    if sep:
        for record in store.iter_event_records(document_id=document_id):
            if record["id"] == event_id:
                return _strip(record)
    raise ApiError(404, f"no event {event_id!r}")


@router.get("/documents/{document_id:path}", tags=["documents"],
            summary="A document: text, events, places and quotes (spans are offsets into text)")
def document(document_id: str, store=Depends(get_store)) -> dict[str, Any]:
    doc = store.get_document(document_id)
    if doc is None:
        raise ApiError(404, f"no document {document_id!r}")
    doc.pop("clean_text", None)
    return doc


# -- statistics ------------------------------------------------------------------------
def _period(day: dt.date, interval: str) -> dt.date:
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    return day


@router.get("/stats/timeline", tags=["stats"], summary="Event counts per period")
def timeline(filters: F.EventFilters = Depends(F.event_filters),
             interval: Literal["day", "week", "month", "year"] = Query("day"),
             by: Literal["type", "quad_class"] = Query("type"),
             *, request: Request) -> dict[str, Any]:
    """``buckets``: ``{"period": first day, <by>: value, "count": n}``, in period order."""
    if filters.local() is None:
        with request.app.state.pool.borrow() as store:
            buckets = store.stats_timeline(interval=interval, by=by, **filters.store_filters())
    else:
        counts: Counter = Counter()
        with request.app.state.pool.borrow() as store:
            for rec in F.scan(store, filters):
                day = rec.get("date") or rec.get("_document_date")
                if day:
                    period = _period(dt.date.fromisoformat(day[:10]), interval).isoformat()
                    counts[(period, rec.get(by))] += 1
        buckets = [{"period": p, by: g, "count": n}
                   for (p, g), n in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))]
    return SafeJSON({"interval": interval, "by": by, "buckets": buckets})


@router.get("/stats/dyads", tags=["stats"], summary="Actor → recipient event counts")
def dyads(filters: F.EventFilters = Depends(F.event_filters),
          limit: int = Query(100, ge=1, le=5000),
          store=Depends(get_store)) -> dict[str, Any]:
    """Pairs keyed by country code (else name), with counts per quad class."""
    if filters.local() is None:
        pairs = store.stats_dyads(limit=limit, **filters.store_filters())
    else:
        counts: dict[tuple, Counter] = defaultdict(Counter)
        for rec in F.scan(store, filters):
            def key(a):
                return a.get("country") or a.get("name") or a.get("text")
            for pair in {(key(a), key(r)) for a in rec["actors"] for r in rec["recipients"]}:
                counts[pair]["count"] += 1
                counts[pair][rec["quad_class"]] += 1
        pairs = [{"actor": a, "recipient": r, "count": c["count"],
                  **{q: c[q] for q in F.QUAD_CLASSES}} for (a, r), c in counts.items()]
        pairs.sort(key=lambda p: (-p["count"], str(p["actor"]), str(p["recipient"])))
        pairs = pairs[:limit]
    return {"dyads": pairs}


# -- the rest --------------------------------------------------------------------------
@router.get("/actors", tags=["actors"], summary="Actors by number of event mentions")
def actors(limit: int = Query(50, ge=1, le=5000), store=Depends(get_store)) -> dict[str, Any]:
    return {"actors": store.actors(limit=limit)}


@router.get("/places", tags=["places"], summary="Resolved places with mention counts")
def places(limit: int = Query(1000, ge=1, le=100_000),
           store=Depends(get_store)) -> dict[str, Any]:
    return {"places": store.places()[:limit]}


@router.get("/quotes", tags=["quotes"], summary="Quotes with their speakers")
def quotes(speaker: Optional[str] = Query(None, description="Speaker name contains TEXT."),
           limit: int = Query(1000, ge=1, le=100_000),
           store=Depends(get_store)) -> dict[str, Any]:
    return {"quotes": store.quotes(speaker=speaker)[:limit]}


@router.get("/meta", tags=["meta"], summary="What the store holds and what the API knows")
def meta(store=Depends(get_store)) -> dict[str, Any]:
    return {"version": dateline.__version__, "documents": store.count_documents(),
            "events": store.count_events() if hasattr(store, "count_events") else None,
            "event_types": list(EVENT_TYPES), "quad_classes": list(F.QUAD_CLASSES),
            "quad_class_of": dict(QUAD_CLASS)}
