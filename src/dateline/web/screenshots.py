"""Screenshots of the web interface for the README, taken with Debian's headless Chromium.

    python -m dateline.web.screenshots --db dateline.duckdb --out docs/screenshots

writes ``map.png`` (map, timeline and event table) and ``article.png`` (an article with its
highlights). Needs the ``playwright`` package and ``/usr/bin/chromium`` (no browser
download: Playwright drives the system Chromium). The helpers here serve the browser tests too.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Iterator

CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-default-apps", "--disable-extensions"]


@contextlib.contextmanager
def running_server(app, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yields the base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=0, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def launch(playwright):
    """Debian's Chromium, headless, with nothing that calls home."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def take(db: str, out: Path, width: int = 1400, height: int = 860) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from dateline.api import create_app

    out.mkdir(parents=True, exist_ok=True)
    shots = [out / "map.png", out / "article.png"]
    with running_server(create_app(db)) as base, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(base + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots[0]))
        rows = page.locator("#events-table tbody tr[data-event]")
        if rows.count():
            rows.nth(min(3, rows.count() - 1)).click()
            page.wait_for_selector("#article-text .hl-sentence", timeout=10_000)
            page.wait_for_timeout(200)
        page.screenshot(path=str(shots[1]))
        browser.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="dateline.duckdb")
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        print(f"error: no database at {args.db}; run `make demo` first", file=sys.stderr)
        return 2
    for path in take(args.db, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
