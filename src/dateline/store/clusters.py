"""Event clusters and duplicate documents in the store (the SQL side of ``dateline.dedup``).

Both are derived data: :func:`cluster_events` and :func:`find_duplicates` rebuild their
tables from the stored events and documents in one transaction each. The same SQL runs on
DuckDB and PostgreSQL.
"""
from __future__ import annotations

import json
from typing import Any, Optional

from dateline.errors import StoreError
from dateline.store import queries as Q
from dateline.store import rows as R

_EVENTS = """
SELECT e.id, e.document_id, e.type, COALESCE(e.date, d.date) AS date, d.source,
       e.location_lat AS lat, e.location_lon AS lon, e.location_country AS country,
       e.location_feature_code AS feature_code,
       e.sentence_text AS sentence, e.negated, e.confidence
FROM events e JOIN documents d ON d.id = e.document_id
ORDER BY COALESCE(e.date, d.date), e.id"""

_ACTORS = "SELECT event_id, role, country FROM event_actors WHERE country IS NOT NULL"


def cluster_events(store, radius_km: float, window_days: int, min_similarity: float) -> int:
    """Rebuild ``event_clusters`` and ``event_cluster_members``; returns the cluster count."""
    from dateline.dedup import Clusterer, Mention
    if radius_km is None or float(radius_km) < 0 or window_days is None or int(window_days) < 0:
        raise StoreError("radius_km and window_days must be non-negative numbers")
    countries: dict[str, dict[str, set]] = {}
    for event_id, role, country in store._query(_ACTORS)[1]:
        countries.setdefault(event_id, {"actor": set(), "recipient": set()})[role].add(country)
    clusterer = Clusterer(radius_km=radius_km, window_days=window_days,
                          min_similarity=min_similarity)
    for row in store._dicts(_EVENTS):
        c = countries.get(row["id"], {})
        clusterer.add(Mention(
            id=row["id"], document_id=row["document_id"], type=row["type"], date=row["date"],
            source=row["source"], lat=row["lat"], lon=row["lon"], country=row["country"],
            feature_code=row["feature_code"],
            actors=frozenset(c.get("actor", ())), recipients=frozenset(c.get("recipient", ())),
            sentence=row["sentence"], negated=bool(row["negated"]),
            confidence=float(row["confidence"] or 0.0)))
    params = json.dumps({"radius_km": float(radius_km), "window_days": int(window_days),
                         "min_similarity": float(min_similarity)}, sort_keys=True)
    cluster_rows, member_rows = [], []
    for cluster in clusterer.clusters:
        s = cluster.summary()
        cluster_rows.append((s["id"], s["type"], s["representative_id"], s["first_seen"],
                             s["last_seen"], s["n_mentions"], s["n_documents"], s["n_sources"],
                             s["lat"], s["lon"], s["actor_countries"], s["recipient_countries"],
                             params))
        member_rows += [(cluster.id, m.id, m.document_id, cluster.similarity[m.id])
                        for m in cluster.members]
    with store.transaction():
        store._lock_for_write()
        store._exec("DELETE FROM event_cluster_members")
        store._exec("DELETE FROM event_clusters")
        if cluster_rows:
            store._insert("event_clusters", cluster_rows)
            store._insert("event_cluster_members", member_rows)
    return len(cluster_rows)


def find_duplicates(store, threshold: float = 0.8) -> int:
    """Rebuild ``document_duplicates`` (MinHash over clean text); returns the copies found."""
    from dateline.dedup import DuplicateFinder
    finder = DuplicateFinder(threshold=threshold)
    links = []
    # one page at a time: texts are not all held in memory
    ids = [r[0] for r in store._query(
        "SELECT id FROM documents ORDER BY date NULLS FIRST, id")[1]]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        texts = dict(store._query(
            f"SELECT id, COALESCE(clean_text, text) FROM documents WHERE id IN "
            f"({Q.placeholders(len(chunk))})", chunk)[1])
        for doc_id in chunk:
            hit = finder.add(doc_id, texts.get(doc_id) or "")
            if hit:
                links.append((doc_id, hit[0], hit[1], "minhash-5shingle-64"))
    with store.transaction():
        store._lock_for_write()
        store._exec("DELETE FROM document_duplicates")
        if links:
            store._insert("document_duplicates", links)
    return len(links)


_CLUSTER_FILTERS = {"type", "since", "until", "actor", "recipient", "min_documents",
                    "min_sources", "min_mentions", "document_id", "limit", "offset",
                    "members"}


def clusters(store, **filters: Any) -> list[dict]:
    """Event clusters, largest first (by documents, mentions, then first_seen and id).

    Filters: ``type`` (one or a comma list), ``since``/``until`` (overlapping the
    cluster's first_seen..last_seen), ``actor``/``recipient`` (country code),
    ``min_documents``, ``min_sources``, ``min_mentions``, ``document_id`` (clusters with a
    mention from it), ``limit``, ``offset``; ``members=True`` adds ``members``, the
    mentions' ``{event_id, document_id, similarity}``.
    """
    unknown = set(filters) - _CLUSTER_FILTERS
    if unknown:
        raise StoreError(f"unknown cluster filter(s): {', '.join(sorted(unknown))}; known: "
                         f"{', '.join(sorted(_CLUSTER_FILTERS))}")
    where, params = ["1 = 1"], []
    if filters.get("type"):
        types = filters["type"]
        types = [t.strip().upper() for t in (types.split(",") if isinstance(types, str) else types)
                 if t and t.strip()]
        where.append(f"type IN ({Q.placeholders(len(types))})")
        params += types
    if filters.get("since"):
        where.append("last_seen >= ?")
        params.append(R.parse_date(filters["since"], "since"))
    if filters.get("until"):
        where.append("first_seen <= ?")
        params.append(R.parse_date(filters["until"], "until"))
    for key, col in (("actor", "actor_countries"), ("recipient", "recipient_countries")):
        if filters.get(key):
            where.append(f"('; ' || upper({col}) || ';') LIKE ?")
            params.append(f"%; {str(filters[key]).strip().upper()};%")
    for key in ("min_documents", "min_sources", "min_mentions"):
        if filters.get(key) is not None:
            where.append(f"n_{key[4:]} >= ?")
            params.append(int(filters[key]))
    if filters.get("document_id"):
        where.append("id IN (SELECT cluster_id FROM event_cluster_members WHERE document_id = ?)")
        params.append(R.clean(filters["document_id"]))
    sql = (f"SELECT id, type, representative_id, first_seen, last_seen, n_mentions, "
           f"n_documents, n_sources, lat, lon, actor_countries, recipient_countries "
           f"FROM event_clusters WHERE {' AND '.join(where)} "
           f"ORDER BY n_documents DESC, n_mentions DESC, first_seen, id")
    limit: Optional[Any] = filters.get("limit")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    if filters.get("offset"):
        sql += " OFFSET ?"
        params.append(int(filters["offset"]))
    out = store._dicts(sql, params)
    for row in out:
        row["first_seen"], row["last_seen"] = R.iso(row["first_seen"]), R.iso(row["last_seen"])
    if filters.get("members") and out:
        by_id = {r["id"]: r for r in out}
        for r in out:
            r["members"] = []
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for m in store._dicts(
                    f"SELECT cluster_id, event_id, document_id, similarity FROM "
                    f"event_cluster_members WHERE cluster_id IN ({Q.placeholders(len(chunk))}) "
                    f"ORDER BY cluster_id, event_id", chunk):
                by_id[m.pop("cluster_id")]["members"].append(m)
    return out


def duplicates(store) -> list[dict]:
    """Near-duplicate links: ``{document_id, duplicate_of, similarity, method}``."""
    return store._dicts("SELECT document_id, duplicate_of, similarity, method FROM "
                        "document_duplicates ORDER BY duplicate_of, document_id")
