// LMEC Knowledge Search page: plain JS over the JSON API. Text from the index is only ever inserted as text;
// the API's HTML fields (snippet, document html) are rebuilt node by node keeping nothing but text and <mark>.
"use strict";

const LABELS = {
  zh: {
    title: "LMEC 知识检索", tabSearch: "检索", tabAsk: "问答", searchButton: "检索", askButton: "提问",
    searchPlaceholder: "输入关键词，中英文均可", askPlaceholder: "提一个问题，例如：谁介绍了……？",
    sortRelevance: "按相关度", sortDate: "按日期", prev: "上一页", next: "下一页", back: "← 返回",
    answer: "回答", citations: "引用", results: (n, a, b) => `共 ${n} 条结果，显示第 ${a}–${b} 条`,
    noResults: "没有找到结果", fullText: "全文", similar: "相似内容", similarTo: t => `与「${t}」相似的内容`,
    filters: "筛选：", clear: "清除", confidence: c => `置信度 ${c}`, loading: "加载中…",
    status: s => `索引：${s.units} 个单元，${s.documents} 份文档` + (s.lastRun ? `，更新于 ${s.lastRun}` : ""),
    updating: "（正在更新）", page: "第 {0} 页",
    kind: { document: "文档", passage: "段落", expert_view: "专家观点", case_study: "案例" },
    facet: { kind: "类型", theme: "主题", org: "机构", speaker: "发言人", place: "地点", country: "国家", year: "年份", doctype: "文档类别", lang: "语言" },
    theme: {
      "nature-based-solutions": "基于自然的解决方案", livelihoods: "生计", gender: "性别", "climate-adaptation": "气候适应",
      "climate-mitigation": "气候减缓", biodiversity: "生物多样性", "water-resources": "水资源", agroforestry: "混农林",
      "public-participation": "公众参与", "ecosystem-restoration": "生态修复", pollution: "污染防治", "green-finance": "绿色金融",
      "disaster-risk": "灾害风险",
    },
  },
  en: {
    title: "LMEC Knowledge Search", tabSearch: "Search", tabAsk: "Ask", searchButton: "Search", askButton: "Ask",
    searchPlaceholder: "Keywords, in Chinese or English", askPlaceholder: "Ask a question, e.g. who introduced …?",
    sortRelevance: "Relevance", sortDate: "Date", prev: "Previous", next: "Next", back: "← Back",
    answer: "Answer", citations: "Citations", results: (n, a, b) => `${n} results, showing ${a}–${b}`,
    noResults: "No results", fullText: "Full text", similar: "Similar", similarTo: t => `Similar to “${t}”`,
    filters: "Filters:", clear: "clear", confidence: c => `confidence ${c}`, loading: "Loading…",
    status: s => `Index: ${s.units} units, ${s.documents} documents` + (s.lastRun ? `, updated ${s.lastRun}` : ""),
    updating: " (updating)", page: "page {0}",
    kind: { document: "Document", passage: "Passage", expert_view: "Expert view", case_study: "Case study" },
    facet: { kind: "Kind", theme: "Theme", org: "Organisation", speaker: "Speaker", place: "Place", country: "Country", year: "Year", doctype: "Document type", lang: "Language" },
    theme: {
      "nature-based-solutions": "Nature-based solutions", livelihoods: "Livelihoods", gender: "Gender", "climate-adaptation": "Climate adaptation",
      "climate-mitigation": "Climate mitigation", biodiversity: "Biodiversity", "water-resources": "Water resources", agroforestry: "Agroforestry",
      "public-participation": "Public participation", "ecosystem-restoration": "Ecosystem restoration", pollution: "Pollution",
      "green-finance": "Green finance", "disaster-risk": "Disaster risk",
    },
  },
};

const state = { lang: localStorage.getItem("lmec-lang") || "zh", q: "", sort: "relevance", page: 1, top: 10, filters: new Map(), last: null, similar: null };
const $ = id => document.getElementById(id);
const t = () => LABELS[state.lang];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Keeps only text and <mark> from server-made HTML, so nothing in a document can become markup.
function appendMarked(target, html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const copy = (from, to) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.nodeName === "MARK") {
          const mark = document.createElement("mark");
          copy(child, mark);
          to.appendChild(mark);
        } else {
          copy(child, to);
        }
      }
    }
  };
  copy(parsed.body, target);
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (!response.ok) {
    throw new Error((body && body.error) || `HTTP ${response.status}`);
  }
  return body;
}

const encodeId = id => encodeURIComponent(id);
const kindLabel = kind => t().kind[kind] || kind;
const themeLabel = id => t().theme[id] || id;
const facetLabel = name => t().facet[name] || name;

function showError(node, error) {
  node.hidden = !error;
  node.textContent = error ? String(error.message || error) : "";
}

function showPanel(name) {
  for (const panel of ["search", "ask", "doc"]) {
    $(`panel-${panel}`).hidden = panel !== name;
  }
  for (const tab of document.querySelectorAll(".tab")) {
    tab.classList.toggle("active", tab.dataset.tab === name || (name === "doc" && tab.dataset.tab === "search"));
  }
}

function searchUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [name, values] of state.filters) {
    for (const value of values) params.append(name, value);
  }
  params.set("top", String(state.top));
  params.set("page", String(state.page));
  params.set("sort", state.sort);
  return `/api/search?${params}`;
}

// Only the latest request may draw results: a slow earlier one (e.g. the first search warming up) must not
// overwrite a newer one that finished first.
let latestRequest = 0;

async function runSearch() {
  const request = ++latestRequest;
  state.similar = null;
  showError($("search-error"), null);
  $("summary").textContent = t().loading;
  try {
    const response = await getJson(searchUrl());
    if (request !== latestRequest) return;
    state.last = response;
    render();
  } catch (error) {
    if (request !== latestRequest) return;
    state.last = null;
    $("summary").textContent = "";
    $("hits").replaceChildren();
    showError($("search-error"), error);
  }
}

async function showSimilar(hit) {
  const request = ++latestRequest;
  showPanel("search");
  showError($("search-error"), null);
  try {
    const response = await getJson(`/api/similar/${encodeId(hit.id)}?top=${state.top}`);
    if (request !== latestRequest) return;
    state.last = response;
    state.similar = hit.title;
    render();
    window.scrollTo(0, 0);
  } catch (error) {
    showError($("search-error"), error);
  }
}

async function showDocument(hit) {
  showPanel("doc");
  $("doc-title").textContent = hit.title;
  $("doc-meta").textContent = "";
  $("doc-body").replaceChildren();
  showError($("doc-error"), null);
  try {
    const query = state.q ? `?q=${encodeURIComponent(state.q)}` : "";
    const doc = await getJson(`/api/documents/${encodeId(hit.id)}${query}`);
    $("doc-title").textContent = doc.title;
    $("doc-meta").textContent = [doc.source, doc.date, doc.language].filter(Boolean).join(" · ");
    appendMarked($("doc-body"), doc.html);
    const first = $("doc-body").querySelector("mark");
    if (first) first.scrollIntoView({ block: "center" });
  } catch (error) {
    showError($("doc-error"), error);
  }
}

function toggleFilter(name, value) {
  const values = state.filters.get(name) || new Set();
  if (values.has(value)) values.delete(value); else values.add(value);
  if (values.size === 0) state.filters.delete(name); else state.filters.set(name, values);
  state.page = 1;
  runSearch();
}

function renderFacets(facets, approximate = false) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const [name, values] of Object.entries(facets || {})) {
    if (!values || values.length === 0) continue;
    aside.appendChild(el("h3", null, facetLabel(name)));
    const list = el("ul");
    list.dataset.facet = name;
    for (const { value, count } of values.slice(0, 12)) {
      const selected = state.filters.get(name)?.has(value) === true;
      const button = el("button", selected ? "facet selected" : "facet");
      button.type = "button";
      button.dataset.facet = name;
      button.dataset.value = value;
      button.setAttribute("aria-pressed", String(selected));
      button.append(el("span", "value", name === "kind" ? kindLabel(value) : name === "theme" ? themeLabel(value) : value), el("span", "count", (approximate ? "≈" : "") + count));
      button.addEventListener("click", () => toggleFilter(name, value));
      const item = el("li");
      item.appendChild(button);
      list.appendChild(item);
    }
    aside.appendChild(list);
  }
}

function renderActiveFilters() {
  const line = $("active-filters");
  line.replaceChildren();
  if (state.filters.size === 0) return;
  line.appendChild(document.createTextNode(t().filters + " "));
  for (const [name, values] of state.filters) {
    for (const value of values) {
      const shown = name === "kind" ? kindLabel(value) : name === "theme" ? themeLabel(value) : value;
      const chip = el("button", "facet selected", `${facetLabel(name)}: ${shown} ✕`);
      chip.type = "button";
      chip.title = t().clear;
      chip.addEventListener("click", () => toggleFilter(name, value));
      line.appendChild(chip);
    }
  }
}

function renderHit(hit) {
  const card = el("li", "hit");
  card.dataset.id = hit.id;
  const head = el("div");
  head.appendChild(el("span", `kind ${hit.kind}`, kindLabel(hit.kind)));
  if (hit.date) head.appendChild(el("span", "meta", hit.date));
  card.appendChild(head);
  card.appendChild(el("h2", null, hit.title));
  if (hit.speaker) {
    const who = el("p", "who", hit.speaker);
    if (hit.affiliation) who.append(" ", el("span", "affiliation", hit.affiliation));
    card.appendChild(who);
  }
  if (hit.themes && hit.themes.length > 0) {
    const chips = el("div", "chips");
    for (const theme of hit.themes) chips.appendChild(el("span", "chip", themeLabel(theme)));
    card.appendChild(chips);
  }
  const snippet = el("p", "snippet");
  appendMarked(snippet, hit.snippet);
  card.appendChild(snippet);
  const links = el("div", "links");
  const full = el("a", "open-document", t().fullText);
  full.href = `#doc=${encodeId(hit.id)}`;
  full.addEventListener("click", event => { event.preventDefault(); history.pushState(null, "", full.href); showDocument(hit); });
  const similar = el("a", "open-similar", t().similar);
  similar.href = `#similar=${encodeId(hit.id)}`;
  similar.addEventListener("click", event => { event.preventDefault(); history.pushState(null, "", similar.href); showSimilar(hit); });
  links.append(full, similar, el("span", "meta", hit.source));
  card.appendChild(links);
  return card;
}

function render() {
  const response = state.last;
  if (!response) return;
  const first = (state.similar ? 0 : (state.page - 1) * state.top) + 1;
  const last = first + response.hits.length - 1;
  $("summary").textContent = state.similar
    ? t().similarTo(state.similar)
    : response.total === 0 ? t().noResults : t().results((response.approximate ? "≈" : "") + response.total, first, last);
  $("hits").replaceChildren(...response.hits.map(renderHit));
  renderFacets(state.similar ? {} : response.facets, response.approximate === true);
  renderActiveFilters();
  $("prev").hidden = state.similar !== null || state.page <= 1;
  $("next").hidden = state.similar !== null || last >= response.total;
}

async function runAsk(question) {
  showError($("ask-error"), null);
  $("answer").hidden = true;
  try {
    const result = await getJson(`/api/ask?q=${encodeURIComponent(question)}`);
    $("answer-text").textContent = result.answer;
    $("answer-confidence").textContent = t().confidence(Number(result.confidence).toFixed(2));
    // Only when the server has a model endpoint configured: the model's answer, citing the numbered evidence below.
    $("answer-generated").textContent = result.generated || "";
    $("answer-generated").hidden = !result.generated;
    const items = result.evidence.map(evidence => {
      const item = el("li", "citation");
      item.appendChild(el("p", "quote", evidence.text));
      const who = [evidence.speaker, evidence.affiliation].filter(Boolean).join("，");
      if (who) item.appendChild(el("p", "who", who));
      item.appendChild(el("p", "source", [evidence.source, evidence.date].filter(Boolean).join(" · ")));
      return item;
    });
    $("citations").replaceChildren(...items);
    $("answer").hidden = false;
  } catch (error) {
    showError($("ask-error"), error);
  }
}

async function loadStatus() {
  try {
    const status = await getJson("/api/status");
    const index = status.index;
    $("status").textContent = index
      ? t().status({ units: index.units, documents: index.documents, lastRun: index.lastRun ? index.lastRun.slice(0, 16).replace("T", " ") : null }) + (status.updating ? t().updating : "")
      : "";
  } catch (error) {
    $("status").textContent = String(error.message || error);
  }
}

function applyLanguage() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-label]")) {
    node.textContent = t()[node.dataset.label];
  }
  for (const node of document.querySelectorAll("[data-placeholder]")) {
    node.placeholder = t()[node.dataset.placeholder];
  }
  $("lang-toggle").textContent = state.lang === "zh" ? "EN" : "中文";
  document.title = `${t().title} · LMEC`;
  render();
  loadStatus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", event => {
    event.preventDefault();
    state.q = $("q").value.trim();
    state.sort = $("sort").value;
    state.page = 1;
    runSearch();
  });
  $("ask-form").addEventListener("submit", event => {
    event.preventDefault();
    const question = $("question").value.trim();
    if (question) runAsk(question);
  });
  $("prev").addEventListener("click", () => { state.page = Math.max(1, state.page - 1); runSearch(); });
  $("next").addEventListener("click", () => { state.page += 1; runSearch(); });
  $("doc-back").addEventListener("click", () => {
    if (location.hash) history.pushState(null, "", location.pathname + location.search);
    showPanel("search");
  });
  window.addEventListener("popstate", route);
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => showPanel(tab.dataset.tab));
  }
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("lmec-lang", state.lang);
    applyLanguage();
  });
  applyLanguage();
  if (!/^#similar=/.test(location.hash)) runSearch();
  route();
});

// Links to a document view or a similar list survive a reload and the browser's back button.
function route() {
  const match = /^#(doc|similar)=(.+)$/.exec(location.hash);
  if (!match) {
    showPanel("search");
    return;
  }
  const id = decodeURIComponent(match[2]);
  const hit = { id, title: id };
  if (match[1] === "doc") showDocument(hit); else showSimilar(hit);
}
