// Shared by the end-to-end journeys: a static file server for dist/ on loopback (optionally under
// a sub-path, as a council might host it), and Debian's Chromium driven by playwright-core.
import { createServer } from "node:http";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
  ".ftl": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves `dir` at http://127.0.0.1:<free port><prefix>, with `headers` on every response.
 * Resolves to { url, origin, close }.
 */
export async function serve(dir = DIST, prefix = "/", headers = {}) {
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
        ...headers,
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

/** Waits until the service worker controls the page (after the first visit). */
export async function workerInControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** Presses Tab until `isTarget(document.activeElement, arg)` holds in the page; fails if never. */
export async function tabUntil(page, isTarget, arg, what, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate(isTarget, arg)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${what} on ${await page.evaluate(() => location.hash)}`);
}

/** Presses Tab until the focused element matches a CSS selector. */
export async function tabTo(page, selector) {
  await tabUntil(page, (s) => document.activeElement?.matches(s) ?? false, selector, selector);
}

/** Tabs to a field and types into it (replacing what is there). */
export async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** Tabs to a link or button whose text contains `name`, and presses Enter. */
export async function activate(page, name) {
  await tabUntil(
    page,
    (n) => {
      const e = document.activeElement;
      return !!e && ["A", "BUTTON"].includes(e.tagName) && e.textContent.replace(/\s+/g, " ").includes(n);
    },
    name,
    `"${name}"`,
  );
  await page.keyboard.press("Enter");
}

/**
 * The check made at each new page of a journey: `arrive(page, name)` waits for the page, fails
 * if a message key shows instead of its text, and the first time a page is reached runs axe-core,
 * checks it reflows at 320 px, and saves screenshots named `<prefix>-<name>`.
 */
export async function arrival(prefix) {
  // Every message key: if one shows on a page, a message is missing from the catalogue.
  const catalogue = await readFile(join(ROOT, "locales", "en-GB.ftl"), "utf8");
  const keys = [...catalogue.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]);
  const visited = new Set();
  return async function arrive(page, name) {
    await page.waitForSelector("main h1");
    const body = await page.textContent("main");
    const shownKeys = keys.filter((key) => key.includes("-") && new RegExp(`(^|\\s)${key}(\\s|$)`).test(body));
    assert.deepEqual(shownKeys, [], `message keys shown instead of text on ${name}`);
    if (visited.has(name)) return;
    visited.add(name);
    assert.deepEqual(await axeViolations(page), [], `axe violations on ${name}`);
    // 320 CSS pixels is a 1280 px screen at 400% zoom: nothing may need scrolling sideways.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${name} is ${width}px wide at 320px`);
    if (size) await page.setViewportSize(size);
    await screenshots(page, `${prefix}-${name}`);
  };
}

/** The shell steps docs/signed-plan-format.md gives for checking a signed file with OpenSSL. */
export function documentedSteps() {
  const doc = readFileSync(join(ROOT, "docs", "signed-plan-format.md"), "utf8");
  const steps = doc.match(/<!-- verify-steps[^>]*-->\s*```sh\n([\s\S]*?)```/)?.[1];
  assert.ok(steps, "no verify-steps block in docs/signed-plan-format.md");
  return steps;
}

/** Runs the documented steps, exactly as written, on `document` in a fresh folder. */
export function runSteps(document) {
  const dir = mkdtempSync(join(tmpdir(), "signed-format-"));
  writeFileSync(join(dir, "document.json"), document);
  return spawnSync("bash", ["-e", "-o", "pipefail", "-c", documentedSteps()], { cwd: dir, encoding: "utf8" });
}
