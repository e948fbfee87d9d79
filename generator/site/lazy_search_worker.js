/*
 * Lazy search worker for Material for MkDocs (briefing, MIT).
 *
 * Speaks Material's search worker protocol (SETUP 0 -> READY 1, QUERY 2 ->
 * RESULT 3) but, instead of building a Lunr index from the whole site on every
 * page load, loads the scripts written by generator/site/lazy_search.py on demand:
 * meta.js once, then for each query the term scripts of its words and the
 * document scripts of the best matches. Works in a real worker (over http)
 * and in the iframe-worker shim (file://), where importScripts returns a
 * Promise. Every word of a query must match; the last one matches as a prefix.
 */
"use strict";

var MAX_PAGES = 30;
var SNIPPET = 320;
var state = { meta: null, terms: {}, docs: {} };

self.lazyMeta = function (meta) { state.meta = meta; };
self.lazyTerms = function (key, terms) { state.terms[key] = terms; };
self.lazyDocs = function (n, rows) { state.docs[n] = rows; };

function base() {
  var src = self.location.href;
  if (typeof document !== "undefined") {
    var script = document.querySelector("script[src]");
    if (script) src = script.src;
  }
  return new URL("../../../search/lazy/", src).href;
}

function load(paths) {
  if (!paths.length) return Promise.resolve();
  var root = base();
  return Promise.resolve(importScripts.apply(self, paths.map(function (p) { return root + p; })));
}

/* The words of a text, as lazy_search.terms_of splits them. */
function termsOf(text) {
  var found = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) || [];
  return found.map(function (t) { return t.replace(/’/g, "'"); });
}

function shardKey(term) {
  var out = "";
  var chars = Array.from(term).slice(0, 2);
  for (var i = 0; i < chars.length; i++) {
    var c = chars[i];
    out += /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
  }
  return out;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlight(text, words) {
  var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.map(escapeRegExp).join("|") + ")", "giu");
  return escapeHtml(text).replace(pattern, function (_, before, word) {
    return before + "<mark>" + word + "</mark>";
  });
}

function snippet(text, words) {
  var lower = text.toLowerCase();
  var at = -1;
  for (var i = 0; i < words.length && at < 0; i++) at = lower.indexOf(words[i]);
  var start = Math.max(0, at - 80);
  if (start > 0) start = Math.min(at, text.indexOf(" ", start) + 1);  /* from a word's start */
  var piece = text.slice(start, start + SNIPPET);
  return (start > 0 ? "… " : "") + piece + (start + SNIPPET < text.length ? " …" : "");
}

/* Documents and scores of one query word: exact, or every term it begins (the last word). */
function matches(word, prefix) {
  var terms = state.terms[shardKey(word)] || {};
  var scores = new Map();
  var keys = prefix ? Object.keys(terms).filter(function (t) { return t.startsWith(word); }) : [word];
  for (var k = 0; k < keys.length; k++) {
    var flat = terms[keys[k]];
    if (!flat) continue;
    for (var i = 0; i < flat.length; i += 2)
      scores.set(flat[i], Math.max(scores.get(flat[i]) || 0, flat[i + 1]));
  }
  return scores;
}

function doc(n) {
  var rows = state.docs[Math.floor(n / state.meta.perFile)];
  var row = rows[n % state.meta.perFile];
  return { location: row[0], title: row[1], text: row[2] };
}

async function search(query) {
  var words = termsOf(query).filter(function (w, i, all) { return all.indexOf(w) === i; });
  if (!words.length || (words.length === 1 && words[0].length < 2)) return { items: [] };
  await load(words.map(shardKey).filter(function (key, i, all) {
    return all.indexOf(key) === i && !(key in state.terms) && state.meta.shards.indexOf(key) >= 0;
  }).map(function (key) { return "t/" + key + ".js"; }));
  var total = null;
  for (var w = 0; w < words.length; w++) {
    var found = matches(words[w], w === words.length - 1);
    if (total === null) { total = found; continue; }
    var both = new Map();
    total.forEach(function (score, n) { if (found.has(n)) both.set(n, score + found.get(n)); });
    total = both;
  }
  /* Group sections under their page; rank pages by their best document. */
  var pages = new Map();
  total.forEach(function (score, n) {
    var parent = state.meta.parents[n];
    var page = pages.get(parent) || { best: 0, docs: [] };
    page.best = Math.max(page.best, score);
    page.docs.push([n, score]);
    pages.set(parent, page);
  });
  var ranked = Array.from(pages.entries())
    .sort(function (a, b) { return b[1].best - a[1].best || a[0] - b[0]; })
    .slice(0, MAX_PAGES);
  var needed = new Set();
  ranked.forEach(function (entry) {
    needed.add(Math.floor(entry[0] / state.meta.perFile));
    entry[1].docs.forEach(function (d) { needed.add(Math.floor(d[0] / state.meta.perFile)); });
  });
  await load(Array.from(needed).filter(function (f) { return !(f in state.docs); })
    .map(function (f) { return "d/" + f + ".js"; }));
  var termsFound = {};
  words.forEach(function (w) { termsFound[w] = true; });
  var items = ranked.map(function (entry) {
    var parent = entry[0];
    var group = entry[1].docs.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    if (!group.some(function (d) { return d[0] === parent; })) group.push([parent, 0]);
    return group.map(function (d) {
      var item = doc(d[0]);
      return {
        location: item.location,
        title: highlight(item.title, words),
        text: highlight(snippet(item.text, words), words),
        score: d[1],
        terms: termsFound
      };
    });
  });
  return { items: items };
}

async function handle(message) {
  switch (message.type) {
    case 0:
      await load(["meta.js"]);
      return { type: 1 };
    case 2:
      try {
        return { type: 3, data: await search(String(message.data || "")) };
      } catch (err) {
        console.warn("search failed", err);
        return { type: 3, data: { items: [] } };
      }
    default:
      throw new TypeError("Invalid message type");
  }
}

// Under file:// the iframe-worker shim loads scripts asynchronously, so the answer
// to "st" can come after the answer to "stepanakert", typed a moment later, and
// replace its results. Only the answer to the latest query is posted.
var latestQuery = 0;

addEventListener("message", async function (ev) {
  var query = ev.data && ev.data.type === 2 ? ++latestQuery : 0;
  var answer = await handle(ev.data);
  if (query && query !== latestQuery) return;
  postMessage(answer);
});
