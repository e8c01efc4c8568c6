#!/usr/bin/env bash
# Builds the site (release) and serves it on http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-browser
PORT=${PORT:-8080}
trunk build --release --offline
echo
echo "CRM Lab is served at http://127.0.0.1:$PORT/  (Ctrl+C stops it)"
echo "The built site is in dist/: copy it to any static host, any sub-path."
exec trunk serve --release --offline --port "$PORT" --address 127.0.0.1 --no-autoreload
