// The event table: sortable, keyboard friendly (Tab/Enter on rows, j/k anywhere).
import { el, QUAD_LABEL } from "./util.js";

const SHOWN = 300;

export class EventTable {
  constructor(tableEl, moreButton, { onSelect }) {
    this.table = tableEl;
    this.body = tableEl.tBodies[0];
    this.more = moreButton;
    this.onSelect = onSelect;
    this.rows = [];
    this.shown = SHOWN;
    this.sort = null;  // [key, direction]
    for (const th of tableEl.tHead.rows[0].cells) {
      th.tabIndex = 0;
      const go = () => this.sortBy(th.dataset.sort);
      th.addEventListener("click", go);
      th.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
    }
    moreButton.addEventListener("click", () => { this.shown += SHOWN; this.render(); });
  }

  setRows(rows, selectedId) {
    this.rows = rows;
    this.selectedId = selectedId;
    this.shown = SHOWN;
    this.render();
  }

  sorted() {
    if (!this.sort) return this.rows;
    const [key, dir] = this.sort;
    return [...this.rows].sort((a, b) => {
      const x = a[key] ?? "", y = b[key] ?? "";
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  sortBy(key) {
    const dir = this.sort && this.sort[0] === key ? -this.sort[1] : 1;
    this.sort = [key, dir];
    for (const th of this.table.tHead.rows[0].cells) {
      th.setAttribute("aria-sort", th.dataset.sort === key ? (dir > 0 ? "ascending" : "descending") : "none");
    }
    this.render();
  }

  render() {
    const rows = this.sorted();
    this.order = rows.map((r) => r.event_id);
    const frag = document.createDocumentFragment();
    for (const e of rows.slice(0, this.shown)) frag.append(this.row(e));
    if (!rows.length) frag.append(el("tr", {}, el("td", { colspan: 5, class: "empty" }, "No events match these filters.")));
    this.body.replaceChildren(frag);
    this.more.hidden = rows.length <= this.shown;
    this.more.textContent = `Show more (${(rows.length - this.shown).toLocaleString()} left)`;
  }

  row(e) {
    const flags = [e.negated ? "negated" : null, e.hypothetical ? "hypothetical" : null].filter(Boolean);
    const who = `${e.actors || e.actor_countries || "?"} → ${e.recipients || e.recipient_countries || "?"}`;
    const open = () => this.onSelect(e.event_id, true);
    return el("tr", {
      tabindex: 0, class: e.event_id === this.selectedId ? "selected" : "",
      dataset: { event: e.event_id }, "aria-selected": e.event_id === this.selectedId ? "true" : null,
      onclick: open, onkeydown: (ev) => { if (ev.key === "Enter") { ev.preventDefault(); open(); } },
    },
      el("td", { class: "date" }, e.date || "–"),
      el("td", {}, el("span", { class: `swatch q-${e.quad_class}`, title: QUAD_LABEL[e.quad_class] || "" }),
         el("strong", {}, e.type), flags.map((f) => el("span", { class: "flag" }, f)),
         el("div", { class: "trig" }, `“${e.trigger || ""}”${e.mode ? " · " + e.mode : ""}`)),
      el("td", {}, who, e.attributed_to ? el("div", { class: "trig" }, `according to ${e.attributed_to}`) : null),
      el("td", {}, e.location ? `${e.location}${e.location_country ? ", " + e.location_country : ""}` : "–"),
      el("td", { class: "num" }, typeof e.confidence === "number" ? e.confidence.toFixed(2) : ""));
  }

  select(id) {
    this.selectedId = id;
    for (const tr of this.body.rows) {
      const on = tr.dataset.event === id;
      tr.classList.toggle("selected", on);
      if (on) tr.setAttribute("aria-selected", "true"); else tr.removeAttribute("aria-selected");
    }
  }

  // j/k: the next or previous event, shown in the table and on the map.
  step(d) {
    if (!this.order || !this.order.length) return;
    let i = this.order.indexOf(this.selectedId);
    i = i < 0 ? (d > 0 ? 0 : this.order.length - 1) : Math.min(this.order.length - 1, Math.max(0, i + d));
    if (i >= this.shown) { this.shown = i + SHOWN; this.render(); }
    const id = this.order[i];
    this.onSelect(id, false);
    const tr = [...this.body.rows].find((r) => r.dataset.event === id);
    if (tr) { tr.focus({ preventScroll: true }); tr.scrollIntoView({ block: "nearest" }); }
  }
}
