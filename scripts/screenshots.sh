#!/usr/bin/env bash
# Rebuilds docs/screenshots/ from a fresh release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
mkdir -p docs/screenshots
python3 -m http.server 8750 --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
node scripts/screenshots.js
ls -la docs/screenshots
