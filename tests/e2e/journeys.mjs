// The whole plan journey by keyboard, shared by the tests that walk it (in English, in Welsh
// and Urdu, and in the pseudo-locale). It is driven by what a person reads, taken from the
// catalogue of the language it is made in, so the same steps walk every language.
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, tabTo, typeInto, activate } from "./support.mjs";
import { LANGUAGES } from "./words.mjs";

export async function headingText(page) {
  return (await page.textContent("main h1")).trim();
}

/**
 * Makes a whole plan by keyboard on the app at `url`. `nominee` plans for Amira as her mother and
 * manages the money as her nominee; otherwise Joan plans for herself. `t` gives the words of the
 * language the plan is made in, `language` (when given) is chosen on the first page, and
 * `arrive` checks each page. Returns the plan's id.
 */
export async function makePlan(page, options) {
  try {
    return await makePlanSteps(page, options);
  } catch (error) {
    // Keep a picture of where it stopped, for whoever reads the failure.
    await page.screenshot({ path: join(ROOT, "test-results", "failure.png"), fullPage: true }).catch(() => {});
    throw error;
  }
}

async function makePlanSteps(page, { url, nominee, t, arrive, language }) {
  const name = nominee ? "Amira" : "Joan";
  const planner = { planner: nominee ? "other" : "person", name };
  const heading = (key, args) => page.waitForSelector(`h1:has-text(${JSON.stringify(t(key, args))})`);
  await page.goto(url);
  if (language) {
    // The language is chosen on the first page, by keyboard, and every page after is in it.
    await activate(page, LANGUAGES[language].name);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, language);
  }
  await arrive(page, "start");
  await activate(page, t("start-new-plan"));
  await heading("new-plan-heading");
  await arrive(page, "who-is-planning");
  await tabTo(page, "#planned-by");
  if (nominee) await page.keyboard.press("ArrowDown");
  else await page.keyboard.press("Space");
  await activate(page, t("continue"));

  await heading("about-heading");
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
  await activate(page, t("save-and-continue"));

  await page.waitForSelector(".govuk-task-list");
  assert.equal(await headingText(page), t("task-list-heading", planner));
  await arrive(page, "task-list-new");

  // Find out your money: every question, by keyboard, choosing the second option of each.
  await activate(page, t("task-money"));
  await heading("money-heading");
  await arrive(page, "money-start");
  await activate(page, t("money-start"));
  for (let n = 1; n < 40; n += 1) {
    await page.waitForFunction(() => /\/money\/|\/budget$/.test(location.hash));
    if ((await page.evaluate(() => location.hash)).endsWith("/budget")) break;
    await page.waitForSelector("main h1");
    const total = await page.evaluate(() => document.querySelector(".govuk-caption-l").textContent);
    assert.ok(total.includes(String(n)), `question ${n}: ${total}`);
    const kind = await page.evaluate(() => document.querySelector("#answer")?.type);
    if (n === 1) {
      // Continuing without an answer shows the error summary, focused.
      await activate(page, t("continue"));
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
    await activate(page, t("continue"));
    await page.waitForFunction((b) => location.hash !== b, before);
  }
  await heading("budget-heading");
  await arrive(page, "budget");
  const weekly = await page.textContent(".app-budget-figure");
  assert.ok(weekly.includes(t("amount-a-week", { amount: "£250.56" })), weekly);
  // "How was this worked out?" opens by keyboard and explains each step.
  await tabTo(page, ".govuk-details__summary");
  await page.keyboard.press("Enter");
  const working = await page.textContent(".govuk-details__text");
  assert.ok(working.includes("48"), working);
  if (!language) assert.match(working, /Points for your needs: 48 points/);
  await activate(page, t("continue"));
  await page.waitForSelector(".govuk-task-list");

  // The assessed needs, copied from the council's needs assessment: one, eligible and to be met
  // by the council (the paid support will meet it), then wellbeing and the advice given.
  await activate(page, t("task-assessed-needs", planner));
  await heading("assessed-needs-heading", planner);
  await arrive(page, nominee ? "needs-empty-nominee" : "needs-empty");
  await activate(page, t("need-add"));
  await page.waitForFunction(() => document.activeElement?.id === "n1-in_council_words");
  await page.keyboard.type("Needs help to get out and about and to see friends");
  await tabTo(page, "#n1-eligibility_outcomes-9"); // using local facilities and transport
  await page.keyboard.press("Space");
  await tabTo(page, "#n1-eligible");
  await page.keyboard.press("Space"); // yes
  await tabTo(page, "#n1-council_will_meet");
  await page.keyboard.press("Space"); // yes: until a support meets it, the plan asks why not
  await page.waitForSelector("#n1-not_met_reason");
  await tabTo(page, "#wellbeing-5"); // taking part in work, education, training or recreation
  await page.keyboard.press("Space");
  await typeInto(page, "#information_and_advice", "Told about the befriending line and the falls class.");
  await arrive(page, nominee ? "needs-nominee" : "needs");
  await activate(page, t("save-and-continue"));
  await page.waitForSelector(".govuk-task-list");

  // What matters.
  await activate(page, t("task-what-matters", planner));
  await page.waitForSelector("h1");
  assert.equal(await headingText(page), t("what-matters-heading", planner));
  await arrive(page, nominee ? "what-matters-nominee" : "what-matters");
  await typeInto(page, "#what_matters", "Music, swimming and my cat.");
  await typeInto(page, "#strengths", "Funny\nDetermined");
  await activate(page, t("save-and-continue"));

  // Outcomes.
  await activate(page, t("task-outcomes", planner));
  await page.waitForSelector("h1");
  await arrive(page, "outcomes-empty");
  await activate(page, t("outcome-add"));
  await page.waitForFunction(() => document.activeElement?.id === "o1-in_my_words");
  await page.keyboard.type("I want to get out twice a week");
  await typeInto(page, "#o1-how_we_will_know", "I go to the club most weeks");
  await arrive(page, "outcomes");
  await activate(page, t("save-and-continue"));

  // Support: one paid personal assistant, one unpaid friend, and a contingency.
  await activate(page, t("task-supports"));
  await page.waitForSelector("h1");
  await arrive(page, "supports-empty");
  await activate(page, t("support-add-paid"));
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
  await tabTo(page, "#s1-needs");
  await page.keyboard.press("Space");
  await arrive(page, "support-line-costed");
  await activate(page, t("save-and-continue"));
  await heading("supports-heading", planner);
  await activate(page, t("support-add-unpaid"));
  await page.waitForSelector("#s2-description");
  await typeInto(page, "#s2-description", "My friend takes me to the club");
  await tabTo(page, "#s2-outcomes");
  await page.keyboard.press("Space");
  await activate(page, t("save-and-continue"));
  await heading("supports-heading", planner);
  await typeInto(page, "#contingency", "10.00");
  await arrive(page, "supports");
  const panel = await page.textContent(".app-budget-panel");
  assert.ok(panel.includes(t("budget-left")) && panel.includes("£146.76"), panel);
  await activate(page, t("save-and-continue"));

  // Managing the money.
  await activate(page, t("task-managing-money"));
  await heading("managing-money-heading");
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
  await activate(page, t("save-and-continue"));

  // The personal budget: Joan's letter says what she pays; Amira's assessment is not done yet.
  await activate(page, t("task-personal-budget", planner));
  await heading("personal-budget-heading", planner);
  await tabTo(page, "#contribution");
  if (nominee) {
    await page.keyboard.press("ArrowDown"); // not yet
    await page.waitForSelector(`#personal-budget-parts:has-text(${JSON.stringify(t("personal-budget-council-not-known"))})`);
  } else {
    await page.keyboard.press("Space"); // yes, in a letter
    await typeInto(page, "#contribution_amount", "20.00");
    await typeInto(page, "#contribution_letter_date", "12");
    await typeInto(page, "#contribution_letter_date-month", "11");
    await typeInto(page, "#contribution_letter_date-year", "2026");
    await page.waitForSelector("#personal-budget-parts:has-text('£230.56')");
  }
  await arrive(page, nominee ? "personal-budget-nominee" : "personal-budget");
  await activate(page, t("save-and-continue"));

  // Staying safe.
  await activate(page, t("task-staying-safe"));
  await page.waitForSelector("#backup_plan");
  await typeInto(page, "#backup_plan", "My sister will step in and I will call the agency.");
  await activate(page, t("contact-add"));
  await page.waitForFunction(() => document.activeElement?.id === "contact-1-name");
  await page.keyboard.type("Mary");
  await typeInto(page, "#contact-1-phone", "07700 900123");
  await activate(page, t("risk-add"));
  await page.waitForFunction(() => document.activeElement?.id === "r1-what_could_go_wrong");
  await page.keyboard.type("I could fall");
  await typeInto(page, "#r1-what_we_will_do", "A falls alarm");
  await arrive(page, "staying-safe");
  await activate(page, t("save-and-continue"));

  // What happens next.
  await activate(page, t("task-action-plan"));
  await heading("action-plan-heading");
  await activate(page, t("action-add"));
  await page.waitForFunction(() => document.activeElement?.id === "a1-what");
  await page.keyboard.type("Find a personal assistant");
  await typeInto(page, "#a1-who", "Me, with the broker");
  await typeInto(page, "#a1-by_when", "15");
  await typeInto(page, "#a1-by_when-month", "1");
  await typeInto(page, "#a1-by_when-year", "2099");
  await typeInto(page, "#review_date", "30");
  await typeInto(page, "#review_date-month", "11");
  await typeInto(page, "#review_date-year", "2099");
  await typeInto(page, "#monitoring_how", "A phone call from the broker every three months");
  await typeInto(page, "#monitoring_by_whom", "The support broker");
  await arrive(page, "action-plan");
  await activate(page, t("save-and-continue"));

  await page.waitForSelector(".govuk-task-list");
  await arrive(page, nominee ? "task-list-done-nominee" : "task-list-done");
  const statuses = await page.$$eval(".govuk-task-list__status", (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(statuses, Array(10).fill(t("status-completed")));

  await activate(page, t("task-check-button"));
  await heading("check-heading");
  await arrive(page, nominee ? "check-nominee" : "check");
  assert.equal(await page.locator(".govuk-error-summary").count(), 0, "no must-fix findings");
  assert.equal((await page.textContent(".app-ready")).trim(), t("check-ready"));
  return page.evaluate(() => location.hash.split("/")[2]);
}


/**
 * From the task list of a finished plan: signs it as the person (with a witness), checks the
 * signed file records the declaration in the language it was shown in, and opens the printable
 * plan. Returns the signed plan as the app keeps it.
 */
export async function signAndPrint(page, { t, arrive, name, language }) {
  await activate(page, t("task-sign-button"));
  await page.waitForSelector(`h1:has-text(${JSON.stringify(t("sign-heading"))})`);
  await arrive(page, "sign");
  const declaration = (await page.textContent(".app-declaration-text")).trim();
  await typeInto(page, "#signer-name", `${name} Smith`);
  await typeInto(page, "#witness-name", "Mary Okafor");
  await tabTo(page, "#agree");
  await page.keyboard.press("Space");
  await activate(page, t("sign-button"));
  await page.waitForSelector(`h1:has-text(${JSON.stringify(t("signed-heading"))})`);
  await arrive(page, "signed");
  const kept = await page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.startsWith("sds.sent.")).map(([, value]) => value),
  );
  assert.equal(kept.length, 1);
  const signed = JSON.parse(JSON.parse(kept[0]).content.entries[0].signed);
  const person = signed.declarations[0];
  assert.equal(person.language, language);
  assert.equal(person.text, declaration);
  await activate(page, t("signed-print"));
  await page.waitForSelector(`h1:has-text(${JSON.stringify(t("print-heading", { name }))})`);
  await arrive(page, "print");
  return signed;
}
