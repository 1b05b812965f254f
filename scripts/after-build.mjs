// Trunk's post-build hook, run on the staging folder before it becomes dist/. The app has three
// pages, each its own Trunk target with its own wasm: index.html, the start page (the address a
// council links to, so the first page a person opens, kept small); plans.html, the person's
// plans pages; and council.html, the council's tools (checking a signed plan, recording a
// decision), which most people never open and so never download. Trunk builds one page per
// invocation, so the build of index.html (the one `trunk build` and `trunk serve` make) builds
// the other two from here, with the same profile, into target/<page>-dist, and takes their files
// into the same dist/: one command still builds the whole app.
//
// 1. Trunk writes each page's start-up code as an inline <script>. A strict
//    Content-Security-Policy forbids inline script, so it is moved into its own file,
//    start-<hash>.js, and the page loads that instead. The policy then needs no 'unsafe-inline'
//    and no hashes that change with every build. (This is all the hook does for the other two
//    pages.)
// 2. The message catalogues the app fetches when their language is chosen (every one but
//    English's, which is compiled in), copied into locales/ by index.html, are renamed with their
//    content's hash, locales/<tag>-<hash>.ftl, the names every page's wasm was built to ask for
//    (build.rs makes them the same way): a name then always means one content, cached like the
//    app's other hashed files. The build fails if any wasm does not name a catalogue copied.
// 3. It writes sw.js, the service worker that keeps the app working offline. Its version is a
//    hash of every file of every page, so each release has a new sw.js, which the browser
//    notices and offers to the person as "A new version is available". The person's app's files
//    (both its pages', and every catalogue, so after one visit every page in every language
//    works offline) are kept when it installs; the files only council.html loads are kept once
//    that page has been opened, so a person's first visit never downloads them. The council's
//    own files (config.json, rules/, a logo, anything not built here) are fetched fresh when
//    online and kept for when offline, since a council edits them without a new release.
//
// In a debug build (scripts/serve.sh), sw.js caches nothing, so development always sees the
// newest files.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("after-build.mjs runs as Trunk's post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const PERSON_PAGE = "index.html";
const PLANS_PAGE = "plans.html";
const COUNCIL_PAGE = "council.html";
// The pages built from here, beside index.html.
const OTHER_PAGES = [PLANS_PAGE, COUNCIL_PAGE];
const page = basename(process.env.TRUNK_HTML_FILE ?? PERSON_PAGE);

// 1. The start-up script, out of the page (which Trunk always writes as index.html); returns the
// page as rewritten.
function moveStartScript() {
  const path = join(staging, PERSON_PAGE);
  const html = readFileSync(path, "utf8");
  const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
  if (!inline) {
    console.error(`after-build.mjs: no inline start-up script found in ${page}`);
    process.exit(1);
  }
  const startFile = `start-${sha256(inline[1]).slice(0, 16)}.js`;
  writeFileSync(join(staging, startFile), inline[1]);
  const moved = html.replace(inline[0], `<script type="module" src="./${startFile}"></script>`);
  writeFileSync(path, moved);
  return moved;
}

const built = moveStartScript();
if (OTHER_PAGES.includes(page)) process.exit(0);
if (page !== PERSON_PAGE) {
  console.error(`after-build.mjs: builds ${PERSON_PAGE} (which builds ${OTHER_PAGES.join(" and ")}), not ${page}`);
  process.exit(1);
}
const index = built;

// The other pages, each built by a second Trunk run with this one's profile, its files taken
// into this build. Trunk's own variables are not passed on, so the inner run reads only
// Trunk.toml.
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("TRUNK_")));
function buildPage(other) {
  const pageDist = join(root, "target", `${basename(other, ".html")}-dist`);
  const inner = spawnSync(
    "trunk",
    ["build", other, "--dist", pageDist, ...(release ? ["--release"] : [])],
    { cwd: root, env, stdio: "inherit" },
  );
  if (inner.status !== 0) {
    console.error(`after-build.mjs: building ${other} failed (${inner.error ?? `exit code ${inner.status}`})`);
    process.exit(1);
  }
  for (const name of readdirSync(pageDist)) {
    const from = join(pageDist, name);
    if (!statSync(from).isFile() || name.startsWith(".")) continue;
    const to = join(staging, name === PERSON_PAGE ? other : name);
    // A file several pages load (the style sheet) is the same file, by its hashed name.
    if (existsSync(to) && !readFileSync(to).equals(readFileSync(from))) {
      console.error(`after-build.mjs: ${other} and ${PERSON_PAGE} both have a different ${name}`);
      process.exit(1);
    }
    copyFileSync(from, to);
  }
  return readFileSync(join(staging, other), "utf8");
}
const [plans, council] = OTHER_PAGES.map(buildPage);

// 2. The catalogues, named by their content.
const locales = join(staging, "locales");
const programs = readdirSync(staging).filter((name) => name.endsWith("_bg.wasm"));
if (programs.length !== 1 + OTHER_PAGES.length) {
  console.error(`after-build.mjs: expected a .wasm file for each of ${[PERSON_PAGE, ...OTHER_PAGES].join(", ")}, found ${programs.length}`);
  process.exit(1);
}
for (const name of existsSync(locales) ? readdirSync(locales) : []) {
  const match = name.match(/^([A-Za-z0-9-]+)\.ftl$/);
  if (!match) continue;
  const hashed = `${match[1]}-${sha256(readFileSync(join(locales, name))).slice(0, 16)}.ftl`;
  for (const program of programs) {
    if (!readFileSync(join(staging, program)).includes(Buffer.from(`locales/${hashed}`))) {
      console.error(`after-build.mjs: ${program} does not ask for locales/${hashed}: is build.rs hashing the same file?`);
      process.exit(1);
    }
  }
  renameSync(join(locales, name), join(locales, hashed));
}

// 3. The service worker.
function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}
const all = filesBelow(staging)
  .map((path) => relative(staging, path).split("\\").join("/"))
  .filter((file) => file !== "sw.js")
  .sort();
// Files this build made (a page, its icon, every file the page loads, as the page names them,
// and the catalogues) versus the council's own (config.json, rules, a logo: anything a council
// may replace). The person's app's files are index.html's and plans.html's; the council view's,
// council.html's that neither loads too.
// The council's configuration, which every page preloads, stays the council's.
const CONFIG_FILE = "config.json";
const referenced = (html) =>
  new Set(
    [...html.matchAll(/(?:href|src)=["']?\.?\/?([^"' >]+)/g)].map((m) => m[1]).filter((file) => file !== CONFIG_FILE),
  );
const personsFiles = new Set([...referenced(index), ...referenced(plans)]);
const councilsFiles = referenced(council);
const isAppFile = (file) =>
  file === PERSON_PAGE || file === PLANS_PAGE || personsFiles.has(file) || file.startsWith("locales/");
const isCouncilViewFile = (file) => !isAppFile(file) && (file === COUNCIL_PAGE || councilsFiles.has(file));
const appFiles = all.filter(isAppFile);
const councilViewFiles = all.filter(isCouncilViewFile);
const councilFiles = all.filter((file) => !isAppFile(file) && !isCouncilViewFile(file));
const version = sha256(
  [...appFiles, ...councilViewFiles].map((file) => `${file}\n${sha256(readFileSync(join(staging, file)))}`).join("\n"),
).slice(0, 16);

const worker = release
  ? `// The service worker: generated by scripts/after-build.mjs for release ${version}.
// App files are served from this release's cache, so a page never mixes two releases; the
// council's files are fetched fresh when online and kept for offline use.
const VERSION = ${JSON.stringify(version)};
const APP_CACHE = "app-" + VERSION;
const COUNCIL_CACHE = "council-files";
// The person's app: kept when this release installs.
const APP_FILES = ${JSON.stringify(["./", ...appFiles.map((f) => "./" + f)])};
// What only the council's page loads: kept once that page has been opened, never before, so a
// person's first visit downloads none of it.
const COUNCIL_VIEW = ${JSON.stringify(councilViewFiles.map((f) => "./" + f))};
const COUNCIL_PAGE = ${JSON.stringify("./" + COUNCIL_PAGE)};
const COUNCIL_FILES = ${JSON.stringify(councilFiles.map((f) => "./" + f))};

// A file whose name holds its content's hash cannot be stale, so the copy the page has just
// downloaded (in the browser's HTTP cache) is taken rather than fetched twice on a first visit;
// anything else is checked with the server.
const fresh = (file) =>
  new Request(file, { cache: /-[0-9a-f]{16}(_bg)?\\.(js|wasm|css|ftl)$/.test(file) ? "default" : "no-cache" });

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const app = await caches.open(APP_CACHE);
    await app.addAll(APP_FILES.map(fresh));
    if (await councilViewOpened()) {
      // Missing now, it is kept when next opened online: the person's app installs regardless.
      await app.addAll(COUNCIL_VIEW.map(fresh)).catch(() => {});
    }
    const council = await caches.open(COUNCIL_CACHE);
    await Promise.all(COUNCIL_FILES.map(async (file) => {
      try {
        const response = await fetch(file, { cache: "no-cache" });
        if (response.ok) await council.put(file, response);
      } catch {
        // Offline while installing: the file is fetched when next needed.
      }
    }));
  })());
});

// Whether the council's page has been opened on this device: an earlier release kept it (so a
// new release keeps it too, and it still works offline after the update), or it is the page
// installing this worker (the first visit to it, whose files came before the worker did).
async function councilViewOpened() {
  for (const name of await caches.keys()) {
    if (name.startsWith("app-") && (await (await caches.open(name)).match(COUNCIL_PAGE))) return true;
  }
  const page = new URL(COUNCIL_PAGE, self.registration.scope).pathname;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  return windows.some((client) => new URL(client.url).pathname === page);
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("app-") && name !== APP_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks a waiting release to take over once the person chooses to reload.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const file = "./" + url.pathname.slice(scope.pathname.length);
  if (request.mode === "navigate" && (file === "./" || file === "./index.html")) {
    event.respondWith(fromApp("./index.html", request));
  } else if (APP_FILES.includes(file)) {
    event.respondWith(fromApp(file, request));
  } else if (COUNCIL_VIEW.includes(file)) {
    event.respondWith(councilView(file, request, event));
  } else {
    // The council's files, and anything else asked for by address (config.json opened to check
    // it): fresh from the network, the kept copy when there is none.
    event.respondWith(networkFirst(file, request, event));
  }
});

async function fromApp(file, request) {
  const cached = await (await caches.open(APP_CACHE)).match(file);
  return cached ?? fetch(request);
}

// The council view's files, from this release's cache once kept; the first time, from the
// network, and kept.
async function councilView(file, request, event) {
  const app = await caches.open(APP_CACHE);
  const cached = await app.match(file);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) event.waitUntil(app.put(file, response.clone()).catch(() => {}));
  return response;
}

// How long to wait for the network before using the kept copy, on a weak signal.
const NETWORK_PATIENCE_MS = 4000;

async function networkFirst(file, request, event) {
  const council = await caches.open(COUNCIL_CACHE);
  const cached = await council.match(file);
  let response;
  try {
    const fetching = fetch(request, { cache: "no-cache" });
    response = cached
      ? await Promise.race([
          fetching,
          new Promise((resolve) => setTimeout(() => resolve(null), NETWORK_PATIENCE_MS)),
        ])
      : await fetching;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
  if (response && response.ok) {
    // Kept for offline use; a full cache must not turn a good answer into an error.
    event.waitUntil(council.put(file, response.clone()).catch(() => {}));
    return response;
  }
  // Too slow, or a server error: the kept copy is better than none.
  return cached ?? response;
}
`
  : `// Debug build: no caching, so development always sees the newest files.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
`;
writeFileSync(join(staging, "sw.js"), worker);
