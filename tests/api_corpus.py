"""Short wire reports for the API and browser tests, and a DuckDB store filled from them.

The expected answers of the tests are computed from the Documents that were stored, so
that better extraction changes what is stored without breaking the tests.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

ARTICLES = [
    ("kyiv-2023-04-02", "2023-04-02",
     "KYIV, Ukraine (Wire) — Russian forces launched drone attacks on the port city of Odesa on "
     "Sunday, killing three civilians, Ukrainian officials said. Ukraine accused Russia of "
     "targeting civilians. \"This is terror,\" President Volodymyr Zelenskiy said."),
    ("niamey-2023-03-14", "2023-03-14",
     "NIAMEY, Niger (Wire) — Thousands of demonstrators marched through Niamey on Tuesday to "
     "protest against fuel prices. Police fired tear gas and arrested dozens of protesters, "
     "according to witnesses."),
    ("tehran-2023-06-21", "2023-06-21",
     "TEHRAN, Iran (Wire) — The European Union imposed new sanctions on Iran on Wednesday. "
     "Iran's foreign ministry rejected the measures and threatened retaliation. Iranian and "
     "Russian diplomats held talks in Tehran."),
    ("khartoum-2023-05-20", "2023-05-20",
     "KHARTOUM, Sudan (Wire) — Sudan's army and the Rapid Support Forces signed a ceasefire "
     "agreement in Jeddah on Saturday. The United Nations sent food aid to Khartoum."),
    ("kherson-2022-11-09", "2022-11-09",
     "KHERSON, Ukraine (Wire) — Russia ordered its troops to withdraw from the city of Kherson "
     "on Wednesday, Defence Minister Sergei Shoigu said. Ukraine's army shelled Russian "
     "positions near Nova Kakhovka, the Ukrainian general staff said."),
]


def documents():
    from dateline.extract import Input, extract_many

    items = [Input(text=text, id=doc_id, date=dt.date.fromisoformat(date), title=doc_id,
                   source="dateline tests") for doc_id, date, text in ARTICLES]
    return list(extract_many(items, n_process=1))


def build_store(path: Path):
    """Fill a DuckDB file at ``path``; returns the stored Documents."""
    from dateline.store import open_store

    docs = documents()
    with open_store(str(path)) as store:
        store.write_documents(docs, "dateline-tests")
    return docs


def event_rows(docs) -> list[dict]:
    """Every stored event as the test's own expectation: id, type, date, location, actors."""
    out = []
    for doc in docs:
        for i, e in enumerate(doc.events):
            loc = e.location
            out.append({
                "id": f"{doc.id}#{i}", "type": e.type, "quad_class": e.quad_class,
                "date": e.date or doc.date, "mode": e.mode, "contexts": list(e.contexts),
                "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
                "actors": [a.country for a in e.actors],
                "recipients": [a.country for a in e.recipients],
                "sentence": e.sentence.text, "confidence": e.confidence})
    return out
