/* Runs generator/site/lazy_search_worker.js under Node as a worker would run:
 * node lazy_worker_harness.js WORKER LAZY_DIR QUERY... -> one JSON line per query
 * with the items the worker answers (what Material would insert as HTML).
 * With LAZY_OVERLAP=1 the queries are sent at once, as typing sends them, and
 * scripts load asynchronously as under the iframe-worker shim, the first
 * query's slowest: one JSON line lists every answer posted, in order. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [worker, lazyDir, ...queries] = process.argv.slice(2);
const listeners = [];
const answers = [];
const context = {
  location: { href: "file://" + path.resolve(lazyDir, "..", "..", "assets", "javascripts", "w", "worker.js") },
  importScripts: (...urls) => {
    for (const url of urls) vm.runInContext(fs.readFileSync(new URL(url), "utf-8"), context, { filename: url });
  },
  addEventListener: (type, listener) => listeners.push(listener),
  postMessage: (message) => answers.push(message),
  console, URL, Map, Set, Promise, Math, Object, Array, String, RegExp, JSON, TypeError,
};
let current = 0; // the query being dispatched (its script loads are delayed by its place)
if (process.env.LAZY_OVERLAP) {
  const load = context.importScripts;
  context.importScripts = (...urls) => {
    const wait = current === 1 ? 300 : 0;
    return new Promise((resolve) => setTimeout(() => { load(...urls); resolve(); }, wait));
  };
}
context.self = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(worker, "utf-8"), context, { filename: worker });

async function send(message) {
  answers.length = 0;
  await Promise.all(listeners.map((listener) => listener({ data: message })));
  return answers[0];
}

(async () => {
  const ready = await send({ type: 0 });
  if (ready.type !== 1) throw new Error("worker not ready: " + JSON.stringify(ready));
  if (process.env.LAZY_OVERLAP) {
    answers.length = 0;
    const sent = queries.map((query, i) => {
      current = i + 1;
      return Promise.all(listeners.map((listener) => listener({ data: { type: 2, data: query } })));
    });
    await Promise.all(sent);
    process.stdout.write(JSON.stringify(answers.map((a) => a.data.items.flat())) + "\n");
    return;
  }
  for (const query of queries) {
    const result = await send({ type: 2, data: query });
    process.stdout.write(JSON.stringify(result.data.items.flat()) + "\n");
  }
})().catch((err) => { console.error(err); process.exit(1); });
