#!/usr/bin/env bash
# Benchmarks (not part of the test run; figures need a quiet machine). Builds
# the release bundle and writes docs/benchmarks.md (also printed):
#   - bytes a first visit transfers, per file and in total (raw, gzip -9, brotli);
#   - cold load to the first question in headless Chromium, against a static
#     copy of the same first screen measured in the same run (RUNS=21 pairs);
#   - Lighthouse (mobile defaults) performance, accessibility, best practices,
#     LCP and TBT, median of LIGHTHOUSE_RUNS=3;
#   - the rules natively: the exhaustive walk and one evaluation step;
#   - what the wasm is made of (scripts/wasm-costs.sh).
# Lighthouse gets the app served compressed with cache headers
# (bench/serve.js), as docs/embedding.md tells hosts to.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
python3 -c 'import brotli' 2>/dev/null || pip install --quiet brotli
tools=target/bench-tools
[ -x "$tools/node_modules/.bin/lighthouse" ] ||
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@13.5.0 >/dev/null

trunk build --release --offline 2>&1 | tail -n 1
# Cold loads: a plain server (no compression to undo on the same machine, as
# in the tests), the same for app and static page. Lighthouse simulates a slow
# network, so it gets what a host should serve: compressed, with cache headers.
python3 -m http.server 8760 --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
plain=$!
node bench/serve.js dist 8761 &
compressed=$!
trap 'kill $plain $compressed; rm -f dist/static.html' EXIT
sleep 1
export BASE_URL="http://127.0.0.1:8760"

sizes=$(scripts/sizes.sh --markdown)
budget=$(scripts/sizes.sh --check | tail -n 1 || true)
node bench/static-copy.js dist/static.html
load=$(node bench/cold-load.js)
timing=$(python3 -c "
import json, sys
r = json.loads(sys.argv[1])
print('| page | median, navigation start → first question visible |\n|---|---:|')
print(f\"| the app | {r['app']:.1f} ms |\n| static HTML, same first screen | {r['static']:.1f} ms |\")
print(f\"\nMedian of the {r['runs']} pair ratios (app / static): **{r['ratio']:.2f}×**.\")
print(f\"\nThe app has put its live start screen in place of the written-in one (a click moves in place) \"
      f\"at {r['started']:.1f} ms, median; {r['startedRatio']:.2f}× the static page's first question.\")
print(f\"\nAs the test driver sees it, polling over the DevTools protocol (its own work in the page included): \"
      f\"the app {r['polledApp']:.1f} ms, static {r['polledStatic']:.1f} ms, ratio {r['polledRatio']:.2f}×.\")
" "$load")

lighthouse=$(
  for i in $(seq "${LIGHTHOUSE_RUNS:-3}"); do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:8761/" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --only-categories=performance,accessibility,best-practices --output=json --output-path=stdout
  done | python3 -c "
import json, sys
decoder, text, runs = json.JSONDecoder(), sys.stdin.read(), []
while text.strip():
    report, end = decoder.raw_decode(text.strip())
    runs.append(report)
    text = text.strip()[end:]
def median(xs):
    return sorted(xs)[len(xs) // 2]
score = lambda k: median([r['categories'][k]['score'] * 100 for r in runs])
audit = lambda k: median([r['audits'][k]['numericValue'] for r in runs])
print(f'Median of {len(runs)} runs, Lighthouse {runs[0][\"lighthouseVersion\"]}, default mobile settings (simulated slow 4G, 4× CPU slowdown).')
print()
print('| performance | accessibility | best practices | LCP | TBT | FCP |\n|---:|---:|---:|---:|---:|---:|')
print(f\"| {score('performance'):.0f} | {score('accessibility'):.0f} | {score('best-practices'):.0f} | {audit('largest-contentful-paint'):.0f} ms | {audit('total-blocking-time'):.0f} ms | {audit('first-contentful-paint'):.0f} ms |\")
"
)

rules=$(cargo run --quiet --release --example rules_bench)
costs=$(scripts/wasm-costs.sh)

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(chromium --version 2>/dev/null | head -n 1)."
  echo "Figures vary with the machine's load: compare runs made the same way, and the app against the static page of the same run."
  echo
  echo "## What a first visit transfers"
  echo
  echo "$sizes"
  echo
  echo "Size budget (issue 7; every test run checks it): ${budget#size budget: }."
  echo
  echo "## Cold load"
  echo
  echo "A new browser context per load, app and static page alternating, served on 127.0.0.1 (plain, uncompressed)."
  echo "The time is taken in the page, at the first animation frame (just before the browser paints it) in which a topic link is laid out and visible; the same probe runs in both pages (bench/cold-load.js)."
  echo
  echo "$timing"
  echo
  echo "## Lighthouse"
  echo
  echo "$lighthouse"
  echo
  echo "## The rules, natively"
  echo
  echo '```'
  echo "$rules"
  echo '```'
  echo
  echo "## What the wasm is made of"
  echo
  echo "$costs"
} > docs/benchmarks.md
cat docs/benchmarks.md
