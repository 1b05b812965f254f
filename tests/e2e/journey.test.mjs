// Whole plans made in a real browser by keyboard alone: by the person, and by someone planning
// for them, in each of the app's languages. Every page reached is checked with axe-core and
// photographed at 375 and 1280 px. The journey is driven by what a person reads, taken from the
// catalogue of the language it is made in, so the same steps walk every language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve, launch, newPage, tabTo, typeInto, activate, arrival } from "./support.mjs";
import { words } from "./words.mjs";
import { makePlan as walk } from "./journeys.mjs";

let server;
let browser;
let arrive;
let english;

before(async () => {
  server = await serve();
  browser = await launch();
  arrive = await arrival("journey");
  english = await words("en-GB");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The English journey (see journeys.mjs), checking each page with this file's `arrive`. */
function makePlan(page, options) {
  return walk(page, { url: server.url, t: english, arrive, ...options });
}

test("the person makes a whole plan by keyboard, with nothing left to fix", async () => {
  const { page, context, record } = await newPage(browser);
  await makePlan(page, { nominee: false });
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.requests.filter((url) => !url.startsWith(server.origin + "/")), []);
  await context.close();
});

test("a nominee makes a whole plan by keyboard and is spoken to about the person", async () => {
  const { page, context } = await newPage(browser);
  await makePlan(page, { nominee: true });
  assert.match(await page.textContent("main"), /The plan for Amira/);
  assert.match(await page.textContent("main"), /Also involved\s*Dr Chen\s*Nadia/);
  await context.close();
});

test("closing and reopening the browser keeps everything", async () => {
  const profile = await mkdtemp(join(tmpdir(), "planner-profile-"));
  const options = {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  };
  let context = await chromium.launchPersistentContext(profile, options);
  let page = await context.newPage();
  const id = await makePlan(page, { nominee: false });
  await context.close();

  context = await chromium.launchPersistentContext(profile, options);
  page = await context.newPage();
  await page.goto(server.url + "plans.html#/plans");
  await page.waitForSelector(".app-plan");
  assert.match(await page.textContent("main"), /Plan for Joan/);
  assert.match(await page.textContent("main"), /Ready to send/);
  await page.goto(`${server.url}plans.html#/plans/${id}/what-matters`);
  await page.waitForSelector("#what_matters");
  assert.equal(await page.inputValue("#what_matters"), "Music, swimming and my cat.");
  await page.goto(`${server.url}plans.html#/plans/${id}/supports/s1`);
  await page.waitForSelector("#s1-working");
  assert.match(await page.textContent("#s1-working"), /5 hours a week × £15\.00 an hour = £75\.00 a week/);
  await context.close();
});

test("an over-budget plan says so, and each finding's link lands on its field", async () => {
  const { page, context } = await newPage(browser);
  const id = await makePlan(page, { nominee: false });
  await page.goto(`${server.url}plans.html#/plans/${id}/supports/s1`);
  await page.waitForSelector("#s1-hours");
  await typeInto(page, "#s1-hours", "40");
  await page.waitForSelector("#s1-working:has-text('£150.42')");
  await page.goto(`${server.url}plans.html#/plans/${id}/supports`);
  await page.waitForSelector(".app-budget-panel");
  assert.match(await page.textContent(".app-budget-panel"), /Over budget by £509\.86 a week/);
  await typeInto(page, "#contingency", "1.00");
  await page.goto(`${server.url}plans.html#/plans/${id}/check`);
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("govuk-error-summary")), true);
  await arrive(page, "check-over-budget");
  const main = await page.textContent("main");
  assert.match(main, /The plan costs £751\.42 a week, £500\.86 more than the indicative budget of £250\.56/);
  // The must-fix contingency finding links to the contingency field itself.
  await activate(page, "The contingency is £1.00 a week");
  await page.waitForFunction(() => document.activeElement?.id === "contingency");
  await page.goBack();
  await page.waitForSelector(".govuk-error-summary");
  await activate(page, "more than the indicative budget");
  await page.waitForFunction(() => /\/supports$/.test(location.hash));
  await context.close();
});

test("plans on this device can be copied for a review, and deleted after confirming", async () => {
  const { page, context } = await newPage(browser);
  await makePlan(page, { nominee: false });
  await page.goto(server.url + "plans.html#/plans");
  await page.waitForSelector(".app-plan");
  await arrive(page, "your-plans-one");
  await activate(page, "Make a copy");
  await page.waitForFunction(() => document.querySelectorAll(".app-plan").length === 2);
  assert.match(
    await page.textContent(".govuk-notification-banner--success"),
    /A copy of the plan for Joan has been made/,
  );
  // The copy starts today with the same content, but needs its own review date.
  const statuses = await page.$$eval(".app-plan .govuk-summary-list__row:nth-child(3) dd", (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(statuses.sort(), ["In progress", "Ready to send"]);
  await arrive(page, "your-plans-two");
  await activate(page, "Delete");
  await page.waitForSelector("h1:has-text('Are you sure you want to delete the plan for Joan?')");
  await arrive(page, "delete");
  await activate(page, "Yes, delete this plan");
  await page.waitForSelector("h1:has-text('Your plans')");
  await page.waitForFunction(() => document.querySelectorAll(".app-plan").length === 1);
  await page.reload();
  await page.waitForSelector(".app-plan");
  assert.equal(await page.locator(".app-plan").count(), 1);
  await context.close();
});
