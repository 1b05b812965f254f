#!/usr/bin/env bash
# Builds the release into dist/ for hosting, installing whatever is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
cd "$ROOT"
step "Release build into dist/"
trunk build --release
step "Built: copy dist/ to any static web host, at any path"
