"""Load benchmark of the REST API (not a test): latency at 20 concurrent clients.

Builds a DuckDB store of synthetic events (1,000,000 by default) straight into the
tables that ``open_store`` creates (filling the columns the store's writer fills: the
stored ``event_date`` and the denormalised actor/recipient countries and names), starts ``dateline serve`` on 127.0.0.1, and fires
``GET /events`` with two filters and ``GET /stats/timeline`` from concurrent clients
(closed loop: each client sends its next request when the previous one is answered).

    .venv/bin/python bench/api_load.py                      # build (or reuse) and measure
    .venv/bin/python bench/api_load.py --events 200000 --requests 200 --rebuild

Targets (issue 7): /events p95 < 100 ms, /stats/timeline p95 < 300 ms.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx

from dateline.records import EVENT_TYPES, QUAD_CLASS
from dateline.store import open_store
from dateline.store.schema import COLUMNS

EVENTS_PER_DOC = 5
DAYS = 3 * 365
START = "2021-01-01"
COUNTRIES = ("USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "IRN", "ISR", "PSE", "SYR",
             "TUR", "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "NGA", "ETH", "SDN", "MLI",
             "VEN", "COL", "BRA", "MEX", "JPN", "KOR", "PRK", "TWN")
CITIES = (("Kyiv", 50.45, 30.52, "UKR"), ("Moscow", 55.75, 37.62, "RUS"),
          ("Gaza", 31.5, 34.47, "PSE"), ("Khartoum", 15.5, 32.56, "SDN"),
          ("Washington", 38.9, -77.04, "USA"), ("Beijing", 39.9, 116.4, "CHN"),
          ("Bamako", 12.65, -8.0, "MLI"), ("Kabul", 34.53, 69.17, "AFG"))


def _list(values) -> str:
    return "[" + ", ".join("'" + v + "'" for v in values) + "]"


def _country(salt: int) -> str:
    """SQL picking the country of event ``i`` (the same for its events and actors rows)."""
    return f"{_list(COUNTRIES)}[1 + CAST(hash(i * {salt}) % {len(COUNTRIES)} AS BIGINT)]"


def build(path: str, n_events: int) -> None:
    """A fresh store at ``path`` holding ``n_events`` synthetic events."""
    for p in (path, path + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    open_store(path).close()  # the schema exactly as the store creates it
    n_docs = (n_events + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC
    types, quads = list(EVENT_TYPES), [QUAD_CLASS[t] for t in EVENT_TYPES]
    con = duckdb.connect(path)
    t0 = time.perf_counter()
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"""
        INSERT INTO documents (id, text, text_json, clean_text, date, title, source, url,
                               text_sha1, coder_version, ingested_at, extra)
        SELECT 'doc-' || i,
               'Synthetic article ' || i || '. Forces of one country struck another.',
               NULL, NULL, DATE '{START}' + CAST(i % {DAYS} AS INTEGER),
               'Synthetic ' || i, 'bench', NULL, md5('doc-' || i), 'bench', now(), NULL
        FROM range({n_docs}) t(i)""")
    cities = "[" + ", ".join(f"{{'n': '{c}', 'lat': {la}, 'lon': {lo}, 'cc': '{cc}'}}"
                             for c, la, lo, cc in CITIES) + "]"
    names = ", ".join(name for name, _ in COLUMNS["events"])
    con.execute(f"""
        INSERT INTO events ({names})
        SELECT 'doc-' || d || '#' || o, 'doc-' || d, o, tp, qc, 'unspecified', '[]',
               'struck', 10, 16, 'Forces of one country struck another.', 0, 38,
               CASE WHEN i % 4 = 0 THEN NULL ELSE day END,
               CASE WHEN i % 4 = 0 THEN NULL ELSE 'day' END,
               c.n, 0, 5, c.n, 1000 + (h % 8), c.lat, c.lon, c.cc, NULL, 'PPLC', NULL,
               NULL, NULL, NULL, false, false, 0.5 + (h % 50) / 100.0, 'bench', NULL,
               day, '|' || ac || '|', '|' || rc || '|', ac || chr(31) || ac, rc || chr(31) || rc
        FROM (SELECT i, i // {EVENTS_PER_DOC} AS d, i % {EVENTS_PER_DOC} AS o,
                     DATE '{START}' + CAST((i // {EVENTS_PER_DOC}) % {DAYS} AS INTEGER) AS day,
                     CAST(hash(i) % 1000 AS BIGINT) AS h,
                     {_list(types)}[1 + CAST(hash(i * 7) % {len(types)} AS BIGINT)] AS tp,
                     {_list(quads)}[1 + CAST(hash(i * 7) % {len(types)} AS BIGINT)] AS qc,
                     {cities}[1 + CAST(hash(i) % {len(CITIES)} AS BIGINT)] AS c,
                     {_country(3)} AS ac, {_country(5)} AS rc
              FROM range({n_events}) t(i))""")
    for role, salt in (("actor", 3), ("recipient", 5)):
        con.execute(f"""
            INSERT INTO event_actors
            SELECT 'doc-' || (i // {EVENTS_PER_DOC}) || '#' || (i % {EVENTS_PER_DOC}),
                   'doc-' || (i // {EVENTS_PER_DOC}), '{role}', 0, cc, 0, 6, cc, cc,
                   'GOV', NULL, NULL, NULL
            FROM (SELECT i, {_country(salt)} AS cc FROM range({n_events}) t(i))""")
    con.execute("CHECKPOINT")
    con.close()
    print(f"built {n_events:,} events in {n_docs:,} documents in "
          f"{time.perf_counter() - t0:.1f} s: {path}", flush=True)


def store_events(path: str) -> int:
    if not os.path.exists(path):
        return 0
    try:
        con = duckdb.connect(path, read_only=True)
        try:
            return con.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return 0


def _dateline() -> list[str]:
    exe = Path(sys.executable).with_name("dateline")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dateline"]


def start_server(path: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(_dateline() + ["serve", "--db", path, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"dateline serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit("dateline serve did not start in 120 s")


def scenarios(rng: random.Random) -> dict:
    def day(n: int) -> str:
        import datetime as dt
        return (dt.date.fromisoformat(START) + dt.timedelta(days=n)).isoformat()

    def by_country():
        return "/events", {"type": rng.choice(EVENT_TYPES), "actor": rng.choice(COUNTRIES)}

    def by_dates():
        first = rng.randrange(DAYS - 30)
        return "/events", {"type": rng.choice(EVENT_TYPES), "since": day(first),
                           "until": day(first + 30)}

    def timeline():
        return "/stats/timeline", {"interval": "week", "by": "quad_class"}

    def timeline_type():
        return "/stats/timeline", {"interval": "day", "type": rng.choice(EVENT_TYPES)}

    return {"events type+actor": by_country, "events type+dates": by_dates,
            "timeline week": timeline, "timeline day, type": timeline_type}


async def run(base: str, make, n: int, clients: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    todo = iter(range(n))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        async def worker():
            nonlocal errors
            for _ in todo:
                url, params = make()
                t0 = time.perf_counter()
                r = await client.get(url, params=params)
                await r.aread()
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1
        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="/tmp/dateline-bench.duckdb")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--rebuild", action="store_true", help="build the store even if it exists")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=400, help="requests per scenario")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    if args.rebuild or store_events(args.db) < args.events:
        build(args.db, args.events)
    else:
        print(f"reusing {args.db} ({store_events(args.db):,} events)")
    server = start_server(args.db, args.port)
    base = f"http://127.0.0.1:{args.port}"
    rng = random.Random(args.seed)
    try:
        for name, make in scenarios(rng).items():
            asyncio.run(run(base, make, args.clients * 2, args.clients))  # warm up
            t0 = time.perf_counter()
            lat, errors = asyncio.run(run(base, make, args.requests, args.clients))
            wall = time.perf_counter() - t0
            print(f"{name:22s} n={len(lat):4d} errors={errors} {len(lat) / wall:6.1f} req/s  "
                  f"p50={pct(lat, 50):7.1f} ms  p95={pct(lat, 95):7.1f} ms  "
                  f"p99={pct(lat, 99):7.1f} ms", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          "(other processes share them; figures vary with load)")


if __name__ == "__main__":
    if shutil.which("dateline") is None and not Path(sys.executable).with_name("dateline").exists():
        print("note: running `python -m dateline serve`", file=sys.stderr)
    main()
