// The message catalogues of Welsh and Urdu are files beside the app, fetched only when their
// language is chosen (English's is compiled in): a first visit fetches the catalogue of the
// language it is read in and no other; while one is on its way the page stays whole in the
// language it was in; after one visit every language works with the network off; and a
// catalogue that cannot be had (offline before it was ever kept, a damaged file) is said, in
// the language the page is in, with nothing lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, newPage, axeViolations, screenshots, appReady, activate, workerInControl, ROOT } from "./support.mjs";
import { words, LANGUAGES } from "./words.mjs";

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;
const english = await words("en-GB");

/** The banner saying a language could not be shown, labelled by its title. */
const BANNER = '[aria-labelledby="language-banner-title"]';

/** The catalogues the page itself asked for, by language tag (the service worker's own copies
 * for offline use are requests of the worker, not the page, and are not counted). */
const catalogues = (record) =>
  record.requests.map((url) => url.match(/\/locales\/([a-zA-Z-]+)-[0-9a-f]{16}\.ftl$/)?.[1]).filter(Boolean);

/** Records the language and words of the first page heading drawn, so a test can tell the
 * page was never shown in another language first. */
function firstHeading() {
  new MutationObserver((_, observer) => {
    const heading = document.querySelector("main h1");
    if (heading && !window.firstHeading) {
      window.firstHeading = { lang: document.documentElement.lang, main: document.querySelector("main").textContent };
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * A page in a browser that offers no service worker (as on plain http), so every request the
 * app makes goes to the network, where a test can see and change it.
 */
async function pageWithoutWorker() {
  const opened = await newPage(browser);
  await opened.context.addInitScript(() => delete Object.getPrototypeOf(navigator).serviceWorker);
  return opened;
}

/** Lets the page settle, so a catalogue fetched late would have been asked for. */
const settle = (page) => page.waitForTimeout(500);

test("an English first visit fetches no catalogue", async () => {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en-GB");
  assert.deepEqual(catalogues(record), []);
  assert.deepEqual(record.errors, []);
  await context.close();
});

for (const [tag, other] of [["cy", "ur"], ["ur", "cy"]]) {
  const name = LANGUAGES[tag].name;

  test(`a first visit in ${name}, chosen on the start page, fetches its catalogue and not ${LANGUAGES[other].name}'s`, async () => {
    const t = await words(tag);
    const { page, context, record } = await newPage(browser);
    await page.goto(server.url);
    await appReady(page);
    assert.deepEqual(catalogues(record), []);
    await activate(page, name);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
    assert.ok((await page.textContent("main")).includes(t("start-for-whom")));
    assert.equal(await page.evaluate(() => document.documentElement.dir), LANGUAGES[tag].dir);
    assert.equal(await page.evaluate(() => localStorage.getItem("sds.language")), tag);
    await settle(page);
    assert.deepEqual(catalogues(record), [tag]);
    // Back to English and to the language again: from memory, with nothing fetched twice.
    await activate(page, LANGUAGES["en-GB"].name);
    await page.waitForFunction(() => document.documentElement.lang === "en-GB");
    await activate(page, name);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
    assert.deepEqual(catalogues(record), [tag]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  test(`a fresh load with ${name} kept from before is in ${name} from its first page, fetching only its catalogue`, async () => {
    const t = await words(tag);
    // No service worker: every file of this load comes from the network.
    const { page, context, record } = await pageWithoutWorker();
    await context.addInitScript(firstHeading);
    await context.addInitScript((tag) => localStorage.setItem("sds.language", tag), tag);
    await page.goto(server.url);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
    await appReady(page);
    const first = await page.evaluate(() => window.firstHeading);
    assert.equal(first.lang, tag);
    assert.ok(first.main.includes(t("start-for-whom")), first.main);
    await settle(page);
    assert.deepEqual(catalogues(record), [tag]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}

test("while a language's words are on their way the page stays whole in the one it was in", async () => {
  const welsh = await words("cy");
  const { page, context, record } = await pageWithoutWorker();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route("**/locales/cy-*.ftl", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  await appReady(page);
  await activate(page, LANGUAGES.cy.name);
  await page.waitForSelector(`.app-language-select button[lang=cy][aria-busy=true]`);
  await page.waitForTimeout(300);
  // Still English, every word from the catalogue: no keys, nothing blank.
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en-GB");
  const main = await page.textContent("main");
  assert.ok(main.includes(english("start-for-whom")) && main.includes(english("start-new-plan")), main);
  release();
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  assert.ok((await page.textContent("main")).includes(welsh("start-for-whom")));
  assert.equal(await page.isVisible(".app-language-select [aria-busy]"), false);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("after one visit, with the network off, the app works in each of its three languages", async () => {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  // The worker kept every language's catalogue, though this visit read only English.
  const kept = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("app-"));
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => request.url.match(/\/locales\/([a-zA-Z-]+)-/)?.[1]).filter(Boolean).sort();
  });
  assert.deepEqual(kept, ["cy", "ur"]);

  await context.setOffline(true);
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await page.reload();
  await page.waitForSelector(`h1:has-text(${JSON.stringify(english("what-matters-heading", { planner: "person", name: "Joan" }))})`);
  for (const tag of ["cy", "ur", "en-GB"]) {
    const t = await words(tag);
    await activate(page, LANGUAGES[tag].name);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
    assert.equal(await page.evaluate(() => document.documentElement.dir), LANGUAGES[tag].dir);
    assert.equal((await page.textContent("main h1")).trim(), t("what-matters-heading", { planner: "person", name: "Joan" }), tag);
    if (tag !== "en-GB") await screenshots(page, `offline-language-${tag}`);
  }
  // A fresh load, still offline, in the language kept: Urdu, from the worker's copy.
  const urdu = await words("ur");
  await activate(page, LANGUAGES.ur.name);
  await page.waitForFunction(() => document.documentElement.lang === "ur");
  await page.goto(`${server.url}plans.html#/plans/${joanId}/budget`);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "ur");
  await page.waitForSelector("text=£255.78");
  assert.equal(await page.isVisible(BANNER), false);
  assert.ok((await page.textContent("main")).includes(urdu("budget-heading")));
  assert.deepEqual(record.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});

/** The banner's words for Welsh, as English says them. */
const notLoaded = () => english("language-not-loaded", { language: english("language-name", { language: "cy" }) });

test("a catalogue that cannot be had is said, the page stays as it was, and nothing is lost", async () => {
  const { page, context, record } = await pageWithoutWorker();
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await page.reload();
  const heading = english("what-matters-heading", { planner: "person", name: "Joan" });
  await page.waitForSelector(`h1:has-text(${JSON.stringify(heading)})`);
  const written = await page.inputValue("#what_matters");
  assert.ok(written.length > 0);

  // Offline before Welsh was ever kept: the request fails.
  await page.route("**/locales/*.ftl", (route) => route.abort("internetdisconnected"));
  await activate(page, LANGUAGES.cy.name);
  await page.waitForSelector(BANNER);
  assert.equal((await page.textContent(`${BANNER} .govuk-notification-banner__heading`)).trim(), notLoaded());
  assert.ok((await page.textContent(BANNER)).includes(english("language-not-loaded-advice")));
  assert.equal(await page.getAttribute(BANNER, "role"), "alert");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en-GB");
  assert.equal((await page.textContent("main h1")).trim(), heading);
  assert.equal(await page.inputValue("#what_matters"), written);
  // The choice is not kept, so the next visit is in the language it was.
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.language")), null);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, "language-not-loaded");

  // A damaged file (here a server's error page, answered as if it were the file): the same.
  await page.unroute("**/locales/*.ftl");
  await page.route("**/locales/*.ftl", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Sorry</title><p>Something went wrong." }),
  );
  await activate(page, LANGUAGES.ur.name);
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent.includes("Urdu"), BANNER);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "ltr");
  assert.equal(await page.inputValue("#what_matters"), written);

  // Once the file can be had, choosing again works and the banner goes.
  await page.unroute("**/locales/*.ftl");
  await activate(page, LANGUAGES.cy.name);
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  assert.equal(await page.isVisible(BANNER), false);
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.language")), "cy");
  assert.equal(await page.inputValue("#what_matters"), written);
  assert.equal(await page.evaluate((id) => JSON.parse(localStorage.getItem(`sds.plan.${id}`)) !== null, joanId), true);
  // The failed request is the browser's own console line; the app adds none.
  assert.deepEqual(record.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test("a fresh load with Welsh kept, when its words cannot be had, is in English and says so", async () => {
  const { page, context, record } = await pageWithoutWorker();
  await context.addInitScript(() => localStorage.setItem("sds.language", "cy"));
  await page.route("**/locales/*.ftl", (route) => route.abort("internetdisconnected"));
  await page.goto(server.url);
  await appReady(page);
  await page.waitForSelector(BANNER);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en-GB");
  assert.ok((await page.textContent("main")).includes(english("start-for-whom")));
  assert.equal((await page.textContent(`${BANNER} .govuk-notification-banner__heading`)).trim(), notLoaded());
  // The choice kept is still Welsh, for the next visit with a signal.
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.language")), "cy");
  assert.deepEqual(record.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});
