// The timeline: stacked bars of events per day/week/month by quad class; drag to pick dates.
import { QUADS, QUAD_LABEL, svg, plural } from "./util.js";

const DAY = 86400000;
const M = { left: 34, right: 8, top: 6, bottom: 18 };

const toTime = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const toISO = (t) => new Date(t).toISOString().slice(0, 10);

function periodStart(t, interval) {
  const d = new Date(t);
  if (interval === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}

function periodEnd(t, interval) {  // first day of the next period
  const d = new Date(t);
  if (interval === "week") return t + 7 * DAY;
  if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return t + DAY;
}

export class Timeline {
  constructor(container, { onBrush }) {
    this.container = container;
    this.onBrush = onBrush;
    this.bins = [];
    this.range = null;
    this.bind();
    new ResizeObserver(() => this.draw()).observe(container);
  }

  // buckets: [{period, quad_class, count}] per day; since/until: the selected dates or null.
  setData(buckets, since, until) {
    const times = buckets.map((b) => toTime(b.period));
    this.bins = [];
    if (!times.length) { this.selection = null; this.draw(); return; }
    const lo = Math.min(...times), hi = Math.max(...times);
    const span = (hi - lo) / DAY;
    this.interval = span <= 150 ? "day" : span <= 3 * 366 ? "week" : "month";
    const map = new Map();
    buckets.forEach((b, i) => {
      const start = periodStart(times[i], this.interval);
      if (!map.has(start)) map.set(start, { start, end: periodEnd(start, this.interval), total: 0 });
      const bin = map.get(start);
      bin[b.quad_class] = (bin[b.quad_class] || 0) + b.count;
      bin.total += b.count;
    });
    this.bins = [...map.values()].sort((a, b) => a.start - b.start);
    this.range = [this.bins[0].start, this.bins[this.bins.length - 1].end];
    this.setSelection(since, until);
  }

  setSelection(since, until) {
    this.selection = since || until ? [since ? toTime(since) : this.range?.[0], until ? toTime(until) + DAY : this.range?.[1]] : null;
    this.draw();
  }

  x(t) { return M.left + ((t - this.range[0]) / (this.range[1] - this.range[0])) * (this.width - M.left - M.right); }

  time(px) { return this.range[0] + ((px - M.left) / (this.width - M.left - M.right)) * (this.range[1] - this.range[0]); }

  draw() {
    this.width = Math.max(200, this.container.clientWidth || 600);
    const h = this.container.clientHeight || 130;
    const root = svg("svg", { viewBox: `0 0 ${this.width} ${h}`, role: "img",
                              "aria-label": this.bins.length ? `Events per ${this.interval}` : "No dated events" });
    this.container.replaceChildren(root);
    this.root = root;
    if (!this.bins.length) {
      root.append(svg("text", { x: this.width / 2, y: h / 2, "text-anchor": "middle", class: "note" }, "no dated events"));
      return;
    }
    const max = Math.max(...this.bins.map((b) => b.total));
    const y = (v) => h - M.bottom - (v / max) * (h - M.top - M.bottom);
    const axis = svg("g", { class: "axis" });
    axis.append(svg("line", { x1: M.left, x2: this.width - M.right, y1: h - M.bottom, y2: h - M.bottom }));
    for (const v of [max, Math.round(max / 2)]) {
      if (v <= 0) continue;
      axis.append(svg("text", { x: M.left - 4, y: y(v) + 3, "text-anchor": "end" }, v));
      axis.append(svg("line", { x1: M.left, x2: this.width - M.right, y1: y(v), y2: y(v), "stroke-dasharray": "2 3" }));
    }
    const ticks = Math.min(7, this.bins.length);
    for (let i = 0; i < ticks; i++) {
      const t = this.range[0] + ((this.range[1] - this.range[0]) * (i + 0.5)) / ticks;
      const label = this.interval === "month" ? toISO(t).slice(0, 7) : toISO(t);
      axis.append(svg("text", { x: this.x(t), y: h - 4, "text-anchor": "middle" }, label));
    }
    root.append(axis);
    const bars = svg("g", { class: "bars" });
    for (const b of this.bins) {
      const x0 = this.x(b.start), w = Math.max(1, this.x(b.end) - x0 - 1);
      const inside = !this.selection || (b.end > this.selection[0] && b.start < this.selection[1]);
      const g = svg("g", { class: inside ? "" : "outside" },
                    svg("title", {}, `${toISO(b.start)}${this.interval === "day" ? "" : " (" + this.interval + ")"}: ${plural(b.total, "event")}\n` +
                        QUADS.filter((q) => b[q]).map((q) => `${QUAD_LABEL[q]}: ${b[q]}`).join("\n")));
      let acc = 0;
      for (const q of QUADS) {
        if (!b[q]) continue;
        g.append(svg("rect", { x: x0, width: w, y: y(acc + b[q]), height: y(acc) - y(acc + b[q]), class: `q-${q}` }));
        acc += b[q];
      }
      bars.append(g);
    }
    root.append(bars);
    if (this.selection) {
      const x0 = this.x(Math.max(this.selection[0], this.range[0])), x1 = this.x(Math.min(this.selection[1], this.range[1]));
      root.append(svg("rect", { class: "brush", x: Math.min(x0, x1), y: M.top, width: Math.max(2, Math.abs(x1 - x0)), height: h - M.top - M.bottom }));
    }
  }

  px(ev) {
    const box = this.container.getBoundingClientRect();
    return ((ev.clientX - box.left) / box.width) * this.width;
  }

  bind() {
    const c = this.container;
    let start = null;
    c.addEventListener("pointerdown", (ev) => {
      if (!this.bins.length) return;
      start = this.px(ev);
      c.setPointerCapture(ev.pointerId);
    });
    c.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const a = this.time(Math.min(start, this.px(ev))), b = this.time(Math.max(start, this.px(ev)));
      this.selection = [a, b];
      this.draw();
    });
    c.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const end = this.px(ev);
      let lo = this.time(Math.min(start, end)), hi = this.time(Math.max(start, end));
      start = null;
      if (Math.abs(hi - lo) < ((this.range[1] - this.range[0]) * 4) / this.width) {
        // A click: the period under the pointer.
        const bin = this.bins.find((b) => b.start <= lo && lo < b.end);
        if (!bin) { this.onBrush(null, null); return; }
        lo = bin.start; hi = bin.end;
      } else {
        lo = periodStart(Math.max(lo, this.range[0]), this.interval);
        hi = periodEnd(periodStart(Math.min(hi, this.range[1] - 1), this.interval), this.interval);
      }
      this.onBrush(toISO(lo), toISO(hi - DAY));
    });
    c.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") { ev.stopPropagation(); this.onBrush(null, null); }
    });
  }
}
