"""The store's schema: tables, their columns, and the ordered migrations that build them.

The same SQL runs on DuckDB and PostgreSQL. A migration is a numbered, named list of
statements; each is applied once, in its own transaction, and recorded in
``schema_migrations``. To change the schema, append a migration (never edit an applied
one) and update :data:`COLUMNS` so that writers know the new columns. Fields that the
records gain outside the contract are kept without a migration, as JSON in the ``extra``
columns, and come back in the records read.
See ``docs/schema.md`` for what every column means.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

#: A statement: the same SQL for every backend, or ``{"duckdb": sql, "postgresql": sql}``.
Statement = Union[str, dict]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[Statement, ...]

    def sql_for(self, dialect: str) -> list[str]:
        out = []
        for st in self.statements:
            if isinstance(st, dict):
                if st.get(dialect):
                    out.append(st[dialect])
            else:
                out.append(st)
        return out


MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TIMESTAMP NOT NULL
)"""

_V1 = (
    """CREATE TABLE documents (
        id            TEXT PRIMARY KEY,
        text          TEXT NOT NULL,
        text_json     TEXT,
        clean_text    TEXT,
        date          DATE,
        title         TEXT,
        source        TEXT,
        url           TEXT,
        text_sha1     TEXT NOT NULL,
        coder_version TEXT,
        ingested_at   TIMESTAMP NOT NULL,
        extra         TEXT
    )""",
    """CREATE TABLE events (
        id                    TEXT PRIMARY KEY,
        document_id           TEXT NOT NULL,
        ordinal               INTEGER NOT NULL,
        type                  TEXT NOT NULL,
        quad_class            TEXT,
        mode                  TEXT,
        contexts              TEXT,
        trigger_text          TEXT,
        trigger_start         INTEGER,
        trigger_end           INTEGER,
        sentence_text         TEXT,
        sentence_start        INTEGER,
        sentence_end          INTEGER,
        date                  DATE,
        date_precision        TEXT,
        location_text         TEXT,
        location_start        INTEGER,
        location_end          INTEGER,
        location_name         TEXT,
        location_geonameid    BIGINT,
        location_lat          DOUBLE PRECISION,
        location_lon          DOUBLE PRECISION,
        location_country      TEXT,
        location_admin1       TEXT,
        location_feature_code TEXT,
        location_extra        TEXT,
        attributed_to_text    TEXT,
        attributed_to_start   INTEGER,
        attributed_to_end     INTEGER,
        negated               BOOLEAN NOT NULL,
        hypothetical          BOOLEAN NOT NULL,
        confidence            DOUBLE PRECISION NOT NULL,
        coder_version         TEXT,
        extra                 TEXT
    )""",
    """CREATE TABLE event_actors (
        event_id    TEXT NOT NULL,
        document_id TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        ordinal     INTEGER NOT NULL,
        text        TEXT,
        span_start  INTEGER NOT NULL,
        span_end    INTEGER NOT NULL,
        name        TEXT,
        country     TEXT,
        sector      TEXT,
        title       TEXT,
        kb_id       TEXT,
        extra       TEXT,
        PRIMARY KEY (event_id, role, ordinal)
    )""",
    """CREATE TABLE places (
        document_id  TEXT NOT NULL,
        ordinal      INTEGER NOT NULL,
        text         TEXT,
        span_start   INTEGER NOT NULL,
        span_end     INTEGER NOT NULL,
        name         TEXT,
        geonameid    BIGINT,
        lat          DOUBLE PRECISION,
        lon          DOUBLE PRECISION,
        country      TEXT,
        admin1       TEXT,
        feature_code TEXT,
        extra        TEXT,
        PRIMARY KEY (document_id, ordinal)
    )""",
    """CREATE TABLE quotes (
        document_id   TEXT NOT NULL,
        ordinal       INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        content_text  TEXT,
        content_start INTEGER NOT NULL,
        content_end   INTEGER NOT NULL,
        speaker_text  TEXT,
        speaker_start INTEGER,
        speaker_end   INTEGER,
        speaker_name  TEXT,
        cue_text      TEXT,
        cue_start     INTEGER,
        cue_end       INTEGER,
        extra         TEXT,
        PRIMARY KEY (document_id, ordinal)
    )""",
    "CREATE INDEX events_document_idx ON events (document_id)",
    "CREATE INDEX events_type_idx ON events (type)",
    "CREATE INDEX events_date_idx ON events (date)",
    "CREATE INDEX event_actors_event_idx ON event_actors (event_id)",
    "CREATE INDEX event_actors_document_idx ON event_actors (document_id)",
    "CREATE INDEX event_actors_country_idx ON event_actors (country)",
)

_V2 = (
    """CREATE TABLE event_clusters (
        id                  TEXT PRIMARY KEY,
        type                TEXT NOT NULL,
        representative_id   TEXT NOT NULL,
        first_seen          DATE,
        last_seen           DATE,
        n_mentions          INTEGER NOT NULL,
        n_documents         INTEGER NOT NULL,
        n_sources           INTEGER NOT NULL,
        lat                 DOUBLE PRECISION,
        lon                 DOUBLE PRECISION,
        actor_countries     TEXT,
        recipient_countries TEXT,
        params              TEXT
    )""",
    """CREATE TABLE event_cluster_members (
        cluster_id  TEXT NOT NULL,
        event_id    TEXT NOT NULL,
        document_id TEXT NOT NULL,
        similarity  DOUBLE PRECISION,
        PRIMARY KEY (event_id)
    )""",
    """CREATE TABLE document_duplicates (
        document_id  TEXT NOT NULL,
        duplicate_of TEXT NOT NULL,
        similarity   DOUBLE PRECISION NOT NULL,
        method       TEXT NOT NULL,
        PRIMARY KEY (document_id)
    )""",
    "CREATE INDEX event_clusters_type_idx ON event_clusters (type)",
    "CREATE INDEX event_clusters_first_seen_idx ON event_clusters (first_seen)",
    "CREATE INDEX event_cluster_members_cluster_idx ON event_cluster_members (cluster_id)",
    "CREATE INDEX event_cluster_members_document_idx ON event_cluster_members (document_id)",
    "CREATE INDEX document_duplicates_of_idx ON document_duplicates (duplicate_of)",
)

#: Separator of the names in ``events.actor_names``/``recipient_names`` (ASCII unit separator).
NAME_SEP = "\x1f"

_COUNTRY_LIST = ("""UPDATE events SET {col} = s.v FROM (
        SELECT event_id, '|' || string_agg(cc, '|' ORDER BY cc) || '|' AS v FROM (
            SELECT DISTINCT event_id, upper(country) AS cc FROM event_actors
            WHERE role = '{role}' AND country IS NOT NULL AND country <> '') c
        GROUP BY event_id) s WHERE s.event_id = events.id""")
_NAME_LIST = ("""UPDATE events SET {col} = s.v FROM (
        SELECT event_id, string_agg(COALESCE(name, '') || chr(31) || COALESCE(text, ''), chr(31)
                                    ORDER BY ordinal) AS v
        FROM event_actors WHERE role = '{role}' GROUP BY event_id) s
        WHERE s.event_id = events.id""")

_V3 = (
    "ALTER TABLE events ADD COLUMN event_date DATE",
    "ALTER TABLE events ADD COLUMN actor_countries TEXT",
    "ALTER TABLE events ADD COLUMN recipient_countries TEXT",
    "ALTER TABLE events ADD COLUMN actor_names TEXT",
    "ALTER TABLE events ADD COLUMN recipient_names TEXT",
    """UPDATE events SET event_date = COALESCE(events.date, d.date) FROM documents d
       WHERE d.id = events.document_id""",
    "UPDATE events SET event_date = date WHERE event_date IS NULL AND date IS NOT NULL",
    _COUNTRY_LIST.format(col="actor_countries", role="actor"),
    _COUNTRY_LIST.format(col="recipient_countries", role="recipient"),
    _NAME_LIST.format(col="actor_names", role="actor"),
    _NAME_LIST.format(col="recipient_names", role="recipient"),
    # PostgreSQL reads pages in (event_date, document_id, ordinal) order off these btrees;
    # DuckDB does not use ART indexes for range scans or ordering (it scans with zone maps).
    {"postgresql": "CREATE INDEX events_event_date_idx ON events (event_date, document_id, ordinal)"},
    {"postgresql": "CREATE INDEX events_type_event_date_idx "
                   "ON events (type, event_date, document_id, ordinal)"},
    {"postgresql": "ANALYZE events"},
)

#: ``"Russia; Ukraine"``: what a flat row shows for an event's actors (name, else text) or
#: their countries, in ordinal order (the same as ``store.flat_row`` joins).
_FLAT_LIST = ("""UPDATE events SET {col} = s.v FROM (
        SELECT event_id, string_agg({value}, '; ' ORDER BY ordinal) AS v
        FROM event_actors WHERE role = '{role}' GROUP BY event_id) s
        WHERE s.event_id = events.id""")
_ACTOR_NAME = "COALESCE(NULLIF(name, ''), NULLIF(text, ''))"
_COUNTRY = "NULLIF(country, '')"

#: Rebuilds ``event_daily_counts`` from ``events`` (also run by ``Store.optimize``).
DAILY_COUNTS_REBUILD = (
    "DELETE FROM event_daily_counts",
    """INSERT INTO event_daily_counts (event_date, type, quad_class, n)
       SELECT event_date, type, COALESCE(quad_class, ''), count(*) FROM events
       WHERE event_date IS NOT NULL GROUP BY event_date, type, COALESCE(quad_class, '')""",
)

#: The secondary indexes of ``events`` on DuckDB (migration 1): dropped while the table is
#: rewritten and built again after (maintaining them row by row costs 15 times as much).
_DUCKDB_EVENT_INDEXES = (("events_document_idx", "document_id"), ("events_type_idx", "type"),
                         ("events_date_idx", "date"))

#: Rewrites the DuckDB ``events`` table in page order, so that the zone maps of
#: ``event_date`` let a page read one date window of the file (migration 4, as it was
#: applied; ``Store.optimize`` uses :data:`DUCKDB_EVENTS_IN_ORDER`).
#: PostgreSQL reads pages off its btree indexes instead.
_DUCKDB_EVENTS_IN_ORDER_V4 = (
    *(f"DROP INDEX IF EXISTS {name}" for name, _ in _DUCKDB_EVENT_INDEXES),
    "CREATE TEMP TABLE _dateline_events_in_order AS SELECT * FROM events",
    "DELETE FROM events",
    "INSERT INTO events SELECT * FROM _dateline_events_in_order "
    "ORDER BY event_date NULLS LAST, document_id, ordinal",
    "DROP TABLE _dateline_events_in_order",
    *(f"CREATE INDEX {name} ON events ({col})" for name, col in _DUCKDB_EVENT_INDEXES),
)

#: The page order of events (``queries.EVENT_ORDER`` without the table alias).
PAGE_ORDER = "event_date NULLS LAST, document_id, ordinal"

#: What ``Store.optimize`` runs on DuckDB since migration 5: the events in page order, as
#: above, with ``seq`` numbered afresh in that order (so that the rows of a page are near
#: each other in ``seq`` too, and a fetch by ``seq`` reads a few of the file's vectors).
DUCKDB_EVENTS_IN_ORDER = (
    *(f"DROP INDEX IF EXISTS {name}" for name, _ in _DUCKDB_EVENT_INDEXES),
    "CREATE TEMP TABLE _dateline_events_in_order AS SELECT * FROM events",
    "DELETE FROM events",
    "INSERT INTO events SELECT * REPLACE "
    f"(row_number() OVER (ORDER BY {PAGE_ORDER}) AS seq) "
    f"FROM _dateline_events_in_order ORDER BY {PAGE_ORDER}",
    "DROP TABLE _dateline_events_in_order",
    *(f"CREATE INDEX {name} ON events ({col})" for name, col in _DUCKDB_EVENT_INDEXES),
)

_V4 = (
    "ALTER TABLE events ADD COLUMN flat_actors TEXT",
    "ALTER TABLE events ADD COLUMN flat_actor_countries TEXT",
    "ALTER TABLE events ADD COLUMN flat_recipients TEXT",
    "ALTER TABLE events ADD COLUMN flat_recipient_countries TEXT",
    "ALTER TABLE events ADD COLUMN source_escaped BOOLEAN",
    _FLAT_LIST.format(col="flat_actors", value=_ACTOR_NAME, role="actor"),
    _FLAT_LIST.format(col="flat_actor_countries", value=_COUNTRY, role="actor"),
    _FLAT_LIST.format(col="flat_recipients", value=_ACTOR_NAME, role="recipient"),
    _FLAT_LIST.format(col="flat_recipient_countries", value=_COUNTRY, role="recipient"),
    """UPDATE events SET source_escaped = (d.text_json IS NOT NULL) FROM documents d
       WHERE d.id = events.document_id""",
    """CREATE TABLE event_daily_counts (
        event_date DATE NOT NULL,
        type       TEXT NOT NULL,
        quad_class TEXT NOT NULL,
        n          BIGINT NOT NULL,
        PRIMARY KEY (event_date, type, quad_class)
    )""",
    *DAILY_COUNTS_REBUILD,
    *({"duckdb": sql} for sql in _DUCKDB_EVENTS_IN_ORDER_V4),
)

#: Migration 5: what a page of ``GET /events`` reads, by position. ``seq`` numbers the
#: events (in page order when numbered here or by ``Store.optimize``; the writer gives new
#: events the next numbers); ``flat_json`` is the event's flat row (``store.flat_row``) as
#: the API renders it, written by the writer (NULL for events of escaped documents, and
#: for rows written before this migration until ``Store.optimize`` fills them: a NULL is
#: rendered from the other columns when read, so answers never depend on it).
_V5 = (
    "ALTER TABLE events ADD COLUMN seq BIGINT",
    "ALTER TABLE events ADD COLUMN flat_json TEXT",
    f"""UPDATE events SET seq = s.n FROM (
        SELECT id, row_number() OVER (ORDER BY {PAGE_ORDER}) AS n FROM events) s
        WHERE s.id = events.id""",
    {"postgresql": "CREATE INDEX events_seq_idx ON events (seq)"},
)

#: Every migration, in order. Append only.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, events, event_actors, places, quotes", _V1),
    Migration(2, "event_clusters, event_cluster_members, document_duplicates", _V2),
    Migration(3, "events.event_date and denormalised actor/recipient countries and names", _V3),
    Migration(4, "events' flat actor columns, daily event counts, DuckDB events in page order",
              _V4),
    Migration(5, "events.seq and events.flat_json: pages fetched by position", _V5),
)

LATEST_VERSION = MIGRATIONS[-1].version

#: The current columns of each table with their SQL types, in insert order.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("id", "TEXT"), ("text", "TEXT"), ("text_json", "TEXT"), ("clean_text", "TEXT"),
        ("date", "DATE"), ("title", "TEXT"), ("source", "TEXT"), ("url", "TEXT"),
        ("text_sha1", "TEXT"), ("coder_version", "TEXT"), ("ingested_at", "TIMESTAMP"),
        ("extra", "TEXT"),
    ),
    "events": (
        ("id", "TEXT"), ("document_id", "TEXT"), ("ordinal", "INTEGER"), ("type", "TEXT"),
        ("quad_class", "TEXT"), ("mode", "TEXT"), ("contexts", "TEXT"),
        ("trigger_text", "TEXT"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("sentence_text", "TEXT"), ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
        ("date", "DATE"), ("date_precision", "TEXT"),
        ("location_text", "TEXT"), ("location_start", "INTEGER"), ("location_end", "INTEGER"),
        ("location_name", "TEXT"), ("location_geonameid", "BIGINT"),
        ("location_lat", "DOUBLE PRECISION"), ("location_lon", "DOUBLE PRECISION"),
        ("location_country", "TEXT"), ("location_admin1", "TEXT"),
        ("location_feature_code", "TEXT"), ("location_extra", "TEXT"),
        ("attributed_to_text", "TEXT"), ("attributed_to_start", "INTEGER"),
        ("attributed_to_end", "INTEGER"),
        ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"),
        ("confidence", "DOUBLE PRECISION"), ("coder_version", "TEXT"), ("extra", "TEXT"),
        ("event_date", "DATE"), ("actor_countries", "TEXT"), ("recipient_countries", "TEXT"),
        ("actor_names", "TEXT"), ("recipient_names", "TEXT"),
        ("flat_actors", "TEXT"), ("flat_actor_countries", "TEXT"), ("flat_recipients", "TEXT"),
        ("flat_recipient_countries", "TEXT"), ("source_escaped", "BOOLEAN"),
        ("seq", "BIGINT"), ("flat_json", "TEXT"),
    ),
    "event_actors": (
        ("event_id", "TEXT"), ("document_id", "TEXT"), ("role", "TEXT"), ("ordinal", "INTEGER"),
        ("text", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("name", "TEXT"), ("country", "TEXT"), ("sector", "TEXT"), ("title", "TEXT"),
        ("kb_id", "TEXT"), ("extra", "TEXT"),
    ),
    "places": (
        ("document_id", "TEXT"), ("ordinal", "INTEGER"), ("text", "TEXT"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("name", "TEXT"),
        ("geonameid", "BIGINT"), ("lat", "DOUBLE PRECISION"), ("lon", "DOUBLE PRECISION"),
        ("country", "TEXT"), ("admin1", "TEXT"), ("feature_code", "TEXT"), ("extra", "TEXT"),
    ),
    "quotes": (
        ("document_id", "TEXT"), ("ordinal", "INTEGER"), ("kind", "TEXT"),
        ("content_text", "TEXT"), ("content_start", "INTEGER"), ("content_end", "INTEGER"),
        ("speaker_text", "TEXT"), ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"),
        ("speaker_name", "TEXT"), ("cue_text", "TEXT"), ("cue_start", "INTEGER"),
        ("cue_end", "INTEGER"), ("extra", "TEXT"),
    ),
    "event_clusters": (
        ("id", "TEXT"), ("type", "TEXT"), ("representative_id", "TEXT"),
        ("first_seen", "DATE"), ("last_seen", "DATE"), ("n_mentions", "INTEGER"),
        ("n_documents", "INTEGER"), ("n_sources", "INTEGER"),
        ("lat", "DOUBLE PRECISION"), ("lon", "DOUBLE PRECISION"),
        ("actor_countries", "TEXT"), ("recipient_countries", "TEXT"), ("params", "TEXT"),
    ),
    "event_cluster_members": (
        ("cluster_id", "TEXT"), ("event_id", "TEXT"), ("document_id", "TEXT"),
        ("similarity", "DOUBLE PRECISION"),
    ),
    "document_duplicates": (
        ("document_id", "TEXT"), ("duplicate_of", "TEXT"), ("similarity", "DOUBLE PRECISION"),
        ("method", "TEXT"),
    ),
    "event_daily_counts": (
        ("event_date", "DATE"), ("type", "TEXT"), ("quad_class", "TEXT"), ("n", "BIGINT"),
    ),
}

#: Tables a document's own rows go to (written by ``write_documents``).
DOCUMENT_TABLES = ("documents", "events", "event_actors", "places", "quotes")

#: Child tables of a document, deleted before it when it is replaced. Cluster memberships
#: and duplicate links of a replaced or deleted document go too; the cluster rows
#: themselves are derived data, rebuilt by ``Store.cluster_events``.
CHILD_TABLES = ("event_actors", "events", "places", "quotes", "event_cluster_members",
                "document_duplicates")
