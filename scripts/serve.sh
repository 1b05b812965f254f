#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080, installing whatever is missing first.
# Extra arguments go to `trunk serve` (for example --release for the optimised build).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
cd "$ROOT"
step "Serving at http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve "$@"
