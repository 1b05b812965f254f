# Sourced by serve.sh, test.sh and bench.sh: installs whatever is missing, quickly does nothing
# when everything is there, and puts the project's tools first on PATH.
#
# Traps this encodes (each measured on a fresh Debian machine that reaches only the package
# registries):
# - trunk 0.22 declares a newer rust-version than Debian-era toolchains have; it builds fine with
#   --ignore-rust-version. We leave out its update check (it would contact the registry).
# - wasm-bindgen-cli does not install with --locked (its lock file wants a version the registry
#   lacks), so it is installed without, at exactly the wasm-bindgen version in Cargo.lock.
# - Debian's binaryen is too old to read current wasm-bindgen output; wasm-opt comes from the
#   npm package `binaryen`, and node_modules/.bin goes first on PATH so Trunk finds that one.
# - Trunk runs offline (Trunk.toml), and then cargo runs offline too, so crates are fetched first.
# - Browsers come from Debian (chromium, chromium-driver), never downloaded by a test tool.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Installing the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "Installing Trunk $TRUNK_VERSION (a one-off build of about 10 to 15 minutes)"
    cargo install --locked --ignore-rust-version --no-default-features --features rustls \
      "trunk@$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen_cli() {
  local version
  version="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    step "Installing wasm-bindgen-cli $version (matching Cargo.lock)"
    cargo install --force wasm-bindgen-cli --version "=$version"
  fi
}

ensure_node_packages() {
  # npm ci when node_modules is missing or older than the lock file.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    step "Installing node packages (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_browser() {
  # openssl is not a browser, but like the browser it is a Debian package the tests run: the
  # signed-plan format test verifies signatures with OpenSSL's own command line (3.0 or later,
  # for Ed25519 with -rawin). fonts-noto-core gives the browser Urdu's script (Nastaliq and
  # Naskh), which a bare machine lacks: without it Urdu pages render as empty boxes.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! command -v openssl >/dev/null || ! fc-list 2>/dev/null | grep -q "Noto Nastaliq Urdu"; then
    step "Installing Chromium, ChromeDriver, OpenSSL and Noto fonts from Debian"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      chromium chromium-driver openssl fonts-noto-core fontconfig
  fi
}

ensure_crates() {
  (cd "$ROOT" && cargo fetch --locked --quiet)
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_packages
  ensure_wasm_bindgen_cli
  ensure_trunk
  ensure_crates
}
