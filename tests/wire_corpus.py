"""Generated wire-style articles for ingest tests: many short reports, deterministic.

Every sentence pattern below is our own writing; articles combine 4 to 7 of them with
different actors, places and dates, so the pipeline finds events, places and quotes.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

COUNTRIES = [("Russia", "Moscow", "Russian"), ("Ukraine", "Kyiv", "Ukrainian"),
             ("Iran", "Tehran", "Iranian"), ("Turkey", "Ankara", "Turkish"),
             ("France", "Paris", "French"), ("Germany", "Berlin", "German"),
             ("Nigeria", "Abuja", "Nigerian"), ("Kenya", "Nairobi", "Kenyan"),
             ("India", "New Delhi", "Indian"), ("Pakistan", "Islamabad", "Pakistani"),
             ("Israel", "Jerusalem", "Israeli"), ("Egypt", "Cairo", "Egyptian"),
             ("Brazil", "Brasilia", "Brazilian"), ("Japan", "Tokyo", "Japanese"),
             ("China", "Beijing", "Chinese"), ("Poland", "Warsaw", "Polish")]
CITIES = ["Kherson", "Kharkiv", "Odesa", "Aleppo", "Lagos", "Mombasa", "Karachi", "Gaza",
          "Alexandria", "Sao Paulo", "Osaka", "Gdansk", "Izmir", "Lyon", "Hamburg", "Mosul"]
LEADERS = ["President Anna Kowalski", "Prime Minister David Osei", "Foreign Minister Lena Brandt",
           "General Omar Haddad", "Defence Minister Ivan Petrenko", "Senator Maria Silva"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES = [
    "{adj} troops shelled {city} on {day}, killing {n} civilians, local officials said.",
    "{adj} forces withdrew from positions near {city} after weeks of heavy fighting.",
    "Officials from {c1} and {c2} met in {cap1} on {day} to discuss a ceasefire.",
    "{c1} accused {c2} of violating the agreement, according to a statement from its foreign ministry.",
    "\"We will not accept these demands,\" {leader} told reporters in {cap1}.",
    "Thousands of protesters marched through {city} on {day} demanding higher wages.",
    "The European Union imposed new sanctions on {c2} over the attacks.",
    "{c1} sent {n} tonnes of humanitarian aid to {city}, the Red Cross said.",
    "Police arrested {n} activists in {city} on {day}, according to witnesses.",
    "{c1} threatened to cut gas supplies to {c2} if the talks failed.",
    "{leader} praised the cooperation between {c1} and {c2} during a visit to {cap2}.",
    "{c2} rejected the proposal, calling it unacceptable.",
    "{c1} agreed to release {n} prisoners as part of the deal, the mediators said.",
    "{adj} warplanes struck a fuel depot outside {city} overnight.",
    "{c1} called on {c2} to return to the negotiating table.",
    "{c2} deployed additional troops along its border with {c1}, state media reported.",
]


def article(i: int, rng: random.Random) -> dict:
    (c1, cap1, adj), (c2, cap2, _) = rng.sample(COUNTRIES, 2)
    values = dict(c1=c1, c2=c2, cap1=cap1, cap2=cap2, adj=adj, city=rng.choice(CITIES),
                  leader=rng.choice(LEADERS), day=rng.choice(WEEKDAYS), n=rng.randint(2, 90))
    body = " ".join(s.format(**values) for s in rng.sample(SENTENCES, rng.randint(4, 7)))
    date = dt.date(2023, 1, 1) + dt.timedelta(days=i % 120)
    return {"id": f"wire-{i:04d}", "text": f"{cap1.upper()} (Wire) -- {body}",
            "date": date.isoformat(), "title": f"Report {i}", "source": "Wire",
            "url": f"https://example.org/wire/{i}"}


def articles(n: int = 200, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def write_jsonl(directory: Path, records: list[dict], parts: int = 2) -> list[Path]:
    """The records split over ``parts`` JSON Lines files."""
    paths = []
    size = -(-len(records) // parts)
    for p in range(parts):
        path = directory / f"wire-{p}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for rec in records[p * size:(p + 1) * size]:
                f.write(json.dumps(rec) + "\n")
        paths.append(path)
    return paths
