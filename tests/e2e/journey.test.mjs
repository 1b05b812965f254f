// Whole plans made in a real browser by keyboard alone: by the person, and by someone planning
// for them. Every page reached is checked with axe-core and photographed at 375 and 1280 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve, launch, newPage, ROOT, tabTo, typeInto, activate, arrival } from "./support.mjs";

let server;
let browser;
let arrive;

before(async () => {
  server = await serve();
  browser = await launch();
  arrive = await arrival("journey");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function headingText(page) {
  return (await page.textContent("main h1")).trim();
}

/**
 * Makes a whole plan by keyboard. `nominee` plans for Amira as her mother and manages the money
 * as her nominee; otherwise Joan plans for herself.
 */
async function makePlan(page, options) {
  try {
    return await makePlanSteps(page, options);
  } catch (error) {
    // Keep a picture of where it stopped, for whoever reads the failure.
    await page.screenshot({ path: join(ROOT, "test-results", "failure.png"), fullPage: true }).catch(() => {});
    throw error;
  }
}

async function makePlanSteps(page, { nominee }) {
  await page.goto(server.url);
  await arrive(page, "start");
  await activate(page, "Start a new plan");
  await page.waitForSelector("h1:has-text('Who is planning this support plan?')");
  await arrive(page, "who-is-planning");
  await tabTo(page, "#planned-by");
  if (nominee) await page.keyboard.press("ArrowDown");
  else await page.keyboard.press("Space");
  await activate(page, "Continue");

  await page.waitForSelector("h1:has-text('About this plan')");
  await arrive(page, nominee ? "about-nominee" : "about");
  await typeInto(page, "#person_name", nominee ? "Amira" : "Joan");
  if (nominee) {
    await typeInto(page, "#representative_name", "Leila Haddad");
    await typeInto(page, "#representative_relationship", "Mother");
    await typeInto(page, "#representative_contact", "07700 900456");
    await tabTo(page, "#representative_basis");
    await page.keyboard.press("ArrowDown"); // authorised person
    await typeInto(page, "#also_involved", "Dr Chen, GP\nNadia, cousin");
  }
  await activate(page, "Save and continue");

  await page.waitForSelector(".govuk-task-list");
  assert.equal(await headingText(page), nominee ? "Support plan for Amira" : "Your support plan");
  await arrive(page, "task-list-new");

  // Find out your money: every question, by keyboard, choosing the second option of each.
  await activate(page, "Find out your money");
  await page.waitForSelector("h1:has-text('Find out your money')");
  await arrive(page, "money-start");
  await activate(page, "Start the questions");
  for (let n = 1; n < 40; n += 1) {
    await page.waitForFunction(() => /\/money\/|\/budget$/.test(location.hash));
    if ((await page.evaluate(() => location.hash)).endsWith("/budget")) break;
    await page.waitForSelector("main h1");
    assert.match(await page.textContent(".govuk-caption-l"), /^Question \d+ of \d+$/);
    const kind = await page.evaluate(() => document.querySelector("#answer")?.type);
    if (n === 1) {
      // Continuing without an answer shows the error summary, focused.
      await activate(page, "Continue");
      await page.waitForSelector(".govuk-error-summary");
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains("govuk-error-summary")), true);
      await arrive(page, "question-error");
    }
    if (kind === "radio") {
      await tabTo(page, "#answer");
      await page.keyboard.press("ArrowDown");
    } else if (kind === "checkbox") {
      // Ticking nothing is not an answer: "None of these" is said on purpose.
      await tabTo(page, 'input[value="none-of-these"]');
      await page.keyboard.press("Space");
    } else if (kind === "text") {
      await typeInto(page, "#answer", "5");
    }
    if (n === 1) await arrive(page, "question");
    const before = await page.evaluate(() => location.hash);
    await activate(page, "Continue");
    await page.waitForFunction((b) => location.hash !== b, before);
  }
  await page.waitForSelector("h1:has-text('The indicative personal budget')");
  await arrive(page, "budget");
  const weekly = await page.textContent(".app-budget-figure");
  assert.match(weekly, /£250\.56 a week/);
  // "How was this worked out?" opens by keyboard and explains each step.
  await tabTo(page, ".govuk-details__summary");
  await page.keyboard.press("Enter");
  assert.match(await page.textContent(".govuk-details__text"), /Points for your needs: 48 points/);
  await activate(page, "Continue");
  await page.waitForSelector(".govuk-task-list");

  // What matters.
  await activate(page, nominee ? "What matters to Amira" : "What matters to you");
  await page.waitForSelector("h1");
  assert.equal(await headingText(page), nominee ? "What matters to Amira?" : "What matters to you?");
  await arrive(page, nominee ? "what-matters-nominee" : "what-matters");
  await typeInto(page, "#what_matters", "Music, swimming and my cat.");
  await typeInto(page, "#strengths", "Funny\nDetermined");
  await activate(page, "Save and continue");

  // Outcomes.
  await activate(page, nominee ? "What Amira wants to change or achieve" : "What you want to change or achieve");
  await page.waitForSelector("h1");
  await arrive(page, "outcomes-empty");
  await activate(page, "Add an outcome");
  await page.waitForFunction(() => document.activeElement?.id === "o1-in_my_words");
  await page.keyboard.type("I want to get out twice a week");
  await typeInto(page, "#o1-how_we_will_know", "I go to the club most weeks");
  await arrive(page, "outcomes");
  await activate(page, "Save and continue");

  // Support: one paid personal assistant, one unpaid friend, and a contingency.
  await activate(page, "How support will be given and paid for");
  await page.waitForSelector("h1");
  await arrive(page, "supports-empty");
  await activate(page, "Add paid support");
  await page.waitForSelector("#s1-description");
  await arrive(page, "support-line");
  await typeInto(page, "#s1-description", "Help to get out and about");
  await tabTo(page, "#s1-category");
  await page.keyboard.press("ArrowDown"); // Personal care
  await tabTo(page, "#s1-costing_kind");
  await page.keyboard.press("Space"); // By the hour
  await typeInto(page, "#s1-hours", "5");
  await typeInto(page, "#s1-costing", "15.00");
  await page.waitForSelector("#s1-working:has-text('£93.80')");
  await tabTo(page, "#s1-outcomes");
  await page.keyboard.press("Space");
  await arrive(page, "support-line-costed");
  await activate(page, "Save and continue");
  await page.waitForSelector("h1:has-text('supported')");
  await activate(page, "Add unpaid support");
  await page.waitForSelector("#s2-description");
  await typeInto(page, "#s2-description", "My friend takes me to the club");
  await tabTo(page, "#s2-outcomes");
  await page.keyboard.press("Space");
  await activate(page, "Save and continue");
  await page.waitForSelector("h1:has-text('supported')");
  await typeInto(page, "#contingency", "10.00");
  await arrive(page, "supports");
  assert.match(await page.textContent(".app-budget-panel"), /Left to plan\s*£146\.76 a week/);
  await activate(page, "Save and continue");

  // Managing the money.
  await activate(page, "How the money will be managed");
  await page.waitForSelector("h1:has-text('How the money will be managed')");
  await tabTo(page, "#s1-management");
  if (nominee) {
    await page.keyboard.press("ArrowDown"); // a direct payment to a nominee
    await page.waitForSelector("#nominee_name");
    await typeInto(page, "#nominee_name", "Leila Haddad");
    await typeInto(page, "#nominee_relationship", "Mother");
    await typeInto(page, "#nominee_contact", "07700 900456");
    await tabTo(page, "#nominee_agreed");
    await page.keyboard.press("Space");
  } else {
    await page.keyboard.press("Space");
  }
  await arrive(page, nominee ? "managing-money-nominee" : "managing-money");
  await activate(page, "Save and continue");

  // Staying safe.
  await activate(page, nominee ? "Staying safe and in control" : "Staying safe and in control");
  await page.waitForSelector("#backup_plan");
  await typeInto(page, "#backup_plan", "My sister will step in and I will call the agency.");
  await activate(page, "Add a contact");
  await page.waitForFunction(() => document.activeElement?.id === "contact-1-name");
  await page.keyboard.type("Mary");
  await typeInto(page, "#contact-1-phone", "07700 900123");
  await activate(page, "Add a risk");
  await page.waitForFunction(() => document.activeElement?.id === "r1-what_could_go_wrong");
  await page.keyboard.type("I could fall");
  await typeInto(page, "#r1-what_we_will_do", "A falls alarm");
  await arrive(page, "staying-safe");
  await activate(page, "Save and continue");

  // What happens next.
  await activate(page, "What happens next and when the plan is reviewed");
  await page.waitForSelector("h1:has-text('What happens next')");
  await activate(page, "Add an action");
  await page.waitForFunction(() => document.activeElement?.id === "a1-what");
  await page.keyboard.type("Find a personal assistant");
  await typeInto(page, "#a1-who", "Me, with the broker");
  await typeInto(page, "#a1-by_when", "15");
  await typeInto(page, "#a1-by_when-month", "1");
  await typeInto(page, "#a1-by_when-year", "2099");
  await typeInto(page, "#review_date", "30");
  await typeInto(page, "#review_date-month", "11");
  await typeInto(page, "#review_date-year", "2099");
  await arrive(page, "action-plan");
  await activate(page, "Save and continue");

  await page.waitForSelector(".govuk-task-list");
  await arrive(page, nominee ? "task-list-done-nominee" : "task-list-done");
  const statuses = await page.$$eval(".govuk-task-list__status", (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(statuses, Array(8).fill("Completed"));

  await activate(page, "Check your plan");
  await page.waitForSelector("h1:has-text('Check your plan')");
  await arrive(page, nominee ? "check-nominee" : "check");
  assert.equal(await page.locator(".govuk-error-summary").count(), 0, "no must-fix findings");
  assert.match(await page.textContent(".app-ready"), /ready to send/);
  return page.evaluate(() => location.hash.split("/")[2]);
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
  await page.goto(server.url + "#/plans");
  await page.waitForSelector(".app-plan");
  assert.match(await page.textContent("main"), /Plan for Joan/);
  assert.match(await page.textContent("main"), /Ready to send/);
  await page.goto(`${server.url}#/plans/${id}/what-matters`);
  await page.waitForSelector("#what_matters");
  assert.equal(await page.inputValue("#what_matters"), "Music, swimming and my cat.");
  await page.goto(`${server.url}#/plans/${id}/supports/s1`);
  await page.waitForSelector("#s1-working");
  assert.match(await page.textContent("#s1-working"), /5 hours a week × £15\.00 an hour = £75\.00 a week/);
  await context.close();
});

test("an over-budget plan says so, and each finding's link lands on its field", async () => {
  const { page, context } = await newPage(browser);
  const id = await makePlan(page, { nominee: false });
  await page.goto(`${server.url}#/plans/${id}/supports/s1`);
  await page.waitForSelector("#s1-hours");
  await typeInto(page, "#s1-hours", "40");
  await page.waitForSelector("#s1-working:has-text('£150.42')");
  await page.goto(`${server.url}#/plans/${id}/supports`);
  await page.waitForSelector(".app-budget-panel");
  assert.match(await page.textContent(".app-budget-panel"), /Over budget by £509\.86 a week/);
  await typeInto(page, "#contingency", "1.00");
  await page.goto(`${server.url}#/plans/${id}/check`);
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
  await page.goto(server.url + "#/plans");
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
