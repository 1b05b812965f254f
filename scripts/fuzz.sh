#!/usr/bin/env bash
# The fuzz harness: structure-aware mutations of the samples through every entry point that
# reads outside input (fuzz/src/targets.rs), built with overflow checks and debug assertions on
# (the `fuzz` profile), on stable Rust. Each input must not panic, must keep its target's
# promise ("a checked rule set always evaluates", "verification never panics", "a record that
# cannot be read is kept aside", the CLI's safe output), and must take under a second.
#
#   scripts/fuzz.sh                     a minute (what the test command runs)
#   scripts/fuzz.sh --seconds 900       a stated time
#   scripts/fuzz.sh --inputs 1000000    a stated number of inputs (the run in BENCHMARKS.md)
#   scripts/fuzz.sh --only rule-set     one target; --seed N, --threads N, --too-slow SECONDS
#
# A failing input is shrunk where it can be and kept in fuzz/regressions/<target>/ (with why,
# beside it); the test command runs every kept input again (fuzz/tests/regressions.rs). Exits
# 1 when any input failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
cargo build --quiet --profile fuzz -p sds-fuzz
if [ "$#" -eq 0 ]; then
  set -- --seconds 60
fi
exec "$ROOT/target/fuzz/sds-fuzz" "$@"
