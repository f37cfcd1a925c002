#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080 (rebuilding on change).
# Installs what is missing first. PORT=9000 scripts/serve.sh for another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" --offline
