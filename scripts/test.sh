#!/usr/bin/env bash
# Runs every check: formatting, clippy, native unit and integration tests
# (stylized facts, properties, command line, determinism), the browser tests
# in headless Chromium (wasm-bindgen-test), and the release build of the site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }
results=$(mktemp /tmp/crm-lab-results.XXXXXX)
profile=$(mktemp -d /tmp/crm-lab-chromium.XXXXXX)
trap 'rm -rf "$profile" "$results"' EXIT

step "format"
cargo fmt --check

step "clippy"
cargo clippy --all-targets -- -D warnings

step "native tests"
cargo test --release 2>&1 | tee -a "$results"

step "browser tests (headless Chromium)"
# A fresh browser profile each run, and the flags this machine needs.
cat > webdriver.json <<JSON
{ "goog:chromeOptions": { "args": [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--user-data-dir=$profile" ] } }
JSON
CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --release --target wasm32-unknown-unknown --test wasm_determinism 2>&1 | tee -a "$results"

step "site build (release)"
trunk build --release --offline
echo "built: $(ls dist | tr "\n" " ")"

step "summary"
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$results"
