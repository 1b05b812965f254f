// The message catalogue and the code agree: every key the code asks for exists, and every
// message in the catalogue is used, so no text is missing and none is left behind. The code is
// the app and the domain, whose findings, workings and explanations are catalogue keys too.
// (That every language has every message, with the same arguments, is a domain test.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./support.mjs";

/** The text of every .rs file under `dir`. */
async function rustSources(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await rustSources(path)));
    else if (entry.name.endsWith(".rs")) out.push(await readFile(path, "utf8"));
  }
  return out;
}

const catalogue = await readFile(join(ROOT, "locales", "en-GB.ftl"), "utf8");
const keys = new Set([...catalogue.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]));
const app = (await rustSources(join(ROOT, "src"))).join("\n");
const domain = (await rustSources(join(ROOT, "crates", "sds-domain", "src"))).join("\n");
const layer = (await rustSources(join(ROOT, "crates", "sds-app", "src"))).join("\n");
const source = `${app}\n${domain}\n${layer}`;

test("every key the code asks for is in the catalogue", () => {
  const asked = new Set(
    [
      ...app.matchAll(/\.(?:get|with)\(\s*"([a-z][a-z0-9_-]*)"/g),
      ...source.matchAll(/Message::new\(\s*"([a-z][a-z0-9_-]*)"/g),
      // Keys a domain function returns for a value: `Kind::Thing => "key-thing",`.
      ...domain.matchAll(/=> "([a-z]+-[a-z0-9_-]+)",?\n/g),
      // The application layer's tables of choices: `key: "basis-deputy"`, `hint: Some("...")`,
      // and pairs such as `(SignerRole::Person, "sign-role-person")`.
      ...layer.matchAll(/(?:key|hint): (?:Some\()?"([a-z]+-[a-z0-9_-]+)"/g),
      ...layer.matchAll(/\([A-Z][A-Za-z]+::[A-Z][A-Za-z]+, "([a-z]+-[a-z0-9_-]+)"\)/g),
    ].map((m) => m[1]),
  );
  assert.ok(asked.size > 100, `found only ${asked.size} keys in the code`);
  const missing = [...asked].filter((key) => !keys.has(key));
  assert.deepEqual(missing, []);
});

test("every message in the catalogue is used by the code", () => {
  // Keys are used as literals ("task-about"), or as a literal plus "-hint" built in code.
  const literals = new Set(
    [...source.matchAll(/"([a-z][a-z0-9_]*(?:-[a-z0-9_]+)+|[a-z]+)"/g)].map((m) => m[1]),
  );
  const unused = [...keys].filter(
    (key) => !literals.has(key) && !(key.endsWith("-hint") && literals.has(key.slice(0, -5))),
  );
  assert.deepEqual(unused, []);
});

test("no component writes English itself", () => {
  // A string literal of two or more capitalised English words inside html! is text that should
  // come from the catalogue.
  const suspicious = [...app.matchAll(/\{\s*"([A-Z][a-z]+(?: [a-z]+)+[^"]*)"\s*\}/g)].map((m) => m[1]);
  assert.deepEqual(suspicious, []);
});
