"""Gazetteer benchmark: build time, load time and lookup latency, pickled dicts vs SQLite.

    .venv/bin/python bench/bench_gazetteer.py

The shipped index is a pickled dict (name key -> record ids, records as tuples) in the
user cache dir. This script also writes the same data to a SQLite file (DuckDB is a
column store made for scans, not point lookups, so it was not a contender for per-name
lookups at this rate) and prints load and lookup figures for both, so the choice can be
re-checked. Not a test.
"""
from __future__ import annotations

import os
import pickle
import sqlite3
import statistics
import sys
import tempfile
import time

NAMES = ["Kherson", "Tehran", "Springfield", "Paris", "Georgia", "Kiev", "Laurel County",
         "Gainesville", "Alexandria", "Washington", "Dnipro", "Nowhere Such Place"]


def main() -> int:
    from dateline import gazetteer
    from dateline.gazetteer.build import build

    t = time.perf_counter()
    data = build()
    t_build = time.perf_counter() - t
    tmp = tempfile.mkdtemp()
    pkl = os.path.join(tmp, "g.pkl")
    with open(pkl, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"build from packages: {t_build:.1f}s; {len(data['records'])} records, "
          f"{len(data['names'])} names; pickle {os.path.getsize(pkl) / 1e6:.1f} MB")

    os.environ["DATELINE_CACHE"] = tmp
    gazetteer.load.cache_clear()
    os.replace(pkl, gazetteer.cache_path())
    t = time.perf_counter()
    gz = gazetteer.load()
    t_load = time.perf_counter() - t
    lat = []
    for _ in range(200):
        for n in NAMES:
            t = time.perf_counter()
            gz.lookup(n)
            lat.append(time.perf_counter() - t)
    print(f"pickle: load {t_load:.2f}s, lookup median {statistics.median(lat) * 1e6:.0f} us, "
          f"p99 {sorted(lat)[int(len(lat) * 0.99)] * 1e6:.0f} us")

    db = os.path.join(tmp, "g.sqlite")
    t = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("create table rec (i integer primary key, gid, name, lat, lon, cc, fcode, pop, adm1, adm2)")
    con.execute("create table names (k text, i integer)")
    con.executemany("insert into rec values (?,?,?,?,?,?,?,?,?,?)",
                    ((i, *r) for i, r in enumerate(data["records"])))
    con.executemany("insert into names values (?,?)",
                    ((k, i) for k, ids in data["names"].items() for i in ids))
    con.execute("create index names_k on names(k)")
    con.commit()
    con.close()
    t_sql_build = time.perf_counter() - t
    t = time.perf_counter()
    con = sqlite3.connect(db)
    t_sql_load = time.perf_counter() - t
    from dateline.gazetteer.normalize import norm
    lat = []
    for _ in range(200):
        for n in NAMES:
            t = time.perf_counter()
            con.execute("select r.* from names n join rec r on r.i = abs(n.i) - (n.i < 0) "
                        "where n.k = ?", (norm(n),)).fetchall()
            lat.append(time.perf_counter() - t)
    print(f"sqlite: write {t_sql_build:.1f}s, file {os.path.getsize(db) / 1e6:.1f} MB, open {t_sql_load * 1e3:.1f} ms, "
          f"lookup median {statistics.median(lat) * 1e6:.0f} us, p99 {sorted(lat)[int(len(lat) * 0.99)] * 1e6:.0f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
