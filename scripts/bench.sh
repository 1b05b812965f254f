#!/usr/bin/env bash
# Benchmarks (not tests): builds the release and measures bundle sizes and start-up time, then
# the domain's own benchmarks (natively and in the browser). Figures go in BENCHMARKS.md by
# hand, with this command beside them.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser
cd "$ROOT"

step "Release build"
trunk build --release

step "Bundle sizes and start-up time (headless Chromium)"
node benches/startup.mjs

step "First visit on a phone: Lighthouse mobile, beside a minimal Yew app and a plain page"
(cd benches/baseline && trunk build --release)
node benches/lighthouse.mjs

step "Key press in a money field to the new totals on screen, 4x CPU slowdown"
node benches/keypress.mjs

step "Allocation engine, native (200-question made-up rule set)"
cargo bench --quiet -p sds-domain --features synthetic --bench allocation

step "Allocation engine and signing, in headless Chromium (release build)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release --target wasm32-unknown-unknown -p support-planner \
  --test domain_bench -- --include-ignored --nocapture 2>&1 | grep '^BENCH'

step "Plan costing, checks, signing and verifying, native (500 supports)"
cargo bench --quiet -p sds-domain --bench plan

step "Time against input size, honest and hostile files, native (100 kB, 1 MB, 10 MB)"
cargo bench --quiet -p sds-domain --bench size
