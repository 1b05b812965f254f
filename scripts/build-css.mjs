// Compiles the app's Sass (govuk-frontend with the council's typeface stack) to one minified CSS
// file that index.html hands to Trunk, which hashes it for caching. Trunk's own Sass step
// downloads a compiler at build time, which cannot work offline, so this uses the npm `sass`.
import { compile } from "sass";
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
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, result.css);
