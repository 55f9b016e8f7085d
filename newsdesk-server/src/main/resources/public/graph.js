// The provenance graph of a story: who a claim traces back to (left) and which articles carry it
// (right). Drawn as SVG with DOM calls only: every label is set through textContent, so article
// text and outlet names stay text. Loaded before app.js, which calls provenanceGraph().
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function shorten(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

// origins: [{name, claims: [text], articles: Set(id)}] in order of first appearance.
function originsOf(claims) {
  const byName = new Map();
  for (const c of claims) {
    const name = c.origin || "unattributed";
    if (!byName.has(name)) byName.set(name, { name, claims: [], articles: new Set() });
    const origin = byName.get(name);
    origin.claims.push(c.text);
    (c.reportedBy || []).forEach((id) => origin.articles.add(id));
  }
  return [...byName.values()];
}

// articles: the story's articles; labels: id -> citation number; open: opens an article by id.
// width: the pixels it has. Drawn at that width, one user unit a pixel, so the labels keep their
// size on a phone instead of shrinking with a scaled-down picture.
function provenanceGraph(claims, articles, labels, open, width) {
  const origins = originsOf(claims);
  const cited = new Set(origins.flatMap((o) => [...o.articles]));
  const shown = articles.filter((a) => cited.has(a.id));
  const row = 34, top = 10, boxW = Math.round(width * 0.4), chars = Math.floor((boxW - 12) / 7.2);
  const height = top * 2 + row * Math.max(origins.length, shown.length);
  const graph = svg("svg", { class: "provenance", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Provenance graph: " + origins.length + " origins, " + shown.length + " articles" });
  const y = (i) => top + row * i + row / 2;
  const articleRow = new Map(shown.map((a, i) => [a.id, i]));
  origins.forEach((o, i) => o.articles.forEach((id) => {
    if (!articleRow.has(id)) return;
    const a = shown[articleRow.get(id)];
    const count = o.claims.length;
    graph.append(svg("path", { class: "edge" + (a.duplicateOf ? " copy" : ""),
      d: `M${boxW} ${y(i)} C${width / 2} ${y(i)} ${width / 2} ${y(articleRow.get(id))} ${width - boxW} ${y(articleRow.get(id))}`,
      "stroke-width": Math.min(1 + count / 2, 4) }));
  }));
  origins.forEach((o, i) => {
    const node = svg("g", { class: "node origin" });
    node.append(svg("title", {}, o.name + ": " + o.claims.join(" | ")),
      svg("rect", { x: 1, y: y(i) - 13, width: boxW - 2, height: 26, rx: 4 }),
      svg("text", { x: 8, y: y(i) + 5 }, shorten(o.name, chars - 4) + " (" + o.claims.length + ")"));
    graph.append(node);
  });
  shown.forEach((a, i) => {
    const node = svg("g", { class: "node article" + (a.duplicateOf ? " copy" : ""), tabindex: 0,
      "data-article": a.id });
    const label = "[" + labels.get(a.id) + "] " + (a.source || a.title || a.input);
    node.append(svg("title", {}, (a.title || a.input) + (a.duplicateOf ? " (a copy)" : "")),
      svg("rect", { x: width - boxW + 1, y: y(i) - 13, width: boxW - 2, height: 26, rx: 4 }),
      svg("text", { x: width - boxW + 8, y: y(i) + 5 }, shorten(label, chars)));
    node.addEventListener("click", () => open(a.id));
    node.addEventListener("keydown", (e) => { if (e.key === "Enter") open(a.id); });
    graph.append(node);
  });
  return graph;
}
