// From a key press in a money field to the new totals on screen (run by scripts/bench.sh).
//
// The supports page with Joan's plan, in headless Chromium with the CPU slowed 4 times (as
// Lighthouse slows it for a phone). Each press in the contingency field changes the amount, so
// the plan is worked out again, saved, and the totals redrawn. The time runs from the key
// event's own timestamp to the first animation frame after the totals' text changed: the frame
// that shows them. Presses alternate between typing a digit and deleting it, PRESSES in all
// (default 30); the median, the 90th percentile and the slowest are printed. DIST=<folder>
// measures another build (to compare two builds in one sitting: the machine's load varies).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, DIST, ROOT } from "../tests/e2e/support.mjs";

const PRESSES = Number(process.env.PRESSES ?? 30);
const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

const server = await serve(process.env.DIST ?? DIST);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url);
await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
await page.goto(`${server.url}plans.html#/plans/${joanId}/supports`);
await page.reload();
await page.waitForSelector("#contingency");
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

// In the page: remember each key press's time; when the totals change, wait for the frame
// that draws them and record how long it took.
await page.evaluate(() => {
  window.__times = [];
  let pressed = null;
  document.addEventListener("keydown", (event) => (pressed = event.timeStamp), true);
  const totals = [...document.querySelectorAll("dl.govuk-summary-list")].at(-1);
  new MutationObserver(() => {
    if (pressed === null) return;
    const from = pressed;
    pressed = null;
    requestAnimationFrame(() => window.__times.push(performance.now() - from));
  }).observe(totals, { subtree: true, childList: true, characterData: true });
});

await page.focus("#contingency");
await page.keyboard.press("End");
for (let i = 0; i < PRESSES; i++) {
  const before = await page.evaluate(() => window.__times.length);
  await page.keyboard.press(i % 2 === 0 ? "5" : "Backspace");
  await page.waitForFunction((n) => window.__times.length > n, before);
}
const times = (await page.evaluate(() => window.__times)).sort((a, b) => a - b);
const mid = Math.floor(times.length / 2);
const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
const p90 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.9) - 1)];
console.log(
  `key press to new totals on screen, 4x CPU slowdown, ${times.length} presses: ` +
    `median ${median.toFixed(1)} ms, 90th percentile ${p90.toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms`,
);
await browser.close();
await server.close();
