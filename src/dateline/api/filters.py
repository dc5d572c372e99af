"""Event filters of the API: validation, the part the store answers, the part applied here.

The store answers type, quad class, actor, recipient, dates, place, text, confidence and
document. Mode, context, bounding box and radius are applied here over the store's
records, so pages are filled by scanning; a cursor holds the sort key of the last record
read (keyset paging: no offsets).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
from dataclasses import asdict, dataclass, fields
from typing import Any, Callable, Iterator, Optional

from fastapi import Query

from dateline.records import EVENT_TYPES, QUAD_CLASS
from dateline.api.errors import ApiError

QUAD_CLASSES = tuple(dict.fromkeys(QUAD_CLASS.values()))
#: Store records read per scan step, and the most one request reads before returning a
#: short page with a cursor to go on from.
SCAN_BATCH = 500
MAX_SCAN = 100_000
EARTH_KM = 6371.0088


def _split(value: Optional[str]) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _date(value: Optional[str], name: str) -> Optional[str]:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def _floats(value: str, n: int, name: str, form: str) -> list[float]:
    try:
        parts = [float(p) for p in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != n or not all(math.isfinite(p) for p in parts):
        raise ApiError(400, f"{name}: {value!r} is not {form}")
    return parts


@dataclass
class EventFilters:
    type: Optional[str] = None
    quad_class: Optional[str] = None
    mode: Optional[str] = None
    context: Optional[str] = None
    actor: Optional[str] = None
    recipient: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    place: Optional[str] = None
    text: Optional[str] = None
    min_confidence: Optional[float] = None
    document_id: Optional[str] = None
    bbox: Optional[str] = None
    near: Optional[str] = None

    def __post_init__(self) -> None:
        types = [t.upper() for t in _split(self.type)]
        bad = [t for t in types if t not in EVENT_TYPES]
        if bad:
            raise ApiError(400, f"type: unknown event type {', '.join(bad)}; known types: "
                                f"{', '.join(EVENT_TYPES)}")
        self.type = ",".join(types) or None
        classes = [c.lower() for c in _split(self.quad_class)]
        bad = [c for c in classes if c not in QUAD_CLASSES]
        if bad:
            raise ApiError(400, f"quad_class: unknown quad class {', '.join(bad)}; known: "
                                f"{', '.join(QUAD_CLASSES)}")
        self.quad_class = ",".join(classes) or None
        self.since, self.until = _date(self.since, "since"), _date(self.until, "until")
        if self.since and self.until and self.since > self.until:
            raise ApiError(400, f"since ({self.since}) is after until ({self.until})")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise ApiError(400, "min_confidence must be between 0 and 1")
        self._box = self._near = None
        if self.bbox:
            w, s, e, n = _floats(self.bbox, 4, "bbox", "min_lon,min_lat,max_lon,max_lat")
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise ApiError(400, "bbox: longitudes must be in [-180, 180], latitudes in "
                                    "[-90, 90] with min_lat <= max_lat")
            self._box = (w, s, e, n)
        if self.near:
            lat, lon, km = _floats(self.near, 3, "near", "lat,lon,radius_km")
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= km <= 20_040):
                raise ApiError(400, "near: lat in [-90, 90], lon in [-180, 180], "
                                    "radius_km in [0, 20040]")
            self._near = (lat, lon, km)

    # -- the two halves ----------------------------------------------------------------
    def store_filters(self) -> dict[str, Any]:
        names = ("type", "quad_class", "actor", "recipient", "since", "until", "place",
                 "text", "min_confidence", "document_id")
        return {k: getattr(self, k) for k in names if getattr(self, k) not in (None, "")}

    def local(self) -> Optional[Callable[[dict], bool]]:
        """A predicate over store event records for the filters applied here, or None."""
        modes = {m.lower() for m in _split(self.mode)}
        contexts = {c.lower() for c in _split(self.context)}
        box, near = self._box, self._near
        if not (modes or contexts or box or near):
            return None

        def ok(rec: dict) -> bool:
            if modes and (rec.get("mode") or "").lower() not in modes:
                return False
            if contexts and not contexts & {c.lower() for c in rec.get("contexts") or []}:
                return False
            if box or near:
                loc = rec.get("location") or {}
                lat, lon = loc.get("lat"), loc.get("lon")
                if lat is None or lon is None:
                    return False
                if box and not _in_box(lat, lon, box):
                    return False
                if near and _km(lat, lon, near[0], near[1]) > near[2]:
                    return False
            return True
        return ok

    def fingerprint(self) -> str:
        # the fields' values (str, float or None) as asdict() gives them, without its copies
        data = {k: v for k in _FIELDS if (v := getattr(self, k)) not in (None, "")}
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]

    def as_query(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


_FIELDS = tuple(f.name for f in fields(EventFilters))


def _in_box(lat: float, lon: float, box: tuple) -> bool:
    w, s, e, n = box
    if not s <= lat <= n:
        return False
    return w <= lon <= e if w <= e else (lon >= w or lon <= e)  # across the antimeridian


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


async def event_filters(  # async: validation only, no trip to the thread pool
    type: Optional[str] = Query(None, description="Event type(s), comma-separated, e.g. ASSAULT,COERCE."),
    quad_class: Optional[str] = Query(None, description="Quad class(es): " + ", ".join(QUAD_CLASSES)),
    mode: Optional[str] = Query(None, description="Event mode(s), comma-separated."),
    context: Optional[str] = Query(None, description="Event context(s), comma-separated (any matches)."),
    actor: Optional[str] = Query(None, description="Actor country code (exact) or name (substring)."),
    recipient: Optional[str] = Query(None, description="Recipient country code or name."),
    since: Optional[str] = Query(None, description="First date, YYYY-MM-DD (inclusive)."),
    until: Optional[str] = Query(None, description="Last date, YYYY-MM-DD (inclusive)."),
    place: Optional[str] = Query(None, description="Location name (substring) or country code."),
    text: Optional[str] = Query(None, description="Words in the event's sentence (substring)."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1, description="Lowest confidence."),
    document_id: Optional[str] = Query(None, description="Events of one document."),
    bbox: Optional[str] = Query(None, description="Bounding box: min_lon,min_lat,max_lon,max_lat."),
    near: Optional[str] = Query(None, description="Radius: lat,lon,radius_km."),
) -> EventFilters:
    return EventFilters(type=type, quad_class=quad_class, mode=mode, context=context,
                        actor=actor, recipient=recipient, since=since, until=until, place=place,
                        text=text, min_confidence=min_confidence, document_id=document_id,
                        bbox=bbox, near=near)


# -- cursors ---------------------------------------------------------------------------
#: A position in the event order: ``(event_date or None, document_id, ordinal)`` of the last
#: record consumed (see ``dateline.store.sort_key``); None is the start.
Key = Optional[tuple]


def encode_cursor(key: tuple, filters: EventFilters) -> str:
    raw = json.dumps({"k": list(key), "f": filters.fingerprint()}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: Optional[str], filters: EventFilters) -> Key:
    if not cursor:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        day, document_id, ordinal = data["k"]
        fingerprint = data["f"]
        if day is not None:
            day = dt.date.fromisoformat(day).isoformat()
        if not isinstance(document_id, str) or not isinstance(ordinal, int):
            raise ValueError
    except Exception:
        raise ApiError(400, "cursor: not a cursor returned by this API") from None
    if fingerprint != filters.fingerprint():
        raise ApiError(400, "cursor: it belongs to other filters; start again without a cursor")
    return (day, document_id, ordinal)


# -- reading ---------------------------------------------------------------------------
def records(store, filters: EventFilters, limit: int, after: Key = None):
    """``(records, next_key)``: up to ``limit`` matching event records after ``after``.

    Pages are read by keyset (``after=``), so a deep page costs what the first does.
    ``next_key`` is None when nothing follows. Records keep ``_document_date``.
    """
    from dateline.store import sort_key

    keep = filters.local()
    sf = filters.store_filters()
    if keep is None:
        got = list(store.iter_event_records(limit=limit + 1, after=after, **sf))
        return got[:limit], (sort_key(got[limit - 1]) if len(got) > limit else None)
    out: list[dict] = []
    position, scanned = after, 0
    while True:
        batch = list(store.iter_event_records(limit=SCAN_BATCH, after=position, **sf))
        for rec in batch:
            if keep(rec):
                if len(out) == limit:
                    return out, position
                out.append(rec)
            position = sort_key(rec)
        scanned += len(batch)
        if len(batch) < SCAN_BATCH:
            return out, None
        if scanned >= MAX_SCAN:
            return out, position


def flat_rows(store, filters: EventFilters, limit: int, after: Key = None):
    """``(rows, next_key)`` as :func:`records` gives them, as flat rows
    (``dateline.store.flat_row``). Without filters applied here the store reads the page
    in one query from its events table (``Store.flat_page``), no full records built."""
    from dateline.store import flat_row

    if filters.local() is None and hasattr(store, "flat_page"):
        return store.flat_page(limit, after=after, **filters.store_filters())
    found, next_key = records(store, filters, limit, after)
    return [flat_row(r) for r in found], next_key


def scan(store, filters: EventFilters) -> Iterator[dict]:
    """Every matching record (for statistics under filters the store cannot apply)."""
    key: Key = None
    seen, first = 0, True
    while (first or key is not None) and seen < MAX_SCAN * 10:
        first = False
        batch, key = records(store, filters, SCAN_BATCH, key)
        seen += len(batch)
        yield from batch
