"""The store's SQL, written once for both backends (``?`` placeholders; see ``base.Store``).

Event filters (every query and export takes the same ones):

- ``type``: an event type or several (a list, or a comma-separated string), e.g. "ASSAULT".
- ``quad_class``: e.g. "material_conflict".
- ``actor`` / ``recipient``: a country code (exact, any case) or a name (case-insensitive
  substring of the coded name or of the text span).
- ``since`` / ``until``: inclusive dates (``YYYY-MM-DD``) on the event date (the publication
  date when the event has none).
- ``place``: case-insensitive substring of the location's name or text, or its country code.
- ``text``: case-insensitive substring of the event's sentence.
- ``min_confidence``: events with at least this confidence.
- ``document_id``: events of one document.
"""
from __future__ import annotations

from typing import Any

from dateline.errors import StoreError
from dateline.records import EVENT_TYPES, QUAD_CLASS
from dateline.store.rows import parse_date
from dateline.store.schema import NAME_SEP

FILTERS = ("type", "quad_class", "actor", "recipient", "since", "until", "place", "text",
           "min_confidence", "document_id")

EVENT_FROM = "events e"
#: The event's date, else its document's (stored by the writer since migration 3).
EVENT_DATE = "e.event_date"
EVENT_ORDER = "e.event_date NULLS LAST, e.document_id, e.ordinal"

#: The old join, kept for values the denormalised columns cannot answer exactly (a value
#: holding a separator character).
_ACTOR_MATCH = (
    "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.role = '{role}' "
    "AND (upper(a.country) = upper(?) OR strpos(lower(COALESCE(a.name, '')), lower(?)) > 0 "
    "OR strpos(lower(COALESCE(a.text, '')), lower(?)) > 0))")
#: The same test over ``events.<role>_countries`` ("|RUS|UKR|") and ``<role>_names``.
_ACTOR_COLUMNS = ("(strpos(e.{role}_countries, '|' || upper(?) || '|') > 0 "
                  "OR strpos(lower(e.{role}_names), lower(?)) > 0)")


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def event_filters(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """``(where_sql, params)`` for the event filters; ``where_sql`` is "TRUE" when none."""
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise StoreError(f"unknown event filter(s) {', '.join(unknown)}; "
                         f"known filters: {', '.join(FILTERS)}")
    clauses: list[str] = []
    params: list[Any] = []
    f = {k: v for k, v in filters.items() if v is not None and v != "" and v != []}
    if "type" in f:
        types = [t.upper() for t in _as_list(f["type"])]
        bad = [t for t in types if t not in EVENT_TYPES]
        if bad:
            raise StoreError(f"unknown event type(s) {', '.join(bad)}; "
                             f"known types: {', '.join(EVENT_TYPES)}")
        clauses.append(f"e.type IN ({', '.join('?' for _ in types)})")
        params += types
    if "quad_class" in f:
        classes = [c.lower() for c in _as_list(f["quad_class"])]
        known = sorted(set(QUAD_CLASS.values()))
        bad = [c for c in classes if c not in known]
        if bad:
            raise StoreError(f"unknown quad class(es) {', '.join(bad)}; known: {', '.join(known)}")
        clauses.append(f"e.quad_class IN ({', '.join('?' for _ in classes)})")
        params += classes
    for role in ("actor", "recipient"):
        if role in f:
            value = str(f[role]).strip()
            if "|" in value or NAME_SEP in value:
                clauses.append(_ACTOR_MATCH.format(role=role))
                params += [value, value, value]
            else:
                clauses.append(_ACTOR_COLUMNS.format(role=role))
                params += [value, value]
    if "since" in f:
        clauses.append(f"{EVENT_DATE} >= ?")
        params.append(parse_date(f["since"], "since"))
    if "until" in f:
        clauses.append(f"{EVENT_DATE} <= ?")
        params.append(parse_date(f["until"], "until"))
    if "place" in f:
        value = str(f["place"]).strip()
        clauses.append("(strpos(lower(COALESCE(e.location_name, '')), lower(?)) > 0 "
                       "OR strpos(lower(COALESCE(e.location_text, '')), lower(?)) > 0 "
                       "OR upper(e.location_country) = upper(?))")
        params += [value, value, value]
    if "text" in f:
        clauses.append("strpos(lower(COALESCE(e.sentence_text, '')), lower(?)) > 0")
        params.append(str(f["text"]))
    if "min_confidence" in f:
        try:
            value = float(f["min_confidence"])
        except (TypeError, ValueError):
            raise StoreError(f"min_confidence: {f['min_confidence']!r} is not a number") from None
        clauses.append("e.confidence >= ?")
        params.append(value)
    if "document_id" in f:
        clauses.append("e.document_id = ?")
        params.append(str(f["document_id"]))
    return (" AND ".join(clauses) if clauses else "TRUE"), params


def paging(limit: Any, offset: Any) -> tuple[str, list[Any]]:
    sql, params = "", []
    if limit is not None:
        if int(limit) < 0:
            raise StoreError(f"limit must be >= 0, not {limit}")
        sql += " LIMIT ?"
        params.append(int(limit))
    if offset:
        if int(offset) < 0:
            raise StoreError(f"offset must be >= 0, not {offset}")
        sql += " OFFSET ?"
        params.append(int(offset))
    return sql, params


def keyset(after: Any) -> tuple[str, list[Any]]:
    """Rows after ``after`` = ``(event_date or None, document_id, ordinal)`` in
    :data:`EVENT_ORDER` (keyset paging: no rows are skipped by counting)."""
    if after is None:
        return "", []
    try:
        day, document_id, ordinal = after
        day, ordinal = parse_date(day, "after"), int(ordinal)
    except (TypeError, ValueError):
        raise StoreError(f"after must be (date, document_id, ordinal), not {after!r}") from None
    if day is None:
        return (" AND (e.event_date IS NULL AND (e.document_id, e.ordinal) > (?, ?))",
                [str(document_id), ordinal])
    return (" AND (e.event_date IS NULL OR (e.event_date, e.document_id, e.ordinal) > (?, ?, ?))",
            [day, str(document_id), ordinal])


def select_event_ids(filters: dict[str, Any], limit: Any = None, offset: Any = 0,
                     after: Any = None):
    where, params = event_filters(filters)
    seek, seek_params = keyset(after)
    page, page_params = paging(limit, offset)
    return (f"SELECT e.id FROM {EVENT_FROM} WHERE {where}{seek} ORDER BY {EVENT_ORDER}{page}",
            params + seek_params + page_params)


def select_event_page(filters: dict[str, Any], limit: Any = None, offset: Any = 0,
                      after: Any = None):
    """The matching event ids in order (``events`` only, no join). Only the ids: DuckDB's
    top-n over every column costs several times more than reloading the page by id."""
    where, params = event_filters(filters)
    seek, seek_params = keyset(after)
    page, page_params = paging(limit, offset)
    return (f"SELECT e.id FROM {EVENT_FROM} WHERE {where}{seek} ORDER BY {EVENT_ORDER}{page}",
            params + seek_params + page_params)


def load_event_rows(n: int) -> str:
    """Event rows by id, no join (an ``IN`` list over the primary key)."""
    return f"SELECT * FROM events WHERE id IN ({placeholders(n)})"


def document_dates(n: int) -> str:
    """Date and escapedness of documents by id (to complete a page of event records)."""
    return (f"SELECT id, date, text_json IS NOT NULL AS escaped FROM documents "
            f"WHERE id IN ({placeholders(n)})")


def placeholders(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def load_actors(n: int) -> str:
    return (f"SELECT * FROM event_actors WHERE event_id IN ({placeholders(n)}) "
            "ORDER BY event_id, role, ordinal")


#: What a flat row (``store.flat_row``) needs, all in ``events`` since migration 4.
FLAT_COLUMNS = ", ".join("e." + c for c in (
    "id", "document_id", "ordinal", "type", "quad_class", "mode", "contexts", "event_date",
    "location_start", "location_name", "location_text", "location_lat", "location_lon",
    "location_country", "trigger_start", "trigger_text", "sentence_start", "sentence_text",
    "attributed_to_start", "attributed_to_text", "negated", "hypothetical", "confidence",
    "flat_actors", "flat_actor_countries", "flat_recipients", "flat_recipient_countries",
    "source_escaped"))


def daily_counts_of(n: int) -> str:
    """The ``event_daily_counts`` keys and counts of the events of ``n`` documents."""
    return ("SELECT event_date, type, COALESCE(quad_class, ''), count(*) FROM events "
            f"WHERE document_id IN ({placeholders(n)}) AND event_date IS NOT NULL "
            "GROUP BY event_date, type, COALESCE(quad_class, '')")


def add_daily_counts(n: int) -> str:
    """Add ``n`` ``(day, type, quad_class or '', count)`` rows to ``event_daily_counts``."""
    values = ", ".join("(CAST(? AS DATE), ?, ?, CAST(? AS BIGINT))" for _ in range(n))
    return ("INSERT INTO event_daily_counts AS c (event_date, type, quad_class, n) "
            f"VALUES {values} ON CONFLICT (event_date, type, quad_class) "
            "DO UPDATE SET n = c.n + EXCLUDED.n")


INTERVALS = ("day", "week", "month", "year")
GROUPS = ("type", "quad_class")
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict",
                "material_conflict")


def timeline(interval: str, by: str, filters: dict[str, Any]):
    if interval not in INTERVALS:
        raise StoreError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    if by not in GROUPS:
        raise StoreError(f"by must be one of {', '.join(GROUPS)}, not {by!r}")
    where, params = event_filters(filters)
    period = f"CAST(date_trunc('{interval}', {EVENT_DATE}) AS DATE)"
    return (f"SELECT {period} AS period, e.{by} AS grp, count(*) AS n FROM {EVENT_FROM} "
            f"WHERE {where} AND {EVENT_DATE} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2", params)


#: The filters the daily counts answer (the rest need the events themselves).
DAILY_COUNT_FILTERS = {"type", "quad_class", "since", "until"}


def timeline_daily(interval: str, by: str, filters: dict[str, Any]):
    """:func:`timeline` from ``event_daily_counts`` (filters in :data:`DAILY_COUNT_FILTERS`
    only): the same rows, summed over a few thousand counts instead of every event."""
    if interval not in INTERVALS:
        raise StoreError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    if by not in GROUPS:
        raise StoreError(f"by must be one of {', '.join(GROUPS)}, not {by!r}")
    where, params = event_filters(filters)
    group = "e.type" if by == "type" else "NULLIF(e.quad_class, '')"
    period = f"CAST(date_trunc('{interval}', {EVENT_DATE}) AS DATE)"
    # a BIGINT sum: DuckDB's HUGEINT costs more to hand to Python than the query to run
    return (f"SELECT {period} AS period, {group} AS grp, CAST(sum(e.n) AS BIGINT) AS n "
            f"FROM event_daily_counts e WHERE {where} GROUP BY 1, 2 HAVING sum(e.n) > 0 "
            "ORDER BY 1, 2", params)


def dyads(filters: dict[str, Any], limit: Any = None):
    where, params = event_filters(filters)
    per_class = ", ".join(
        f"count(DISTINCT CASE WHEN e.quad_class = '{q}' THEN e.id END) AS {q}"
        for q in QUAD_CLASSES)
    page, page_params = paging(limit, 0)
    return (
        "SELECT COALESCE(a.country, a.name, a.text) AS actor, "
        "COALESCE(r.country, r.name, r.text) AS recipient, count(DISTINCT e.id) AS n, "
        f"{per_class} FROM {EVENT_FROM} "
        "JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' "
        "JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient' "
        f"WHERE {where} GROUP BY 1, 2 ORDER BY n DESC, actor, recipient{page}",
        params + page_params)


def actors(limit: Any = None):
    page, params = paging(limit, 0)
    return ("SELECT COALESCE(name, text) AS name, country, sector, count(*) AS n, "
            "count(CASE WHEN role = 'actor' THEN 1 END) AS as_actor, "
            "count(CASE WHEN role = 'recipient' THEN 1 END) AS as_recipient "
            "FROM event_actors GROUP BY 1, 2, 3 "
            f"ORDER BY n DESC, name, country NULLS LAST, sector NULLS LAST{page}", params)


def quotes(speaker: Any = None):
    where, params = "TRUE", []
    if speaker:
        where = ("(strpos(lower(COALESCE(q.speaker_name, '')), lower(?)) > 0 "
                 "OR strpos(lower(COALESCE(q.speaker_text, '')), lower(?)) > 0)")
        params = [str(speaker), str(speaker)]
    return ("SELECT q.*, d.date AS document_date, d.text_json IS NOT NULL AS escaped "
            "FROM quotes q JOIN documents d ON d.id = q.document_id "
            f"WHERE {where} ORDER BY d.date NULLS LAST, q.document_id, q.ordinal", params)


PLACES = (
    "SELECT COALESCE(name, text) AS name, geonameid, lat, lon, country, admin1, feature_code, "
    "count(*) AS mentions, count(DISTINCT document_id) AS documents FROM places "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY mentions DESC, name")
