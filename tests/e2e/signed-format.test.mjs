// docs/signed-plan-format.md is true: its OpenSSL steps, run exactly as written, verify the
// example signed plan and decision, give the digest the decision quotes, and refuse a file with
// one value changed. The signed bytes come from JavaScript's own JSON.stringify (RFC 8785's
// reference for strings and numbers) and the signatures are checked by OpenSSL, both independent
// of our code, so for documents like ours (whole numbers, ASCII member names) this shows our
// canonical form and signatures agree with other implementations byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, documentedSteps, runSteps } from "./support.mjs";

const example = (name) => readFileSync(join(ROOT, "docs", "examples", name), "utf8");

test("the documented steps are in the document", () => {
  assert.match(documentedSteps(), /openssl pkeyutl -verify/);
  assert.match(execFileSync("openssl", ["version"], { encoding: "utf8" }), /^OpenSSL [3-9]\./);
});

test("OpenSSL verifies the example signed plan, and its digest is the one the decision names", () => {
  const result = runSteps(example("joan-signed-plan.json"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Signature Verified Successfully/);
  const digest = result.stdout.match(/^([0-9a-f]{64}) {2}signed-bytes\.bin$/m)?.[1];
  assert.equal(digest, JSON.parse(example("joan-council-decision.json")).plan_digest);
});

test("OpenSSL verifies the example decision", () => {
  const result = runSteps(example("joan-council-decision.json"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Signature Verified Successfully/);
});

test("OpenSSL refuses a file with one value changed, however it is laid out", () => {
  const plan = JSON.parse(example("joan-signed-plan.json"));
  // Laid out differently: still verifies.
  const relaid = runSteps(JSON.stringify(plan));
  assert.equal(relaid.status, 0, relaid.stderr);
  plan.budget.weekly_minor += 1;
  const changed = runSteps(JSON.stringify(plan, null, 4));
  assert.notEqual(changed.status, 0);
  assert.match(changed.stdout + changed.stderr, /Signature Verification Failure/);
  const decision = JSON.parse(example("joan-council-decision.json"));
  decision.decision = "returned";
  assert.notEqual(runSteps(JSON.stringify(decision)).status, 0);
});
