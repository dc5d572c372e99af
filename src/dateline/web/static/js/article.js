// The article view: the original text with triggers, actors, places and quotes highlighted.
// Spans are character offsets into the document's text, exactly as the API returns them.
import { el, QUAD_LABEL } from "./util.js";

const KINDS = [["trigger", "triggers"], ["actor", "actors"], ["place", "places"], ["quote", "quotes"]];

function actorLabel(role, a) {
  const name = a.name || a.text;
  const code = [a.country, a.sector].filter(Boolean).join("/");
  return `${role}: ${name}${code ? " (" + code + ")" : ""}`;
}

function spansOf(doc, selectedId) {
  const spans = [];
  const add = (s, kind, label, extra = {}) => {
    if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
      spans.push({ start: s.start, end: s.end, kind, label, ...extra });
    }
  };
  for (const e of doc.events || []) {
    const selected = e.id === selectedId;
    if (selected) add(e.sentence, "sentence", null);
    add(e.trigger, "trigger", `${e.type} (${QUAD_LABEL[e.quad_class] || e.quad_class}) · confidence ${e.confidence}`,
        { event: e.id, selected });
    for (const a of e.actors || []) add(a, "actor", actorLabel("actor", a));
    for (const a of e.recipients || []) add(a, "actor", actorLabel("recipient", a));
  }
  for (const p of doc.places || []) {
    const where = [p.name || p.text, p.country].filter(Boolean).join(", ");
    const at = p.lat !== null && p.lat !== undefined ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : "";
    add(p, "place", `place: ${where}${at}`);
  }
  for (const q of doc.quotes || []) {
    add(q.content, "quote", `${q.kind} quote${q.speaker_name ? " — " + q.speaker_name : ""}`);
    add(q.speaker, "speaker", `speaker${q.speaker_name ? ": " + q.speaker_name : ""}`);
  }
  return spans;
}

// The text cut at every span boundary; each piece carries the spans covering it.
function highlighted(text, spans, onEvent) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { out.push(piece); continue; }
    const classes = new Set(["hl"]);
    const labels = [];
    let eventId = null;
    for (const s of covering) {
      classes.add("hl-" + s.kind);
      if (s.selected) classes.add("hl-selected");
      if (s.label && !labels.includes(s.label)) labels.push(s.label);
      if (s.event) eventId = s.event;
    }
    out.push(el("span", {
      class: [...classes].join(" "), title: labels.join("\n") || null,
      dataset: eventId ? { event: eventId } : {},
      onclick: eventId ? () => onEvent(eventId) : null,
    }, piece));
  }
  return out;
}

export function renderArticle(panel, doc, selectedId, { onEvent, onActor }) {
  const hidden = new Set(panel.dataset.hidden ? panel.dataset.hidden.split(" ") : []);
  const textBox = el("div", { class: "text", id: "article-text" });
  for (const k of hidden) textBox.classList.add("hide-" + k);
  textBox.append(...highlighted(doc.text || "", spansOf(doc, selectedId), onEvent));
  const toggles = el("div", { class: "toggles", role: "group", "aria-label": "Highlight" },
    "Highlight:",
    ...KINDS.map(([k, label]) => el("label", {},
      el("input", { type: "checkbox", checked: !hidden.has(k), onchange: (ev) => {
        textBox.classList.toggle("hide-" + k, !ev.target.checked);
        if (ev.target.checked) hidden.delete(k); else hidden.add(k);
        panel.dataset.hidden = [...hidden].join(" ");
      } }),
      " ", el("span", { class: `key hl-${k}` }, label))));
  const meta = [doc.date, doc.source].filter(Boolean).join(" · ");
  const events = el("ol", { class: "doc-events", "aria-label": "Events in this article" },
    ...(doc.events || []).map((e) => el("li", {
      class: e.id === selectedId ? "selected" : "", tabindex: 0, dataset: { event: e.id },
      onclick: () => onEvent(e.id),
      onkeydown: (ev) => { if (ev.key === "Enter") onEvent(e.id); },
    }, el("span", { class: `swatch q-${e.quad_class}` }), el("strong", {}, e.type), " ",
       (e.actors || []).map((a) => a.name || a.text).join(", ") || "?", " → ",
       (e.recipients || []).map((a) => a.name || a.text).join(", ") || "?",
       el("span", { class: "note" }, ` · “${e.trigger ? e.trigger.text : ""}”${e.date ? " · " + e.date : ""}`))));
  const quotes = (doc.quotes || []).map((q) => el("li", {},
    el("strong", {}, q.speaker_name || (q.speaker ? q.speaker.text : "unknown")), ` (${q.kind}): `,
    q.content ? q.content.text : ""));
  const actorsInDoc = new Map();
  for (const e of doc.events || []) for (const a of [...(e.actors || []), ...(e.recipients || [])]) {
    const key = a.country || a.name || a.text;
    if (key && !actorsInDoc.has(key)) actorsInDoc.set(key, a.name || a.text);
  }
  panel.replaceChildren(el("article", { class: "article" },
    el("h3", {}, doc.title || doc.id),
    el("div", { class: "meta" }, meta, doc.url ? [" · ", el("span", {}, doc.url)] : null, " · id ", el("code", {}, doc.id)),
    toggles, textBox,
    el("h4", {}, `Events (${(doc.events || []).length})`), events,
    actorsInDoc.size ? el("p", { class: "note" }, "Filter by actor: ",
      ...[...actorsInDoc].map(([code, name], i) => [i ? ", " : "",
        el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); onActor(code); } }, name === code ? code : `${name} (${code})`)])) : null,
    quotes.length ? [el("h4", {}, `Quotes (${quotes.length})`), el("ul", { class: "quotes-list" }, ...quotes)] : null));
  const target = textBox.querySelector(".hl-selected") || textBox.querySelector(".hl-sentence");
  if (target) target.scrollIntoView({ block: "center" });
}
