// Small helpers shared by the views: DOM building, the API client, quad classes.

export const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
export const QUAD_LABEL = {
  verbal_cooperation: "verbal cooperation", material_cooperation: "material cooperation",
  verbal_conflict: "verbal conflict", material_conflict: "material conflict",
};
const SVG_NS = "http://www.w3.org/2000/svg";

// el("td", {class: "x", onclick: f}, "text", child) — text is always set as text, never HTML.
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export class ApiError extends Error {}

// GET a JSON endpoint; errors carry the API's message.
export async function getJSON(path, params = {}) {
  const url = path + query(params);
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await resp.json(); } catch (_) { /* not JSON */ }
  if (!resp.ok) throw new ApiError((body && body.message) || `${resp.status} ${resp.statusText}`);
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

export function dominant(counts) {
  let best = null, n = -1;
  for (const q of QUADS) if ((counts[q] || 0) > n) { best = q; n = counts[q] || 0; }
  return best;
}

export function plural(n, word) { return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`; }

export function who(names, codes) {
  if (!names && !codes) return "";
  return names || codes;
}
