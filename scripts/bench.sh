#!/usr/bin/env bash
# Benchmarks (not part of the test run; figures need a quiet machine). Builds
# the release bundle and writes docs/benchmarks.md (also printed):
#   - bytes a first visit transfers, per file and in total (raw, gzip -9, brotli);
#   - cold loads in headless Chromium of the start page, every topic's first
#     question and four results (bench/pages.js), each against a static copy
#     of the same screen measured in the same run (RUNS=15 pairs each), on
#     localhost and as a phone loads them (Lighthouse's mobile profile,
#     compressed serving; MOBILE_RUNS=7 pairs each);
#   - where the time of a deep link's cold load goes (bench/trace.js), and
#     with BEFORE=<git revision> the same for that revision, built beside;
#   - a click on Continue to the next screen painted, with 4x CPU slowdown;
#   - Lighthouse (mobile defaults) on the start page and on a deep-linked
#     result, median of LIGHTHOUSE_RUNS=3 each;
#   - the rules natively: the exhaustive walk and one evaluation step;
#   - what the wasm is made of (scripts/wasm-costs.sh).
# Lighthouse gets the app served compressed with cache headers
# (bench/serve.js), as docs/embedding.md tells hosts to.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The brotli column of the sizes needs the brotli program (Debian's brotli package).
command -v brotli >/dev/null || echo 'bench: no brotli program: the sizes show no brotli column' >&2
tools=target/bench-tools
[ -x "$tools/node_modules/.bin/lighthouse" ] ||
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@13.5.0 >/dev/null

trunk build --release --offline 2>&1 | tail -n 1
before=target/bench-before
if [ -n "${BEFORE:-}" ]; then
  # The revision to compare with, built in a worktree of its own, outside
  # this one (cargo would take it for a member of this workspace), with its
  # own target directory (the two builds must not share artefacts; kept for
  # the next run).
  rm -rf "$before/dist"
  git worktree prune
  src=$(mktemp -d)/src
  git worktree add --detach --force "$src" "$BEFORE" >/dev/null
  ln -s "$PWD/node_modules" "$src/node_modules"
  out="$PWD/$before"
  (cd "$src" && CARGO_TARGET_DIR="$out/target" trunk build --release --offline --dist "$out/dist" 2>&1 | tail -n 3)
  git worktree remove --force "$src"
fi

# Cold loads: a plain server (no compression to undo on the same machine, as
# in the tests), the same for app and static page. Lighthouse simulates a slow
# network, so it gets what a host should serve: compressed, with cache headers.
python3 -m http.server 8760 --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
servers=$!
node bench/serve.js dist 8761 &
servers="$servers $!"
if [ -n "${BEFORE:-}" ]; then
  python3 -m http.server 8762 --bind 127.0.0.1 --directory "$before/dist" >/dev/null 2>&1 &
  servers="$servers $!"
  node bench/serve.js "$before/dist" 8763 &
  servers="$servers $!"
fi
# shellcheck disable=SC2086 # a list of process ids
trap 'kill $servers; rm -f dist/static-*.html' EXIT
sleep 1
export BASE_URL="http://127.0.0.1:8760"

sizes=$(scripts/sizes.sh --markdown)
budget=$(scripts/sizes.sh --check | tail -n 1 || true)
node bench/static-copy.js
load=$(RUNS="${RUNS:-15}" node bench/cold-load.js)
runs=$(echo "$load" | head -n 1 | python3 -c 'import json, sys; print(json.load(sys.stdin)["runs"])')
# table: the cold-load lines (JSON) on stdin as a table, and how many deep
# links are within 1.5x of their static copy.
table() {
  python3 -c "
import json, sys
rows = [json.loads(line) for line in sys.stdin]
print('| screen | the app | static copy | app / static, median of pairs | spread of the pairs |')
print('|---|---:|---:|---:|---:|')
for r in rows:
    lo, hi = r['spread']
    print(f\"| {r['name']} (\`{r['path']}\`) | {r['app']:.1f} ms | {r['static']:.1f} ms | **{r['ratio']:.2f}×** | {lo:.2f}–{hi:.2f}× |\")
deep = [r for r in rows if r['path'] != '/']
worst = max(deep, key=lambda r: r['ratio'])
start = next(r for r in rows if r['path'] == '/')
print()
print(f\"Deep links: {sum(r['ratio'] <= 1.5 for r in deep)} of {len(deep)} within 1.5× (the highest: {worst['name']}, {worst['ratio']:.2f}×); \"
      f\"the start page {start['ratio']:.2f}×, its live screen taking the written one's place at {start['started']:.1f} ms, median.\")
"
}
timing=$(echo "$load" | table)
# The same screens as a phone loads them (Lighthouse's mobile profile), served
# compressed with cache headers as docs/embedding.md tells hosts to.
mobile_runs=${MOBILE_RUNS:-7}
mobile=$(PROFILE=mobile BASE_URL=http://127.0.0.1:8761 RUNS="$mobile_runs" node bench/cold-load.js | table)

# breakdown PATH STATIC SELECTOR [mobile]: the trace of PATH beside its
# static copy (and the BEFORE build's), as a table; with mobile, as a phone
# loads them, served compressed.
breakdown() {
  local rows base=8760 before_base=8762 profile=""
  if [ "${4:-}" = mobile ]; then base=8761 before_base=8763 profile=mobile; fi
  rows=$(BASE_URL="http://127.0.0.1:$base" PROFILE="$profile" PATHS="$1,$2" SELECTOR="$3" node bench/trace.js)
  if [ -n "${BEFORE:-}" ]; then
    rows="$rows
$(BASE_URL="http://127.0.0.1:$before_base" PROFILE="$profile" PATHS="$1" SELECTOR="$3" node bench/trace.js | sed 's/^{/{"before":true,/')"
  fi
  echo "$rows" | BEFORE="${BEFORE:-}" PROFILE="$profile" python3 -c "
import json, os, sys
rows = [json.loads(line) for line in sys.stdin]
def label(r):
    if r['path'].startswith('/static'):
        return 'static copy'
    return f\"before ({os.environ['BEFORE']})\" if r.get('before') else 'the app'
fields = [('htmlArrived', 'HTML arrived'), ('parsed', 'HTML parsed'), ('wasmArrived', 'wasm arrived'),
          ('textsArrived', 'text pack arrived'), ('resultAsked', 'written result asked for'),
          ('resultArrived', 'written result arrived'), ('compile', 'streaming compile (work)'),
          ('lazyCompile', 'functions compiled on first call (work)'), ('instantiate', 'instantiation (work)'),
          ('main', 'the app starts (licensing:main)'), ('mounted', 'first screen built (licensing:mounted)'),
          ('layout', 'style and layout after that (work)'), ('visible', 'the screen visible')]
print('| | ' + ' | '.join(label(r) for r in rows) + ' |')
print('|---|' + '---:|' * len(rows))
for key, name in fields:
    cells = ['' if r.get(key) is None else f'{r[key]:.1f} ms' for r in rows]
    if any(cells):
        print(f'| {name} | ' + ' | '.join(cells) + ' |')
print()
how = ' as a phone loads them (the mobile profile above)' if os.environ['PROFILE'] else ' on localhost'
print(f\"Median of {rows[0]['runs']} traced loads each of \`{rows[0]['path']}\` and its static copy{how}; times are from navigation start, (work) is time spent.\")
"
}
# A result, which waits for the app, and a first question, written into the page.
breakdown_result=$(breakdown "/?topic=kms&volume-licensing=no" /static-11.html "#result" mobile)
breakdown_question=$(breakdown "/?topic=kms" /static-7.html "[data-question]")

interaction=$(node bench/interaction.js | python3 -c "
import json, sys
r = json.load(sys.stdin)
print(f\"From a click on Continue to the animation frame that paints the next question, with the CPU slowed {r['rate']}×: \"
      f\"**{r['median']:.1f} ms** median of {r['runs']} answers (slowest {r['slowest']:.1f} ms); the goal is one frame, 16 ms. \"
      f\"The figure includes the wait for the next frame (up to 16.7 ms at 60 Hz) after the work is done.\")
")

lighthouse_of() {
  for _ in $(seq "${LIGHTHOUSE_RUNS:-3}"); do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:8761$1" --quiet \
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
print(f\"| \`$1\` | {score('performance'):.0f} | {score('accessibility'):.0f} | {score('best-practices'):.0f} | {audit('largest-contentful-paint'):.0f} ms | {audit('total-blocking-time'):.0f} ms | {audit('first-contentful-paint'):.0f} ms |\")
"
}
lighthouse="| page | performance | accessibility | best practices | LCP | TBT | FCP |
|---|---:|---:|---:|---:|---:|---:|
$(lighthouse_of /)
$(lighthouse_of '/?topic=kms&volume-licensing=no')"

rules=$(cargo run --quiet --release -p licensing-rules --example rules_bench)
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
  echo "Size budget (every test run checks it): ${budget#size budget: }."
  echo
  echo "## Cold loads"
  echo
  echo "Each screen loaded $runs times in a new browser context, alternating with a static copy of the same screen"
  echo "(bench/static-copy.js: the screen as the app renders it, scripts removed, the same stylesheet), served plain on 127.0.0.1."
  echo "The time is taken in the page, at the first animation frame (just before the browser paints it) in which the screen's element"
  echo "is laid out and visible; the same probe runs in both pages (bench/probe.js)."
  echo
  echo "$timing"
  echo
  echo "### As a phone loads them"
  echo
  echo "The same, $mobile_runs pairs each, as Lighthouse's mobile profile loads a page: DevTools' network emulation"
  echo "(150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and CPU slowed 4×, the build served compressed with cache"
  echo "headers (bench/serve.js), new browser context (empty cache) per load."
  echo
  echo "$mobile"
  echo
  echo "A result with a number or a date is worked out by the rules, in the wasm: its time is the wasm's download and start."
  echo "Until then the page shows the link's topic and question and that the answer is being worked out (results/<topic>.json)."
  echo
  echo "## Where a deep link's cold load goes"
  echo
  echo "A result named by choices only: the build wrote it (results/), the page's first script fetches it at once and shows it,"
  echo "inert, until the app, once started, takes its place. As a phone loads it; with BEFORE, that revision's load of the same"
  echo "link beside it."
  echo
  echo "$breakdown_result"
  echo
  echo "A first question: written into the page at build time, shown as soon as the page is parsed; the app takes its place once started."
  echo
  echo "$breakdown_question"
  echo
  echo "## Interaction"
  echo
  echo "$interaction"
  echo
  echo "## Lighthouse"
  echo
  echo "Median of ${LIGHTHOUSE_RUNS:-3} runs each, Lighthouse 13.5.0, default mobile settings (simulated slow 4G, 4× CPU slowdown)."
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
