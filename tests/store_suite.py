"""The storage checks, written once and run on every backend.

``tests/test_store.py`` runs them on DuckDB and ``tests/test_postgres.py`` on a real
PostgreSQL server: each subclasses :class:`StoreSuite` and provides a ``store_url``
fixture giving an empty database. Documents are built by hand (no NLP), so that every
field has a known value.
"""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from dateline.errors import StoreError
from dateline.records import Actor, Document, Event, Place, Quote, Span
from dateline.store import LATEST_VERSION, migrate, open_store

TEXT = ("KYIV, Ukraine (AP) -- Russian troops withdrew from Kherson on Wednesday, the "
        "Ukrainian military said. Iran and Russia held talks in Tehran, according to state "
        "media. \"We will not give up,\" President Volodymyr Zelensky said.")


def walk_pages(store, limit: int, **filters) -> list[dict]:
    """Every flat row of ``Store.flat_page``, page after page by its cursor."""
    out, after = [], None
    while True:
        rows, after = store.flat_page(limit, after=after, **filters)
        out += rows
        if after is None:
            return out


def drop_event_columns(store, cols) -> None:
    """Undo a migration's new ``events`` columns (inside the caller's transaction): DuckDB
    alters no indexed table, so the indexes are dropped first and made again after."""
    indexes = {"events_document_idx": "document_id", "events_type_idx": "type",
               "events_date_idx": "date"}
    for name in indexes:
        store._exec(f"DROP INDEX {name}")
    for col in cols:
        store._exec(f"ALTER TABLE events DROP COLUMN {col}")
    for name, col in indexes.items():
        store._exec(f"CREATE INDEX {name} ON events ({col})")


def sp(text: str, part: str, nth: int = 0, cls=Span, **kw):
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return cls(part, start, start + len(part), **kw)


def kherson_doc(doc_id: str = "kherson", text: str = TEXT, date: str = "2022-11-09") -> Document:
    """Three events (RETREAT, CONSULT, REJECT), places and quotes, all spans into ``text``."""
    kherson = sp(text, "Kherson", cls=Place, name="Kherson", geonameid=706448, lat=46.63695,
                 lon=32.61458, country="UKR", admin1="Kherson", feature_code="PPLA")
    tehran = sp(text, "Tehran", cls=Place, name="Tehran", geonameid=112931, lat=35.69439,
                lon=51.42151, country="IRN", admin1="Tehran", feature_code="PPLC")
    retreat = Event(
        type="RETREAT", trigger=sp(text, "withdrew"),
        sentence=sp(text, text[text.index("Russian troops"):text.index("said.") + 5]),
        mode="withdraw", contexts=["military"],
        actors=[sp(text, "Russian troops", cls=Actor, name="Russia", country="RUS", sector="MIL",
                   kb_id="country:RUS")],
        location=kherson, date="2022-11-09", date_precision="day",
        attributed_to=sp(text, "the Ukrainian military"), confidence=0.91)
    consult = Event(
        type="CONSULT", trigger=sp(text, "talks"),
        sentence=sp(text, "Iran and Russia held talks in Tehran, according to state media."),
        contexts=["diplomatic", "military"],
        actors=[sp(text, "Iran", cls=Actor, name="Iran", country="IRN"), None],
        recipients=[], location=tehran, date="2022-11-08", date_precision="week",
        attributed_to=sp(text, "state media"), negated=False, hypothetical=True, confidence=0.55)
    held = text.index("Russia held")
    consult.actors[1] = Actor("Russia", held, held + 6, name="Russia", country="RUS")
    reject = Event(
        type="REJECT", trigger=sp(text, "not give up"),
        sentence=sp(text, '"We will not give up," President Volodymyr Zelensky said.'),
        actors=[sp(text, "President Volodymyr Zelensky", cls=Actor, name="Volodymyr Zelensky",
                   country="UKR", sector="GOV", title="President", kb_id="Q3874799")],
        recipients=[sp(text, "Russian troops", cls=Actor, name="Russia", country="RUS",
                       sector="MIL")],
        negated=True, confidence=0.3)
    quote = Quote(kind="direct", content=sp(text, "We will not give up"),
                  speaker=sp(text, "President Volodymyr Zelensky"),
                  speaker_name="Volodymyr Zelensky", cue=sp(text, "said", nth=1))
    according = Quote(kind="according_to", content=sp(text, "Iran and Russia held talks in Tehran"),
                      speaker=sp(text, "state media"), speaker_name="state media",
                      cue=sp(text, "according to"))
    kyiv = sp(text, "KYIV", cls=Place, name="Kyiv", geonameid=703448, lat=50.45466, lon=30.5238,
              country="UKR", feature_code="PPLC")
    return Document(id=doc_id, text=text, date=date, events=[retreat, consult, reject],
                    places=[kyiv, kherson, tehran], quotes=[quote, according],
                    title="Russia withdraws from Kherson", source="AP",
                    url="https://example.org/kherson", clean_text=text[22:])


def small_doc(doc_id: str, text: str, type: str = "ASSAULT", actor=("RUS", "Russia"),
              recipient=("UKR", "Ukraine"), date: str = "2023-01-02") -> Document:
    event = Event(type=type, trigger=Span(text[:1], 0, 1), sentence=Span(text, 0, len(text)),
                  actors=[Actor(actor[1], 0, 1, name=actor[1], country=actor[0])],
                  recipients=[Actor(recipient[1], 0, 1, name=recipient[1], country=recipient[0])],
                  date=date, date_precision="day", confidence=0.5)
    return Document(id=doc_id, text=text, date=date, events=[event])


def expected_records(doc: Document) -> list[dict]:
    from dateline.records import QUAD_CLASS
    return [{**e.to_dict(), "id": f"{doc.id}#{i}", "document_id": doc.id,
             "quad_class": QUAD_CLASS[e.type]} for i, e in enumerate(doc.events)]


def table_counts(store) -> dict[str, int]:
    return {t: store._scalar(f"SELECT count(*) FROM {t}")
            for t in ("documents", "events", "event_actors", "places", "quotes")}



# -- event deduplication ------------------------------------------------------------------

WIRE = ("KHARKIV, Ukraine (AP) -- Russian forces shelled a market in Kharkiv on Tuesday, "
        "killing four civilians and wounding a dozen more, regional governor Oleh Syniehubov "
        "said. Emergency crews worked through the night to put out fires in the market halls.")


def report(doc_id: str, source: str, sentence: str, date: str, lat: float, lon: float,
           place: str, type: str = "ASSAULT", actor=("RUS", "Russian forces"),
           recipient=("UKR", "civilians"), body: str = "") -> Document:
    """One outlet's article with one event, placed at ``place`` (lat, lon)."""
    text = sentence + body
    where = text.index(place)
    loc = Place(place, where, where + len(place), name=place, lat=lat, lon=lon,
                country=recipient[0])
    a, r = text.index(actor[1]), text.index(recipient[1])
    event = Event(type=type, trigger=Span(text[:1], 0, 1),
                  sentence=Span(sentence, 0, len(sentence)),
                  actors=[Actor(actor[1], a, a + len(actor[1]), name=actor[1], country=actor[0])],
                  recipients=[Actor(recipient[1], r, r + len(recipient[1]), name=recipient[1],
                                    country=recipient[0])],
                  location=loc, date=date, date_precision="day", confidence=0.8)
    return Document(id=doc_id, text=text, date=date, events=[event], places=[loc],
                    source=source, title=sentence[:40])


def dedup_corpus() -> list[Document]:
    return [
        # one happening, three outlets, paraphrased, dates a day apart, places 5 km apart
        report("ap-1", "AP", WIRE, "2024-05-14", 49.9935, 36.2304, "Kharkiv"),
        report("reuters-1", "Reuters", "Russian forces shelled a crowded market in Kharkiv, "
               "killing four civilians, the regional governor said.", "2024-05-14",
               49.99, 36.23, "Kharkiv"),
        report("bbc-1", "BBC", "Four civilians were killed when Russian forces shelled a "
               "market in Kharkiv late on Tuesday.", "2024-05-15", 50.03, 36.28, "Kharkiv"),
        # a wire copy of the AP story, run by a local paper: a duplicate document
        report("local-1", "Kharkiv Daily", WIRE + " (AP)", "2024-05-15", 49.9935, 36.2304,
               "Kharkiv"),
        # a different happening: same type and actors, 400 km away
        report("ap-2", "AP", "Russian forces shelled the port of Odesa, wounding three "
               "civilians, officials said.", "2024-05-14", 46.4825, 30.7233, "Odesa"),
        # another: same place, a different type
        report("ap-3", "AP", "Ukraine and civilians in Kharkiv received aid from Russian "
               "forces, a spokesman said.", "2024-05-14", 49.9935, 36.2304, "Kharkiv",
               type="AID"),
        # the same place and type, a week later: another happening
        report("afp-9", "AFP", "Russian forces shelled a market in Kharkiv, killing two "
               "civilians.", "2024-05-22", 49.9935, 36.2304, "Kharkiv"),
    ]


class DedupSuite:
    """Event clusters and wire copies; mixed into :class:`StoreSuite`."""

    def test_clusters_group_the_same_happening(self, store):
        from dateline import dedup
        store.write_documents(dedup_corpus(), "t")
        summary = dedup.run(store)
        assert summary["duplicate_documents"] == 1
        assert summary["clusters"] == 4 and summary["mentions"] == 7
        assert store.duplicates() == [{"document_id": "local-1", "duplicate_of": "ap-1",
                                       "similarity": pytest.approx(1.0, abs=0.1),
                                       "method": "minhash-5shingle-64"}]
        got = store.clusters(members=True)
        top = got[0]
        assert {m["document_id"] for m in top["members"]} == {"ap-1", "reuters-1", "bbc-1",
                                                              "local-1"}
        assert (top["type"], top["n_mentions"], top["n_documents"], top["n_sources"]) == (
            "ASSAULT", 4, 4, 4)
        assert (top["first_seen"], top["last_seen"]) == ("2024-05-14", "2024-05-15")
        assert top["actor_countries"] == "RUS" and top["recipient_countries"] == "UKR"
        assert top["lat"] == pytest.approx(50.0, abs=0.05)
        assert top["id"] == "c:ap-1#0" and top["representative_id"] == "ap-1#0"
        singles = {m["document_id"] for c in got[1:] for m in c["members"]}
        assert singles == {"ap-2", "ap-3", "afp-9"}
        assert all(c["n_documents"] == 1 for c in got[1:])
        # deterministic: a rerun rebuilds the same clusters
        assert store.cluster_events() == 4 and store.clusters(members=True) == got

    def test_three_outlets_one_cluster_and_filters(self, store):
        docs = [d for d in dedup_corpus() if d.id != "local-1"]
        store.write_documents(docs, "t")
        assert store.cluster_events(radius_km=50, window_days=2) == 4
        top = store.clusters(min_documents=2)
        assert len(top) == 1 and (top[0]["n_documents"], top[0]["n_sources"]) == (3, 3)
        assert [c["type"] for c in store.clusters(type="aid")] == ["AID"]
        assert len(store.clusters(actor="rus")) == 4 and store.clusters(recipient="IRN") == []
        assert len(store.clusters(since="2024-05-20")) == 1
        assert len(store.clusters(until="2024-05-14")) == 3
        assert store.clusters(document_id="bbc-1")[0]["id"] == top[0]["id"]
        assert len(store.clusters(limit=2)) == 2 and len(store.clusters(offset=3)) == 1
        # a tight window splits the reports a day apart; a tight radius splits far ones
        assert store.cluster_events(window_days=0) == 5
        assert store.cluster_events(radius_km=1) == 5
        with pytest.raises(StoreError, match="unknown cluster filter"):
            store.clusters(colour="red")

    def test_deleting_a_document_drops_its_links(self, store):
        store.write_documents(dedup_corpus(), "t")
        store.find_duplicates()
        store.cluster_events()
        store.delete_documents(["ap-1"])
        assert store.duplicates() == []
        assert store._scalar("SELECT count(*) FROM event_cluster_members WHERE "
                             "document_id = 'ap-1'") == 0
        assert store.cluster_events() == 4
        assert store.clusters()[0]["n_documents"] == 3


class StoreSuite(DedupSuite):
    """Checks every backend must pass. Subclasses provide the ``store_url`` fixture."""

    @pytest.fixture
    def store(self, store_url):
        with open_store(store_url) as store:
            yield store

    def test_schema_is_migrated_and_recorded(self, store, store_url):
        assert store.schema_version() == LATEST_VERSION
        assert [m["version"] for m in store.applied_migrations()] == list(range(1, LATEST_VERSION + 1))
        assert store.pending_migrations() == []
        assert migrate(store_url) == []          # nothing left to apply, idempotent
        from dateline.store.schema import COLUMNS
        for table, columns in COLUMNS.items():
            got = store._query("SELECT column_name FROM information_schema.columns WHERE "
                               "table_name = ? AND table_schema = current_schema() "
                               "ORDER BY ordinal_position", [table])[1]
            assert [c[0] for c in got] == [c for c, _ in columns], table

    def test_roundtrip_every_field_and_span(self, store):
        doc = kherson_doc()
        assert store.write_documents([doc], "test-1") == 1
        assert store.count_documents() == 1
        assert sorted(store.event_records(), key=lambda r: r["id"]) == expected_records(doc)
        got = store.get_document("kherson")
        assert got["text"] == TEXT and got["clean_text"] == TEXT[22:]
        assert (got["date"], got["title"], got["source"], got["url"], got["coder_version"]) == (
            "2022-11-09", "Russia withdraws from Kherson", "AP", "https://example.org/kherson",
            "test-1")
        assert got["places"] == [p.to_dict() for p in doc.places]
        assert got["quotes"] == [q.to_dict() for q in doc.quotes]
        assert got["events"] == expected_records(doc)
        for rec in got["events"]:
            for key in ("trigger", "sentence", "attributed_to"):
                if rec[key]:
                    assert TEXT[rec[key]["start"]:rec[key]["end"]] == rec[key]["text"]
            for a in rec["actors"] + rec["recipients"]:
                assert TEXT[a["start"]:a["end"]] == a["text"]
        assert store.get_document("missing") is None

    def test_fields_outside_the_contract_roundtrip(self, store):
        from dataclasses import dataclass

        @dataclass
        class RichPlace(Place):
            population: int | None = None

        @dataclass
        class RichActor(Actor):
            aliases: tuple = ()

        @dataclass
        class RichEvent(Event):
            cluster: str | None = None

            def to_dict(self):
                return {**super().to_dict(), "cluster": self.cluster}

        doc = small_doc("rich", "Troops shelled Kharkiv.")
        e = doc.events[0]
        doc.events[0] = RichEvent(**{**e.__dict__, "cluster": "c-17"})
        doc.events[0].location = RichPlace("Kharkiv", 15, 22, name="Kharkiv", population=1400000)
        doc.events[0].actors = [RichActor("Troops", 0, 6, name="army", aliases=["troops"])]
        doc.places = [RichPlace("Kharkiv", 15, 22, name="Kharkiv", population=1400000)]
        store.write_documents([doc], "t")
        rec = store.event_records()[0]
        assert rec["cluster"] == "c-17" and rec["location"]["population"] == 1400000
        assert rec["actors"][0]["aliases"] == ["troops"]
        assert store.get_document("rich")["places"][0]["population"] == 1400000
        assert {k: v for k, v in rec.items() if k not in ("id", "document_id", "quad_class")} \
            == {**doc.events[0].to_dict(), "actors": [{**doc.events[0].actors[0].to_dict(),
                                                       "aliases": ["troops"]}]}

    def test_flat_rows(self, store):
        store.write_documents([kherson_doc()], "t")
        rows = store.query_events()
        assert [r["type"] for r in rows] == ["CONSULT", "RETREAT", "REJECT"]  # by date, then order
        consult, retreat, reject = rows
        assert set(retreat) == {
            "event_id", "document_id", "date", "type", "quad_class", "mode", "contexts", "actors",
            "actor_countries", "recipients", "recipient_countries", "location", "lat", "lon",
            "location_country", "trigger", "sentence", "attributed_to", "negated",
            "hypothetical", "confidence"}
        assert retreat["event_id"] == "kherson#0" and retreat["quad_class"] == "material_cooperation"
        assert (retreat["actors"], retreat["actor_countries"]) == ("Russia", "RUS")
        assert consult["actors"] == "Iran; Russia" and consult["actor_countries"] == "IRN; RUS"
        assert consult["contexts"] == "diplomatic; military"
        assert (consult["location"], consult["location_country"]) == ("Tehran", "IRN")
        assert consult["lat"] == pytest.approx(35.69439)
        assert reject["date"] == "2022-11-09"   # no event date: the publication date
        assert reject["negated"] is True and reject["recipients"] == "Russia"

    def test_write_is_idempotent(self, store):
        doc = kherson_doc()
        assert store.write_documents([doc], "t") == 1
        before = table_counts(store)
        assert store.write_documents([doc, kherson_doc()], "t") == 0
        assert store.known_ids(["kherson", "other"]) == {"kherson"}
        assert table_counts(store) == before == {
            "documents": 1, "events": 3, "event_actors": 5, "places": 3, "quotes": 2}

    def test_same_id_new_text_replaces_all_rows(self, store):
        store.write_documents([kherson_doc(), small_doc("other", "Troops shelled Kharkiv.")], "t")
        new = small_doc("kherson", "Rebels attacked a convoy near Goma.", type="ASSAULT",
                        actor=("COD", "rebels"), recipient=("COD", "convoy"))
        assert store.write_documents([new], "t2") == 1
        assert table_counts(store) == {
            "documents": 2, "events": 2, "event_actors": 4, "places": 0, "quotes": 0}
        got = store.get_document("kherson")
        assert got["text"] == new.text and got["coder_version"] == "t2"
        assert [e["type"] for e in got["events"]] == ["ASSAULT"]
        assert got["places"] == [] and got["quotes"] == []
        assert store.get_document("other")["events"][0]["actors"][0]["country"] == "RUS"

    def test_failed_batch_leaves_nothing(self, store):
        store.write_documents([small_doc("a", "First text.")], "t")
        broken = small_doc("b", "Second text.")
        broken.events[0].date = "not a date"       # refused before the transaction starts
        with pytest.raises(StoreError, match="not a date"):
            store.write_documents([small_doc("c", "C."), broken], "t")
        bad_row = small_doc("d", "Fourth text.")
        bad_row.events[0].type = None              # NOT NULL: fails inside the transaction,
        with pytest.raises(StoreError):            # after "a" was deleted for its replacement
            store.write_documents([small_doc("a", "First text, changed."), small_doc("e", "E."),
                                   bad_row], "t")
        assert store.document_ids() == ["a"]
        assert store.get_document("a")["text"] == "First text."
        assert table_counts(store) == {
            "documents": 1, "events": 1, "event_actors": 2, "places": 0, "quotes": 0}
        assert store.write_documents([small_doc("c", "C.")], "t") == 1  # store still usable

    def test_unstorable_characters_keep_exact_text_and_spans(self, store):
        text = "A\x00B \ud800 Troops shelled the town.\U0001F600 done"
        start = text.index("Troops")
        doc = small_doc("weird", text)
        doc.events[0].trigger = Span(text[start:start + 6], start, start + 6)
        doc.events[0].sentence = Span(text[:start + 6], 0, start + 6)
        assert store.write_documents([doc], "t") == 1
        got = store.get_document("weird")
        assert got["text"] == text
        rec = got["events"][0]
        assert rec["sentence"]["text"] == text[:start + 6]
        assert store.event_records()[0]["sentence"]["text"] == text[:start + 6]
        assert store.write_documents([doc], "t") == 0   # same text hash: skipped

    def test_filters(self, store):
        docs = [kherson_doc(),
                small_doc("s1", "Russia shelled Kharkiv.", "ASSAULT", ("RUS", "Russia"),
                          ("UKR", "Ukraine"), "2023-01-02"),
                small_doc("s2", "Ukraine hit a depot.", "ASSAULT", ("UKR", "Ukraine"),
                          ("RUS", "Russia"), "2023-01-05"),
                small_doc("s3", "France sent aid to Turkey.", "AID", ("FRA", "France"),
                          ("TUR", "Turkey"), "2023-02-07")]
        store.write_documents(docs, "t")

        def ids(**f):
            return [r["event_id"] for r in store.query_events(**f)]

        assert ids(type="ASSAULT") == ["s1#0", "s2#0"]
        assert ids(type="assault,aid") == ["s1#0", "s2#0", "s3#0"]
        assert ids(type=["RETREAT"]) == ["kherson#0"]
        assert ids(quad_class="material_cooperation") == ["kherson#0", "s3#0"]
        assert ids(actor="RUS") == ["kherson#1", "kherson#0", "s1#0"]
        assert ids(actor="rus") == ids(actor="RUS")
        assert ids(actor="zelensky") == ["kherson#2"]          # name substring, any case
        assert ids(actor="Russian") == ["kherson#0"]           # span text substring
        assert ids(recipient="ukr") == ["s1#0"]
        assert ids(actor="UKR", recipient="RUS") == ["kherson#2", "s2#0"]
        assert ids(since="2023-01-03") == ["s2#0", "s3#0"]
        assert ids(until="2022-12-31") == ["kherson#1", "kherson#0", "kherson#2"]
        assert ids(since="2023-01-01", until="2023-01-31") == ["s1#0", "s2#0"]
        assert ids(place="tehr") == ["kherson#1"]
        assert ids(place="UKR") == ["kherson#0"]
        assert ids(text="HIT A") == ["s2#0"]
        assert ids(min_confidence=0.9) == ["kherson#0"]
        assert ids(limit=2) == ["kherson#1", "kherson#0"]
        assert ids(limit=2, offset=2) == ["kherson#2", "s1#0"]
        assert ids(offset=5) == ["s3#0"]
        assert ids(type="ASSAULT", actor="nobody") == []
        assert [r["id"] for r in store.event_records(type="AID")] == ["s3#0"]
        assert store.count_events(type="ASSAULT") == 2
        with pytest.raises(StoreError, match="unknown event type"):
            store.query_events(type="BOMB")
        with pytest.raises(StoreError, match="unknown event filter"):
            store.query_events(colour="red")
        with pytest.raises(StoreError, match="not a date"):
            store.query_events(since="last week")

    def _filter_docs(self):
        nodate = small_doc("n1", "Iran warned Israel.", "THREATEN", ("IRN", "Iran"),
                           ("ISR", "Israel"), None)
        return [kherson_doc(),
                small_doc("s1", "Russia shelled Kharkiv.", "ASSAULT", ("RUS", "Russia"),
                          ("UKR", "Ukraine"), "2023-01-02"),
                small_doc("s2", "Ukraine hit a depot.", "ASSAULT", ("UKR", "Ukraine"),
                          ("RUS", "Russia"), "2023-01-05"), nodate,
                small_doc("s3", "France sent aid to Turkey.", "AID", ("FRA", "France"),
                          ("TUR", "Turkey"), "2023-02-07")]

    def test_keyset_paging_walks_the_same_order(self, store):
        from dateline.store import sort_key
        store.write_documents(self._filter_docs(), "t")
        every = [r["id"] for r in store.event_records()]
        assert every[-1] == "n1#0"                      # no date at all: last
        for size in (1, 2, 3):
            seen, after = [], None
            while True:
                page = list(store.iter_event_records(limit=size, after=after))
                seen += [r["id"] for r in page]
                if len(page) < size:
                    break
                after = sort_key(page[-1])
            assert seen == every, size
        after = sort_key(next(iter(store.iter_event_records(limit=1, type="ASSAULT"))))
        assert store.event_ids(type="ASSAULT", after=after) == ["s2#0"]
        with pytest.raises(StoreError, match="after must be"):
            store.event_ids(after=("2023-01-01", "x"))

    def test_migration_3_backfills_what_the_writer_fills(self, store, store_url):
        store.write_documents(self._filter_docs(), "t")
        cols = ("event_date", "actor_countries", "recipient_countries", "actor_names",
                "recipient_names")
        query = f"SELECT id, {', '.join(cols)} FROM events ORDER BY id"
        written = store._query(query)[1]
        rows = {r[0]: dict(zip(cols, r[1:])) for r in written}
        assert rows["s1#0"]["actor_countries"] == "|RUS|"
        assert rows["s1#0"]["recipient_names"] == "Ukraine\x1fUkraine"
        assert rows["n1#0"]["event_date"] is None and str(rows["s2#0"]["event_date"]) == "2023-01-05"
        assert store.stats_timeline(interval="year", by="type", type="THREATEN") == []
        with store.transaction():                       # back to schema version 2
            drop_event_columns(store, cols)
            store._exec("DELETE FROM schema_migrations WHERE version = 3")
        assert [v for v, _ in migrate(store_url)] == [3]
        assert store._query(query)[1] == written
        assert store.event_ids(actor="ukr", recipient="russia") == ["kherson#2", "s2#0"]

    def test_literal_wildcards_in_filters(self, store):
        store.write_documents([small_doc("p", "Prices rose 50% in a_b.")], "t")
        assert len(store.query_events(text="50%")) == 1
        assert store.query_events(text="5_%") == []
        assert len(store.query_events(text="a_b")) == 1

    def test_exports_read_back(self, store, tmp_path):
        import duckdb
        docs = [kherson_doc(), small_doc("s1", 'He said "no", then, \tleft.\nNew line.')]
        store.write_documents(docs, "t")
        n = store.export(str(tmp_path / "e.jsonl"), "jsonl")
        lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
        assert n == 4 and lines == store.event_records()
        assert store.export(str(tmp_path / "e.csv"), "csv", type="RETREAT") == 1
        with open(tmp_path / "e.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert rows[0]["event_id"] == "kherson#0" and rows[0]["source_country"] == "RUS"
        assert rows[0]["place_name"] == "Kherson" and rows[0]["story_date"] == "2022-11-09"
        for name in ("event_id", "story_date", "event_type", "event_mode", "contexts",
                     "source_actor", "source_country", "source_sector", "target_actor",
                     "target_country", "target_sector", "place_name", "lat", "lon", "country",
                     "confidence", "sentence"):
            assert name in rows[0]
        assert store.export(str(tmp_path / "all.csv"), "csv") == 4
        con = duckdb.connect()
        got = con.execute("SELECT event_id, sentence FROM read_csv(?, header=true) "
                          "ORDER BY event_id", [str(tmp_path / "all.csv")]).fetchall()
        assert dict(got)["s1#0"] == docs[1].text
        assert store.export(str(tmp_path / "e.tsv"), "tsv") == 4
        assert store.export(str(tmp_path / "e.parquet"), "parquet") == 4
        table = pq.read_table(tmp_path / "e.parquet")
        assert table.num_rows == 4 and table.column("event_type").to_pylist() == [
            "CONSULT", "RETREAT", "REJECT", "ASSAULT"]
        assert con.execute("SELECT count(*), sum(CASE WHEN negated THEN 1 ELSE 0 END) FROM "
                           "read_parquet(?)", [str(tmp_path / "e.parquet")]).fetchone() == (4, 1)
        assert store.export(str(tmp_path / "none.parquet"), "parquet", type="AID") == 0
        assert pq.read_table(tmp_path / "none.parquet").num_rows == 0
        with pytest.raises(StoreError, match="unknown export format"):
            store.export(str(tmp_path / "x.xml"), "xml")
        assert not list(tmp_path.glob("*.part"))

    def test_lists_and_stats(self, store):
        store.write_documents([
            kherson_doc(),
            small_doc("s1", "Russia shelled Kharkiv.", "ASSAULT", date="2022-11-10"),
            small_doc("s2", "Russia shelled Kyiv.", "ASSAULT", date="2022-11-16")], "t")
        actors = store.actors()
        assert actors[0] == {"name": "Russia", "country": "RUS", "sector": None, "count": 3,
                             "as_actor": 3, "as_recipient": 0}
        assert {(a["name"], a["count"]) for a in store.actors(limit=100)} >= {
            ("Iran", 1), ("Volodymyr Zelensky", 1), ("Ukraine", 2)}
        assert len(store.actors(limit=2)) == 2
        quotes = store.quotes()
        assert [q["kind"] for q in quotes] == ["direct", "according_to"]
        assert quotes[0]["document_id"] == "kherson" and quotes[0]["content"]["text"] == "We will not give up"
        assert [q["kind"] for q in store.quotes(speaker="zelensky")] == ["direct"]
        places = {p["name"]: p for p in store.places()}
        assert places["Tehran"]["country"] == "IRN" and places["Tehran"]["mentions"] == 1
        assert store.stats_timeline(interval="week", by="quad_class") == [
            {"period": "2022-11-07", "quad_class": "material_conflict", "count": 1},
            {"period": "2022-11-07", "quad_class": "material_cooperation", "count": 1},
            {"period": "2022-11-07", "quad_class": "verbal_conflict", "count": 1},
            {"period": "2022-11-07", "quad_class": "verbal_cooperation", "count": 1},
            {"period": "2022-11-14", "quad_class": "material_conflict", "count": 1}]
        day = store.stats_timeline(type="ASSAULT")
        assert day == [{"period": "2022-11-10", "type": "ASSAULT", "count": 1},
                       {"period": "2022-11-16", "type": "ASSAULT", "count": 1}]
        dyads = store.stats_dyads()
        assert dyads[0] == {"actor": "RUS", "recipient": "UKR", "count": 2,
                            "verbal_cooperation": 0, "material_cooperation": 0,
                            "verbal_conflict": 0, "material_conflict": 2}
        assert {(d["actor"], d["recipient"]) for d in dyads} == {("RUS", "UKR"), ("UKR", "RUS")}
        assert store.stats_dyads(since="2022-11-15")[0]["count"] == 1
        with pytest.raises(StoreError, match="interval"):
            store.stats_timeline(interval="hour")

    def test_delete_documents(self, store):
        store.write_documents([kherson_doc(), small_doc("s1", "x")], "t")
        assert store.delete_documents(["kherson", "nope"]) == 1
        assert table_counts(store) == {
            "documents": 1, "events": 1, "event_actors": 2, "places": 0, "quotes": 0}

    def test_many_documents_in_one_batch(self, store):
        docs = [small_doc(f"d{i:04d}", f"Text number {i}.", date=f"2023-01-{i % 28 + 1:02d}")
                for i in range(1200)]           # more ids than one IN (...) chunk
        assert store.write_documents(docs, "t") == 1200
        assert store.write_documents(docs, "t") == 0
        assert len(store.known_ids([d.id for d in docs] + ["zzz"])) == 1200
        assert len(store.event_records()) == 1200
        assert store.count_documents() == 1200

