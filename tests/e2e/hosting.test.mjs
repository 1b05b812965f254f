// The built dist/ as councils will host it: under a sub-path, with the Content-Security-Policy
// from docs/hosting.md, with the network switched off after a first visit, through a new
// release, and with a broken configuration or rule set.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, newPage, axeViolations, screenshots, appReady, workerInControl, DIST, ROOT } from "./support.mjs";

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** A copy of dist/ to change without touching the build. */
async function siteCopy() {
  const dir = await mkdtemp(join(tmpdir(), "hosting-"));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/** The policy the hosting guide gives, exactly as written there. */
async function documentedPolicy() {
  const guide = await readFile(join(ROOT, "docs", "hosting.md"), "utf8");
  const policy = guide.match(/<!-- csp[^>]*-->\s*```text\n([^\n]+)\n```/)?.[1];
  assert.ok(policy, "no policy block in docs/hosting.md");
  return policy;
}

const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

test("under a sub-path, from any address below it, every request stays below it", async () => {
  const prefix = "/adult-social-care/plan/";
  const server = await serve(DIST, prefix);
  const { page, context, record } = await newPage(browser);
  // The plans pages by their own address, and by the start page's (a bookmark from before they
  // were a page of their own), which moves on to it.
  for (const address of ["", "index.html", "plans.html#/plans/new", "#/plans/new", "index.html#/plans"]) {
    await page.goto(server.url + address);
    await appReady(page);
  }
  assert.equal(await page.textContent("main h1"), "Your plans");
  assert.equal(page.url(), `${server.url}plans.html#/plans`);
  await page.goto(server.url + "plans.html#/plans/new");
  await page.waitForSelector("h1:has-text('Who is planning this support plan?')");
  await page.check("#planned-by");
  await page.click("button:has-text('Continue')");
  await page.waitForSelector("h1:has-text('About this plan')");
  // The offline worker is registered from, and only covers, the sub-path. (Requests it answers
  // never count as finished for "network idle", so that is not waited for.)
  await workerInControl(page);
  // A language's catalogue is fetched from below the sub-path too.
  await page.click("button:has-text('Cymraeg')");
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  assert.ok(record.requests.some((url) => url.startsWith(server.url + "locales/cy-")), "Welsh came from below the sub-path");
  const outside = record.requests.filter((url) => !url.startsWith(server.origin + prefix));
  assert.deepEqual(outside, []);
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return [registration.scope, registration.active.scriptURL];
  });
  assert.deepEqual(worker, [server.url, server.url + "sw.js"]);
  assert.deepEqual(record.errors, []);
  // Under the worker, other addresses are still the files they name, not the app. (A browser
  // showing a JSON file asks for /favicon.ico, above the sub-path, which is why errors were
  // checked first.)
  await page.goto(server.url + "config.json");
  assert.match(await page.textContent("body"), /"id": "northshire"/);
  await page.goto(server.url + "rules/northshire-points-2026.json");
  assert.match(await page.textContent("body"), /"northshire-ras-points"/);
  await context.close();
  await server.close();
});

test("the documented Content-Security-Policy is never violated", async () => {
  const policy = await documentedPolicy();
  const server = await serve(DIST, "/", { "content-security-policy": policy });
  const { page, context, record } = await newPage(browser, { acceptDownloads: true });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  await page.reload();
  await appReady(page);
  const pages = [
    "#/", "#/plans", "#/plans/new", `#/plans/${joanId}`, `#/plans/${joanId}/money`,
    `#/plans/${joanId}/budget`, `#/plans/${joanId}/supports`, `#/plans/${joanId}/check`,
    `#/plans/${joanId}/sign`, "council.html", "#/backup", "#/privacy", "#/privacy/remove-all",
  ];
  for (const hash of pages) {
    await page.goto(server.url + hash);
    await appReady(page);
    // The council's colour reached the header through the CSS object model.
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector(".govuk-generic-header")).backgroundColor);
    assert.equal(colour, "rgb(11, 79, 108)", hash);
  }
  // Signing makes a download from a data: address, which the policy must allow too.
  await page.goto(`${server.url}plans.html#/plans/${joanId}/sign`);
  await page.fill("#signer-name", "Joan Smith");
  await page.check("#agree");
  await page.click("button:has-text('Sign your plan')");
  await page.waitForSelector("h1:has-text('Send your signed plan')");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("a:has-text('Download the signed plan')")]);
  assert.match(download.suggestedFilename(), /^support-plan-joan-/);
  // A language's catalogue is fetched from beside the app, which the policy allows too.
  await page.click("button:has-text('Cymraeg')");
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(record.errors.filter((e) => /Content.Security.Policy/i.test(e)), []);
  assert.deepEqual(record.errors, []);
  await context.close();
  await server.close();
});

test("after one visit the app opens, edits and saves a plan with the network off", async () => {
  const server = await serve(DIST, "/");
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);

  await context.setOffline(true);
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await page.reload();
  await page.waitForSelector("h1:has-text('What matters to you?')");
  await page.fill("#what_matters", "Written with no signal, on a home visit.");
  await page.waitForFunction(
    (id) => (localStorage.getItem(`sds.plan.${id}`) ?? "").includes("Written with no signal"),
    joanId,
  );
  // A fresh load, still offline, has the change; the budget works from the cached rule set.
  await page.goto(`${server.url}plans.html#/plans/${joanId}/budget`);
  await page.reload();
  await page.waitForSelector("text=£255.78");
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await page.waitForSelector("h1:has-text('What matters to you?')");
  assert.equal(await page.inputValue("#what_matters"), "Written with no signal, on a home visit.");
  await screenshots(page, "offline-what-matters");
  assert.deepEqual(record.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  await server.close();
});

test("the start page loads only its own wasm and no rule set; the worker then keeps the plans page", async () => {
  const server = await serve(DIST, "/");
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  const asked = record.requests.map((url) => url.slice(server.url.length));
  const wasm = asked.filter((file) => file.endsWith("_bg.wasm"));
  assert.equal(wasm.length, 1, `the start page's wasm only: ${wasm}`);
  assert.match(wasm[0], /^support-planner-[0-9a-f]+_bg\.wasm$/);
  assert.ok(asked.includes("config.json"), "the configuration is fetched");
  assert.deepEqual(asked.filter((file) => file.startsWith("rules/") || file.startsWith("plans")), []);
  // The worker, not the page, has kept the plans page's files, for a visit with no network.
  const kept = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("app-"));
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  assert.ok(kept.includes("/plans.html"), `kept: ${kept}`);
  assert.ok(kept.some((file) => /^\/plans-[0-9a-f]+_bg\.wasm$/.test(file)), `kept: ${kept}`);
  assert.deepEqual(record.errors, []);
  await context.close();
  await server.close();
});

/** The files only the council's page loads, as the service worker lists them. */
async function councilViewFiles() {
  const worker = await readFile(join(DIST, "sw.js"), "utf8");
  const files = JSON.parse(worker.match(/const COUNCIL_VIEW = (\[[^\]]*\]);/)?.[1] ?? "[]");
  assert.ok(files.includes("./council.html") && files.some((file) => file.endsWith("_bg.wasm")), `council view files: ${files}`);
  return files.map((file) => file.slice(2));
}

test("a person's first visit downloads none of the council's page, nor keeps it", async () => {
  const server = await serve(DIST, "/");
  const { page, context, record } = await newPage(browser);
  // Every request, the service worker's included.
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  const council = await councilViewFiles();
  assert.deepEqual(requests.filter((url) => council.some((file) => url === server.url + file)), []);
  const kept = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  assert.ok(kept.some((url) => url.endsWith("_bg.wasm")), "the person's app is kept");
  assert.deepEqual(kept.filter((url) => council.some((file) => url === server.url + file)), []);
  assert.deepEqual(record.errors, []);
  await context.close();
  await server.close();
});

test("the council view's old address leads to the council's page, under a sub-path too", async () => {
  const prefix = "/adult-social-care/plan/";
  const server = await serve(DIST, prefix);
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await page.goto(`${server.url}#/council`);
  await page.waitForURL(`${server.url}council.html`);
  await page.waitForSelector("#signed-plan-file");
  await page.goto(server.url);
  await appReady(page);
  // The footer links to the council's page, and its header back to the person's app.
  await page.click(".govuk-footer a[href='council.html']");
  await page.waitForURL(`${server.url}council.html`);
  await page.waitForSelector("#signed-plan-file");
  await page.click(".govuk-service-navigation__list a:has-text('Your plans')");
  await page.waitForURL(`${server.url}plans.html#/plans`);
  await appReady(page);
  assert.deepEqual(record.requests.filter((url) => !url.startsWith(server.url)), []);
  assert.deepEqual(record.errors, []);
  await context.close();
  await server.close();
});

test("once opened, the council's page verifies a signed plan with the network off", async () => {
  const server = await serve(DIST, "/");
  const { page, context, record } = await newPage(browser);
  await page.goto(`${server.url}council.html`);
  await page.waitForSelector("#signed-plan-file");
  await workerInControl(page);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("#signed-plan-file");
  await page.setInputFiles("#signed-plan-file", join(ROOT, "docs", "examples", "joan-signed-plan.json"));
  await page.waitForSelector("text=This plan verifies");
  assert.match(await page.textContent("#verification-result"), /Budget and totals worked out again\s*The same as in the file/);
  // In Welsh too: the catalogue came with the page's first visit.
  await page.click("button:has-text('Cymraeg')");
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  assert.deepEqual(record.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  await server.close();
});

test("a new release is offered, and taken only when the person reloads", async () => {
  const site = await siteCopy();
  const server = await serve(site, "/");
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await workerInControl(page);
  const before = await page.evaluate(() => caches.keys());
  // A second tab of the same app, as a broker might have.
  const second = await context.newPage();
  await second.goto(server.url + "plans.html#/plans");
  await appReady(second);

  // Publish a "new release": a service worker with another version.
  const worker = await readFile(join(site, "sw.js"), "utf8");
  await writeFile(join(site, "sw.js"), worker.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector("text=A new version of this service is available");
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, "update-available");
  // Until the person chooses, the old release still serves the page.
  assert.deepEqual(await page.evaluate(() => caches.keys()).then((k) => k.filter((n) => n.startsWith("app-")).length), 2);

  await Promise.all([page.waitForEvent("load"), page.click("text=Reload to use the new version")]);
  await appReady(page);
  const after = await page.evaluate(() => caches.keys());
  const app = after.filter((name) => name.startsWith("app-"));
  assert.equal(app.length, 1, `one release cached: ${after}`);
  assert.match(app[0], /-next$/);
  assert.ok(!after.includes(before.find((n) => n.startsWith("app-"))), "the old release is gone");
  assert.equal(await page.isVisible("text=A new version of this service is available"), false);
  // The other tab was offered it too; its button still works once the first tab took it.
  await second.waitForSelector("text=A new version of this service is available");
  await Promise.all([second.waitForEvent("load"), second.click("text=Reload to use the new version")]);
  await appReady(second);
  assert.equal(await second.isVisible("text=A new version of this service is available"), false);
  await context.close();
  await server.close();
});

test("a broken configuration or rule set shows who to contact and what is wrong, never a blank page", async () => {
  const site = await siteCopy();
  const config = JSON.parse(await readFile(join(site, "config.json"), "utf8"));
  const server = await serve(site, "/");
  const { page, context } = await newPage(browser);

  // A header colour white text cannot be read on, and a misspelt field.
  await writeFile(join(site, "config.json"), JSON.stringify({ ...config, council: { ...config.council, brand_colour: "#ffff00" }, servce: {} }));
  await page.goto(server.url);
  await page.waitForSelector("h1:has-text('Sorry, this service is not available')");
  await page.click("text=Information for the council's web team");
  const details = await page.textContent(".govuk-details__text");
  assert.match(details, /config\.json: line 1, column \d+: unknown field `servce`/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, "broken-config");

  // The configuration is fine but its rule set is not: the contact details can be shown. The
  // start page needs no rule set and still opens; the pages that do say so.
  await writeFile(join(site, "config.json"), JSON.stringify(config));
  await writeFile(join(site, "rules", "northshire-points-2026.json"), '{"id": "broken"');
  await page.goto(server.url);
  await page.reload();
  await page.waitForSelector(`h1:has-text(${JSON.stringify(config.service.name)})`);
  await page.click("text=Start a new plan");
  await page.waitForSelector("h1:has-text('Sorry, this service is not available')");
  assert.match(await page.textContent("main"), /0300 555 0199/);
  await page.click("text=Information for the council's web team");
  assert.match(await page.textContent(".govuk-details__text"), /rules\/northshire-points-2026\.json: /);
  await screenshots(page, "broken-rule-set");
  await context.close();
  await server.close();
});

test("the council view checks a plan made under last year's rules against those rules", async () => {
  // The components rule set took over on 1 October 2026; Joan's plan was signed under points.
  const site = await siteCopy();
  const config = JSON.parse(await readFile(join(site, "config.json"), "utf8"));
  config.rule_sets = [
    { file: "rules/northshire-points-2026.json", in_force_from: "2026-04-01" },
    { file: "rules/northshire-components-2026.json", in_force_from: "2026-10-01" },
  ];
  await writeFile(join(site, "config.json"), JSON.stringify(config));
  const server = await serve(site, "/");
  const { page, context, record } = await newPage(browser);
  await page.goto(`${server.url}council.html`);
  await appReady(page);
  await page.setInputFiles("#signed-plan-file", join(ROOT, "docs", "examples", "joan-signed-plan.json"));
  await page.waitForSelector("text=This plan verifies");
  const result = await page.textContent("#verification-result");
  assert.match(result, /worked out with rule set "northshire-ras-points" version 2026\.1/);
  assert.match(result, /current rule set is "northshire-ras-components"/);
  assert.match(result, /Budget and totals worked out again\s*The same as in the file/);
  assert.ok(record.requests.some((url) => url.endsWith("/rules/northshire-points-2026.json")), "the earlier rule set was fetched");
  await context.close();
  await server.close();
});
