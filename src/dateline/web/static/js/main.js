// The page: filters <-> URL, data loading, and the wiring between map, timeline, table,
// article view and network. The URL's query string holds the filters and the selection,
// so every view can be shared by copying the address.
import { el, getJSON, query, plural, QUADS, QUAD_LABEL } from "./util.js";
import { MapView } from "./map.js";
import { Timeline } from "./timeline.js";
import { renderArticle } from "./article.js";
import { renderNetwork } from "./network.js";
import { EventTable } from "./table.js";

const FILTERS = ["type", "quad_class", "actor", "recipient", "since", "until", "text", "place",
                 "mode", "context", "min_confidence", "bbox", "near"];
const PAGE = 2000;
const $ = (id) => document.getElementById(id);

const state = { filters: {}, event: null, tab: "events", at: null };
let generation = 0;
let timelineKey = null;
let events = [];
const docCache = new Map();

const map = new MapView($("map"), { onPick: pickPlace });
const timeline = new Timeline($("timeline"), { onBrush: (since, until) => setFilters({ ...state.filters, since, until }) });
const table = new EventTable($("events-table"), $("more"), { onSelect: (id, open) => selectEvent(id, open) });

function readURL() {
  const q = new URLSearchParams(location.search);
  state.filters = {};
  for (const k of FILTERS) if (q.get(k)) state.filters[k] = q.get(k);
  state.event = q.get("event");
  state.tab = ["events", "article", "network"].includes(q.get("tab")) ? q.get("tab") : "events";
  state.at = q.get("at");
}

function writeURL(push) {
  const params = { ...state.filters, at: state.at, event: state.event, tab: state.tab === "events" ? null : state.tab };
  const url = location.pathname + query(params);
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

function formToFilters() {
  const form = new FormData($("filters"));
  const next = { ...state.filters };
  for (const [k, v] of form.entries()) next[k] = String(v).trim() || null;
  return next;
}

function filtersToForm() {
  for (const k of ["type", "quad_class", "actor", "recipient", "since", "until", "text"]) {
    const input = $("filters").elements[k];
    if (input) input.value = state.filters[k] || "";
  }
}

function setFilters(next) {
  state.filters = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== null && v !== undefined && v !== ""));
  state.at = null;
  filtersToForm();
  writeURL(true);
  load();
}

function showError(message) {
  const box = $("alert");
  box.hidden = !message;
  box.textContent = message || "";
}

async function load() {
  const gen = ++generation;
  showError(null);
  $("status").textContent = "Loading…";
  const f = state.filters;
  const undated = { ...f, since: null, until: null };
  const key = JSON.stringify(undated);
  const wantTimeline = key !== timelineKey;
  try {
    const [page, dyads, tl] = await Promise.all([
      getJSON("/events", { ...f, limit: PAGE }),
      getJSON("/stats/dyads", { ...f, limit: 150 }),
      wantTimeline ? getJSON("/stats/timeline", { ...undated, interval: "day", by: "quad_class" }) : null,
    ]);
    if (gen !== generation) return;
    events = page.events;
    if (tl) { timelineKey = key; timeline.setData(tl.buckets, f.since, f.until); }
    else timeline.setSelection(f.since, f.until);
    const placed = map.setEvents(events, state.event);
    renderNetwork($("network"), dyads.dyads, { onActor: (a) => setFilters({ ...state.filters, actor: a }) });
    showTable();
    updateExports();
    const more = page.next_cursor ? ` (the first ${PAGE.toLocaleString()}; narrow the filters or export for all)` : "";
    $("event-count").textContent = `(${events.length.toLocaleString()}${page.next_cursor ? "+" : ""})`;
    $("map-note").textContent = `${plural(placed.located, "event")} with a location`;
    $("status").textContent = `${plural(events.length, "event")}${more}.`;
    if (state.event) await showArticle(state.event, false);
  } catch (err) {
    if (gen !== generation) return;
    showError(err.message);
    $("status").textContent = "";
  }
}

function showTable() {
  let rows = events;
  const chip = $("at-chip");
  if (state.at) {
    rows = events.filter((e) => e.lat !== null && `${e.lat.toFixed(2)},${e.lon.toFixed(2)}` === state.at);
    const name = rows.length ? rows[0].location : state.at;
    chip.replaceChildren(el("span", { class: "chip" }, `at ${name}: ${plural(rows.length, "event")}`,
      el("button", { type: "button", "aria-label": "Show all places", onclick: () => { state.at = null; writeURL(false); showTable(); } }, "×")));
    chip.hidden = false;
  } else {
    chip.hidden = true;
  }
  table.setRows(rows, state.event);
}

function pickPlace(group) {
  state.at = `${group.lat.toFixed(2)},${group.lon.toFixed(2)}`;
  const first = group.events[0];
  showTable();
  if (group.events.length === 1) selectEvent(first.event_id, true);
  else { selectEvent(first.event_id, false); setTab("events"); }
}

async function selectEvent(id, open) {
  state.event = id;
  map.select(id);
  table.select(id);
  if (open) setTab("article"); else writeURL(false);
  await showArticle(id, open);
}

async function showArticle(eventId, focus) {
  const panel = $("article-panel");
  const docId = eventId.slice(0, eventId.lastIndexOf("#"));
  try {
    if (!docCache.has(docId)) docCache.set(docId, await getJSON("/documents/" + encodeURIComponent(docId)));
    if (state.event !== eventId) return;
    renderArticle(panel, docCache.get(docId), eventId, {
      onEvent: (id) => selectEvent(id, true),
      onActor: (a) => setFilters({ ...state.filters, actor: a }),
    });
    if (focus) panel.focus({ preventScroll: true });
  } catch (err) {
    docCache.delete(docId);
    panel.replaceChildren(el("p", { class: "empty" }, `Could not load the article: ${err.message}`));
  }
}

function setTab(name) {
  state.tab = name;
  for (const b of document.querySelectorAll('[role="tab"]')) {
    const on = b.dataset.tab === name;
    b.setAttribute("aria-selected", on);
    b.tabIndex = on ? 0 : -1;
    $(b.getAttribute("aria-controls")).hidden = !on;
  }
  writeURL(false);
}

function updateExports() {
  $("export-csv").href = "/events" + query({ ...state.filters, format: "csv", limit: 10000 });
  $("export-jsonl").href = "/events" + query({ ...state.filters, format: "jsonl", shape: "record", limit: 10000 });
}

async function init() {
  const legend = $("legend");
  for (const q of QUADS) legend.append(el("li", {}, el("span", { class: `swatch q-${q}` }), QUAD_LABEL[q]));
  readURL();
  setTab(state.tab);
  const meta = await getJSON("/meta").catch((e) => { showError(e.message); return null; });
  if (meta) {
    for (const t of meta.event_types) $("f-type").append(el("option", { value: t, title: QUAD_LABEL[meta.quad_class_of[t]] }, t));
    for (const q of meta.quad_classes) $("f-quad").append(el("option", { value: q }, QUAD_LABEL[q]));
  }
  filtersToForm();
  bindUI();
  map.loadWorld("/static/world.geojson").catch(() => {});
  await load();
  document.body.dataset.ready = "1";
}

function bindUI() {
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); setFilters(formToFilters()); });
  for (const id of ["f-type", "f-quad", "f-since", "f-until"]) $(id).addEventListener("change", () => setFilters(formToFilters()));
  $("reset").addEventListener("click", () => setFilters({}));
  $("clear-dates").addEventListener("click", () => setFilters({ ...state.filters, since: null, until: null }));
  $("zoom-in").addEventListener("click", () => map.zoom(1.5));
  $("zoom-out").addEventListener("click", () => map.zoom(1 / 1.5));
  $("zoom-reset").addEventListener("click", () => map.reset());
  $("help-button").addEventListener("click", () => $("help").showModal());
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((b, i) => {
    b.addEventListener("click", () => { setTab(b.dataset.tab); if (b.dataset.tab === "article" && state.event) showArticle(state.event, false); });
    b.addEventListener("keydown", (ev) => {
      const d = { ArrowRight: 1, ArrowLeft: -1 }[ev.key];
      if (d) { const t = tabs[(i + d + tabs.length) % tabs.length]; t.focus(); t.click(); }
    });
  });
  window.addEventListener("popstate", () => { readURL(); filtersToForm(); setTab(state.tab); load(); });
  document.addEventListener("keydown", onKey);
}

function onKey(ev) {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName);
  if (typing) { if (ev.key === "Escape") ev.target.blur(); return; }
  if (ev.ctrlKey || ev.metaKey || ev.altKey || $("help").open) return;
  const actions = {
    "/": () => $("f-text").focus(),
    "?": () => $("help").showModal(),
    j: () => table.step(1), k: () => table.step(-1),
    "1": () => setTab("events"), "2": () => { setTab("article"); if (state.event) showArticle(state.event, true); },
    "3": () => setTab("network"),
    "+": () => map.zoom(1.5), "=": () => map.zoom(1.5), "-": () => map.zoom(1 / 1.5), "0": () => map.reset(),
    Escape: () => { if (state.filters.since || state.filters.until) setFilters({ ...state.filters, since: null, until: null }); },
  };
  if (ev.key === "Enter" && state.event && ev.target === document.body) { ev.preventDefault(); selectEvent(state.event, true); return; }
  const act = actions[ev.key];
  if (act) { ev.preventDefault(); act(); }
}

init();
