// Compiles the app's Sass (govuk-frontend with the council's typeface stack) to one minified CSS
// file that index.html hands to Trunk, which hashes it for caching. Trunk's own Sass step
// downloads a compiler at build time, which cannot work offline, so this uses the npm `sass`.
//
// GOV.UK Frontend is written for left-to-right text (floats, margins and borders on the left).
// postcss-rtlcss adds a `[dir="rtl"]` mirror of every such rule, so pages in a right-to-left
// language (Urdu) lay out from the right, radios and all, without a second stylesheet.
import { compile } from "sass";
import postcss from "postcss";
import rtlcss from "postcss-rtlcss";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "styles", "build", "app.css");
const result = compile(join(root, "styles", "app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
const mirrored = await postcss([rtlcss({ mode: "override" })]).process(result.css, { from: undefined });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, mirrored.css);
