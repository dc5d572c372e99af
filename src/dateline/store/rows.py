"""Between records and rows: a Document as table rows, and stored rows as contract JSON.

Databases cannot hold every Python string: PostgreSQL rejects NUL characters and
neither backend takes lone surrogates. Such characters are stored as U+FFFD (one
character for one, so offsets stay valid); a document's original text is then also
kept, JSON-escaped, in ``documents.text_json``, and span texts are re-read from it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any, Iterable, Optional

from dateline.errors import StoreError
from dateline.records import QUAD_CLASS, Document, Span
from dateline.store.schema import NAME_SEP

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean(value: Optional[str]) -> Optional[str]:
    """A string either database can store, the same length as ``value``."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    return _UNSTORABLE.sub("\ufffd", value)


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_date(value: Any, what: str) -> Optional[dt.date]:
    """``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``, taken as the first day) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(text[:size], fmt).date()
        except ValueError:
            continue
    raise StoreError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)")


def iso(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _span_cols(span: Optional[Span]) -> tuple:
    if span is None:
        return (None, None, None)
    return (clean(span.text), int(span.start), int(span.end))


#: Keys of each record's JSON held in their own columns; any other key goes to ``extra``.
DOCUMENT_KEYS = {"id", "date", "events", "places", "quotes"}
EVENT_KEYS = {"type", "mode", "contexts", "trigger", "sentence", "actors", "recipients",
              "location", "date", "date_precision", "attributed_to", "negated", "hypothetical",
              "confidence"}
ACTOR_KEYS = {"text", "start", "end", "name", "country", "sector", "title", "kb_id"}
PLACE_KEYS = {"text", "start", "end", "name", "geonameid", "lat", "lon", "country", "admin1",
              "feature_code"}
QUOTE_KEYS = {"kind", "speaker", "speaker_name", "cue", "content"}


def extra(record: Any, known: set[str]) -> Optional[str]:
    """The record's JSON fields outside ``known``, as JSON text (None when there are none)."""
    if record is None:
        return None
    data = record.to_dict()
    rest = {k: v for k, v in data.items() if k not in known}
    return json.dumps(rest, sort_keys=True, default=str) if rest else None


def with_extra(record: dict, text: Optional[str]) -> dict:
    if text:
        for key, value in json.loads(text).items():
            record.setdefault(key, value)
    return record


def event_id(document_id: str, ordinal: int) -> str:
    return f"{document_id}#{ordinal}"


def country_list(actors) -> Optional[str]:
    """``"|RUS|UKR|"``: the distinct country codes of actors, upper case, sorted (as
    migration 3 back-fills ``events.actor_countries``); None when there are none."""
    codes = sorted({clean(a.country).upper() for a in actors or [] if a.country})
    return "|" + "|".join(codes) + "|" if codes else None


def name_list(actors) -> Optional[str]:
    """Every actor's name and text, joined with :data:`schema.NAME_SEP`; None without actors."""
    parts = [f"{clean(a.name) or ''}{NAME_SEP}{clean(a.text) or ''}" for a in actors or []]
    return NAME_SEP.join(parts) if parts else None


def flat_list(actors, key: str) -> Optional[str]:
    """``"Russia; Ukraine"``: the actors' names (else their text) or countries, in order, as
    ``store.flat_row`` shows them (stored in ``events.flat_*`` since migration 4)."""
    values = []
    for a in actors or []:
        value = clean(a.country) if key == "country" else (clean(a.name) or clean(a.text))
        if value:
            values.append(value)
    return "; ".join(values) if values else None


def document_rows(doc: Document, coder_version: str, now: dt.datetime) -> dict[str, list[tuple]]:
    """Every row of one document, per table, in :data:`schema.COLUMNS` order."""
    if not isinstance(doc.text, str):
        raise StoreError(f"document {doc.id!r}: text must be a string")
    stored_text = clean(doc.text)
    text_json = json.dumps(doc.text) if stored_text != doc.text else None
    where = f"document {doc.id!r}"
    rows: dict[str, list[tuple]] = {
        "documents": [(
            clean(doc.id), stored_text, text_json, clean(doc.clean_text),
            parse_date(doc.date, f"{where}: date"), clean(doc.title), clean(doc.source),
            clean(doc.url), text_sha1(doc.text), coder_version, now, extra(doc, DOCUMENT_KEYS))],
        "events": [], "event_actors": [], "places": [], "quotes": [],
    }
    document_date = rows["documents"][0][4]
    for i, ev in enumerate(doc.events):
        eid = event_id(doc.id, i)
        loc = ev.location
        event_date = parse_date(ev.date, f"{where}: event {i} date")
        rows["events"].append((
            clean(eid), clean(doc.id), i, ev.type, QUAD_CLASS.get(ev.type), clean(ev.mode),
            json.dumps([clean(c) for c in ev.contexts or []]),
            *_span_cols(ev.trigger), *_span_cols(ev.sentence),
            event_date, ev.date_precision,
            *_span_cols(loc),
            clean(loc.name) if loc else None, loc.geonameid if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            clean(loc.country) if loc else None, clean(loc.admin1) if loc else None,
            clean(loc.feature_code) if loc else None, extra(loc, PLACE_KEYS),
            *_span_cols(ev.attributed_to),
            bool(ev.negated), bool(ev.hypothetical), float(ev.confidence or 0.0), coder_version,
            extra(ev, EVENT_KEYS), event_date or document_date,
            country_list(ev.actors), country_list(ev.recipients),
            name_list(ev.actors), name_list(ev.recipients),
            flat_list(ev.actors, "name"), flat_list(ev.actors, "country"),
            flat_list(ev.recipients, "name"), flat_list(ev.recipients, "country"),
            text_json is not None,
            None, None))  # seq and flat_json: given by the writer (Store.store_documents)
        for role, actors in (("actor", ev.actors), ("recipient", ev.recipients)):
            for j, a in enumerate(actors):
                rows["event_actors"].append((
                    clean(eid), clean(doc.id), role, j, *_span_cols(a), clean(a.name),
                    clean(a.country), clean(a.sector), clean(a.title), clean(a.kb_id),
                    extra(a, ACTOR_KEYS)))
    for i, p in enumerate(doc.places):
        rows["places"].append((
            clean(doc.id), i, *_span_cols(p), clean(p.name), p.geonameid, p.lat, p.lon,
            clean(p.country), clean(p.admin1), clean(p.feature_code), extra(p, PLACE_KEYS)))
    for i, q in enumerate(doc.quotes):
        rows["quotes"].append((
            clean(doc.id), i, q.kind, *_span_cols(q.content), *_span_cols(q.speaker),
            clean(q.speaker_name), *_span_cols(q.cue), extra(q, QUOTE_KEYS)))
    return rows


# -- rows back to contract JSON -----------------------------------------------------------

def original_text(text: str, text_json: Optional[str]) -> str:
    return json.loads(text_json) if text_json is not None else text


def span(row: dict, prefix: str, source: Optional[str] = None) -> Optional[dict]:
    """``{"text", "start", "end"}`` from ``<prefix>_text/_start/_end`` columns."""
    start = row.get(f"{prefix}_start")
    if start is None:
        return None
    end = row[f"{prefix}_end"]
    text = source[start:end] if source is not None else row.get(f"{prefix}_text")
    return {"text": text, "start": start, "end": end}


def actor_dict(row: dict, source: Optional[str] = None) -> dict:
    out = span(row, "span", source) or {}
    if source is None:
        out["text"] = row["text"]
    out.update({k: row[k] for k in ("name", "country", "sector", "title", "kb_id")})
    return with_extra(out, row.get("extra"))


def place_dict(row: dict, prefix: str = "", source: Optional[str] = None) -> Optional[dict]:
    """A contract Place from a ``places`` row (prefix "") or an event's location columns."""
    if prefix:
        base = span(row, prefix.rstrip("_"), source)
        if base is None:
            return None
    else:
        base = span(row, "span", source) or {}
        if source is None:
            base["text"] = row["text"]
    for key in ("name", "geonameid", "lat", "lon", "country", "admin1", "feature_code"):
        base[key] = row[prefix + key]
    return with_extra(base, row.get(prefix + "extra"))


def quote_dict(row: dict, source: Optional[str] = None) -> dict:
    return with_extra({
        "kind": row["kind"],
        "speaker": span(row, "speaker", source),
        "speaker_name": row["speaker_name"],
        "cue": span(row, "cue", source),
        "content": span(row, "content", source),
    }, row.get("extra"))


def event_record(row: dict, actors: Iterable[dict], source: Optional[str] = None) -> dict:
    """The contract's Event JSON, plus ``id``, ``document_id`` and ``quad_class``."""
    by_role: dict[str, list[dict]] = {"actor": [], "recipient": []}
    for a in sorted(actors, key=lambda a: (a["role"], a["ordinal"])):
        by_role[a["role"]].append(actor_dict(a, source))
    return with_extra({
        "id": row["id"],
        "document_id": row["document_id"],
        "type": row["type"],
        "quad_class": row["quad_class"],
        "mode": row["mode"],
        "contexts": json.loads(row["contexts"]) if row["contexts"] else [],
        "trigger": span(row, "trigger", source),
        "sentence": span(row, "sentence", source),
        "actors": by_role["actor"],
        "recipients": by_role["recipient"],
        "location": place_dict(row, "location_", source),
        "date": iso(row["date"]),
        "date_precision": row["date_precision"],
        "attributed_to": span(row, "attributed_to", source),
        "negated": bool(row["negated"]),
        "hypothetical": bool(row["hypothetical"]),
        "confidence": round(float(row["confidence"]), 4),
    }, row.get("extra"))
