// First visit on a phone, measured with Lighthouse (run by scripts/bench.sh, never by the tests).
//
// Lighthouse's default mobile settings (simulated slow 4G, 4x CPU slowdown) against Debian's
// Chromium, each run in a fresh browser profile so every load is a first visit: nothing cached,
// no service worker. Files are served compressed as a CDN would (brotli); the gzip figure is the
// same requests compressed with gzip -9 instead. In the same run, beside the planner's pages:
// a minimal Yew app of our own (benches/baseline, same release profile) and a plain HTML page.
// The median of RUNS runs (default 5) of each page is printed as a Markdown table; LIST=1 also
// prints every request each visit made, with its brotli size (0 for an answer from the cache);
// REPORTS=1 keeps each visit's whole Lighthouse report in test-results/lighthouse/, to see where
// a page's time goes (its network waterfall, main-thread tasks and long tasks).
import { readFile, stat, writeFile, mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import { join, extname, normalize } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import { launch as launchChrome } from "chrome-launcher";
import puppeteer from "puppeteer-core";
import { DIST, ROOT } from "../tests/e2e/support.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const BASELINE = join(ROOT, "target", "baseline-dist");
const PLAIN = join(ROOT, "benches", "plain");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ftl": "text/plain; charset=utf-8",
};

const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

/** The file's bytes compressed each way, computed once. */
const compressed = new Map();
function compress(file, body) {
  if (!compressed.has(file)) {
    compressed.set(file, {
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(body, { level: 9 }),
    });
  }
  return compressed.get(file);
}

/**
 * Serves `dir` brotli-compressed where the browser accepts it, and at /seed.html a page that puts
 * Joan's plan in localStorage (so a plan's pages can be opened by their address on a first
 * visit), and with `?language=<tag>` the language chosen on an earlier visit too. Records every file it serves with its brotli and gzip sizes: the byte columns count
 * every request, the service worker's copies of the app's files included.
 */
async function serve(dir) {
  const served = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (path === "/seed.html") {
      const language = new URL(request.url, "http://x").searchParams.get("language");
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end(
        `<!doctype html><title>seed</title><script>localStorage.setItem(${JSON.stringify(
          `sds.plan.${joanId}`,
        )}, ${JSON.stringify(joanText)});${
          language ? `localStorage.setItem("sds.language", ${JSON.stringify(language)});` : ""
        }</script>`,
      );
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const both = compress(file, body);
      // Cached as docs/hosting.md says a council's server should: names with a content hash
      // for a year, everything else checked on every visit (answered 304 when unchanged).
      const etag = `"${both.br.length}-${both.gzip.length}"`;
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|ftl)$/.test(path);
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
        etag,
      };
      if (request.headers["if-none-match"] === etag) {
        served.push({ path, br: 0, gzip: 0 });
        response.writeHead(304, headers).end();
        return;
      }
      served.push({ path, br: both.br.length, gzip: both.gzip.length });
      if (/\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
        response.writeHead(200, { ...headers, "content-encoding": "br" });
        response.end(both.br);
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * One first visit to `url` in a fresh profile; `seed` first puts Joan's plan in storage (and,
 * when it is a language tag, that language as the one chosen before).
 */
async function visit(site, url, seed) {
  const chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    if (seed) {
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      const page = await browser.newPage();
      await page.goto(site.url + "seed.html" + (typeof seed === "string" ? `?language=${seed}` : ""));
      await page.close();
      await browser.disconnect();
    }
    site.served.length = 0;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      // The profile is new, so nothing is cached; keeping storage keeps the seeded plan.
      disableStorageReset: true,
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const value = (id) => lhr.audits[id].numericValue;
    if (process.env.REPORTS) {
      const folder = join(ROOT, "test-results", "lighthouse");
      await mkdir(folder, { recursive: true });
      const name = `${(new URL(url).pathname + new URL(url).hash).replace(/\W+/g, "-")}${seed ? `-${seed}` : ""}-${Date.now()}.json`;
      await writeFile(join(folder, name), JSON.stringify(lhr, null, 1));
    }
    if (process.env.LIST) console.error(url, site.served.map((f) => `${f.path} ${f.br}`).join("\n"));
    // The page's own requests are those Lighthouse saw: it does not follow the service worker,
    // whose requests (keeping the app for offline use once the page is up) are the rest.
    const rest = [...site.served];
    const own = [];
    for (const item of lhr.audits["network-requests"].details.items) {
      const path = new URL(item.url).pathname;
      const at = rest.findIndex((file) => file.path === path);
      if (at >= 0) own.push(...rest.splice(at, 1));
    }
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tti: value("interactive"),
      tbt: value("total-blocking-time"),
      brotli: site.served.reduce((sum, file) => sum + file.br, 0),
      gzip: site.served.reduce((sum, file) => sum + file.gzip, 0),
      requests: site.served.length,
      ownBrotli: own.reduce((sum, file) => sum + file.br, 0),
      ownRequests: own.length,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const app = await serve(DIST);
const baseline = await serve(BASELINE);
const plain = await serve(PLAIN);
// The plans pages by their own address (plans.html), as the app's links and bookmarks now have it.
const plan = `plans.html#/plans/${joanId}`;
const pages = [
  { name: "start page", site: app, path: "" },
  { name: "start page in Welsh (chosen before)", site: app, path: "", seed: "cy" },
  { name: "question page (by its address)", site: app, path: `${plan}/money/washing`, seed: true },
  { name: "supports page", site: app, path: `${plan}/supports`, seed: true },
  { name: "council view", site: app, path: "council.html" },
  { name: "baseline Yew app", site: baseline, path: "" },
  { name: "plain HTML page", site: plain, path: "" },
];

// PAGES=<words> measures only the pages whose names contain one of them (with the baseline, for
// the ratio), for a quick look while working; the benchmark itself measures every page.
const only = process.env.PAGES?.split(",");
const measured = only ? pages.filter((p) => p.name === "baseline Yew app" || only.some((w) => p.name.includes(w))) : pages;
pages.splice(0, pages.length, ...measured);
const results = pages.map(() => []);
// Pages alternate within each round, so a slow moment of the machine falls on all of them.
for (let run = 0; run < RUNS; run++) {
  for (const [i, page] of pages.entries()) {
    results[i].push(await visit(page.site, page.site.url + page.path, page.seed));
  }
}
await Promise.all([app.close(), baseline.close(), plain.close()]);

const kB = (bytes) => (bytes / 1000).toFixed(0);
const s = (ms) => (ms / 1000).toFixed(2);
const rows = pages.map((page, i) => {
  const m = (key) => median(results[i].map((r) => r[key]));
  return { page: page.name, score: m("score"), fcp: m("fcp"), lcp: m("lcp"), tti: m("tti"), tbt: m("tbt"), brotli: m("brotli"), gzip: m("gzip"), requests: m("requests"), own: m("ownBrotli"), ownRequests: m("ownRequests") };
});
const baselineTti = rows.find((r) => r.page === "baseline Yew app").tti;
console.log(`Lighthouse mobile defaults, median of ${RUNS} first visits each\n`);
console.log("| page | performance | FCP (s) | LCP (s) | interactive (s) | × baseline | TBT (ms) | page's own requests | page's own brotli (kB) | with the worker's copies: requests | brotli (kB) | gzip (kB) |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.score} | ${s(r.fcp)} | ${s(r.lcp)} | ${s(r.tti)} | ${(r.tti / baselineTti).toFixed(2)} | ${Math.round(r.tbt)} | ${r.ownRequests} | ${kB(r.own)} | ${r.requests} | ${kB(r.brotli)} | ${kB(r.gzip)} |`,
  );
}
await mkdir(join(ROOT, "test-results"), { recursive: true });
await writeFile(join(ROOT, "test-results", "lighthouse.json"), JSON.stringify({ runs: RUNS, pages: rows }, null, 2));
