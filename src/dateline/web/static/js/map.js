// The map: country outlines (Natural Earth, bundled) and events as circles by quad class.
// Equirectangular: x = lon + 180, y = 90 - lat, in a 360 x 180 view box that zooms and pans.
import { QUADS, QUAD_LABEL, svg, plural } from "./util.js";

const W = 360, H = 180;

function ringPath(ring) {
  let d = "";
  ring.forEach(([lon, lat], i) => { d += (i ? "L" : "M") + (lon + 180).toFixed(2) + "," + (90 - lat).toFixed(2); });
  return d + "Z";
}

export class MapView {
  constructor(container, { onPick }) {
    this.container = container;
    this.onPick = onPick;
    this.view = { x: 0, y: 0, w: W, h: H };
    this.root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "World map of events",
                             preserveAspectRatio: "xMidYMid meet" });
    this.land = svg("g", { class: "land" });
    this.markers = svg("g", { class: "markers" });
    this.root.append(this.land, this.markers);
    container.append(this.root);
    this.groups = [];
    this.bindInput();
  }

  async loadWorld(url) {
    const resp = await fetch(url);
    const geo = await resp.json();
    for (const f of geo.features) {
      const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
      this.land.append(svg("path", { class: "country", d }, svg("title", {}, f.properties.name || "")));
    }
  }

  // events: flat rows with lat/lon. Circles per (place, quad class); area ~ count.
  setEvents(events, selectedId) {
    const byKey = new Map();
    let located = 0;
    for (const e of events) {
      if (e.lat === null || e.lon === null || e.lat === undefined) continue;
      located++;
      const key = `${e.lat.toFixed(2)},${e.lon.toFixed(2)}|${e.quad_class}`;
      if (!byKey.has(key)) byKey.set(key, { lat: e.lat, lon: e.lon, quad: e.quad_class, place: e.location, events: [] });
      byKey.get(key).events.push(e);
    }
    this.groups = [...byKey.values()];
    // Several classes at one place: nudge them apart around the place.
    const perPlace = new Map();
    for (const g of this.groups) {
      const k = `${g.lat.toFixed(2)},${g.lon.toFixed(2)}`;
      if (!perPlace.has(k)) perPlace.set(k, []);
      perPlace.get(k).push(g);
    }
    for (const list of perPlace.values()) {
      list.sort((a, b) => QUADS.indexOf(a.quad) - QUADS.indexOf(b.quad));
      list.forEach((g, i) => { g.slot = list.length > 1 ? i : -1; g.slots = list.length; });
    }
    this.groups.sort((a, b) => b.events.length - a.events.length);  // small ones on top
    this.selectedId = selectedId;
    this.draw();
    return { located, total: events.length };
  }

  draw() {
    this.markers.replaceChildren();
    const k = this.view.w / W;  // circle sizes stay the same on screen when zoomed
    for (const g of this.groups) {
      const n = g.events.length;
      const r = (1.6 + Math.sqrt(n) * 0.9) * k;
      let x = g.lon + 180, y = 90 - g.lat;
      if (g.slot >= 0) {
        const a = (2 * Math.PI * g.slot) / g.slots - Math.PI / 4;
        x += Math.cos(a) * 1.4 * k; y += Math.sin(a) * 1.4 * k;
      }
      const selected = this.selectedId && g.events.some((e) => e.event_id === this.selectedId);
      const label = `${g.place || "unnamed place"}: ${plural(n, "event")}, ${QUAD_LABEL[g.quad] || g.quad}`;
      const c = svg("circle", {
        cx: x.toFixed(3), cy: y.toFixed(3), r: r.toFixed(3), tabindex: 0, role: "button",
        class: `marker q-${g.quad}${selected ? " selected" : ""}`, "aria-label": label,
        dataset: { count: n, place: g.place || "" },
        onclick: (ev) => { ev.stopPropagation(); this.onPick(g); },
        onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); this.onPick(g); } },
      }, svg("title", {}, label + "\n" + g.events.slice(0, 5).map((e) => `${e.date || ""} ${e.type}: ${e.trigger || ""}`).join("\n")));
      this.markers.append(c);
    }
  }

  select(eventId) {
    this.selectedId = eventId;
    for (const c of this.markers.children) c.classList.remove("selected");
    const i = this.groups.findIndex((g) => g.events.some((e) => e.event_id === eventId));
    if (i >= 0) this.markers.children[i].classList.add("selected");
  }

  setView(v) {
    const w = Math.min(W, Math.max(W / 64, v.w)), h = w / 2;
    const x = Math.min(W - w, Math.max(0, v.x)), y = Math.min(H - h, Math.max(0, v.y));
    const rescale = Math.abs(w - this.view.w) > 1e-9;
    this.view = { x, y, w, h };
    this.root.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
    if (rescale) this.draw();
  }

  zoom(factor, cx, cy) {
    const v = this.view;
    cx = cx ?? v.x + v.w / 2; cy = cy ?? v.y + v.h / 2;
    const w = v.w / factor, h = w / 2;
    this.setView({ x: cx - ((cx - v.x) * w) / v.w, y: cy - ((cy - v.y) * h) / v.h, w, h });
  }

  pan(dx, dy) { this.setView({ ...this.view, x: this.view.x + dx * this.view.w, y: this.view.y + dy * this.view.h }); }

  reset() { this.setView({ x: 0, y: 0, w: W, h: H }); }

  toMap(ev) {
    const box = this.root.getBoundingClientRect();
    const scale = Math.max(this.view.w / box.width, this.view.h / box.height);
    const offX = (box.width - this.view.w / scale) / 2, offY = (box.height - this.view.h / scale) / 2;
    return [this.view.x + (ev.clientX - box.left - offX) * scale, this.view.y + (ev.clientY - box.top - offY) * scale, scale];
  }

  bindInput() {
    const c = this.container;
    c.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const [x, y] = this.toMap(ev);
      this.zoom(ev.deltaY < 0 ? 1.25 : 0.8, x, y);
    }, { passive: false });
    let drag = null;
    c.addEventListener("pointerdown", (ev) => {
      if (ev.target.classList.contains("marker")) return;
      drag = { x: ev.clientX, y: ev.clientY, view: { ...this.view }, scale: this.toMap(ev)[2] };
      c.setPointerCapture(ev.pointerId);
    });
    c.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      this.setView({ ...drag.view, x: drag.view.x - (ev.clientX - drag.x) * drag.scale,
                     y: drag.view.y - (ev.clientY - drag.y) * drag.scale });
    });
    const end = () => { drag = null; };
    c.addEventListener("pointerup", end);
    c.addEventListener("pointercancel", end);
    c.addEventListener("keydown", (ev) => {
      const moves = { ArrowLeft: [-0.15, 0], ArrowRight: [0.15, 0], ArrowUp: [0, -0.15], ArrowDown: [0, 0.15] };
      if (moves[ev.key] && ev.target === c) { ev.preventDefault(); this.pan(...moves[ev.key]); }
    });
  }
}
