// Start-up and size benchmark for the release build in dist/ (run by scripts/bench.sh).
//
// Sizes: every .wasm, .js and .css file in dist/, raw, gzip -9 and brotli -11, and apart from
// them (they are not in the total) the catalogues in locales/, fetched only when their language
// is chosen, and the files only the council's page (council.html) loads, with their own total:
// a person's visit never downloads them.
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

async function sizes() {
  const rows = [];
  const persons = await named("index.html");
  const councils = await named("council.html");
  const catalogues = (await readdir(join(DIST, "locales")).catch(() => [])).map((name) => `locales/${name}`);
  for (const name of [...(await readdir(DIST)).sort(), ...catalogues.sort()]) {
    if (![".wasm", ".js", ".css", ".ftl"].includes(extname(name))) continue;
    const body = await readFile(join(DIST, name));
    rows.push({
      file: name.replace(/-[0-9a-f]{8,}(?=[._])/, "-<hash>"),
      when_chosen: extname(name) === ".ftl",
      council_only: councils.has(name) && !persons.has(name),
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
console.log("| File | Raw (KiB) | gzip (KiB) | brotli (KiB) |\n|---|---:|---:|---:|");
const persons = (row) => !row.when_chosen && !row.council_only;
for (const row of result.sizes.filter(persons)) {
  console.log(`| ${row.file} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}
const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);
const line = (label, rows) =>
  console.log(`| ${label} | ${kib(total(rows, "raw"))} | ${kib(total(rows, "gzip"))} | ${kib(total(rows, "brotli"))} |`);
line("**total** (the person's app)", result.sizes.filter(persons));
const council = result.sizes.filter((row) => row.council_only);
for (const row of council) {
  console.log(`| ${row.file} (council's page only) | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}
line("**total** (the council's page only)", council);
for (const row of result.sizes.filter((row) => row.when_chosen)) {
  console.log(`| ${row.file} (when chosen) | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}
console.log(
  `\nStart-up, median of ${LOADS} cold loads: app ${result.startup.app_median_ms} ms, ` +
    `plain HTML ${result.startup.plain_median_ms} ms, ratio ${result.startup.ratio}`,
);
