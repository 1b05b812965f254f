// Signing, deciding and loading the decision back, by keyboard in a real browser: the person
// signs Joan's plan and downloads it; a council officer, in another browser, opens it, decides
// and signs the decision with a key file made by `support-plan keygen`; the person loads the
// decision and sees it on the plan. Tampered and foreign files are refused and change nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, newPage, DIST, ROOT, tabTo, typeInto, activate, arrival, runSteps } from "./support.mjs";

let site;
let server;
let browser;
let arrive;
let work;

/** Runs the council's command-line tool. */
function supportPlan(...args) {
  return spawnSync("cargo", ["run", "--quiet", "-p", "support-plan", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), "signing-"));
  // The council's site: the built app, with a key made by keygen published in its config.
  site = join(work, "site");
  await cp(DIST, site, { recursive: true });
  const made = supportPlan("keygen", "--out", join(work, "council.key"), "--config", join(site, "config.json"));
  assert.equal(made.status, 0, made.stderr);
  const config = JSON.parse(await readFile(join(site, "config.json"), "utf8"));
  const published = JSON.parse(made.stdout.match(/\{ "public_key".*\}/)[0]);
  config.council_keys = [{ ...published, valid_from: "2026-01-01" }];
  await writeFile(join(site, "config.json"), JSON.stringify(config, null, 2));
  server = await serve(site);
  browser = await launch();
  arrive = await arrival("signing");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const joanText = await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

/**
 * Chooses a file for the file input `selector`: reached by Tab (so it works by keyboard), then
 * given the file as the operating system's file dialog would. (Opening the real dialog with
 * Space, one after another across two browsers, proved unreliable in headless Chromium.)
 */
async function chooseFile(page, selector, path) {
  await page.bringToFront();
  await tabTo(page, selector);
  await page.setInputFiles(selector, path);
}

/** Presses Enter on the download link named `name` and saves the file; returns its path. */
async function download(page, name, saveAs) {
  const [file] = await Promise.all([page.waitForEvent("download"), activate(page, name)]);
  const path = join(work, saveAs);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

/** Everything the app keeps on this device. */
async function stored(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
}

test("sign, decide and load the decision back, by keyboard", async () => {
  // The person's browser, with Joan's finished plan on it.
  const person = await newPage(browser, { acceptDownloads: true });
  const page = person.page;
  await page.goto(server.url);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  // Reloaded, so the app reads the plan put there.
  await page.goto(`${server.url}plans.html#/plans/${joanId}`);
  await page.reload();
  await arrive(page, "task-list");
  await activate(page, "Sign and send your plan");
  await page.waitForSelector("h1:has-text('Sign your plan')");
  await arrive(page, "sign");

  // Nothing typed: each problem is listed and linked.
  await activate(page, "Sign your plan");
  await page.waitForSelector(".govuk-error-summary");
  const summary = await page.textContent(".govuk-error-summary");
  assert.match(summary, /Enter the full name of the person signing/);
  assert.match(summary, /Select that you agree with the declaration/);
  await arrive(page, "sign-errors");

  // Joan planned for herself, so she is already chosen as the signer.
  assert.equal(await page.isChecked("#signer-role"), true);
  assert.match(await page.textContent(".app-declaration-text"), /I agree to it, and I will tell Northshire Council/);
  await typeInto(page, "#signer-name", "Joan Smith");
  await typeInto(page, "#witness-name", "Mary Okafor");
  await tabTo(page, "#agree");
  await page.keyboard.press("Space");
  await activate(page, "Sign your plan");
  await page.waitForSelector("h1:has-text('Send your signed plan')");
  await arrive(page, "signed");
  const fingerprint = (await page.textContent("#signed-fingerprint")).trim();
  const digest = (await page.textContent("#signed-digest")).trim();
  assert.match(fingerprint, /^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
  assert.match(digest, /^[0-9a-f]{64}$/);

  const signed = await download(page, "Download the signed plan", "signed-plan.json");
  assert.match(signed.suggested, /^support-plan-joan-\d{4}-\d{2}-\d{2}\.json$/);
  const signedFile = JSON.parse(await readFile(signed.path, "utf8"));
  assert.deepEqual(signedFile.declarations.map((d) => [d.name, d.role]), [["Joan Smith", "person"], ["Mary Okafor", "witness"]]);
  // The council's own tool agrees it verifies, under the council's configuration.
  const verified = supportPlan("verify", signed.path, "--config", join(site, "config.json"));
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, new RegExp(`digest: ${digest}`));
  // And OpenSSL, following the format document, checks the device's one signature (both
  // declarations were made on this device) and gives the same digest.
  assert.equal(signedFile.signatures.length, 1);
  const openssl = runSteps(await readFile(signed.path, "utf8"));
  assert.equal(openssl.status, 0, openssl.stderr);
  assert.equal(openssl.stdout.match(/Signature Verified Successfully/g)?.length, 1);
  assert.ok(openssl.stdout.includes(`${digest}  signed-bytes.bin`));

  // The printable plan shows the same plan, fingerprint and digest; printing hides the rest.
  await activate(page, "Print the plan or save it as a PDF");
  await page.waitForSelector("h1:has-text('Support plan for Joan')");
  await arrive(page, "print");
  const printed = await page.textContent("main");
  assert.ok(printed.includes(digest) && printed.includes(fingerprint));
  assert.match(printed, /Joan Smith \(the person the plan is for\)/);
  assert.match(printed, /Mary Okafor \(witness\)/);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("header"), false);
  assert.equal(await page.isVisible("text=Print or save as PDF"), false);
  await page.screenshot({ path: join(ROOT, "test-results", "signing-print-media.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.goBack();
  await page.waitForSelector("h1:has-text('Send your signed plan')");

  // The council officer's browser: open the file, check it, decide, sign with the key file.
  const officer = await newPage(browser, { acceptDownloads: true });
  const desk = officer.page;
  await desk.goto(`${server.url}council.html`);
  await arrive(desk, "council");
  await chooseFile(desk, "#signed-plan-file", signed.path);
  await desk.waitForSelector("text=This plan verifies");
  await arrive(desk, "council-verified");
  // Focus moved to the result, so it is read out at once.
  assert.equal(await desk.evaluate(() => document.activeElement?.textContent), "signed-plan.json");
  const verdict = await desk.textContent("#verification-result");
  assert.match(verdict, /Unchanged since it was signed\s*Yes/);
  assert.match(verdict, /Budget and totals worked out again\s*The same as in the file/);
  assert.match(await desk.textContent("main"), /£255\.78 a week \(£13,300\.56 a year\)/);
  await tabTo(desk, "#decision");
  await desk.keyboard.press("Space");
  await typeInto(desk, "#decision-reasons", "The plan meets Joan's eligible needs.");
  await typeInto(desk, "#officer-name", "Sam Patel");
  await typeInto(desk, "#officer-role", "Social worker");
  await chooseFile(desk, "#council-key", join(work, "council.key"));
  await desk.waitForSelector("text=will be forgotten once you sign");
  await activate(desk, "Sign the decision");
  await desk.waitForSelector("text=The decision is signed");
  await arrive(desk, "council-decided");
  const decision = await download(desk, "Download the decision file", "decision.json");
  assert.match(decision.suggested, /^council-decision-joan-\d{4}-\d{2}-\d{2}\.json$/);
  const decisionFile = JSON.parse(await readFile(decision.path, "utf8"));
  assert.equal(decisionFile.plan_digest, digest);
  assert.equal(decisionFile.decision, "confirmed");
  assert.equal(runSteps(await readFile(decision.path, "utf8")).status, 0);
  // The key was never stored by the council's browser.
  assert.equal(await desk.evaluate(() => localStorage.length), 0);
  assert.deepEqual(officer.record.errors, []);

  // Back with the person: a tampered decision is refused and changes nothing.
  const before = await stored(page);
  const tampered = join(work, "decision-tampered.json");
  await writeFile(tampered, JSON.stringify({ ...decisionFile, reasons: "Changed after signing." }));
  await chooseFile(page, "#decision-file", tampered);
  await page.waitForSelector("#decision-file-error");
  assert.match(await page.textContent("#decision-file-error"), /cannot be trusted.*changed since it was signed/);
  await arrive(page, "signed-decision-refused");
  const notJson = join(work, "not-a-decision.json");
  await writeFile(notJson, "this is not json");
  await chooseFile(page, "#decision-file", notJson);
  await page.waitForSelector("#decision-file-error:has-text('not readable JSON')");
  assert.equal(await stored(page), before);

  // The genuine decision is accepted and shown with the plan.
  await chooseFile(page, "#decision-file", decision.path);
  await page.waitForSelector("text=The council's decision has been added to your plan.");
  assert.match(await page.textContent("main"), /Confirmed by Sam Patel, Social worker, Northshire Council, on /);
  await arrive(page, "signed-decision");
  await page.goto(`${server.url}plans.html#/plans/${joanId}`);
  await page.waitForSelector("#sent-status");
  assert.match(await page.textContent("#sent-status"), /^\s*Confirmed by Sam Patel/);
  assert.deepEqual(person.record.errors, []);
  // Nothing was requested from any other host.
  const foreign = [...person.record.requests, ...officer.record.requests].filter((url) => !url.startsWith(server.origin) && !url.startsWith("data:"));
  assert.deepEqual(foreign, []);
});

test("the council view refuses a tampered plan with a clear message", async () => {
  const { page, record } = await newPage(browser);
  const plan = JSON.parse(await readFile(join(ROOT, "docs", "examples", "joan-signed-plan.json"), "utf8"));
  plan.budget.weekly_minor += 10000;
  const tampered = join(work, "tampered-plan.json");
  await writeFile(tampered, JSON.stringify(plan));
  await page.goto(`${server.url}council.html`);
  await arrive(page, "council");
  await chooseFile(page, "#signed-plan-file", tampered);
  await page.waitForSelector("text=This plan does not verify");
  const result = await page.textContent("#verification-result");
  assert.match(result, /has been changed since it was signed/);
  assert.match(result, /the plan's answers give £255\.78 a week/);
  assert.equal(await page.isVisible("text=Record a decision"), false);
  await arrive(page, "council-refused");

  // Dropped on the page rather than chosen: the same check.
  const good = await readFile(join(ROOT, "docs", "examples", "joan-signed-plan.json"), "utf8");
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped-plan.json", { type: "application/json" }));
    const zone = document.querySelector(".app-drop-zone");
    for (const type of ["dragover", "drop"]) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, good);
  await page.waitForSelector("h2:has-text('dropped-plan.json')");
  await page.waitForSelector("text=This plan verifies");
  // The example's personal budget in its three parts, and its direct payment, as signed.
  const parts = (await page.textContent("#council-personal-budget")).replace(/\s+/g, " ");
  assert.match(parts, /The cost of meeting the needs \(the indicative budget\)\s*£255\.78 a week \(£13,300\.56 a year\)/);
  assert.match(parts, /What Joan pays\s*£42\.50 a week \(£2,210\.00 a year\), from the financial assessment letter of 12 November 2026/);
  assert.match(parts, /What Northshire Council pays\s*£213\.28 a week \(£11,090\.56 a year\)/);
  assert.match(parts, /Each payment\s*£372\.80 every four weeks/);

  // A file that is not a signed plan at all.
  const other = join(work, "plain-plan.json");
  await writeFile(other, await readFile(join(ROOT, "docs", "examples", "joan-support-plan.json")));
  await chooseFile(page, "#signed-plan-file", other);
  await page.waitForSelector("text=which this app does not know");
  assert.deepEqual(record.errors, []);
});
