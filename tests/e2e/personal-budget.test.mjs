// The personal budget in its three parts, by keyboard in a real browser: Joan records the
// contribution from her financial assessment letter and sees the cost, what she pays, what the
// council pays and her four-weekly direct payment; switches to "not assessed yet" and sees the
// council's part is not known; records that she disagrees; signs and prints, and the printed plan
// has every part the law asks for. Amira's nominee sees her gross monthly payment named as
// nominee. axe-core finds nothing on the personal budget page, the print page and the council
// view in English, Welsh and Urdu.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, newPage, DIST, ROOT, tabTo, typeInto, activate, arrival, axeViolations, screenshots } from "./support.mjs";

let server;
let browser;
let arrive;

before(async () => {
  server = await serve();
  browser = await launch();
  arrive = await arrival("personal-budget");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const amiraText = await readFile(join(ROOT, "docs", "examples", "amira-support-plan.json"), "utf8");

/** The printed plan's parts the law asks for, in the order it gives them. */
const AGREED_HEADINGS = [
  "Assessed needs",
  "Wellbeing",
  "Information and advice",
  "Your personal budget",
  "Direct payments",
  "Checking progress and review",
  "If you disagree",
];

/** Puts a plan file's plan on the device and opens its task list. */
async function seed(page, url, text, edit = (plan) => plan) {
  const file = JSON.parse(text);
  file.plan = edit(file.plan);
  await page.goto(url);
  await page.evaluate(([id, stored]) => localStorage.setItem(`sds.plan.${id}`, stored), [file.plan.id, JSON.stringify(file)]);
  await page.goto(`${url}plans.html#/plans/${file.plan.id}`);
  await page.reload();
  await page.waitForSelector(".govuk-task-list");
  return file.plan.id;
}

/** The text of an element, with its white space run together. */
async function textOf(page, selector) {
  return (await page.textContent(selector)).replace(/\s+/g, " ");
}

/** Types a date into the three boxes of the date field `id`. */
async function typeDate(page, id, day, month, year) {
  await typeInto(page, `#${id}`, day);
  await typeInto(page, `#${id}-month`, month);
  await typeInto(page, `#${id}-year`, year);
}

test("the personal budget's three parts, a contribution and a disagreement, by keyboard", async () => {
  const { page, context, record } = await newPage(browser, { acceptDownloads: true });
  // Joan's plan before the financial assessment letter was entered.
  const id = await seed(page, server.url, joanText, (plan) => {
    delete plan.contribution;
    return plan;
  });
  assert.doesNotMatch(await textOf(page, ".app-budget-panel"), /Contribution/, "nothing said, nothing shown");
  await activate(page, "Your personal budget and what you pay");
  await page.waitForSelector("h1:has-text('Your personal budget and what you pay')");
  await arrive(page, "page");
  assert.match(await textOf(page, "#personal-budget-parts"), /What you pay\s*Not said yet/);

  // The letter says £42.50 a week, dated 12 November 2026.
  await tabTo(page, "#contribution");
  await page.keyboard.press("Space");
  await page.waitForSelector("#contribution_amount");
  assert.equal(await page.inputValue("#contribution_amount"), "", "no zero nobody typed");
  await typeInto(page, "#contribution_amount", "42.50");
  await typeDate(page, "contribution_letter_date", "12", "11", "2026");
  await page.waitForSelector("#personal-budget-parts:has-text('12 November 2026')");
  const parts = await textOf(page, "#personal-budget-parts");
  assert.match(parts, /The cost of meeting the needs\s*£255\.78 a week \(£13,300\.56 a year\)/);
  assert.match(parts, /What you pay\s*£42\.50 a week \(£2,210\.00 a year\), from the financial assessment letter of 12 November 2026/);
  assert.match(parts, /What Northshire Council pays\s*£213\.28 a week \(£11,090\.56 a year\)/);
  const payment = await textOf(page, "#direct-payment");
  assert.match(payment, /Each payment\s*£372\.80 every four weeks/);
  assert.match(payment, /Paid to\s*Joan, the person the plan is for/);
  assert.match(payment, /Help to wash and dress on weekday mornings/);
  assert.match(payment, /Joan needs help to wash and dress/);
  assert.match(payment, /pays it net: it takes off the contribution before paying/);
  assert.match(payment, /less the contribution of £42\.50: £93\.20 a week; £93\.20 × 4 weeks = £372\.80 every four weeks/);
  await arrive(page, "page-assessed");

  // Not assessed yet after all: the council's part and the net payment are not known.
  await tabTo(page, "#contribution");
  await page.keyboard.press("ArrowDown");
  await page.waitForSelector("#personal-budget-parts:has-text('Not assessed yet')");
  assert.match(await textOf(page, "#personal-budget-parts"), /What Northshire Council pays\s*Not known until the financial assessment/);
  assert.match(await textOf(page, "#direct-payment"), /Not known until the financial assessment: it is paid every four weeks, less the contribution/);
  assert.equal(await page.isVisible("#contribution_amount"), false);
  await arrive(page, "page-not-assessed");

  // The letter came: back to "Yes", entered again.
  await tabTo(page, "#contribution-2");
  await page.keyboard.press("ArrowUp");
  await page.waitForSelector("#contribution_amount");
  await typeInto(page, "#contribution_amount", "42.50");
  await typeDate(page, "contribution_letter_date", "12", "11", "2026");
  await page.waitForSelector("#direct-payment:has-text('£372.80 every four weeks')");

  // Joan disagrees with the indicative budget, and says why.
  await tabTo(page, "#disagrees-2");
  await page.keyboard.press("ArrowUp");
  await page.waitForSelector("#disagreement_about");
  await tabTo(page, "#disagreement_about");
  await page.keyboard.press("Space");
  await typeInto(page, "#disagreement_why", "Two hours on Mondays are not enough since my fall.");
  assert.match(await textOf(page, "main"), /You can ask Northshire Council to review the indicative budget or another decision at any time\. Contact them:\s*Phone: 0300 555 0199 \(Monday to Friday, 9am to 5pm\)\s*Email: care\.plans@northshire\.example/);
  await arrive(page, "page-disagrees");

  // The task list's budget panel now says what she pays and what the council pays.
  await activate(page, "Save and continue");
  await page.waitForSelector(".govuk-task-list");
  const panel = await textOf(page, ".app-budget-panel");
  assert.match(panel, /Contribution\s*£42\.50 a week/);
  assert.match(panel, /Paid by the council\s*£213\.28 a week/);
  // Existing figures are still there.
  assert.match(panel, /Indicative budget\s*£255\.78 a week/);

  // Signed and printed, the plan has every part the law asks for, in order.
  await activate(page, "Sign and send your plan");
  await page.waitForSelector("h1:has-text('Sign your plan')");
  await typeInto(page, "#signer-name", "Joan Smith");
  await tabTo(page, "#agree");
  await page.keyboard.press("Space");
  await activate(page, "Sign your plan");
  await page.waitForSelector("h1:has-text('Send your signed plan')");
  const [download] = await Promise.all([page.waitForEvent("download"), activate(page, "Download the signed plan")]);
  const signedFile = join(await mkdtemp(join(tmpdir(), "personal-budget-signed-")), "signed-plan.json");
  await download.saveAs(signedFile);
  await activate(page, "Print the plan or save it as a PDF");
  await page.waitForSelector("h1:has-text('Support plan for Joan')");
  await arrive(page, "print");
  const headings = await page.$$eval("main h2", (hs) => hs.map((h) => h.textContent.trim()));
  const found = AGREED_HEADINGS.map((heading) => headings.indexOf(heading));
  assert.ok(found.every((at) => at >= 0), `missing headings: ${AGREED_HEADINGS.filter((_, i) => found[i] < 0)} in ${headings}`);
  assert.deepEqual([...found].sort((a, b) => a - b), found, `in the agreed order: ${headings}`);
  const printed = await textOf(page, "main");
  assert.match(printed, /Eligibility\s*Eligible\s*Outcomes it affects\s*Maintaining personal hygiene\s*Being appropriately clothed/);
  assert.match(printed, /Will the council meet it\?\s*No/);
  assert.match(printed, /Maintaining a habitable home|Joan finds it hard to keep the garden tidy/);
  assert.match(printed, /What Joan pays\s*£42\.50 a week \(£2,210\.00 a year\), from the financial assessment letter of 12 November 2026/);
  assert.match(printed, /What Northshire Council pays\s*£213\.28 a week/);
  assert.match(printed, /Each payment\s*£372\.80 every four weeks/);
  assert.match(printed, /How progress will be checked\s*A phone call from the social worker after six weeks/);
  assert.match(printed, /Who will check it\s*Joan's social worker, with Priya Shah \(support broker\)/);
  assert.match(printed, /What the disagreement is about\s*The indicative budget\s*Why\s*Two hours on Mondays are not enough since my fall\./);
  assert.match(printed, /To ask Northshire Council to review a decision, contact them:\s*Phone: 0300 555 0199/);
  // On paper: the parts are still there and readable, the page's controls are not.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("text=Print or save as PDF"), false);
  assert.equal(await page.isVisible("h2:has-text('If you disagree')"), true);
  await page.screenshot({ path: join(ROOT, "test-results", "personal-budget-print-media.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The council officer sees the disagreement first, before the figures.
  const { page: desk, context: council } = await newPage(browser);
  await desk.goto(`${server.url}council.html`);
  await desk.waitForSelector("main h1");
  await tabTo(desk, "#signed-plan-file");
  await desk.setInputFiles("#signed-plan-file", signedFile);
  await desk.waitForSelector("text=This plan verifies");
  const disagreement = await textOf(desk, "#council-disagreement");
  assert.match(disagreement, /Warning\s*Joan disagrees with a decision\. They can ask for it to be reviewed\./);
  assert.match(disagreement, /What the disagreement is about\s*The indicative budget\s*Why\s*Two hours on Mondays/);
  const order = await desk.evaluate(() => {
    const at = (selector) => [...document.querySelectorAll("main *")].indexOf(document.querySelector(selector));
    return [at("#council-disagreement"), at("#council-personal-budget")];
  });
  assert.ok(order[0] >= 0 && order[0] < order[1], `the disagreement comes first: ${order}`);
  await arrive(desk, "council-disagreement");
  await council.close();

  // In Welsh and Urdu, the personal budget page and the printed plan have nothing axe finds.
  for (const tag of ["cy", "ur"]) {
    await page.evaluate((language) => localStorage.setItem("sds.language", language), tag);
    for (const [route, name, part] of [["personal-budget", "page", "#personal-budget-parts"], ["signed/print", "print", ".app-personal-budget"]]) {
      await page.goto(`${server.url}plans.html#/plans/${id}/${route}`);
      await page.reload();
      await page.waitForFunction((language) => document.documentElement.lang === language, tag);
      // The page itself, not one saying the plan is not there.
      await page.waitForSelector(part);
      await arrive(page, `${name}-${tag}`);
    }
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a nominee's gross monthly payment, before the financial assessment, with a disagreement", async () => {
  // A council whose rules pay direct payments gross, monthly: the components rule set.
  const site = await mkdtemp(join(tmpdir(), "personal-budget-"));
  await cp(DIST, site, { recursive: true });
  const config = JSON.parse(await readFile(join(site, "config.json"), "utf8"));
  config.rule_sets = [{ file: "rules/northshire-components-2026.json", in_force_from: "2026-04-01" }];
  await writeFile(join(site, "config.json"), JSON.stringify(config));
  const components = await serve(site);
  const { page, context, record } = await newPage(browser);
  const id = await seed(page, components.url, amiraText);
  assert.match(await textOf(page, ".app-budget-panel"), /Contribution\s*Not assessed yet\s*Paid by the council\s*Not known until the financial assessment/);
  await page.goto(`${components.url}plans.html#/plans/${id}/personal-budget`);
  await page.waitForSelector("h1:has-text(\"Amira's personal budget and what they pay\")");
  assert.equal(await page.isChecked("#contribution-2"), true, "not assessed yet");
  assert.match(await textOf(page, "#personal-budget-parts"), /What Amira pays\s*Not assessed yet/);
  const payment = await textOf(page, "#direct-payment");
  assert.match(payment, /Each payment\s*£[\d,]+\.\d\d every month/);
  assert.match(payment, /Paid to\s*Leila Haddad, as nominee/);
  assert.match(payment, /pays it gross: the full cost of the support/);
  assert.equal(await page.isChecked("#disagrees"), true);
  assert.equal(await page.isChecked("#disagreement_about"), true, "the indicative budget");
  assert.match(await page.inputValue("#disagreement_why"), /two carers for the evening call/);
  await arrive(page, "page-amira");
  assert.deepEqual(record.errors, []);
  await context.close();
  await components.close();
});

test("the council view shows the three parts of Joan's signed plan, in every language", async () => {
  const { page, context, record } = await newPage(browser);
  for (const tag of ["en-GB", "cy", "ur"]) {
    await page.goto(`${server.url}council.html`);
    await page.evaluate((language) => localStorage.setItem("sds.language", language), tag);
    await page.reload();
    await page.waitForFunction((language) => document.documentElement.lang === language, tag);
    await tabTo(page, "#signed-plan-file");
    await page.setInputFiles("#signed-plan-file", join(ROOT, "docs", "examples", "joan-signed-plan.json"));
    await page.waitForSelector("#council-personal-budget");
    if (tag === "en-GB") {
      const parts = await textOf(page, "#council-personal-budget");
      assert.match(parts, /The cost of meeting the needs \(the indicative budget\)\s*£255\.78 a week \(£13,300\.56 a year\)/);
      assert.match(parts, /What Joan pays\s*£42\.50 a week \(£2,210\.00 a year\), from the financial assessment letter of 12 November 2026/);
      assert.match(parts, /What Northshire Council pays\s*£213\.28 a week \(£11,090\.56 a year\)/);
      assert.match(parts, /Each payment\s*£372\.80 every four weeks/);
      assert.match(parts, /Paid to\s*Joan, the person the plan is for/);
      assert.match(await textOf(page, "#verification-result"), /Budget and totals worked out again\s*The same as in the file/);
      assert.equal(await page.isVisible("#council-disagreement"), false, "Joan's signed plan records none");
    }
    assert.deepEqual(await axeViolations(page), [], `axe violations on the council view in ${tag}`);
    // The whole plan, opened, has the new parts too.
    await page.click(".govuk-details__summary");
    assert.deepEqual(await axeViolations(page), [], `axe violations on the council view's plan in ${tag}`);
    await screenshots(page, `personal-budget-council-${tag}`);
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("the council view says when a file's figures are worked out again", async () => {
  const { page, context } = await newPage(browser);
  // Joan's signed plan as the first release signed it, before plans said the personal budget.
  const v1 = join(ROOT, "crates", "sds-domain", "tests", "fixtures", "signed-plans", "v1.json");
  const site = await mkdtemp(join(tmpdir(), "personal-budget-v1-"));
  await cp(DIST, site, { recursive: true });
  await cp(join(ROOT, "crates", "sds-domain", "tests", "fixtures", "signed-plans", "v1-rules.json"), join(site, "rules", "v1-rules.json"));
  const config = JSON.parse(await readFile(join(site, "config.json"), "utf8"));
  config.rule_sets.unshift({ file: "rules/v1-rules.json", in_force_from: "2026-01-01" });
  await writeFile(join(site, "config.json"), JSON.stringify(config));
  const old = await serve(site);
  await page.goto(`${old.url}council.html`);
  await page.waitForSelector("main h1");
  await page.setInputFiles("#signed-plan-file", v1);
  await page.waitForSelector("text=This plan verifies");
  const verdict = await textOf(page, "#verification-result");
  assert.match(verdict, /signed before plans said the personal budget in three parts/);
  assert.match(await textOf(page, "#council-personal-budget"), /worked out again from the plan\. They are not signed\./);
  assert.match(await textOf(page, "#council-personal-budget"), /What Joan pays\s*Not said yet/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshots(page, "personal-budget-council-v1");
  await old.close();
  await context.close();
});

test("a council in Scotland names the ways of managing the money as its four options", async () => {
  const site = await mkdtemp(join(tmpdir(), "personal-budget-scotland-"));
  await cp(DIST, site, { recursive: true });
  const file = join(site, "rules", "northshire-points-2026.json");
  const rules = JSON.parse(await readFile(file, "utf8"));
  rules.care_and_support.scheme = "scotland";
  await writeFile(file, JSON.stringify(rules));
  const scotland = await serve(site);
  const { page, context, record } = await newPage(browser);
  const id = await seed(page, scotland.url, joanText);
  await page.goto(`${scotland.url}plans.html#/plans/${id}/managing-money`);
  await page.waitForSelector("h1:has-text('How the money will be managed')");
  const main = await textOf(page, "main");
  assert.match(main, /Option 1: a direct payment to the person/);
  assert.match(main, /Option 2: the person chooses, and the council or a provider arranges it/);
  assert.match(main, /Option 3: the council arranges the support/);
  assert.doesNotMatch(main, /An individual service fund\b(?!:)/);
  // Joan's paid lines use three options, so the plan as a whole is Option 4.
  assert.equal((await textOf(page, "#overall-option")).trim(), "Overall, the plan uses Option 4: a mix of options.");
  await arrive(page, "managing-money-scotland");
  assert.deepEqual(record.errors, []);
  await context.close();
  await scotland.close();
});
