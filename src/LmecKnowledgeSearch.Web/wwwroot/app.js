// LMEC Knowledge Search page: plain JS over the JSON API. Text from the index is only ever inserted as text;
// the API's HTML fields (snippet, document blocks) are rebuilt node by node keeping nothing but text and <mark>.
// Every view has an address (/?q=…&theme=…&page=…, /?ask=…, /?doc=ID, /?similar=ID): reload, bookmarks, links and
// the browser's back and forward buttons all go through route().
// ?ui=en or ?ui=zh picks the interface language (lang= is the document-language filter).
"use strict";

const LABELS = {
  zh: {
    title: "LMEC 知识检索", tabSearch: "检索", tabAsk: "问答", searchButton: "检索", askButton: "提问",
    searchPlaceholder: "输入关键词，中英文均可", askPlaceholder: "提一个问题，例如：谁介绍了……？",
    sortRelevance: "按相关度", sortDate: "按日期", prev: "上一页", next: "下一页", back: "← 返回结果",
    answer: "回答", citations: "引用", results: (n, a, b) => `共 ${n} 条结果，显示第 ${a}–${b} 条`,
    noResults: "没有找到结果", fullText: "在文中查看", similar: "相似内容", similarTo: t => `与「${t}」相似的内容`,
    filters: "筛选：", clear: "清除", confidence: c => `置信度 ${c}`, loading: "加载中…",
    status: s => `索引：${s.units} 个单元，${s.documents} 份文档` + (s.lastRun ? `，更新于 ${s.lastRun}` : ""),
    updating: "（正在更新）", caseStudy: "案例", inDocument: "在文中", where: "地点", who: "机构", from: "出自",
    openCited: "在文中查看引文",
    kind: { document: "文档", passage: "段落", expert_view: "专家观点", case_study: "案例" },
    facet: { kind: "类型", theme: "主题", org: "机构", speaker: "发言人", place: "地点", country: "国家", year: "年份", doctype: "文档类别", lang: "语言" },
    doctype: { briefing: "简报", paper: "论文", news: "新闻", report: "报告", notes: "会议纪要", other: "其他" },
    lang: { zh: "中文", en: "英文", mixed: "中英混合" },
    theme: {
      "nature-based-solutions": "基于自然的解决方案", livelihoods: "生计", gender: "性别", "climate-adaptation": "气候适应",
      "climate-mitigation": "气候减缓", biodiversity: "生物多样性", "water-resources": "水资源", agroforestry: "混农林",
      "public-participation": "公众参与", "ecosystem-restoration": "生态修复", pollution: "污染防治", "green-finance": "绿色金融",
      "disaster-risk": "灾害风险",
    },
    // The server speaks English; these say the same in Chinese (the original stays in the tooltip).
    messages: [
      [/^no index at .*: run `lmec index` first$/, () => "还没有索引：请先运行 `lmec index`"],
      [/^no unit '(.*)' in the index$/, (_, id) => `索引中没有「${id}」`],
      [/^the query could not be understood: (.*?)(?: \(quote special.*\))?$/, (_, why) => `无法理解该查询：${why}（请给特殊字符加引号，或补齐引号和括号）`],
      [/^the (query|question) is too long \((\d+) characters; at most (\d+)\)$/, (_, what, n, max) => `${what === "query" ? "查询" : "问题"}过长（${n} 个字符，最多 ${max} 个）`],
      [/^the query has too many terms; shorten it$/, () => "查询词太多，请缩短"],
      [/^(top|page) must be between 1 and (\d+) \(was (.*)\)$/, (_, what, max, was) => `${what === "top" ? "每页条数" : "页码"}须在 1 到 ${max} 之间（收到 ${was}）`],
      [/^unknown filter '(.*)'$/, (_, name) => `未知的筛选项「${name}」`],
      [/^unknown parameter '(.*?)'.*$/, (_, name) => `未知的参数「${name}」`],
      [/^(.*) must be a whole number \(was '(.*)'\)$/, (_, name, was) => `${name} 须为整数（收到「${was}」）`],
      [/^(.*) may be given once$/, (_, name) => `${name} 只能给一次`],
      [/^sort must be 'relevance' or 'date'.*$/, () => "排序须为 relevance（相关度）或 date（日期）"],
      [/^the index is being updated by another process.*$/, () => "索引正在被另一个进程更新，请稍后再试"],
      [/^q \(the question\) is required$/, () => "请输入问题"],
      [/^internal error; the server log has the details$/, () => "服务器内部错误，详情见服务器日志"],
      [/^not found$/, () => "未找到"],
      [/^no answer found in the indexed documents$/, () => "已索引的文档中没有找到答案"],
    ],
  },
  en: {
    title: "LMEC Knowledge Search", tabSearch: "Search", tabAsk: "Ask", searchButton: "Search", askButton: "Ask",
    searchPlaceholder: "Keywords, in Chinese or English", askPlaceholder: "Ask a question, e.g. who introduced …?",
    sortRelevance: "Relevance", sortDate: "Date", prev: "Previous", next: "Next", back: "← Back to results",
    answer: "Answer", citations: "Citations", results: (n, a, b) => `${n} results, showing ${a}–${b}`,
    noResults: "No results", fullText: "In the document", similar: "Similar", similarTo: t => `Similar to “${t}”`,
    filters: "Filters:", clear: "clear", confidence: c => `confidence ${c}`, loading: "Loading…",
    status: s => `Index: ${s.units} units, ${s.documents} documents` + (s.lastRun ? `, updated ${s.lastRun}` : ""),
    updating: " (updating)", caseStudy: "Case study", inDocument: "in the document", where: "where", who: "by", from: "from",
    openCited: "Open the cited passage",
    kind: { document: "Document", passage: "Passage", expert_view: "Expert view", case_study: "Case study" },
    facet: { kind: "Kind", theme: "Theme", org: "Organisation", speaker: "Speaker", place: "Place", country: "Country", year: "Year", doctype: "Document type", lang: "Language" },
    doctype: { briefing: "Briefing", paper: "Paper", news: "News", report: "Report", notes: "Meeting notes", other: "Other" },
    lang: { zh: "Chinese", en: "English", mixed: "Chinese and English" },
    theme: {
      "nature-based-solutions": "Nature-based solutions", livelihoods: "Livelihoods", gender: "Gender", "climate-adaptation": "Climate adaptation",
      "climate-mitigation": "Climate mitigation", biodiversity: "Biodiversity", "water-resources": "Water resources", agroforestry: "Agroforestry",
      "public-participation": "Public participation", "ecosystem-restoration": "Ecosystem restoration", pollution: "Pollution",
      "green-finance": "Green finance", "disaster-risk": "Disaster risk",
    },
    messages: [],
  },
};

const FACET_NAMES = ["kind", "theme", "org", "speaker", "place", "country", "year", "doctype", "lang"];
const initialLang = new URLSearchParams(location.search).get("ui");
if (initialLang === "en" || initialLang === "zh") localStorage.setItem("lmec-lang", initialLang);
const state = {
  lang: initialLang === "en" || initialLang === "zh" ? initialLang : localStorage.getItem("lmec-lang") || "zh",
  q: "", sort: "relevance", page: 1, top: 10, filters: new Map(), last: null, similar: null, focus: null,
};
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

// A server message in the interface's language; the original is kept for the tooltip.
function translate(message) {
  for (const [pattern, say] of t().messages) {
    const match = pattern.exec(message);
    if (match) return say(...match);
  }
  return message;
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

const kindLabel = kind => t().kind[kind] || kind;
const themeLabel = id => t().theme[id] || id;
const facetLabel = name => t().facet[name] || name;

// A facet value in the interface's language where we know its name, the original beside it.
function valueNames(name, facetValue) {
  const value = facetValue.value;
  if (name === "kind") return [kindLabel(value), null];
  if (name === "theme") return [themeLabel(value), null];
  if (name === "doctype") return [t().doctype[value] || value, null];
  if (name === "lang") return [t().lang[value] || value, null];
  if (state.lang === "en" && facetValue.english) return [facetValue.english, value];
  if (state.lang === "zh" && facetValue.chinese) return [facetValue.chinese, value];
  return [value, null];
}

function showError(node, error) {
  node.hidden = !error;
  const message = error ? String(error.message || error) : "";
  node.textContent = translate(message);
  node.title = message;
}

function showPanel(name) {
  for (const panel of ["search", "ask", "doc"]) {
    $(`panel-${panel}`).hidden = panel !== name;
  }
  for (const tab of document.querySelectorAll(".tab")) {
    tab.classList.toggle("active", tab.dataset.tab === name || (name === "doc" && tab.dataset.tab === "search"));
  }
}

// ---- addresses -------------------------------------------------------------------------------------------------

function searchParams() {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [name, values] of state.filters) {
    for (const value of values) params.append(name, value);
  }
  if (state.page > 1) params.set("page", String(state.page));
  if (state.sort !== "relevance") params.set("sort", state.sort);
  return params;
}

function go(params) {
  const query = params.toString();
  history.pushState({ app: true }, "", query ? `/?${query}` : "/");
  route();
}

function readSearchState(params) {
  state.q = params.get("q") || "";
  state.sort = params.get("sort") === "date" ? "date" : "relevance";
  state.page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  state.filters = new Map();
  for (const name of FACET_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) state.filters.set(name, new Set(values));
  }
}

// Old links (#doc=ID, #similar=ID) still open what they named.
function legacyHash() {
  const match = /^#(doc|similar)=(.+)$/.exec(location.hash);
  if (!match) return false;
  const params = new URLSearchParams(location.search);
  params.set(match[1], decodeURIComponent(match[2]));
  history.replaceState(null, "", `/?${params}`);
  return true;
}

function route() {
  legacyHash();
  const params = new URLSearchParams(location.search);
  if (params.has("doc")) {
    showDocument(params.get("doc"), params.get("q") || "");
  } else if (params.has("similar")) {
    showSimilar(params.get("similar"));
  } else if (params.has("ask")) {
    showPanel("ask");
    const question = params.get("ask") || "";
    $("question").value = question;
    if (question) runAsk(question); else $("answer").hidden = true;
  } else {
    showPanel("search");
    readSearchState(params);
    $("q").value = state.q;
    $("sort").value = state.sort;
    runSearch();
  }
}

// ---- search ----------------------------------------------------------------------------------------------------

// Only the latest request may draw results: a slow earlier one (e.g. the first search warming up) must not
// overwrite a newer one that finished first.
let latestRequest = 0;

async function runSearch() {
  const request = ++latestRequest;
  state.similar = null;
  showError($("search-error"), null);
  $("summary").textContent = t().loading;
  const params = searchParams();
  params.set("top", String(state.top));
  params.set("page", String(state.page));
  params.set("sort", state.sort);
  try {
    const response = await getJson(`/api/search?${params}`);
    if (request !== latestRequest) return;
    state.last = response;
    render();
    focusCard();
  } catch (error) {
    if (request !== latestRequest) return;
    state.last = null;
    $("summary").textContent = "";
    $("hits").replaceChildren();
    showError($("search-error"), error);
  }
}

// Back from a document: the card that led there is shown and marked.
function focusCard() {
  if (!state.focus) return;
  const card = [...document.querySelectorAll(".hit")].find(c => c.dataset.id === state.focus || c.dataset.cases?.split(" ").includes(state.focus));
  state.focus = null;
  if (!card) return;
  card.classList.add("focused");
  card.scrollIntoView({ block: "center" });
}

async function showSimilar(id) {
  const request = ++latestRequest;
  showPanel("search");
  showError($("search-error"), null);
  try {
    const [response, unit] = await Promise.all([getJson(`/api/similar/${encodeURIComponent(id)}?top=${state.top}`), getJson(`/api/units/${encodeURIComponent(id)}`).catch(() => null)]);
    if (request !== latestRequest) return;
    state.last = response;
    state.similar = unit ? (unit.speaker || unit.title) : id;
    render();
    window.scrollTo(0, 0);
  } catch (error) {
    showError($("search-error"), error);
  }
}

function toggleFilter(name, value) {
  const values = new Set(state.filters.get(name) || []);
  if (values.has(value)) values.delete(value); else values.add(value);
  if (values.size === 0) state.filters.delete(name); else state.filters.set(name, values);
  state.page = 1;
  go(searchParams());
}

function renderFacets(facets, approximate = false) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const [name, values] of Object.entries(facets || {})) {
    if (!values || values.length === 0) continue;
    aside.appendChild(el("h3", null, facetLabel(name)));
    const list = el("ul");
    list.dataset.facet = name;
    for (const facetValue of values.slice(0, 12)) {
      const { value, count } = facetValue;
      const selected = state.filters.get(name)?.has(value) === true;
      const button = el("button", selected ? "facet selected" : "facet");
      button.type = "button";
      button.dataset.facet = name;
      button.dataset.value = value;
      button.setAttribute("aria-pressed", String(selected));
      const [shown, original] = valueNames(name, facetValue);
      const label = el("span", "value", shown);
      if (original) label.append(" ", el("span", "original", original));
      button.append(label, el("span", "count", (approximate ? "≈" : "") + count));
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
  const known = new Map();
  for (const [name, values] of Object.entries(state.last?.facets || {})) {
    for (const v of values) known.set(`${name}\u0000${v.value}`, v);
  }
  for (const [name, values] of state.filters) {
    for (const value of values) {
      const [shown] = valueNames(name, known.get(`${name}\u0000${value}`) || { value });
      const chip = el("button", "facet selected", `${facetLabel(name)}: ${shown} ✕`);
      chip.type = "button";
      chip.title = t().clear;
      chip.addEventListener("click", () => toggleFilter(name, value));
      line.appendChild(chip);
    }
  }
}

function docParams(id, q) {
  const params = new URLSearchParams();
  params.set("doc", id);
  if (q) params.set("q", q);
  return params;
}

function link(className, text, params, onFollow) {
  const anchor = el("a", className, text);
  anchor.href = `/?${params}`;
  anchor.addEventListener("click", event => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (onFollow) onFollow();
    go(params);
  });
  return anchor;
}

const detail = (details, name) => {
  const line = (details || []).find(d => d.startsWith(`${name}: `));
  return line ? line.slice(name.length + 2) : null;
};

function renderHit(hit) {
  const card = el("li", `hit ${hit.kind}`);
  card.dataset.id = hit.id;
  const head = el("div", "head");
  head.appendChild(el("span", `kind ${hit.kind}`, kindLabel(hit.kind)));
  if (hit.date) head.appendChild(el("span", "meta", hit.date));
  card.appendChild(head);
  // The card says what it is (who spoke, what case, which heading); the document's long title only where the
  // card is the document or one of its passages.
  card.appendChild(el("h2", "label", hit.label || hit.title));
  if (hit.kind === "passage" && hit.label !== hit.title) card.appendChild(el("p", "doc-title", hit.title));
  if (hit.kind === "case_study") {
    const who = [detail(hit.details, "who"), hit.speaker].filter(Boolean).join(" · ");
    if (who) card.appendChild(el("p", "case-line", `${t().who}: ${who}`));
  }
  if (hit.themes && hit.themes.length > 0) {
    const chips = el("div", "chips");
    for (const theme of hit.themes) chips.appendChild(el("span", "chip", themeLabel(theme)));
    card.appendChild(chips);
  }
  const snippet = el("p", "snippet");
  appendMarked(snippet, hit.snippet);
  card.appendChild(snippet);
  const cases = hit.caseStudies || [];
  if (cases.length > 0) {
    card.dataset.cases = cases.map(c => c.id).join(" ");
    const list = el("ul", "cases");
    for (const folded of cases) {
      const item = el("li", "case");
      item.dataset.id = folded.id;
      item.appendChild(el("span", "kind case_study", t().caseStudy));
      item.appendChild(el("span", "case-what", detail(folded.details, "what") || folded.label));
      const where = detail(folded.details, "where");
      const who = detail(folded.details, "who");
      const line = [where && `${t().where}: ${where}`, who && `${t().who}: ${who}`].filter(Boolean).join(" · ");
      if (line) item.appendChild(el("span", "case-line", line));
      item.appendChild(link("open-case", t().inDocument, docParams(folded.id, state.q), () => rememberOrigin(hit.id)));
      list.appendChild(item);
    }
    card.appendChild(list);
  }
  const links = el("div", "links");
  links.append(
    link("open-document", t().fullText, docParams(hit.id, state.q), () => rememberOrigin(hit.id)),
    link("open-similar", t().similar, new URLSearchParams({ similar: hit.id })),
    el("span", "meta source", hit.source));
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

// ---- document view ---------------------------------------------------------------------------------------------

function rememberOrigin(id) {
  sessionStorage.setItem("lmec-origin", JSON.stringify({ id, url: location.pathname + location.search }));
}

async function showDocument(id, q) {
  showPanel("doc");
  $("doc-title").textContent = "";
  $("doc-meta").textContent = "";
  $("doc-body").replaceChildren();
  showError($("doc-error"), null);
  try {
    const query = q ? `?q=${encodeURIComponent(q)}` : "";
    const doc = await getJson(`/api/documents/${encodeURIComponent(id)}${query}`);
    $("doc-title").textContent = doc.title;
    $("doc-meta").textContent = [doc.source, doc.date, t().lang[doc.language] || doc.language].filter(Boolean).join(" · ");
    renderBlocks($("doc-body"), doc);
    const target = id === doc.id ? null : document.getElementById(`u-${id}`);
    const firstMark = $("doc-body").querySelector("mark");
    // After layout, so the place is where the reader will see it.
    requestAnimationFrame(() => {
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.classList.add("target");
      } else if (firstMark) {
        firstMark.scrollIntoView({ block: "center" });
      } else {
        window.scrollTo(0, 0);
      }
    });
  } catch (error) {
    showError($("doc-error"), error);
  }
}

function renderBlocks(body, doc) {
  let container = body;
  for (const block of doc.blocks || []) {
    let node;
    if (block.kind === "speaker") {
      // A speaker opens a section that holds their statement, up to the next speaker or heading.
      container = el("section", "speaker-section");
      body.appendChild(container);
      node = el("h3", "speaker");
      appendMarked(node, block.html);
    } else if (block.kind === "heading") {
      container = body;
      node = el("h3", "doc-heading");
      appendMarked(node, block.html);
    } else {
      node = el("p", "para");
      appendMarked(node, block.html);
    }
    container.appendChild(node);
    const [first, ...rest] = block.units || [];
    const anchorOf = block.kind === "speaker" ? container : node;
    if (first) anchorOf.id = `u-${first}`;
    for (const unit of rest) {
      const anchor = el("span", "anchor");
      anchor.id = `u-${unit}`;
      anchorOf.prepend(anchor);
    }
  }
  if (!doc.blocks || doc.blocks.length === 0) appendMarked(body, doc.html);
}

// ---- ask -------------------------------------------------------------------------------------------------------

async function runAsk(question) {
  showError($("ask-error"), null);
  $("answer").hidden = true;
  try {
    const result = await getJson(`/api/ask?q=${encodeURIComponent(question)}`);
    $("answer-text").textContent = translate(result.answer);
    $("answer-text").title = result.answer;
    $("answer-confidence").textContent = t().confidence(Number(result.confidence).toFixed(2));
    // Only when the server has a model endpoint configured: the model's answer, citing the numbered evidence below.
    $("answer-generated").textContent = result.generated || "";
    $("answer-generated").hidden = !result.generated;
    const items = result.evidence.map(evidence => {
      const item = el("li", "citation");
      item.dataset.id = evidence.id;
      item.appendChild(el("p", "quote", evidence.text));
      const who = [evidence.speaker, evidence.affiliation].filter(Boolean).join(state.lang === "zh" ? "，" : ", ");
      if (who) item.appendChild(el("p", "who", who));
      const source = el("p", "source");
      source.appendChild(link("open-citation", [evidence.source, evidence.date].filter(Boolean).join(" · "), docParams(evidence.id, ""),
        () => rememberOrigin(evidence.id)));
      source.title = t().openCited;
      item.appendChild(source);
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
    $("status").textContent = translate(String(error.message || error));
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
  for (const node of document.querySelectorAll(".error:not([hidden])")) {
    node.textContent = translate(node.title);
  }
  render();
  loadStatus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", event => {
    event.preventDefault();
    state.q = $("q").value.trim();
    state.sort = $("sort").value;
    state.page = 1;
    go(searchParams());
  });
  $("ask-form").addEventListener("submit", event => {
    event.preventDefault();
    const question = $("question").value.trim();
    if (question) go(new URLSearchParams({ ask: question }));
  });
  $("prev").addEventListener("click", () => { state.page = Math.max(1, state.page - 1); go(searchParams()); });
  $("next").addEventListener("click", () => { state.page += 1; go(searchParams()); });
  $("doc-back").addEventListener("click", () => {
    const origin = JSON.parse(sessionStorage.getItem("lmec-origin") || "null");
    // Came here from this page: the browser's back restores the results; opened from a link: open the search.
    if (history.state?.app && origin) {
      history.back();
    } else {
      const q = new URLSearchParams(location.search).get("q");
      go(new URLSearchParams(q ? { q } : {}));
    }
  });
  window.addEventListener("popstate", () => {
    const origin = JSON.parse(sessionStorage.getItem("lmec-origin") || "null");
    if (origin && origin.url === location.pathname + location.search) state.focus = origin.id;
    route();
  });
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => {
      if (tab.dataset.tab === "ask") go(new URLSearchParams({ ask: $("question").value.trim() }));
      else go(searchParams());
    });
  }
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("lmec-lang", state.lang);
    applyLanguage();
  });
  applyLanguage();
  route();
});
