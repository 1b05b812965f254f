// Saving soon, not at every key: the totals answer each key press at once, a burst of typing is
// saved by a few writes rather than one a key, and nothing typed is lost to a reload, a hidden
// page or a click elsewhere right after the last key.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, serve, launch, newPage, appReady, tabTo } from "./support.mjs";

const joanText = readFileSync(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

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

/** The supports page with Joan's plan on the device, the contingency field chosen. */
async function supportsPage() {
  const opened = await newPage(browser);
  const { page } = opened;
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  await page.goto(`${server.url}plans.html#/plans/${joanId}/supports`);
  await page.reload();
  await appReady(page);
  await tabTo(page, "#contingency");
  await page.keyboard.press("ControlOrMeta+A");
  return opened;
}

/** Joan's plan as stored: its revision counts the writes. */
function revision(page) {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`sds.plan.${id}`)).revision ?? 0, joanId);
}

function contingency(page) {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`sds.plan.${id}`)).content?.plan?.contingency_weekly_minor, joanId);
}

function totals(page) {
  return page.evaluate(() => [...document.querySelectorAll(".govuk-grid-column-two-thirds > dl.govuk-summary-list")].at(-1).textContent);
}

test("the totals change with every key press, before the plan is saved", async () => {
  const { page, context, record } = await supportsPage();
  let shown = await totals(page);
  for (const key of ["1", "2", "3", "Backspace"]) {
    await page.keyboard.press(key);
    // Asked in the same turn as the key: the page has answered it already.
    const now = await totals(page);
    assert.notEqual(now, shown, `the totals answer "${key}"`);
    shown = now;
  }
  assert.match(shown, /£12\.00/);
  await page.waitForFunction(() => document.querySelector(".app-save-status")?.textContent.startsWith("Saved on this device at"));
  assert.equal(await contingency(page), 1200);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a burst of typing is saved by a few writes, the last key's included", async () => {
  const { page, context } = await supportsPage();
  await page.keyboard.type("1");
  await page.waitForFunction(() => document.querySelector(".app-save-status")?.textContent.startsWith("Saved on this device at"));
  await page.keyboard.press("ControlOrMeta+A");
  const before = await revision(page);
  await page.keyboard.type("123456789");
  await page.waitForFunction((id) => {
    return JSON.parse(localStorage.getItem(`sds.plan.${id}`)).content?.plan?.contingency_weekly_minor === 12345678900;
  }, joanId);
  const writes = (await revision(page)) - before;
  assert.ok(writes >= 1 && writes < 9, `nine keys saved by ${writes} writes`);
  await context.close();
});

test("what was typed just before a reload, a hidden page or a click elsewhere is kept", async () => {
  const { page, context } = await supportsPage();
  // Reloaded straight after the key: the page saves as it goes.
  await page.keyboard.type("42");
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue("#contingency"), "42.00");
  assert.equal(await contingency(page), 4200);
  // Hidden (as a phone's app switcher hides it, which may end the page without warning).
  await tabTo(page, "#contingency");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("43");
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  assert.equal(await contingency(page), 4300, "saved as the page was hidden");
  await page.evaluate(() => delete document.hidden);
  // A click elsewhere: saved before the click acts.
  await tabTo(page, "#contingency");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("44");
  await page.mouse.click(5, 5);
  assert.equal(await contingency(page), 4400, "saved as the pointer went down");
  await context.close();
});
