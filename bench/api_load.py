"""Load benchmark of the REST API (not a test): latency at 20 concurrent clients.

    .venv/bin/python bench/api_load.py            # reuse /tmp/dateline-bench.duckdb (or build it)

Builds (once; later runs reuse it) a DuckDB store of synthetic events (1,000,000 by
default) straight into the tables that ``open_store`` creates, filling every column the
store's writer fills (``event_date``, the denormalised actor/recipient columns, the
``flat_*`` columns of migration 4, ``seq`` of migration 5), then runs the maintenance step
``Store.optimize()`` (daily counts, ``flat_json`` rendered, events laid out in page order;
about 3-4 minutes for a million events on 2 cores). A store built before migration 5 is
migrated and optimized instead of rebuilt. Then it starts ``dateline serve`` on 127.0.0.1 and fires ``GET /events`` with two
filters and ``GET /stats/timeline`` from concurrent clients (closed loop: each client sends
its next request when the previous one is answered). Every request's filters are drawn at
random (type, country, dates, brushed ranges), so no two runs of a scenario repeat a
request often. The clients are a lean keep-alive HTTP/1.1 client (httpx cost as much CPU a
request as the server's own work, on the same 2 cores).

    .venv/bin/python bench/api_load.py --rebuild                  # build the store anew
    .venv/bin/python bench/api_load.py --events 200000 --requests 200 --db /tmp/small.duckdb
    .venv/bin/python bench/api_load.py --only events              # the /events scenarios only
    .venv/bin/python bench/api_load.py --url http://127.0.0.1:8000  # a server already running
    .venv/bin/python bench/api_load.py --immutable --workers 2   # read-only, two server processes

Each line gives throughput, p50/p95/p99 latency, the client's own CPU per request, the
server's CPU per request (user + system time of the server process and its workers, from
/proc, over the scenario's requests: the figure that other work on the machine disturbs
least) and the load average; the machine's other work shows in the latencies. The served DuckDB runs one
thread per query (``DATELINE_DUCKDB_THREADS``, default 1; see docs/scaling.md).

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
from typing import Optional
from urllib.parse import urlencode

import duckdb
import httpx

from dateline.records import EVENT_TYPES, QUAD_CLASS
from dateline.store import open_store
from dateline.store.schema import COLUMNS, LATEST_VERSION

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
               day, '|' || ac || '|', '|' || rc || '|', ac || chr(31) || ac, rc || chr(31) || rc,
               ac, ac, rc, rc, false, i + 1, NULL
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
    t0 = time.perf_counter()
    # the maintenance step: daily counts, flat_json rendered, events in page order
    with open_store(path) as store:
        store.optimize()
    print(f"optimized (Store.optimize) in {time.perf_counter() - t0:.1f} s", flush=True)


def store_events(path: str) -> int:
    """Events in the store at ``path``; 0 when there is none, or its schema is older than
    migration 4 (the benchmark then builds a new one). A store at version 4 or later is
    brought up to date here: migrated, then ``Store.optimize()`` (about 2 minutes for a
    million events: it renders ``flat_json`` and lays the events out again)."""
    if not os.path.exists(path):
        return 0
    try:
        con = duckdb.connect(path, read_only=True)
        try:
            version = con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
            n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return 0
    if version < 4:
        return 0
    if version < LATEST_VERSION:
        t0 = time.perf_counter()
        with open_store(path) as store:
            store.optimize()
        print(f"migrated {path} to schema version {LATEST_VERSION} and optimized it in "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
    return n


def server_cpu_s(pid: int) -> Optional[float]:
    """CPU seconds (user + system) used so far by process ``pid`` and its children
    (uvicorn's workers); None where /proc cannot tell."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                stats[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    except (OSError, ValueError, AttributeError):
        return None
    family, total, grew = {pid}, 0, True
    while grew:
        grew = False
        for p, (parent, _) in stats.items():
            if parent in family and p not in family:
                family.add(p)
                grew = True
    for p in family:
        if p in stats:
            total += stats[p][1]
    return total / tick


def _dateline() -> list[str]:
    exe = Path(sys.executable).with_name("dateline")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dateline"]


def start_server(path: str, port: int, workers: int = 1, immutable: bool = False) -> subprocess.Popen:
    extra = (["--immutable"] if immutable else []) + ["--workers", str(workers)]
    proc = subprocess.Popen(_dateline() + ["serve", "--db", path, "--port", str(port)] + extra,
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

    def brushed(params: dict) -> dict:
        # half the time a brushed part of the range, as the page asks after a brush
        if rng.random() < 0.5:
            first = rng.randrange(DAYS - 60)
            params.update(since=day(first), until=day(first + rng.randrange(30, DAYS - first)))
        return params

    def timeline():
        return "/stats/timeline", brushed({"interval": "week", "by": "quad_class"})

    def timeline_page():
        # what the web page asks: days by quad class, under the filters set on the page
        params = brushed({"interval": "day", "by": "quad_class"})
        pick = rng.random()
        if pick < 0.3:
            params["type"] = ",".join(rng.sample(EVENT_TYPES, rng.randrange(1, 4)))
        elif pick < 0.45:
            params["quad_class"] = rng.choice(sorted(set(QUAD_CLASS.values())))
        return "/stats/timeline", params

    def timeline_type():
        return "/stats/timeline", {"interval": "day", "type": rng.choice(EVENT_TYPES)}

    def timeline_actor():
        # a filter the daily counts cannot answer: counted from the events themselves
        return "/stats/timeline", {"interval": "week", "by": "quad_class",
                                   "actor": rng.choice(COUNTRIES)}

    return {"events type+actor": by_country, "events type+dates": by_dates,
            "timeline week": timeline, "timeline day, type": timeline_type,
            "timeline day, page": timeline_page, "timeline week, actor": timeline_actor}


class Connection:
    """A lean HTTP/1.1 keep-alive client: the load generator shares the machine's cores
    with the server, and httpx costs about 2-3 ms of CPU a request, as much as the
    server's own work; this costs a fraction of that."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str, params: dict) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        target = path + ("?" + urlencode(params) if params else "")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Accept: */*\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in
                   (line.partition(":") for line in lines[1:] if line)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.reader.read()
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run(base: str, make, n: int, clients: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    todo = iter(range(n))
    host, port = base.split("//", 1)[1].rsplit(":", 1)

    async def worker():
        nonlocal errors
        conn = Connection(host, int(port))
        try:
            for _ in todo:
                url, params = make()
                t0 = time.perf_counter()
                status, _ = await conn.get(url, params)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            conn.close()
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
    ap.add_argument("--url", help="measure the server already running at this URL (e.g. "
                                  "http://127.0.0.1:8000) instead of building and starting one")
    ap.add_argument("--workers", type=int, default=1,
                    help="server processes (dateline serve --workers; > 1 needs --immutable)")
    ap.add_argument("--immutable", action="store_true",
                    help="serve the store read-only (dateline serve --immutable)")
    ap.add_argument("--only", help="comma-separated words: run the scenarios whose name has one")
    args = ap.parse_args()

    server = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        if args.rebuild or store_events(args.db) < args.events:
            build(args.db, args.events)
        else:
            print(f"reusing {args.db} ({store_events(args.db):,} events)")
        server = start_server(args.db, args.port, args.workers, args.immutable)
        print(f"server: {args.workers} worker(s), "
              f"{'read-only (--immutable)' if args.immutable else 'writable'}", flush=True)
        base = f"http://127.0.0.1:{args.port}"
    rng = random.Random(args.seed)
    words = [w.strip() for w in (args.only or "").split(",") if w.strip()]
    print(f"{args.clients} clients, {args.requests} requests a scenario; load average before: "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", flush=True)
    try:
        for name, make in scenarios(rng).items():
            if words and not any(w in name for w in words):
                continue
            asyncio.run(run(base, make, args.clients * 2, args.clients))  # warm up
            s0 = server_cpu_s(server.pid) if server is not None else None
            t0, c0 = time.perf_counter(), time.process_time()
            lat, errors = asyncio.run(run(base, make, args.requests, args.clients))
            wall = time.perf_counter() - t0
            client_ms = (time.process_time() - c0) / max(1, len(lat)) * 1000
            s1 = server_cpu_s(server.pid) if server is not None else None
            server_ms = (f", server CPU {(s1 - s0) / max(1, len(lat)) * 1000:.1f} ms/req"
                         if s0 is not None and s1 is not None else "")
            print(f"{name:22s} n={len(lat):4d} errors={errors} {len(lat) / wall:6.1f} req/s  "
                  f"p50={pct(lat, 50):7.1f} ms  p95={pct(lat, 95):7.1f} ms  "
                  f"p99={pct(lat, 99):7.1f} ms  (client CPU {client_ms:.1f} ms/req{server_ms}, "
                  f"load {os.getloadavg()[0]:.2f})", flush=True)
    finally:
        if server is not None:
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
