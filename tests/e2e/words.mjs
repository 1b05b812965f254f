// The app's words in any of its languages, so a test can drive the app by what a person reads in
// that language: Project Fluent's own JavaScript implementation reading the same catalogue files
// the app compiles in, with the same isolation of arguments in right-to-left text.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { ROOT } from "./support.mjs";

/** The languages the app offers, as its language choice names them. */
export const LANGUAGES = {
  "en-GB": { name: "English", dir: "ltr" },
  cy: { name: "Cymraeg", dir: "ltr" },
  ur: { name: "اردو", dir: "rtl" },
};

/** The pseudo-locale's letters, as the app swaps them (sds_domain::wording). */
const PSEUDO_LOWER = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž";
const PSEUDO_UPPER = "ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
const pseudo = (text) =>
  text.replace(/[A-Za-z]/g, (c) =>
    c <= "Z" ? [...PSEUDO_UPPER][c.charCodeAt(0) - 65] : [...PSEUDO_LOWER][c.charCodeAt(0) - 97],
  );

/**
 * `t(key, args)`: the message in language `tag`, failing the test if it is missing. "en-XA" is
 * the pseudo-locale: English with every letter of the catalogue's text swapped.
 */
export async function words(tag) {
  const isPseudo = tag === "en-XA";
  const file = isPseudo ? "en-GB" : tag;
  const source = await readFile(join(ROOT, "locales", `${file}.ftl`), "utf8");
  const bundle = new FluentBundle(file, {
    useIsolating: LANGUAGES[file].dir === "rtl",
    ...(isPseudo ? { transform: pseudo } : {}),
  });
  assert.deepEqual(bundle.addResource(new FluentResource(source)), [], `${tag}.ftl`);
  return (key, args = {}) => {
    const message = bundle.getMessage(key);
    assert.ok(message?.value, `${key} is not in ${tag}.ftl`);
    const errors = [];
    const said = bundle.formatPattern(message.value, args, errors);
    assert.deepEqual(errors, [], `${tag}: ${key}`);
    return said;
  };
}
