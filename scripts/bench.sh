#!/usr/bin/env bash
# Benchmarks (not tests): builds the release and measures bundle sizes and start-up time, then
# the domain's own benchmarks. Figures go in BENCHMARKS.md by hand, with this command beside them.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser
cd "$ROOT"

step "Release build"
trunk build --release

step "Bundle sizes and start-up time (headless Chromium)"
node benches/startup.mjs
