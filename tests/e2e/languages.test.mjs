// The app in every language: a whole plan made, signed and printed by keyboard in Welsh and in
// Urdu (right to left), every page checked with axe-core and photographed at 375 and 1280 px;
// the choice of language remembered and set on the page; and the pseudo-locale walked end to
// end, where any words that did not come from a catalogue (or from the person, or from the
// council's own files) fail the test, so no hard-coded text can creep back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, newPage, DIST, ROOT, activate, arrival, tabTo, axeViolations } from "./support.mjs";
import { words, LANGUAGES } from "./words.mjs";
import { makePlan, signAndPrint } from "./journeys.mjs";

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

for (const [tag, nominee] of [["cy", false], ["ur", true]]) {
  test(`a whole plan made, signed and printed in ${LANGUAGES[tag].name}`, async () => {
    const t = await words(tag);
    const arrive = await arrival(`language-${tag}`);
    const { page, context, record } = await newPage(browser);
    await makePlan(page, { url: server.url, t, arrive, nominee, language: tag });
    assert.equal(await page.evaluate(() => document.documentElement.dir), LANGUAGES[tag].dir);
    // The checks' findings are the domain's, said in this language too: the plan is within its
    // budget, with nothing to fix.
    const check = await page.textContent("main");
    assert.ok(check.includes(t("fix-within_budget")), check);
    // And each support's working: 5 hours a week at £15.00 an hour.
    const hours = t("duration-hours", { hours: 5 });
    assert.ok(check.includes(t("working-hourly", { time: hours, rate: "£15.00", pay: "£75.00" })), check);
    await tabTo(page, ".govuk-back-link");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".govuk-task-list");
    const signed = await signAndPrint(page, { t, arrive, name: nominee ? "Amira" : "Joan", language: tag });
    assert.ok(signed.declarations.every((d) => d.language === tag));
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}

test("a council's words it has not translated are shown in its language, marked and noted", async () => {
  // The council's site, with the Welsh for the first question's text and one option left out.
  const site = await mkdtemp(join(tmpdir(), "languages-"));
  await cp(DIST, site, { recursive: true });
  const file = join(site, "rules", "northshire-points-2026.json");
  const rules = JSON.parse(await readFile(file, "utf8"));
  const washing = rules.translations.cy.questions.washing;
  delete washing.text;
  delete washing.options.none.label;
  await writeFile(file, JSON.stringify(rules));
  const local = await serve(site);
  const joan = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
  const id = JSON.parse(joan).plan.id;
  const { page, context } = await newPage(browser);
  await page.goto(local.url);
  await page.evaluate(([id, text]) => {
    localStorage.setItem(`sds.plan.${id}`, text);
    localStorage.setItem("sds.language", "cy");
  }, [id, joan]);
  await page.goto(`${local.url}plans.html#/plans/${id}/money/washing`);
  await page.reload();
  await page.waitForSelector("main h1");
  const t = await words("cy");
  const english = rules.questionnaire[0].questions[0];
  assert.equal((await page.textContent("main h1")).trim(), english.text);
  assert.equal(await page.getAttribute("main h1", "lang"), "en-GB");
  assert.equal(await page.getAttribute("label[for=answer]", "lang"), "en-GB");
  assert.equal(await page.textContent("label[for=answer]"), english.options[0].label);
  // The other options are in Welsh, and not marked as anything else.
  assert.equal(await page.getAttribute("label[for=answer-2]", "lang"), null);
  assert.equal(await page.textContent("label[for=answer-2]"), washing.options[english.options[1].id].label);
  const note = await page.textContent(".app-untranslated");
  assert.equal(note.trim(), t("untranslated-note", { council: "Northshire Council", language: t("language-name", { language: "en" }) }));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
  await local.close();
});

test("the language chosen is kept on this device and set on every page", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector("main h1");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en-GB");
  await activate(page, LANGUAGES.ur.name);
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  // Focus stays on the choice: on the language now chosen, not lost to the top of the page.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-current")), "true");
  const urdu = await words("ur");
  assert.equal(await page.textContent(".app-language-select [aria-current]"), LANGUAGES.ur.name);
  // The right-to-left page lays out from the right: the main column starts at the right edge.
  const column = await page.evaluate(() => {
    const box = document.querySelector(".govuk-grid-column-two-thirds").getBoundingClientRect();
    return { left: box.left, right: innerWidth - box.right };
  });
  assert.ok(column.right < column.left, JSON.stringify(column));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "ur");
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.equal((await page.title()).includes(urdu("start-new-plan")) || (await page.textContent("main")).includes(urdu("start-new-plan")), true);
  await activate(page, LANGUAGES["en-GB"].name);
  await page.waitForFunction(() => document.documentElement.dir === "ltr" && document.documentElement.lang === "en-GB");
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.language")), "en-GB");
  await context.close();
});

/** The fields of the council's files that people read: its own words, which no catalogue holds. */
const SHOWN = new Set(["name", "phone", "email", "hours", "website", "instructions", "web_address", "title", "council", "text", "help", "summary", "label", "told_us", "unit", "explanation", "description", "reason"]);

/** Every shown string in a council's JSON file, leaving out its translations. */
function strings(value, out = [], key = "") {
  if (typeof value === "string") {
    if (SHOWN.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => strings(v, out, key));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "translations") strings(v, out, k);
  }
  return out;
}

/** Text a person reads on the page: visible text, labels for assistive technology, the title. */
function pageText() {
  const out = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, [hidden]")) continue;
    if (parent.getClientRects().length === 0 && !parent.closest(".govuk-visually-hidden")) continue;
    if (node.textContent.trim()) out.push(node.textContent);
  }
  for (const element of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    for (const name of ["aria-label", "title", "alt", "placeholder"]) {
      const value = element.getAttribute(name);
      if (value) out.push(value);
    }
  }
  for (const field of document.querySelectorAll("input[type=submit], input[type=button]")) out.push(field.value);
  return out;
}

test("the pseudo-locale walk: every word on every page comes from the catalogue", async () => {
  const t = await words("en-XA");
  const config = JSON.parse(await readFile(join(ROOT, "static", "config.json"), "utf8"));
  const rules = JSON.parse(await readFile(join(ROOT, "static", "rules", "northshire-points-2026.json"), "utf8"));
  // What the journey types, the council's files, and the languages' own names are not the
  // catalogue's to translate.
  const journey = await readFile(join(ROOT, "tests", "e2e", "journeys.mjs"), "utf8");
  const typed = [...journey.matchAll(/(?:typeInto\(page, "[^"]+", |keyboard\.type\()"([^"]+)"/g)].map((m) => m[1]);
  const allowed = [...strings(config), ...strings(rules), rules.id, ...typed.flatMap((s) => s.split("\\n")), "Joan", "Amira", "Smith", ...Object.values(LANGUAGES).map((l) => l.name)]
    .filter((s) => s.trim())
    .sort((a, b) => b.length - a.length);
  const untransformed = [];
  const base = await arrival("pseudo");
  async function arrive(page, name) {
    await base(page, name);
    for (const text of await page.evaluate(pageText)) {
      // File names the app makes, and hex (keys, fingerprints, digests), then what is allowed.
      let rest = text.replace(/support-plan-[a-z0-9-]+\.json/g, " ").replace(/\b[0-9A-F]{4}(?: [0-9A-F]{4}){3}\b|\b[0-9a-f]{64}\b/g, " ");
      for (const phrase of allowed) rest = rest.split(phrase).join(" ");
      const words = rest.match(/[A-Za-z]{2,}/g);
      if (words) untransformed.push(`${name}: ${JSON.stringify(text.trim())} (${words.join(", ")})`);
    }
  }
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem("sds.language", "en-XA"));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "en-XA");
  await makePlan(page, { url: server.url, t, arrive, nominee: false });
  await tabTo(page, ".govuk-back-link");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".govuk-task-list");
  const id = await page.evaluate(() => location.hash.split("/")[2]);
  await signAndPrint(page, { t, arrive, name: "Joan", language: "en-XA" });
  // Every other page, with the plan on the device.
  for (const [name, path] of [
    ["start-with-plans", ""],
    ["your-plans", "#/plans"],
    ["delete", `#/plans/${id}/delete`],
    ["backup", "#/backup"],
    ["privacy", "#/privacy"],
    ["remove-all", "#/privacy/remove-all"],
    ["council", "council.html"],
    ["not-found", "#/not-found"],
  ]) {
    await page.goto(`${server.url}${path}`);
    await arrive(page, name);
  }
  assert.deepEqual(untransformed, []);
  assert.deepEqual(record.errors, []);
  await context.close();
});
