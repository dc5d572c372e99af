// The actor network: who acts on whom. Nodes on a circle by activity; an arrow per dyad,
// its width the number of events, its colour the dyad's most frequent quad class.
import { QUADS, QUAD_LABEL, svg, dominant, plural } from "./util.js";

const SIZE = 560, R = 190, PAD = 90;

export function renderNetwork(container, dyads, { onActor }) {
  const pairs = dyads.filter((d) => d.actor && d.recipient && d.actor !== d.recipient);
  if (!pairs.length) {
    container.replaceChildren(document.createTextNode("No actor → recipient pairs for these filters."));
    return;
  }
  const weight = new Map();
  for (const d of pairs) for (const k of [d.actor, d.recipient]) weight.set(k, (weight.get(k) || 0) + d.count);
  const nodes = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 36).map(([id, w]) => ({ id, w }));
  // Order around the circle by first appearance in the strongest pairs, so partners sit close.
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    n.x = SIZE / 2 + R * Math.cos(a); n.y = SIZE / 2 + R * Math.sin(a); n.angle = a;
  });
  const max = Math.max(...pairs.map((d) => d.count));
  const root = svg("svg", { viewBox: `${-PAD} 0 ${SIZE + 2 * PAD} ${SIZE}`, role: "img", "aria-label": `Actor network, ${plural(nodes.length, "actor")}` });
  const defs = svg("defs");
  for (const q of QUADS) {
    defs.append(svg("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", class: `q-${q}` })));
  }
  root.append(defs);
  const edges = svg("g", { class: "edges" });
  const radius = (n) => 4 + 10 * Math.sqrt(n.w / nodes[0].w);
  for (const d of pairs) {
    if (!index.has(d.actor) || !index.has(d.recipient)) continue;
    const a = nodes[index.get(d.actor)], b = nodes[index.get(d.recipient)];
    const q = dominant(d);
    // Curve to the right of the a→b direction so that a→b and b→a stay apart.
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1, bend = 0.18 * len;
    const cx = mx + (dy / len) * bend, cy = my - (dx / len) * bend;
    const rb = radius(b) + 2, tx = b.x - ((b.x - cx) / Math.hypot(b.x - cx, b.y - cy)) * rb, ty = b.y - ((b.y - cy) / Math.hypot(b.x - cx, b.y - cy)) * rb;
    const detail = QUADS.filter((k) => d[k]).map((k) => `${QUAD_LABEL[k]}: ${d[k]}`).join(", ");
    edges.append(svg("path", {
      class: `edge s-${q}`, d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`,
      "stroke-width": (1 + 6 * Math.sqrt(d.count / max)).toFixed(2), "marker-end": `url(#arrow-${q})`,
      dataset: { from: d.actor, to: d.recipient, count: d.count },
    }, svg("title", {}, `${d.actor} → ${d.recipient}: ${plural(d.count, "event")}${detail ? " (" + detail + ")" : ""}`)));
  }
  root.append(edges);
  const layer = svg("g", { class: "nodes" });
  for (const n of nodes) {
    const right = Math.cos(n.angle) >= 0;
    const g = svg("g", {
      class: "node", tabindex: 0, role: "button", "aria-label": `${n.id}: ${plural(n.w, "event")}; filter by this actor`,
      dataset: { actor: n.id },
      onclick: () => onActor(n.id),
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); onActor(n.id); } },
      onmouseenter: () => focusOn(n.id), onmouseleave: () => focusOn(null),
      onfocus: () => focusOn(n.id), onblur: () => focusOn(null),
    }, svg("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: radius(n).toFixed(1) }),
       svg("text", { x: (n.x + Math.cos(n.angle) * (radius(n) + 4)).toFixed(1), y: (n.y + Math.sin(n.angle) * (radius(n) + 4) + 4).toFixed(1),
                     "text-anchor": right ? "start" : "end" }, n.id.length > 22 ? n.id.slice(0, 21) + "…" : n.id),
       svg("title", {}, `${n.id}: ${plural(n.w, "event")}`));
    layer.append(g);
  }
  root.append(layer);
  function focusOn(id) {
    for (const e of edges.children) e.classList.toggle("dim", id !== null && e.dataset.from !== id && e.dataset.to !== id);
  }
  container.replaceChildren(root);
}
