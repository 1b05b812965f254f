// The message catalogue and the code agree: every key the code asks for exists, and every
// message in the catalogue is used, so no text is missing and none is left behind. The code is
// the app and the domain, whose findings, workings and explanations are catalogue keys too, and
// the council's command-line tool, which says the personal budget from the catalogue.
// (That every language has every message, with the same arguments, is a domain test.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { ROOT } from "./support.mjs";

/** Every .rs file under `dir`, as { path, text }. */
async function rustFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await rustFiles(path)));
    else if (entry.name.endsWith(".rs")) out.push({ path, text: await readFile(path, "utf8") });
  }
  return out;
}

/** The text of every .rs file under `dir`. */
async function rustSources(dir) {
  return (await rustFiles(dir)).map((file) => file.text);
}

const catalogue = await readFile(join(ROOT, "locales", "en-GB.ftl"), "utf8");
const keys = new Set([...catalogue.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]));
const appFiles = await rustFiles(join(ROOT, "src"));
const app = appFiles.map((file) => file.text).join("\n");
const domain = (await rustSources(join(ROOT, "crates", "sds-domain", "src"))).join("\n");
const layer = (await rustSources(join(ROOT, "crates", "sds-app", "src"))).join("\n");
const cli = (await rustSources(join(ROOT, "crates", "support-plan", "src"))).join("\n");
const source = `${app}\n${domain}\n${layer}\n${cli}`;

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
  // Keys are used as literals ("task-about"); none is built in code.
  const literals = new Set(
    [...source.matchAll(/"([a-z][a-z0-9_]*(?:-[a-z0-9_]+)+|[a-z]+)"/g)].map((m) => m[1]),
  );
  const unused = [...keys].filter(
    (key) => !literals.has(key),
  );
  assert.deepEqual(unused, []);
});

/**
 * Rust source with comments and the insides of literals blanked (so brackets and quotes in them
 * do not count), and every string literal with the offset where it starts.
 */
function lex(text) {
  let code = "";
  const literals = [];
  let i = 0;
  const blank = (from, to) => text.slice(from, to).replace(/[^\n]/g, " ");
  while (i < text.length) {
    const rest = text.slice(i, i + 16);
    let m;
    if (rest.startsWith("//")) {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      code += blank(i, stop);
      i = stop;
    } else if (rest.startsWith("/*")) {
      const stop = text.indexOf("*/", i + 2) + 2;
      code += blank(i, stop);
      i = stop;
    } else if ((m = /^'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'/.exec(rest))) {
      // A character literal, such as '"'; a lifetime has no closing quote.
      code += blank(i, i + m[0].length);
      i += m[0].length;
    } else if ((m = /^b?r(#*)"/.exec(rest)) && !/\w/.test(text[i - 1] ?? "")) {
      const start = i + m[0].length;
      const end = text.indexOf(`"${m[1]}`, start);
      const stop = end + 1 + m[1].length;
      literals.push({ at: i, value: text.slice(start, end) });
      code += `"${blank(i + 1, stop - 1)}"`;
      i = stop;
    } else if (text[i] === '"') {
      let j = i + 1;
      let value = "";
      while (text[j] !== '"') {
        if (text[j] === "\\" && text[j + 1] === "\n") {
          j += 2;
          while (/\s/.test(text[j])) j += 1;
        } else if (text[j] === "\\") {
          value += { n: "\n", t: "\t" }[text[j + 1]] ?? text[j + 1];
          j += 2;
        } else {
          value += text[j];
          j += 1;
        }
      }
      literals.push({ at: i, value });
      code += `"${blank(i + 1, j)}"`;
      i = j + 1;
    } else {
      code += text[i];
      i += 1;
    }
  }
  return { code, literals };
}

/** The offset of the bracket that closes the one at `open`. */
function closing(code, open) {
  const pairs = { "(": ")", "[": "]", "{": "}" };
  const stack = [];
  for (let i = open; i < code.length; i += 1) {
    if (pairs[code[i]]) stack.push(pairs[code[i]]);
    else if (code[i] === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return code.length;
}

/**
 * Whether a literal reads as words to a person: a word beside other words or placeholders
 * ("{file} could not be read", "{n} hours"), or one capitalised word alone ("Cancel"). Ids,
 * classes, keys and addresses are single tokens joined by "-", "_", ".", ":", "/" or "#"
 * ("{sid}-{name}", "#/plans/{id}", "govuk-input {}", "mailto:{email}"), so they do not.
 */
function readsAsWords(value) {
  const tokens = value.replace(/\{[^{}]*\}/g, "0").split(/\s+/).filter(Boolean);
  if (tokens.length === 1) return /^[A-Z][a-z]+[.!?…]?$/.test(tokens[0]);
  const word = /^[("'‘“]?(?:[A-Za-z][a-z]+|[AIa])(?:['’][a-z]+)?[)"'’”]?[.,:;!?…]*$/;
  return tokens.some((token) => word.test(token));
}

/** Attributes whose values are for the browser, not for a person to read or hear. */
const MACHINE_ATTRIBUTE = /^(class|classes|id|key|for|name|type|href|src|rel|target|method|role|autocomplete|inputmode|spellcheck|accept|lang|dir|download|data-[a-z-]+|aria-(?!label$|roledescription$|valuetext$|placeholder$)[a-z]+)$/;

/**
 * The literals in `text` that read as words, with what holds them: the strings of format!,
 * format_args!, write!, writeln! and concat!, and the text and props of html! (all but the
 * values of attributes in MACHINE_ATTRIBUTE). Also counts the literals looked at.
 */
function englishIn(text, seen = { literals: 0 }) {
  const { code, literals } = lex(text);
  const found = [];
  for (const m of code.matchAll(/\b(format|format_args|write|writeln|concat|html|html_nested)!\s*[(\[{]/g)) {
    const open = m.index + m[0].length - 1;
    const end = closing(code, open);
    for (const literal of literals.filter(({ at }) => at > open && at < end)) {
      seen.literals += 1;
      if (m[1].startsWith("html")) {
        const attribute = /([A-Za-z_][\w-]*)\s*=\s*\{?\s*$/.exec(code.slice(Math.max(open, literal.at - 80), literal.at));
        if (attribute && MACHINE_ATTRIBUTE.test(attribute[1])) continue;
      }
      if (readsAsWords(literal.value)) {
        const line = text.slice(0, literal.at).split("\n").length;
        found.push({ line, macro: `${m[1]}!`, value: literal.value });
      }
    }
  }
  return found;
}

test("the check for English in components finds it in format! and html!, and only there", () => {
  const sample = `
    // format!("A comment is not text on a page")
    let a = format!("{file} could not be read: {e}");
    let b = format!(
        "Saved on \\
         this device at {}",
        when,
    );
    write!(f, "{n} hours")?;
    let c = concat!("Step ", "one");
    let d = format!("{sid}-{name}") + &format!("#/plans/{id}") + &format!("mailto:{email}");
    let e = format!("{}", text.get("saved-at")) + &format!("{id}-hint") + &format!("govuk-input {}", x);
    let q = '"'; let s: &'static str = "Not in a macro, not looked at";
    html! {
        <p class="govuk-body app-save-status" id={format!("{id}-title")} role="status">
            { "Your changes are saved" } { text.get("saved-as-you-go") }
            <button aria-label="Close the banner" type="button">{ "Cancel" }</button>
            <Field label="Your name" name="person_name" autocomplete="name" />
        </p>
    }
    let r = format!(r#"{{"format":"sds"}} is {} "quoted""#, 1);
  `;
  assert.deepEqual(
    englishIn(sample).map(({ value }) => value),
    [
      "{file} could not be read: {e}",
      "Saved on this device at {}",
      "{n} hours",
      "Step ",
      "Your changes are saved",
      "Close the banner",
      "Cancel",
      "Your name",
      '{{"format":"sds"}} is {} "quoted"',
    ],
  );
});

// The problems the service-unavailable page lists for the council's web team are a diagnosis of
// the configuration files, in English like the problems the domain's parsers report about them.
const FOR_THE_WEB_TEAM = new Set(["config_loader.rs"]);

test("no component writes English itself", () => {
  // A sentence built with format! or written into html! should come from the catalogue.
  const seen = { literals: 0 };
  const suspicious = appFiles
    .filter(({ path }) => !FOR_THE_WEB_TEAM.has(relative(join(ROOT, "src"), path)))
    .flatMap(({ path, text }) =>
      englishIn(text, seen).map(({ line, macro, value }) => `${relative(ROOT, path)}:${line} ${macro} ${JSON.stringify(value)}`),
    );
  assert.ok(seen.literals > 1000, `looked at only ${seen.literals} literals in format! and html!`);
  assert.deepEqual(suspicious, []);
});
