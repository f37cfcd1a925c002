#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080 (rebuilding on change).
# Installs what is missing first. PORT=9000 scripts/serve.sh for another port.
# A release build, as it is deployed: its Content-Security-Policy, service
# worker (offline) and the rules' JavaScript module are there, which a debug
# build leaves out; no live-reload script (the CSP would refuse it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}" --offline
