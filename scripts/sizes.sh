#!/usr/bin/env bash
# The release bundle's sizes (dist/ or the folder given as DIST): each file raw,
# gzip -9 and brotli, and the totals the budgets are about (crates/release/src/sizes.rs):
#   - the first visit: index.html and what it loads before the first screen
#     (the scripts, wasm and stylesheet it names), plus the service worker it
#     registers. Budget: 92,160 B gzip -9 (90 KiB).
#   - a deep link's first visit: that, plus the text pack and the later screens' code it
#     fetches at once.
#   - later or in the background: the text pack on the start page, icons,
#     manifest, the host-page element and the JavaScript module of the rules
#     (whose wasm + glue has its own goal, 48 KiB gzip -9).
# --markdown prints tables for docs/benchmarks.md; --check also holds the
# first visit to its budget and fails over it (scripts/test.sh runs that).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet -p licensing-release -- sizes ${1:+"$1"} "${DIST:-dist}"
