"""The web interface in Debian's headless Chromium, driven by Playwright, against a real server.

Run where /usr/bin/chromium and the playwright package exist (``.ci/chromium.sh`` installs
Chromium); under CI=true a missing browser fails instead of skipping.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from api_corpus import build_store

pytestmark = pytest.mark.system


def _need_browser():
    from dateline.web.screenshots import CHROMIUM
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "the playwright package is not installed (pip install -e '.[test]')"
    if problem is None and not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium, or source .ci/chromium.sh)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _need_browser()
    from dateline.api import create_app
    from dateline.web.screenshots import running_server

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    docs = build_store(path)
    with running_server(create_app(str(path))) as base:
        yield base, docs


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    from dateline.web.screenshots import launch

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def page(site, browser):
    base = site[0]
    page = browser.new_page(viewport={"width": 1366, "height": 800})
    page.requests, page.problems = [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    yield page
    outside = [u for u in page.requests if not u.startswith(base + "/") and not u.startswith("data:")]
    assert outside == [], f"requests left localhost: {outside}"
    assert page.problems == []
    page.close()


def open_page(page, base, query=""):
    page.goto(base + "/" + query)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def params(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def url_has(page, *parts, absent=False):
    """Wait for the address to contain (or lose) every part; no script runs in the page (CSP)."""
    from playwright.sync_api import expect

    pattern = "".join(f"(?=.*{re.escape(p)})" for p in parts)
    if absent:
        expect(page).not_to_have_url(re.compile(pattern + ".*"))
    else:
        expect(page).to_have_url(re.compile(pattern + ".*"))


def expect_rows(page, n):
    from playwright.sync_api import expect

    expect(rows(page)).to_have_count(n)


def rows(page):
    return page.locator("#events-table tbody tr[data-event]")


def test_map_timeline_table_and_network_draw(site, page):
    base, docs = site
    open_page(page, base)
    page.wait_for_selector("path.country", state="attached")
    assert page.locator("path.country").count() > 150
    located = {(round(e.location.lat, 2), round(e.location.lon, 2), e.quad_class)
               for d in docs for e in d.events if e.location and e.location.lat is not None}
    assert page.locator("circle.marker").count() == len(located) > 0
    assert rows(page).count() == sum(len(d.events) for d in docs)
    assert page.locator("#timeline rect[class^='q-']").count() > 0
    page.click("#tab-network")
    assert page.locator("#network .node").count() >= 2
    assert params(page)["tab"] == "network"


def test_filter_by_type_and_date_changes_url_and_views(site, page):
    base, docs = site
    open_page(page, base)
    all_markers = page.locator("circle.marker").count()
    page.select_option("#f-type", "ASSAULT")
    url_has(page, "type=ASSAULT")
    expect_rows(page, sum(1 for d in docs for e in d.events if e.type == "ASSAULT"))
    types = rows(page).locator("td:nth-child(2) strong").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    assert page.locator("circle.marker").count() < all_markers
    page.fill("#f-since", "2023-03-01")
    page.fill("#f-until", "2023-04-30")
    page.click("#filters button[type=submit]")
    url_has(page, "until=2023-04-30")
    q = params(page)
    assert q["type"] == "ASSAULT" and q["since"] == "2023-03-01"
    want = sum(1 for d in docs for e in d.events
               if e.type == "ASSAULT" and "2023-03-01" <= (e.date or d.date) <= "2023-04-30")
    expect_rows(page, want)
    dates = rows(page).locator("td.date").all_inner_texts()
    assert all("2023-03-01" <= x <= "2023-04-30" for x in dates)
    page.go_back()  # each applied change is a step in the history
    url_has(page, "until=", absent=True)
    page.go_back()
    url_has(page, "since=", absent=True)
    url_has(page, "type=ASSAULT")
    assert page.input_value("#f-since") == ""


def test_click_event_highlights_its_sentence(site, page):
    base, docs = site
    open_page(page, base)
    row = rows(page).nth(2)
    event_id = row.get_attribute("data-event")
    row.click()
    page.wait_for_selector("#article-text .hl-selected")
    doc_id, n = event_id.rsplit("#", 1)
    event = next(d for d in docs if d.id == doc_id).events[int(n)]
    sentence = "".join(page.locator("#article-text .hl-sentence").all_inner_texts())
    assert sentence.replace("\n", "") == event.sentence.text.replace("\n", "")
    assert "".join(page.locator("#article-text .hl-selected").all_inner_texts()) == event.trigger.text
    assert page.locator("#article-text .hl-actor").count() > 0
    assert params(page)["event"] == event_id and params(page)["tab"] == "article"
    assert page.locator("#events-table tr.selected").count() == 1


def test_shared_url_restores_filters_and_article(site, page, browser):
    base, docs = site
    doc = next(d for d in docs if any(e.type == "PROTEST" for e in d.events))
    n = next(i for i, e in enumerate(doc.events) if e.type == "PROTEST")
    open_page(page, base, f"?type=PROTEST&event={doc.id}%23{n}&tab=article")
    assert page.input_value("#f-type") == "PROTEST"
    page.wait_for_selector("#article-text .hl-selected")
    assert page.locator("#article-text .hl-selected").inner_text() == doc.events[n].trigger.text
    assert not page.locator("#article-panel").is_hidden()


def test_marker_click_and_network_node_filter(site, page):
    base, _ = site
    open_page(page, base)
    marker = page.locator("circle.marker").first
    count = int(marker.get_attribute("data-count"))
    marker.click(force=True)
    url_has(page, "event=")
    if count > 1:
        assert rows(page).count() == count
    page.click("#tab-network")
    node = page.locator("#network .node").first
    actor = node.get_attribute("data-actor")
    node.click()
    url_has(page, "actor=")
    assert params(page)["actor"] == actor


def test_timeline_brush_sets_dates_and_keyboard(site, page):
    base, _ = site
    open_page(page, base)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.95, y, steps=5)
    page.mouse.up()
    url_has(page, "since=", "until=")
    q = params(page)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", q["since"]) and q["since"] <= q["until"]
    assert page.input_value("#f-since") == q["since"]
    page.locator("body").press("Escape")
    url_has(page, "since=", absent=True)
    page.keyboard.press("j")
    url_has(page, "event=")
    page.keyboard.press("Enter")
    page.wait_for_selector("#article-text .hl-selected")
    page.keyboard.press("/")
    from playwright.sync_api import expect
    expect(page.locator("#f-text")).to_be_focused()
