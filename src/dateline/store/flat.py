"""Flat rows: one event as the API's ``/events`` page and the CSV export show it.

Three ways to the same row: from a full event record (:func:`flat_row`), from its ``events``
row alone (:func:`_flat`, :func:`_flat_tuple`, for pages read without the child tables), and
pre-rendered as JSON when the event is written (:func:`flat_json_of_row`, stored in
``events.flat_json`` since migration 5).
"""
from __future__ import annotations

import json
from typing import Optional

from dateline.store import queries as Q
from dateline.store import rows as R
from dateline.store.schema import COLUMNS

_EVENT_COLUMNS = [name for name, _ in COLUMNS["events"]]


def flat_row(rec: dict) -> dict:
    """One event as a flat row (names and codes of several actors joined with "; ")."""
    def join(actors: list[dict], key: str) -> Optional[str]:
        values = [a.get(key) or (a.get("text") if key == "name" else None) for a in actors]
        values = [v for v in values if v]
        return "; ".join(values) if values else None

    loc = rec["location"] or {}
    return {
        "event_id": rec["id"], "document_id": rec["document_id"],
        "date": rec["date"] or rec.get("_document_date"), "type": rec["type"],
        "quad_class": rec["quad_class"], "mode": rec["mode"],
        "contexts": "; ".join(rec["contexts"]) if rec["contexts"] else None,
        "actors": join(rec["actors"], "name"), "actor_countries": join(rec["actors"], "country"),
        "recipients": join(rec["recipients"], "name"),
        "recipient_countries": join(rec["recipients"], "country"),
        "location": loc.get("name") or loc.get("text"), "lat": loc.get("lat"),
        "lon": loc.get("lon"), "location_country": loc.get("country"),
        "trigger": rec["trigger"]["text"] if rec["trigger"] else None,
        "sentence": rec["sentence"]["text"] if rec["sentence"] else None,
        "attributed_to": rec["attributed_to"]["text"] if rec["attributed_to"] else None,
        "negated": rec["negated"], "hypothetical": rec["hypothetical"],
        "confidence": rec["confidence"],
    }


def _flat(row: dict) -> dict:
    """:func:`flat_row` of an event from its ``events`` row alone (:data:`Q.FLAT_COLUMNS`),
    for a document stored without escaping (its span texts are the stored ones)."""
    contexts = json.loads(row["contexts"]) if row["contexts"] else []
    located = row["location_start"] is not None
    return {
        "event_id": row["id"], "document_id": row["document_id"],
        "date": R.iso(row["event_date"]), "type": row["type"],
        "quad_class": row["quad_class"], "mode": row["mode"],
        "contexts": "; ".join(contexts) if contexts else None,
        "actors": row["flat_actors"], "actor_countries": row["flat_actor_countries"],
        "recipients": row["flat_recipients"],
        "recipient_countries": row["flat_recipient_countries"],
        "location": (row["location_name"] or row["location_text"]) if located else None,
        "lat": row["location_lat"] if located else None,
        "lon": row["location_lon"] if located else None,
        "location_country": row["location_country"] if located else None,
        "trigger": row["trigger_text"] if row["trigger_start"] is not None else None,
        "sentence": row["sentence_text"] if row["sentence_start"] is not None else None,
        "attributed_to": (row["attributed_to_text"]
                          if row["attributed_to_start"] is not None else None),
        "negated": bool(row["negated"]), "hypothetical": bool(row["hypothetical"]),
        "confidence": round(float(row["confidence"]), 4),
    }


#: The column names of a flat page (:data:`Q.FLAT_COLUMNS`) and the positions used below.
_FLAT_NAMES = tuple(c.strip()[2:] for c in Q.FLAT_COLUMNS.split(","))
(_F_ID, _F_DOCUMENT, _F_ORDINAL, _F_DATE, _F_ESCAPED) = (
    _FLAT_NAMES.index(c) for c in ("id", "document_id", "ordinal", "event_date", "source_escaped"))


def _flat_tuple(r: tuple) -> dict:
    """:func:`_flat` of a flat page row as the query returns it (a tuple in
    :data:`_FLAT_NAMES` order), without building the intermediate dict: the same keys,
    values and key order."""
    (id_, document_id, _ordinal, type_, quad_class, mode, contexts, event_date,
     location_start, location_name, location_text, location_lat, location_lon,
     location_country, trigger_start, trigger_text, sentence_start, sentence_text,
     attributed_to_start, attributed_to_text, negated, hypothetical, confidence,
     flat_actors, flat_actor_countries, flat_recipients, flat_recipient_countries,
     _escaped) = r
    if contexts and contexts != "[]":
        contexts = json.loads(contexts)
        contexts = "; ".join(contexts) if contexts else None
    else:
        contexts = None
    located = location_start is not None
    return {
        "event_id": id_, "document_id": document_id,
        "date": R.iso(event_date), "type": type_,
        "quad_class": quad_class, "mode": mode,
        "contexts": contexts,
        "actors": flat_actors, "actor_countries": flat_actor_countries,
        "recipients": flat_recipients,
        "recipient_countries": flat_recipient_countries,
        "location": (location_name or location_text) if located else None,
        "lat": location_lat if located else None,
        "lon": location_lon if located else None,
        "location_country": location_country if located else None,
        "trigger": trigger_text if trigger_start is not None else None,
        "sentence": sentence_text if sentence_start is not None else None,
        "attributed_to": attributed_to_text if attributed_to_start is not None else None,
        "negated": bool(negated), "hypothetical": bool(hypothetical),
        "confidence": round(float(confidence), 4),
    }


def dump_row(row: dict) -> str:
    """A flat row as JSON text, exactly as the API's JSON response renders it (FastAPI's
    ``JSONResponse``: no ASCII escaping, no NaN, compact separators). A row holding lone
    surrogates (an escaped document's span texts) is escaped to ASCII instead."""
    text = json.dumps(row, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(row, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return text


def _dump_or_none(row: dict) -> Optional[str]:
    try:
        return dump_row(row)
    except ValueError:  # NaN or infinity: left to the read path (which refuses it there)
        return None


#: Positions in an ``events`` row (``schema.COLUMNS`` order) of the flat columns, of the
#: coordinates, and of ``seq`` (followed by ``flat_json``, the last column).
_FLAT_AT = tuple(_EVENT_COLUMNS.index(n) for n in _FLAT_NAMES)
_LAT_LON = tuple(_FLAT_NAMES.index(n) for n in ("location_lat", "location_lon"))
_SEQ = _EVENT_COLUMNS.index("seq")
assert _EVENT_COLUMNS[_SEQ:] == ["seq", "flat_json"]


def flat_json_of_row(row: tuple) -> Optional[str]:
    """``events.flat_json`` of an ``events`` row about to be written: the flat row that
    :meth:`Store.flat_page` will read back, rendered by :func:`dump_row`; None for an
    event of an escaped document (read the long way)."""
    flat = [row[i] for i in _FLAT_AT]
    if flat[_F_ESCAPED] is not False:
        return None
    for i in _LAT_LON:   # stored as DOUBLE: read back as floats
        if flat[i] is not None:
            flat[i] = float(flat[i])
    return _dump_or_none(_flat_tuple(tuple(flat)))


def sort_key(rec: dict) -> tuple[Optional[str], str, int]:
    """``(event_date, document_id, ordinal)`` of an event record: its place in the order of
    the event queries, for ``after=`` (keyset paging)."""
    return (rec["date"] or rec.get("_document_date"), rec["document_id"],
            int(rec["id"].rsplit("#", 1)[1]))
