// Newsdesk web UI: plain JavaScript, no build step. Article text is hostile input, so every
// piece of it is set through textContent (never innerHTML), and only http(s) links are made.
"use strict";

const main = document.getElementById("main");
const reader = document.getElementById("reader");
const readerBody = document.getElementById("reader-body");
const PAGE = 20;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#/") || text.startsWith("/")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch (e) {
    return "#";
  }
}

async function fetchJson(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || response.status + " " + response.statusText);
  return { body, response };
}

async function getJson(path, options) {
  return (await fetchJson(path, options)).body;
}

// Callers pass nodes and arrays of nodes; replaceChildren would turn an array into its string.
function show(...nodes) {
  main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined));
  window.scrollTo(0, 0);
}

function failed(error) {
  show(el("p", { class: "error" }, "Could not load: " + error.message));
}

function when(iso) {
  if (!iso) return "";
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) return iso; // a date alone has no time to show
  const date = new Date(iso);
  return isNaN(date) ? iso : date.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function storyCard(s) {
  const outlets = (s.sources || []).slice(0, 5);
  const links = outlets.flatMap((o, i) => [i ? ", " : " · ",
    el("a", { href: "#/?source=" + encodeURIComponent(o), title: "Stories from " + o }, o)]);
  return el("article", { class: "story" },
    el("h2", {}, el("a", { href: "#/story/" + encodeURIComponent(s.id) }, s.headline)),
    el("p", {}, s.lead),
    el("p", { class: "meta" },
      plural(s.articles, "article", "articles") + " · " +
      plural(s.independentSources, "independent source", "independent sources") +
      " · updated " + when(s.updated), links));
}

async function storyList(params) {
  const offset = Number(params.get("offset") || 0);
  const query = new URLSearchParams(params);
  query.set("limit", PAGE);
  const page = await getJson("/api/stories?" + query);
  const pager = el("p", { class: "pager" });
  if (offset > 0) {
    const prev = new URLSearchParams(params); prev.set("offset", Math.max(0, offset - PAGE));
    pager.append(el("a", { href: "#/?" + prev }, "← Newer"));
  }
  if (offset + PAGE < page.total) {
    const next = new URLSearchParams(params); next.set("offset", offset + PAGE);
    pager.append(el("a", { href: "#/?" + next }, "Older →"));
  }
  const filters = ["source", "entity", "since", "until"].filter((f) => params.get(f))
    .map((f) => f + ": " + params.get(f)).join(", ");
  show(el("h1", {}, "Stories"),
    el("p", { class: "meta" }, page.total + " stories" + (filters ? " · " + filters : "")),
    page.stories.length ? page.stories.map(storyCard) : el("p", {}, "No stories yet."),
    pager);
}

// Citation buttons in the order of their numbers, whatever order the brief lists them in.
function citations(ids, labels) {
  const number = (id) => Number(labels.get(id)) || Infinity;
  return [...(ids || [])].sort((a, b) => number(a) - number(b)).map((id) =>
    el("button", { class: "cite", type: "button", title: "Open the article", "data-article": id,
      onclick: () => openArticle(id) }, labels.get(id) || "?"));
}

function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

// The same count the story list shows: outlets among the articles that are not copies.
function independentOutlets(articles) {
  return new Set(articles.filter((a) => !a.duplicateOf)
    .map((a) => (a.source || a.input).toLowerCase())).size;
}

async function storyPage(id) {
  const { body: story, response } = await fetchJson("/api/stories/" + encodeURIComponent(id));
  // The story's last update (its newest article's arrival), as the list shows it.
  const updated = response.headers.get("Last-Modified");
  const labels = new Map();
  story.articles.forEach((a, i) => labels.set(a.id, String(i + 1)));
  const dates = story.articles.map((a) => a.published).filter(Boolean).sort();
  const parts = [
    el("h1", {}, story.headline),
    el("p", { class: "meta" }, plural(story.articles.length, "article", "articles") + " · " +
      plural(independentOutlets(story.articles), "independent source", "independent sources") +
      (updated ? " · updated " + when(updated) : "") +
      (dates.length ? " · published " + when(dates[0]) +
        (dates.length > 1 && dates[dates.length - 1] !== dates[0] ? " to " + when(dates[dates.length - 1]) : "") : "")),
    el("p", { class: "lead" }, story.lead, citations(story.leadCitations, labels)),
  ];
  if (story.points.length) {
    parts.push(el("section", { id: "points" }, el("h3", {}, "Key points"),
      el("ol", { class: "points" }, story.points.map((p) => el("li", {}, p.text, citations(p.citations, labels))))));
  }
  if (story.discrepancies.length) {
    parts.push(el("section", { id: "disputed" }, el("h3", {}, "Disputed"),
      story.discrepancies.map((d) => el("div", { class: "disputed" }, el("strong", {}, d.about),
        el("ul", {}, d.variants.map((v) => el("li", {}, v.value, citations(v.citations, labels))))))));
  }
  if (story.timeline.length) {
    parts.push(el("section", { id: "timeline" }, el("h3", {}, "Timeline"),
      el("ul", { class: "timeline" }, story.timeline.map((t) =>
        el("li", {}, el("strong", {}, t.date), " ", t.text, citations(t.citations, labels))))));
  }
  if (story.claims.length) {
    parts.push(el("section", { id: "provenance" }, el("h3", {}, "Who said it (provenance)"),
      el("p", { class: "meta" }, "Each claim's origin, left, and the articles that carry it, right; " +
        "a dashed line goes to a copy, which adds no independent source. Select an article to read it."),
      provenanceGraph(story.claims, story.articles, labels, openArticle,
        Math.min(800, Math.max(300, main.clientWidth - 24))),
      el("table", { class: "claims" }, el("tr", {}, el("th", {}, "Claim"), el("th", {}, "Origin"), el("th", {}, "Reported by")),
        story.claims.map((c) => el("tr", {}, el("td", {}, c.text), el("td", {}, c.origin || "unattributed"),
          el("td", {}, citations(c.reportedBy, labels),
            el("span", { class: "meta" }, " " + plural(c.independentSources, "independent", "independent"))))))));
  }
  if (story.entities.length) {
    parts.push(el("section", { id: "entities" }, el("h3", {}, "Entities"),
      el("ul", {}, story.entities.map((e) => el("li", {},
        el("a", { href: "#/?entity=" + encodeURIComponent(e.name) }, e.name),
        " (" + e.type.toLowerCase() + ", " + plural(e.mentions, "mention", "mentions") + ")",
        e.aliases.length ? el("span", { class: "aliases" }, " also: " + e.aliases.join(", ")) : null)))));
  }
  parts.push(el("section", { id: "articles" }, el("h3", {}, "Articles"), articleList(story.articles, labels)));
  show(...parts);
}

function articleList(articles, labels) {
  const copies = new Map();
  for (const a of articles) {
    if (a.duplicateOf) copies.set(a.duplicateOf, (copies.get(a.duplicateOf) || []).concat(a));
  }
  const line = (a) => el("span", {}, "[" + labels.get(a.id) + "] ",
    el("a", { href: "#", "data-article": a.id, onclick: (e) => { e.preventDefault(); openArticle(a.id); } }, a.title || a.input),
    " — " + (a.source || "unknown outlet") + (a.published ? ", " + when(a.published) : ""));
  return el("ul", { class: "articles" }, articles.filter((a) => !a.duplicateOf || !labels.has(a.duplicateOf)).map((a) => {
    const same = copies.get(a.id) || [];
    return el("li", {}, line(a), same.length
      ? el("details", { class: "copies" }, el("summary", {}, plural(same.length, "copy", "copies") + " of this article"),
        el("ul", {}, same.map((c) => el("li", {}, line(c)))))
      : null);
  }));
}

async function openArticle(id) {
  try {
    const a = await getJson("/api/articles/" + encodeURIComponent(id));
    readerBody.replaceChildren(...[
      el("h2", {}, a.title || a.input),
      el("p", { class: "meta" }, (a.source || "unknown outlet") + (a.published ? " · " + when(a.published) : "") +
        (a.byline ? " · " + a.byline : "")),
      a.url && safeHref(a.url) !== "#" ? el("p", {}, el("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "Original")) : null,
      a.text.split(/\n\n/).map((p) => el("p", {}, p)),
    ].flat().filter(Boolean));
  } catch (error) {
    readerBody.replaceChildren(el("p", { class: "error" }, "Could not load the article: " + error.message));
  }
  reader.hidden = false;
}

async function searchPage(q) {
  document.getElementById("q").value = q;
  const result = await getJson("/api/search?q=" + encodeURIComponent(q));
  show(el("h1", {}, "Search: " + q),
    el("p", { class: "meta" }, plural(result.hits.length, "article", "articles") + " in " +
      plural(result.stories.length, "story", "stories") + " · ",
      el("a", { href: "/feeds/stories.atom?q=" + encodeURIComponent(q) }, "Atom feed of this search")),
    result.stories.map(storyCard),
    el("h3", {}, "Matching articles"),
    el("ul", { class: "hits" }, result.hits.map((h) => el("li", {},
      el("a", { href: "#/story/" + encodeURIComponent(h.story) }, h.title || h.article),
      " — " + (h.source || ""), el("br"), el("span", { class: "meta" }, h.snippet)))));
}

function token() {
  return localStorage.getItem("newsdesk-token") || "";
}

async function sourcesPage() {
  const sources = await getJson("/api/sources");
  const url = el("input", { type: "url", placeholder: "https://example.org/feed.xml", required: "", "aria-label": "Feed URL" });
  const key = el("input", { type: "password", placeholder: "API token (if set)", "aria-label": "API token", value: token() });
  const message = el("p", { class: "meta" });
  const form = el("form", { class: "add-source" }, url, " ", key, " ", el("button", { type: "submit" }, "Add feed"), message);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    localStorage.setItem("newsdesk-token", key.value);
    try {
      await getJson("/api/sources", { method: "POST", headers: authHeaders(), body: JSON.stringify({ url: url.value }) });
      route();
    } catch (error) {
      message.textContent = "Not added: " + error.message;
    }
  });
  show(el("h1", {}, "Sources"), form,
    el("table", {}, el("tr", {}, el("th", {}, "Feed"), el("th", {}, "Last poll"), el("th", {}, "State"), el("th", {})),
      sources.map((s) => el("tr", {},
        el("td", {}, s.title ? s.title + " " : "", el("a", { href: s.url }, s.url)),
        el("td", {}, (when(s.lastPolled) || "not yet") + (s.nextPoll ? " · next " + when(s.nextPoll) : "")),
        el("td", {}, s.lastError ? "failing (" + s.failures + "): " + s.lastError : s.lastPolled ? "ok" : "waiting"),
        el("td", {}, el("button", { type: "button", onclick: () => removeSource(s.id) }, "Remove"))))));
}

function authHeaders() {
  const headers = { "Content-Type": "application/json" };
  if (token()) headers.Authorization = "Bearer " + token();
  return headers;
}

async function removeSource(id) {
  try {
    const response = await fetch("/api/sources/" + id, { method: "DELETE", headers: authHeaders() });
    if (!response.ok) throw new Error(response.status + " " + response.statusText);
    route();
  } catch (error) {
    failed(error);
  }
}

async function route() {
  reader.hidden = true; // an article read beside one page is closed when the reader moves on
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?");
  if (path !== "/search") document.getElementById("q").value = "";
  const params = new URLSearchParams(query || "");
  try {
    if (path.startsWith("/story/")) await storyPage(decodeURIComponent(path.slice(7)));
    else if (path === "/search") await searchPage(params.get("q") || "");
    else if (path === "/sources") await sourcesPage();
    else await storyList(params);
  } catch (error) {
    failed(error);
  }
}

document.getElementById("search").addEventListener("submit", (e) => {
  e.preventDefault();
  location.hash = "#/search?q=" + encodeURIComponent(document.getElementById("q").value);
});
document.getElementById("close-reader").addEventListener("click", () => { reader.hidden = true; });
document.addEventListener("keydown", (e) => { if (e.key === "Escape") reader.hidden = true; });
window.addEventListener("hashchange", route);
route();
