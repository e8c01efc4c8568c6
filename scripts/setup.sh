#!/usr/bin/env bash
# Installs what building and testing CRM Lab needs, skipping whatever is
# already there at the right version. Safe to run any number of times.
# Everything comes from the package registries (crates.io, Debian); nothing
# downloads a prebuilt binary.
#
#   bash scripts/setup.sh            # toolchain, Trunk, wasm-bindgen, browser
#   bash scripts/setup.sh --no-browser   # skip Chromium, ChromeDriver and fonts
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

say() { printf '[setup] %s\n' "$*"; }

if [ -f "$HOME/.cargo/env" ]; then . "$HOME/.cargo/env"; fi
command -v cargo >/dev/null || { say "cargo is missing: install Rust (rustup) first"; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The wasm-bindgen CLI must equal the wasm-bindgen library in Cargo.lock, or
# Trunk would try to download one.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ -z "$WB_VERSION" ]; then say "cannot read wasm-bindgen's version from Cargo.lock"; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION from crates.io (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ "$want_browser" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # Chinese glyphs for screenshots and canvas text in headless Chromium.
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # axe-core, the accessibility rules the end-to-end suite runs in the page
  # (the version pinned in tests/axe/package-lock.json, from the npm registry).
  if [ ! -f tests/axe/node_modules/axe-core/axe.min.js ]; then
    command -v npm >/dev/null || { say "npm is missing: install Node.js and npm for the accessibility checks"; exit 1; }
    say "installing axe-core from the npm registry"
    npm ci --prefix tests/axe --no-audit --no-fund >/dev/null
  fi
fi
say "ready: $(rustc --version), $(trunk --version), $(wasm-bindgen --version)"
