// Start-up and size benchmark for the release build in dist/ (run by scripts/bench.sh).
//
// Sizes: every .wasm, .js and .css file in dist/, raw, gzip -9 and brotli -11, with the pages
// that load each and a total for each page: the start page (index.html, a person's first
// visit), the plans page (plans.html) and the council's page (council.html); sw.js, which every
// page registers, counts in each. Apart from them (in no total) the catalogues in locales/,
// fetched only when their language is chosen.
// Start-up: time from navigation start until the page's main heading exists, for cold loads
// (fresh browser context, nothing cached) of the app and of a plain static HTML page served the
// same way in the same run, alternating, so the ratio means something on a noisy machine.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, extname } from "node:path";
import { serve, launch, DIST, ROOT } from "../tests/e2e/support.mjs";

const LOADS = Number(process.env.LOADS ?? 9);

/** The files a page names, without any leading "./". */
async function named(page) {
  const html = await readFile(join(DIST, page), "utf8");
  return new Set([...html.matchAll(/(?:href|src)=["']?\.?\/?([^"' >]+)/g)].map((m) => m[1]));
}

const PAGES = { "index.html": "start page", "plans.html": "plans page", "council.html": "council's page" };

async function sizes() {
  const rows = [];
  const pages = await Promise.all(Object.keys(PAGES).map(async (page) => [page, await named(page)]));
  const catalogues = (await readdir(join(DIST, "locales")).catch(() => [])).map((name) => `locales/${name}`);
  for (const name of [...(await readdir(DIST)).sort(), ...catalogues.sort()]) {
    if (![".wasm", ".js", ".css", ".ftl"].includes(extname(name))) continue;
    const body = await readFile(join(DIST, name));
    rows.push({
      file: name.replace(/-[0-9a-f]{8,}(?=[._])/, "-<hash>"),
      when_chosen: extname(name) === ".ftl",
      pages: name === "sw.js" ? Object.keys(PAGES) : pages.filter(([, files]) => files.has(name)).map(([page]) => page),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  return rows;
}

const READY = `
  new MutationObserver((_, observer) => {
    if (document.querySelector("main h1")) {
      window.__ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
`;

async function coldLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(READY);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined);
  const ms = await page.evaluate(() => window.__ready);
  await context.close();
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const app = await serve(DIST);
const plain = await serve(join(ROOT, "benches", "plain"));
const browser = await launch();
const appTimes = [];
const plainTimes = [];
// One warm-up of each, not counted: the first launch of Chromium pays for its own start.
await coldLoad(browser, app.url);
await coldLoad(browser, plain.url);
for (let i = 0; i < LOADS; i += 1) {
  appTimes.push(await coldLoad(browser, app.url));
  plainTimes.push(await coldLoad(browser, plain.url));
}
await browser.close();
await app.close();
await plain.close();

const result = {
  sizes: await sizes(),
  startup: {
    loads: LOADS,
    app_median_ms: Math.round(median(appTimes)),
    plain_median_ms: Math.round(median(plainTimes)),
    ratio: Number((median(appTimes) / median(plainTimes)).toFixed(1)),
    app_ms: appTimes.map(Math.round),
    plain_ms: plainTimes.map(Math.round),
  },
};
await mkdir(join(ROOT, "target", "bench"), { recursive: true });
await writeFile(join(ROOT, "target", "bench", "startup.json"), JSON.stringify(result, null, 2));

const kib = (n) => (n / 1024).toFixed(1);
console.log("| File | loaded by | Raw (KiB) | gzip (KiB) | brotli (KiB) |\n|---|---|---:|---:|---:|");
const row = (label, by, r) => console.log(`| ${label} | ${by} | ${kib(r.raw)} | ${kib(r.gzip)} | ${kib(r.brotli)} |`);
const loaded = result.sizes.filter((r) => !r.when_chosen);
for (const r of loaded) {
  const by = r.pages.length === Object.keys(PAGES).length ? "every page" : r.pages.map((page) => PAGES[page]).join(", ");
  row(r.file, by, r);
}
const total = (rows, key) => rows.reduce((sum, r) => sum + r[key], 0);
for (const [page, name] of Object.entries(PAGES)) {
  const rows = loaded.filter((r) => r.pages.includes(page));
  row(`**total** (${name})`, page, { raw: total(rows, "raw"), gzip: total(rows, "gzip"), brotli: total(rows, "brotli") });
}
for (const r of result.sizes.filter((r) => r.when_chosen)) row(r.file, "every page, when chosen", r);
console.log(
  `\nStart-up, median of ${LOADS} cold loads: app ${result.startup.app_median_ms} ms, ` +
    `plain HTML ${result.startup.plain_median_ms} ms, ratio ${result.startup.ratio}`,
);
