// The start page and the first step of a plan, as a person meets them in a real browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, newPage, axeViolations, screenshots, appReady } from "./support.mjs";

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

test("the start page loads with no console errors and asks nothing of other hosts", async () => {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  assert.equal(await page.textContent("main h1"), "Plan your care and support");
  assert.equal(
    (await page.textContent(".govuk-generic-header__homepage-link")).trim(),
    "Northshire Council",
  );
  assert.match(await page.title(), /^Plan your care and support - Northshire Council$/);
  // Everything the start page asks for (configuration, the service worker) has been asked for
  // once the worker controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  assert.deepEqual(record.errors, []);
  const foreign = record.requests.filter((url) => !url.startsWith(server.origin + "/"));
  assert.deepEqual(foreign, [], "every request stays on the app's own origin");
  assert.ok(record.requests.some((url) => url.endsWith("/config.json")), "config.json was read");
  await screenshots(page, "start");
  await context.close();
});

test("the start page and the plans page lead to each other by their links", async () => {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  await page.click("main a:has-text('Continue a plan')");
  await page.waitForURL(`${server.url}plans.html#/plans`);
  await page.waitForSelector("main h1:has-text('Your plans')");
  // Within the plans page, a link is followed in place.
  await page.click(".govuk-service-navigation__list a:has-text('Back up')");
  await page.waitForURL(`${server.url}plans.html#/backup`);
  // The service's name leads back to the start page, as does the plans page with no route.
  await page.click(".govuk-service-navigation__service-name a");
  await page.waitForURL(server.url);
  await page.waitForSelector("main h1:has-text('Plan your care and support')");
  await page.goto(`${server.url}plans.html`);
  await page.waitForURL(server.url);
  await page.waitForSelector("main h1:has-text('Plan your care and support')");
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("axe-core finds no violations on any page the first steps reach", async () => {
  const { page, context } = await newPage(browser);
  const visit = async (hash, name) => {
    await page.goto(server.url + hash);
    await appReady(page);
    assert.deepEqual(await axeViolations(page), [], `violations on ${name}`);
  };
  await visit("#/", "the start page");
  await visit("#/plans", "your plans (empty)");
  await visit("#/plans/new", "who is planning");
  await page.click("button:has-text('Continue')");
  await page.waitForSelector(".govuk-error-summary");
  assert.deepEqual(await axeViolations(page), [], "violations on who is planning with an error");
  await screenshots(page, "new-plan-error");
  await visit("#/no-such-page", "page not found");
  assert.equal(await page.textContent("main h1"), "Page not found");
  await context.close();
});

test("a keyboard user reaches Start a new plan with Tab and follows it with Enter", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);

  // The first Tab reaches the skip link, as on every GOV.UK-style page.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");

  let reached = false;
  for (let i = 0; i < 20 && !reached; i += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(
      () => document.activeElement.textContent.trim() === "Start a new plan",
    );
  }
  assert.ok(reached, "Start a new plan is reachable by Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  const shadow = await page.evaluate(() => getComputedStyle(document.activeElement).boxShadow);
  assert.ok(outline !== "none" || shadow !== "none", "the focused button shows its focus");

  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash === "#/plans/new");
  await page.waitForSelector("h1:has-text('Who is planning this support plan?')");
  // The start page is a page of its own, so this loads the plans page: as with any page load,
  // the browser starts at the top, where the first Tab reaches the skip link again.
  assert.equal(new URL(page.url()).pathname, "/plans.html");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");
  // Within the plans page, following a link moves focus to the new page's heading.
  await page.keyboard.press("Shift+Tab");
  let chosen = false;
  for (let i = 0; i < 30 && !chosen; i += 1) {
    await page.keyboard.press("Tab");
    chosen = await page.evaluate(() => document.activeElement.id === "planned-by");
  }
  assert.ok(chosen, "the first choice is reachable by Tab");
  await page.keyboard.press("Space");
  await page.focus("button:has-text('Continue')");
  await page.keyboard.press("Enter");
  await page.waitForSelector("h1:has-text('About this plan')");
  assert.equal(
    await page.evaluate(() => document.activeElement.tagName + ":" + document.activeElement.textContent),
    "H1:About this plan",
    "focus moves to the new page's heading",
  );
  await context.close();
});

test("the skip link moves focus to the main content without changing page", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await appReady(page);
  const before = page.url();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main-content");
  assert.equal(page.url(), before);
  await context.close();
});

test("starting a plan by keyboard alone keeps it on this device", async () => {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url + "plans.html#/plans");
  await appReady(page);
  assert.match(await page.textContent("main"), /There are no plans on this device yet/);

  await page.goto(server.url + "plans.html#/plans/new");
  await appReady(page);
  // Submitting with nothing chosen shows the error summary and focuses it.
  await page.focus("button:has-text('Continue')");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(
    await page.evaluate(() => document.activeElement.classList.contains("govuk-error-summary")),
    true,
  );
  assert.match(await page.title(), /^Error: Who is planning this support plan\?/);
  // The summary's link takes focus to the first radio.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "planned-by");
  // Arrow keys move between radios; Space chooses.
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.id), "planned-by-2");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  // The new plan opens at "About this plan"; it is already on the list of plans.
  await page.waitForSelector("h1:has-text('About this plan')");
  await page.goto(server.url + "plans.html#/plans");
  await page.waitForSelector(".app-plan");
  assert.match(await page.textContent(".app-plan h2"), /Plan for someone not yet named/);
  await screenshots(page, "your-plans");

  // A fresh page load on the same device still has it.
  await page.reload();
  await page.waitForSelector(".app-plan");
  assert.equal(await page.locator(".app-plan").count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(record.errors, []);
  await context.close();
});
