// The assessed needs by keyboard alone: needs copied from the assessment, the outcomes they
// affect, whether each is eligible and met, a support linked to the need it meets, wellbeing,
// information and advice, and how progress is checked; "Check your plan" clears as they are
// filled in, and a need the council will meet with no support leads to its reason. The needs
// page, the support page and the action plan are checked with axe-core in every language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, newPage, ROOT, activate, arrival, axeViolations, tabTo, typeInto } from "./support.mjs";
import { words, LANGUAGES } from "./words.mjs";

let server;
let browser;
let english;

/** Joan's example plan with nothing yet of her needs, wellbeing, advice or monitoring. */
async function withoutNeeds() {
  const file = JSON.parse(await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8"));
  const plan = file.plan;
  delete plan.needs;
  delete plan.wellbeing;
  delete plan.information_and_advice;
  delete plan.monitoring;
  for (const support of plan.supports) delete support.needs;
  return { id: plan.id, text: JSON.stringify(file) };
}

/** A new page with `plan` on the device, in `language`, at the plan's page `path`. */
async function open(plan, language, path) {
  const { page, context, record } = await newPage(browser);
  await page.goto(server.url);
  await page.evaluate(
    ([id, text, language]) => {
      localStorage.setItem(`sds.plan.${id}`, text);
      localStorage.setItem("sds.language", language);
    },
    [plan.id, plan.text, language],
  );
  await page.goto(`${server.url}plans.html#/plans/${plan.id}${path ? `/${path}` : ""}`);
  await page.reload();
  await page.waitForSelector("main h1");
  return { page, context, record };
}

/** The text of "Check your plan" for the plan, reached by keyboard from the task list. */
async function checkPage(page, id) {
  await page.goto(`${server.url}plans.html#/plans/${id}`);
  await page.waitForSelector(".govuk-task-list");
  await activate(page, english("task-check-button"));
  await page.waitForSelector(`h1:has-text(${JSON.stringify(english("check-heading"))})`);
  return page.textContent("main");
}

before(async () => {
  server = await serve();
  browser = await launch();
  english = await words("en-GB");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("needs, the support that meets one, wellbeing, advice and monitoring, all by keyboard", async () => {
  const arrive = await arrival("needs");
  const plan = await withoutNeeds();
  const { page, context, record } = await open(plan, "en-GB", "");
  const planner = { planner: "person", name: "Joan" };
  const need = (words) => english("need-quoted", { words });
  const findings = {
    none: english("finding-no_assessed_needs", { person: "Joan" }),
    wellbeing: english("finding-wellbeing_not_said", { person: "Joan" }),
    advice: english("finding-no_information_and_advice", { person: "Joan" }),
    monitoring: english("detail-how"),
  };
  let main = await checkPage(page, plan.id);
  for (const finding of Object.values(findings)) assert.ok(main.includes(finding), `${finding}\n${main}`);

  // The support page says there are no needs yet, and leads to the page where they are added.
  await page.goto(`${server.url}plans.html#/plans/${plan.id}/supports/s1`);
  await page.waitForSelector("#s1-needs");
  await arrive(page, "support-no-needs");
  await activate(page, english("support-needs-add"));
  await page.waitForSelector(`h1:has-text(${JSON.stringify(english("assessed-needs-heading", planner))})`);
  await arrive(page, "needs-empty");

  // Two needs, each added, described, its outcomes ticked and its questions answered.
  const first = "Joan needs help to wash and dress in the morning";
  const second = "Joan cannot stand to cook and needs a hot meal each day";
  await activate(page, english("need-add"));
  await page.waitForFunction(() => document.activeElement?.id === "n1-in_council_words");
  await page.keyboard.type(first);
  await tabTo(page, "#n1-eligibility_outcomes-2"); // personal hygiene
  await page.keyboard.press("Space");
  await tabTo(page, "#n1-eligibility_outcomes-4"); // clothing
  await page.keyboard.press("Space");
  await tabTo(page, "#n1-eligible");
  await page.keyboard.press("Space");
  await tabTo(page, "#n1-council_will_meet");
  await page.keyboard.press("Space");
  // The council will meet it and no support does yet: the plan asks why.
  await page.waitForSelector("#n1-not_met_reason");
  await activate(page, english("need-add-another"));
  await page.waitForFunction(() => document.activeElement?.id === "n2-in_council_words");
  await page.keyboard.type(second);
  await tabTo(page, "#n2-eligibility_outcomes"); // nutrition
  await page.keyboard.press("Space");
  await tabTo(page, "#n2-eligible");
  await page.keyboard.press("Space");
  await tabTo(page, "#n2-council_will_meet");
  await page.keyboard.press("Space");
  await page.waitForSelector("#n2-not_met_reason");
  await tabTo(page, "#wellbeing");
  await page.keyboard.press("Space"); // dignity
  await tabTo(page, "#wellbeing-2");
  await page.keyboard.press("Space"); // health
  await typeInto(page, "#information_and_advice", "The social worker told Joan about the falls prevention class.");
  await arrive(page, "needs-two");
  // What the keys chose is what the plan keeps.
  const kept = await page.evaluate((id) => JSON.parse(localStorage.getItem(`sds.plan.${id}`)).content.plan, plan.id);
  assert.deepEqual(kept.needs.map((n) => [n.eligibility_outcomes, n.eligible, n.council_will_meet]), [
    [["personal_hygiene", "clothing"], true, true],
    [["nutrition"], true, true],
  ]);
  assert.deepEqual(kept.wellbeing, ["dignity", "health"]);

  // The first support meets the first need, ticked on its page.
  await page.goto(`${server.url}plans.html#/plans/${plan.id}/supports/s1`);
  await page.waitForSelector("#s1-needs");
  assert.equal((await page.textContent("label[for=s1-needs]")).trim(), first);
  await tabTo(page, "#s1-needs");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector("#s1-needs").checked);
  await arrive(page, "support-needs");

  // On the needs page the first need now lists the support, with a link to it, and asks nothing.
  await page.goto(`${server.url}plans.html#/plans/${plan.id}/needs`);
  await page.waitForSelector("#n1-council_will_meet");
  assert.equal(await page.locator("#n1-not_met_reason").count(), 0);
  const support = await page.locator("#n1-council_will_meet").evaluate((input) =>
    input.closest(".app-item").querySelector("ul a").textContent.trim(),
  );
  assert.equal(support, "Help to wash and dress on weekday mornings");
  assert.equal(await page.locator("#n2-not_met_reason").count(), 1);

  // How progress is checked, on the action plan.
  await page.goto(`${server.url}plans.html#/plans/${plan.id}/action-plan`);
  await page.waitForSelector("#monitoring_how");
  await typeInto(page, "#monitoring_how", "A phone call from the social worker every three months");
  await typeInto(page, "#monitoring_by_whom", "Joan's social worker");
  await arrive(page, "action-plan");

  // The findings are gone but the second need's: its link lands on the reason.
  main = await checkPage(page, plan.id);
  for (const finding of Object.values(findings)) assert.ok(!main.includes(finding), `${finding} still listed`);
  const notMet = english("finding-need_not_met", { need: need(second) });
  assert.ok(main.includes(notMet), main);
  assert.ok(!main.includes(english("finding-need_not_met", { need: need(first) })), main);
  await activate(page, notMet);
  await page.waitForFunction(() => document.activeElement?.id === "n2-not_met_reason");
  await page.keyboard.type("Joan's daughter brings a hot meal each evening.");
  main = await checkPage(page, plan.id);
  assert.ok(!main.includes(notMet), main);
  assert.deepEqual(record.errors, []);
  await context.close();
});

for (const language of Object.keys(LANGUAGES)) {
  test(`the needs, support and action plan pages have nothing axe finds in ${LANGUAGES[language].name}`, async () => {
    const t = await words(language);
    // Joan's whole example, with one need the council meets by no support, so the reason shows.
    const file = JSON.parse(await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8"));
    for (const support of file.plan.supports) support.needs = (support.needs ?? []).filter((n) => n !== "n2");
    const plan = { id: file.plan.id, text: JSON.stringify(file) };
    const { page, context, record } = await open(plan, language, "needs");
    assert.equal(await page.evaluate(() => document.documentElement.dir), LANGUAGES[language].dir);
    assert.equal((await page.textContent("main h1")).trim(), t("assessed-needs-heading", { planner: "person", name: "Joan" }));
    await page.waitForSelector("#n2-not_met_reason");
    for (const [path, ready] of [["needs", "#wellbeing"], ["supports/s1", "#s1-needs"], ["action-plan", "#monitoring_by_whom"]]) {
      await page.goto(`${server.url}plans.html#/plans/${plan.id}/${path}`);
      await page.waitForSelector(ready);
      assert.deepEqual(await axeViolations(page), [], `axe on ${path} in ${language}`);
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}
