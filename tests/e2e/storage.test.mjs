// Storage you can trust: nothing typed is lost when the page dies, two tabs never overwrite
// each other silently, a full or blocked store says so and offers a download, a corrupt record
// or backup changes nothing, and the passphrase lock keeps plans private on a shared device.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT, serve, launch, newPage, appReady, arrival, typeInto, activate, tabTo,
} from "./support.mjs";

const joanText = readFileSync(join(ROOT, "docs", "examples", "joan-support-plan.json"), "utf8");
const joanId = JSON.parse(joanText).plan.id;

let server;
let browser;
let arrive;

before(async () => {
  server = await serve();
  browser = await launch();
  arrive = await arrival("storage");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with Joan's plan on the device, showing `hash`. */
async function withJoan(options = {}, hash = "") {
  const opened = await newPage(browser, options);
  const { page } = opened;
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(([id, text]) => localStorage.setItem(`sds.plan.${id}`, text), [joanId, joanText]);
  await page.goto(server.url + hash);
  await page.reload();
  await appReady(page);
  return opened;
}

/** Everything this app keeps in the page's origin, sorted, as text. */
function stored(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith("sds.")).sort()));
}

function record(page, id = joanId) {
  return page.evaluate((id) => localStorage.getItem(`sds.plan.${id}`), id);
}

test("what was typed a second before the page died is there when it is opened again", async () => {
  const { page, context } = await withJoan({}, `plans.html#/plans/${joanId}/what-matters`);
  // Counts the requests for persistent storage (the browser's answer is its own).
  await page.addInitScript(() => {
    window.persistAsked = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      window.persistAsked += 1;
      return persist();
    };
  });
  await page.reload();
  await appReady(page);
  await arrive(page, "what-matters");
  assert.match(await page.textContent(".app-save-status"), /saved on this device as you go/);
  assert.equal(await page.evaluate(() => window.persistAsked), 0, "nothing asked before a save");
  await typeInto(page, "#what_matters", "Typed just before the tab crashed");
  // Saved within a second of the last key press, as the status then says.
  await page.locator(".app-save-status", { hasText: /^Saved on this device at / }).waitFor({ timeout: 1000 });
  assert.equal(await page.evaluate(() => window.persistAsked), 1, "asked once, after the first save");
  assert.match(await page.textContent(".app-save-status"), /^Saved on this device at \d{1,2}:\d\d(am|pm)$|midday|midnight/);
  // Kill the page's renderer outright: no unload handlers, nothing flushed on the way out.
  const cdp = await context.newCDPSession(page);
  // The command never answers: the page it would answer from is gone.
  cdp.send("Page.crash").catch(() => {});
  await page.waitForEvent("crash");
  const again = await context.newPage();
  await again.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await appReady(again);
  assert.equal(await again.inputValue("#what_matters"), "Typed just before the tab crashed");
  const kept = JSON.parse(await record(again));
  assert.equal(kept.record, "sds-device-record");
  assert.ok(kept.revision >= 1);
  await context.close();
});

test("a text longer than a plan can hold is not kept, is said so, and loses nothing kept before", async () => {
  const { page, context } = await withJoan({}, `plans.html#/plans/${joanId}/what-matters`);
  await appReady(page);
  await typeInto(page, "#what_matters", "Gardening and my grandchildren");
  await page.locator(".app-save-status", { hasText: /^Saved on this device at / }).waitFor();
  const before = JSON.parse(await record(page));
  assert.equal(before.content.plan.what_matters.text, "Gardening and my grandchildren");
  await tabTo(page, "#what_matters");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText("x".repeat(50_001)); // as a paste would
  await page.waitForSelector("text=/That was not kept: one answer in a plan can be at most 50,?000 characters/");
  await arrive(page, "edit-refused");
  const after = JSON.parse(await record(page));
  assert.equal(after.revision, before.revision, "nothing was written");
  assert.equal(after.content.plan.what_matters.text, before.content.plan.what_matters.text);
  // The field shows what is kept, not half of what was pasted.
  assert.equal(await page.inputValue("#what_matters"), "Gardening and my grandchildren");
  // The next change that fits is kept, and the message goes.
  await page.keyboard.insertText(", and walks");
  await page.waitForSelector("text=That was not kept", { state: "detached" });
  await page.waitForFunction(
    (id) => JSON.parse(localStorage.getItem(`sds.plan.${id}`)).content.plan.what_matters.text.endsWith(", and walks"),
    joanId,
  );
  await context.close();
});

test("two tabs on one plan: changes reach the other tab, and a clash is never a silent overwrite", async () => {
  const { page: first, context } = await withJoan({}, `plans.html#/plans/${joanId}/about`);
  const second = await context.newPage();
  await second.goto(`${server.url}plans.html#/plans/${joanId}/about`);
  await appReady(second);

  // A change in the first tab appears in the second without reloading it.
  await typeInto(first, "#person_name", "Joan Smith");
  await second.waitForFunction(() => document.querySelector("#person_name")?.value === "Joan Smith");

  // Another window saves while the second tab has not yet heard of it (written from the
  // second tab itself, which the browser does not tell it about).
  await second.evaluate((id) => {
    const name = `sds.plan.${id}`;
    const kept = JSON.parse(localStorage.getItem(name));
    kept.revision += 1;
    kept.content.plan.person.name = "Joan from the other window";
    localStorage.setItem(name, JSON.stringify(kept));
  }, joanId);
  const theirs = await record(second);
  // One key press here: the save it makes is refused, and the plan is held read-only at once.
  await tabTo(second, "#person_name");
  await second.keyboard.press("End");
  await second.keyboard.type("!");
  await second.waitForSelector("text=This plan was changed in another tab or window");
  await arrive(second, "conflict");
  assert.equal(await record(second), theirs, "the other window's save was not overwritten");
  assert.ok(await second.isDisabled("#person_name"), "the plan is read-only until a version is chosen");
  assert.equal(await second.inputValue("#person_name"), "Joan Smith!", "the change made here is still shown");

  // More changes saved in the first tab meanwhile do not settle the question for the person.
  await first.waitForFunction(() => document.querySelector("#person_name")?.value === "Joan from the other window");
  // Listened for after the app's own listener, so once this has heard the last save, so has the app.
  await second.evaluate(() => {
    window.heardName = null;
    addEventListener("storage", (event) => {
      if (event.key?.startsWith("sds.plan.")) window.heardName = JSON.parse(event.newValue)?.content?.plan?.person?.name;
    });
  });
  await typeInto(first, "#person_name", "Joan, from the first tab again");
  await second.waitForFunction(() => window.heardName === "Joan, from the first tab again");
  assert.equal(await second.inputValue("#person_name"), "Joan Smith!");
  assert.ok(await second.isVisible("text=This plan was changed in another tab or window"));
  const latest = await record(second);

  // Keeping this page's version is a choice, and it is saved as the next revision.
  await activate(second, "Keep the version on this page");
  await second.waitForSelector("text=This plan was changed in another tab or window", { state: "detached" });
  const mine = JSON.parse(await record(second));
  assert.equal(mine.content.plan.person.name, "Joan Smith!");
  assert.equal(mine.revision, JSON.parse(latest).revision + 1);
  assert.notEqual(latest, theirs);
  await first.waitForFunction(() => document.querySelector("#person_name")?.value === "Joan Smith!");
  await context.close();
});

test("a full store says so, keeps working in memory, and the download holds the latest change", async () => {
  const { page, context } = await withJoan({ acceptDownloads: true }, `plans.html#/plans/${joanId}/what-matters`);
  // One change first, so the plan is kept compactly as a record (the example file is indented).
  await tabTo(page, "#what_matters");
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(".");
  await page.waitForFunction((id) => localStorage.getItem(`sds.plan.${id}`).startsWith('{"content"'), joanId);
  // Fill this site's storage until the browser refuses more.
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 8) {
      try {
        localStorage.setItem(`filler.${n}`, "x".repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  // Added to the end, so the plan only grows: the first key presses may still fit in what little
  // room is left; then the store refuses.
  await tabTo(page, "#what_matters");
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" Kept in memory while the disk is full");
  await page.waitForSelector("text=This device has no space left to save your plan");
  await arrive(page, "storage-full");
  const atFull = await record(page);
  await page.keyboard.type(", and more");
  await page.waitForFunction(() => document.querySelector("#what_matters")?.value.endsWith(", and more"));
  await page.locator(".app-save-status", { hasText: "Your latest changes are not saved on this device." }).waitFor();
  assert.ok((await record(page)) === atFull, "refused saves leave the last good record untouched");
  assert.equal(JSON.parse(atFull).record, "sds-device-record");
  assert.doesNotMatch(atFull, /Kept in memory while the disk is full/);
  assert.equal(await page.textContent(".app-save-status"), "Your latest changes are not saved on this device.");
  assert.match(await page.inputValue("#what_matters"), /Kept in memory while the disk is full, and more$/);
  await activate(page, "Download your plans");
  await arrive(page, "backup");
  const [download] = await Promise.all([page.waitForEvent("download"), activate(page, "Download 1 plan")]);
  const file = readFileSync(await download.path(), "utf8");
  assert.match(file, /Kept in memory while the disk is full, and more/);
  assert.equal(JSON.parse(file).format, "sds-plans-backup");
  await context.close();
});

test("blocked storage: the service still works for the visit and says work will not be kept", async () => {
  const { page, context, record: log } = await newPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() { throw new DOMException("blocked", "SecurityError"); },
    });
  });
  await page.goto(server.url + "plans.html#/plans/new");
  await appReady(page);
  await page.waitForSelector("text=This browser is not keeping what you enter on this device");
  await arrive(page, "storage-blocked");
  await activate(page, "Continue"); // an error first: nothing chosen
  await page.click("label:has-text('I am planning my own care and support')");
  await page.click("button:has-text('Continue')");
  await page.waitForURL(/#\/plans\/[0-9a-f]{32}/);
  await appReady(page);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an unreadable record is reported, downloadable as it is, and never overwritten", async () => {
  const { page, context } = await withJoan({ acceptDownloads: true });
  await page.evaluate(() => localStorage.setItem("sds.plan.damaged", '{"format":"sds-support-plan","plan":{"id":'));
  await page.goto(server.url + "plans.html#/plans");
  await page.reload();
  await appReady(page);
  await page.waitForSelector("text=One saved plan on this device cannot be read");
  await arrive(page, "unreadable");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    activate(page, "Download unreadable record 1 as it is"),
  ]);
  assert.equal(readFileSync(await download.path(), "utf8"), '{"format":"sds-support-plan","plan":{"id":');
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.plan.damaged")), '{"format":"sds-support-plan","plan":{"id":');
  await activate(page, "Remove unreadable record 1");
  await activate(page, "Yes, remove unreadable record 1");
  await page.waitForSelector("text=cannot be read", { state: "detached" });
  assert.equal(await page.evaluate(() => localStorage.getItem("sds.plan.damaged")), null);
  await context.close();
});

test("restoring: a corrupt or foreign file changes nothing; a good one merges and asks before replacing", async () => {
  const { page, context } = await withJoan({ acceptDownloads: true }, "plans.html#/backup");
  await arrive(page, "backup-page");
  const before = await stored(page);
  const choose = async (name, text) => {
    await tabTo(page, "#backup-file");
    await page.setInputFiles("#backup-file", { name, mimeType: "application/json", buffer: Buffer.from(text) });
  };
  await choose("broken.json", '{"format":"sds-plans-backup","format_version":1,"plans":[{"revision":2,"plan":{"format":"sds-support-plan"');
  await page.waitForSelector("text=This file is not a backup of plans or a plan file");
  await choose("signed.json", readFileSync(join(ROOT, "docs", "examples", "joan-signed-plan.json"), "utf8"));
  await page.waitForSelector("text=This file is not a backup of plans or a plan file");
  const oneBad = { format: "sds-plans-backup", format_version: 1, plans: [
    { revision: 9, plan: JSON.parse(joanText) },
    { revision: 1, plan: { format: "sds-support-plan", format_version: 2, plan: { id: "x", started_on: "not a date", planned_by: "the_person" } } },
  ] };
  await choose("one-bad.json", JSON.stringify(oneBad));
  await page.waitForSelector("text=Plan 2 in this file cannot be read");
  assert.equal(await stored(page), before, "nothing changed");

  // Joan's plan moves on here; the file has an older copy and a new plan.
  await page.goto(`${server.url}plans.html#/plans/${joanId}/about`);
  await appReady(page);
  await typeInto(page, "#person_name", "Joan (changed on this device)");
  await page.locator(".app-save-status", { hasText: /^Saved on this device at / }).waitFor();
  const amira = JSON.parse(joanText);
  amira.plan.id = "a".repeat(32);
  amira.plan.person.name = "Amira";
  const file = { format: "sds-plans-backup", format_version: 1, plans: [
    { revision: 0, plan: JSON.parse(joanText) },
    { revision: 3, plan: amira },
  ] };
  await page.goto(server.url + "plans.html#/backup");
  await appReady(page);
  await choose("backup.json", JSON.stringify(file));
  await page.waitForSelector("text=The copy on this device is newer");
  await page.waitForSelector("text=Not on this device: it will be added");
  await arrive(page, "restore-preview");
  await activate(page, "Restore plans");
  await page.waitForSelector("text=Plans restored: 1 added, 0 updated, 1 kept as they were");
  const joan = JSON.parse(await record(page));
  assert.equal(joan.content.plan.person.name, "Joan (changed on this device)", "the newer copy here was kept");
  assert.equal(JSON.parse(await record(page, amira.plan.id)).revision, 3);
  await context.close();
});

test("the passphrase lock: on, nothing readable at rest, locks on demand and when idle, wrong passphrase refused", async () => {
  const { page, context } = await withJoan({}, "plans.html#/privacy");
  await page.clock.install();
  await page.reload();
  await appReady(page);
  await arrive(page, "privacy");
  await activate(page, "Turn on the lock"); // nothing typed yet
  await page.waitForSelector("text=Enter a passphrase of at least 8 characters");
  await typeInto(page, "#new-passphrase", "plum tree orchard");
  await typeInto(page, "#repeat-passphrase", "plum tree orchad");
  await activate(page, "Turn on the lock");
  await page.waitForSelector("text=The passphrases do not match");
  await typeInto(page, "#repeat-passphrase", "plum tree orchard");
  await activate(page, "Turn on the lock");
  await page.waitForSelector("text=The lock is on", { timeout: 20000 });
  await arrive(page, "privacy-on");
  const atRest = await stored(page);
  assert.doesNotMatch(atRest, /Joan|Gardening|support_plan|what_matters/, "no plan text is readable in storage");
  assert.match(atRest, /sds-passphrase-lock/);

  // A second tab, opened and unlocked there; "Lock" in the first locks both.
  const other = await context.newPage();
  await other.goto(`${server.url}plans.html#/plans/${joanId}`);
  await other.waitForSelector("text=This device is locked");
  await typeInto(other, "#passphrase", "plum tree orchard");
  await activate(other, "Unlock");
  await other.waitForSelector("main h1:has-text('Your support plan')", { timeout: 20000 });
  await activate(page, "Lock");
  await other.waitForSelector("text=This device is locked");
  await page.waitForSelector("text=This device is locked");
  await arrive(page, "unlock");
  assert.equal(await page.locator("text=Joan").count(), 0, "no plan is shown while locked");

  // A wrong passphrase says so and nothing more; the right one may be pasted.
  await typeInto(page, "#passphrase", "plum tree");
  await activate(page, "Unlock");
  await page.waitForSelector("text=The passphrase is not right", { timeout: 20000 });
  await tabTo(page, "#passphrase");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText("plum tree orchard"); // as a paste or password manager would
  await activate(page, "Unlock");
  await page.waitForSelector("main h2:has-text('The plans on this device are locked with a passphrase')", { timeout: 20000 });
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await appReady(page);
  assert.match(await page.inputValue("#what_matters"), /\S/);

  // A new passphrase: the old one no longer opens the plans; the new one does.
  await page.goto(server.url + "plans.html#/privacy");
  await appReady(page);
  await typeInto(page, "#new-passphrase", "apple blossom time");
  await typeInto(page, "#repeat-passphrase", "apple blossom time");
  await activate(page, "Change the passphrase");
  await page.waitForSelector("text=The passphrase has been changed", { timeout: 20000 });
  await arrive(page, "privacy-changed");
  await activate(page, "Lock now");
  await page.waitForSelector("text=This device is locked");
  await typeInto(page, "#passphrase", "plum tree orchard");
  await activate(page, "Unlock");
  await page.waitForSelector("text=The passphrase is not right", { timeout: 20000 });
  await typeInto(page, "#passphrase", "apple blossom time");
  await activate(page, "Unlock");
  await page.waitForSelector("main h2:has-text('The plans on this device are locked with a passphrase')", { timeout: 20000 });
  await page.goto(`${server.url}plans.html#/plans/${joanId}/what-matters`);
  await appReady(page);
  await page.waitForSelector("#what_matters"); // open: the idle watch counts from here

  // A minute before fifteen minutes without a key press or click: a warning, and a way to stay.
  await page.clock.fastForward("14:10");
  await page.waitForSelector("text=this service will lock in 1 minute");
  await arrive(page, "idle-warning");
  await activate(page, "Stay unlocked");
  await page.waitForSelector("text=this service will lock in 1 minute", { state: "detached" });
  await page.clock.fastForward("14:10");
  await page.waitForSelector("text=this service will lock in 1 minute");
  await page.clock.fastForward("01:10");
  await page.waitForSelector("text=This device is locked");
  assert.equal(await page.locator("#what_matters").count(), 0);

  // Removing everything, the way past a forgotten passphrase, is reached from its old address too.
  await page.goto(server.url + "plans.html#/device/remove-all");
  await page.waitForSelector("main h1:has-text('Remove all data from this device')");
  assert.equal(await page.evaluate(() => location.hash), "#/privacy/remove-all");
  await context.close();
});

test("a reminder to keep a copy until the plans are downloaded, and again a week after a change", async () => {
  const { page, context } = await withJoan({ acceptDownloads: true }, "plans.html#/plans");
  await page.clock.install();
  await page.reload();
  await appReady(page);
  const reminder = "text=Some browsers clear what a website keeps if you do not visit it for 7 days";
  await page.waitForSelector(reminder);
  await activate(page, "Download a copy of your plans");
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), activate(page, "Download 1 plan")]);
  assert.equal(JSON.parse(readFileSync(await download.path(), "utf8")).plans.length, 1);
  await page.goto(server.url + "plans.html#/plans");
  await appReady(page);
  assert.equal(await page.locator(reminder).count(), 0, "no reminder just after a download");
  // A change, then eight days: reminded again (on the task list too).
  await page.goto(`${server.url}plans.html#/plans/${joanId}/about`);
  await appReady(page);
  await typeInto(page, "#person_name", "Joan Smith");
  await page.clock.fastForward(8 * 24 * 60 * 60 * 1000);
  await page.goto(`${server.url}plans.html#/plans/${joanId}`);
  await appReady(page);
  await page.waitForSelector(reminder);
  await context.close();
});

test("remove all data from this device, also the way past a forgotten passphrase", async () => {
  const { page, context } = await withJoan({}, "plans.html#/privacy");
  await page.evaluate(() => localStorage.setItem("another-service", "theirs"));
  await activate(page, "Remove all data from this device");
  await arrive(page, "remove-all");
  await activate(page, "Remove all data");
  await page.waitForSelector("text=All data has been removed from this device");
  await arrive(page, "removed");
  assert.equal(await stored(page), "[]");
  assert.equal(await page.evaluate(() => localStorage.getItem("another-service")), "theirs");
  await page.goto(server.url + "plans.html#/plans");
  await appReady(page);
  assert.equal(await page.locator("text=Joan").count(), 0);
  await context.close();
});

test("the privacy pages' old addresses, kept in bookmarks, still lead to them", async () => {
  const { page, context } = await withJoan({}, "plans.html#/plans");
  for (const [old, now, heading] of [
    ["#/device", "#/privacy", "Privacy on this device"],
    ["#/device/remove-all", "#/privacy/remove-all", "Remove all data from this device"],
  ]) {
    await page.goto(server.url + old);
    await page.waitForSelector(`main h1:has-text('${heading}')`);
    assert.equal(await page.evaluate(() => location.hash), now);
  }
  // Each old address was replaced, not kept: going back skips it (and is not sent forward again).
  await page.goBack();
  await page.waitForFunction(() => location.hash === "#/privacy", null, { timeout: 5000 });
  await context.close();
});
