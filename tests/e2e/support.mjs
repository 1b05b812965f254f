// Shared by the end-to-end journeys: a static file server for dist/ on loopback (optionally under
// a sub-path, as a council might host it), and Debian's Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile, stat, mkdir } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTEFACTS = join(ROOT, "test-results");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Serves `dir` at http://127.0.0.1:<free port><prefix>. Resolves to { url, origin, close }. */
export async function serve(dir = DIST, prefix = "/") {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Debian's Chromium, headless, with no background traffic and a fresh profile each time. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A new page that records console errors, uncaught exceptions and every request it makes, so a
 * test can assert there were none it did not expect.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => record.errors.push(String(error)));
  page.on("request", (request) => record.requests.push(request.url()));
  return { page, context, record };
}

/** Runs axe-core in the page with the WCAG 2.2 target-size rule switched on. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { rules: { "target-size": { enabled: true } } }),
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** Saves a full-page screenshot at 375 px and 1280 px wide into test-results/. */
export async function screenshots(page, name) {
  await mkdir(ARTEFACTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(ARTEFACTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Waits until the app has rendered a page heading. */
export async function appReady(page) {
  await page.waitForSelector("main h1");
}
