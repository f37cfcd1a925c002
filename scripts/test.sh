#!/usr/bin/env bash
# Runs every test: format and lint; the rules, the decoder, the app and the
# release steps (against real tool output) natively; the components in headless
# Chromium and Firefox; the release bundle (its size budget and the
# JavaScript module's types); then the bundle end to end in Chromium
# (Playwright) and the core flows in Firefox ESR and WebKitGTK (WebDriver).
# Installs what is missing first. Every step runs even if one before it
# failed; the last line is "summary: N passed, N failed", every engine's
# tests counted, and the exit status is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "summary: 0 passed, 1 failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

logs=$(mktemp -d)
counts="$logs/counts"
: >"$counts"
step() { printf '\n== test: %s\n' "$*"; }
# One check that passes or fails as a whole: `check NAME command…`.
check() {
  local name=$1
  shift
  if "$@"; then echo "$name 1 0" >>"$counts"; else echo "$name 0 1" >>"$counts"; fi
}
# A build counted as a check, its output cut to the last lines: a failed
# build leaves the previous one in place, which the tests after it would
# otherwise pass against. `build NAME command…`.
build() {
  local name=$1
  shift
  check "$name" bash -c 'set -o pipefail; "$@" 2>&1 | tail -n 5' _ "$@"
}
# cargo's "test result" lines of a log, summed: `cargo_counts NAME LOG`.
cargo_counts() {
  grep -hoE 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$2" |
    awk -v n="$1" '{p+=$4; f+=$6} END {print n, p+0, f+0}' >>"$counts"
  # A build that failed before any test ran counts as one failure.
  grep -qE '^error(\[|:)' "$2" && ! grep -q 'test result' "$2" && echo "$1 0 1" >>"$counts"
  return 0
}
# Playwright's totals in a log: `playwright_counts NAME LOG [ENGINE…]`; with
# engines, one line each, from the list reporter's lines.
playwright_counts() {
  local name=$1 log=$2
  shift 2
  if [ $# -eq 0 ]; then
    awk -v n="$name" '/^ +[0-9]+ passed/ {p=$1} /^ +[0-9]+ failed/ {f=$1} END {print n, p+0, f+0}' "$log" >>"$counts"
  else
    for engine in "$@"; do
      local passed failed
      passed=$(grep -cE "^ +✓ .*\[$engine\]" "$log")
      failed=$(grep -cE "^ +(✘|x) .*\[$engine\]" "$log")
      # Failures the run ended on, listed under "N failed", name their engine too.
      failed=$((failed > 0 ? failed : $(awk '/^ +[0-9]+ failed/ {on=1; next} on && /^ +\[/ {print}' "$log" | grep -c "\[$engine\]")))
      echo "$engine $passed $failed" >>"$counts"
    done
    if ! grep -qE '^ +[0-9]+ passed' "$log"; then echo "engines 0 1" >>"$counts"; fi
  fi
}

step "format (cargo fmt --check)"
check format cargo fmt --all --check

step "lint (cargo clippy -D warnings, native and wasm)"
check lint cargo clippy --workspace --all-targets --quiet -- -D warnings
# Apart: the app's build leaves the rules' words out (lazy-text), the module's keeps them.
check lint-wasm-app cargo clippy --target wasm32-unknown-unknown -p licensing-check --features lazy-text --quiet -- -D warnings
check lint-wasm-module cargo clippy --target wasm32-unknown-unknown -p licensing-rules-js --quiet -- -D warnings

step "rules, decoder, JavaScript module and app, natively (cargo test --workspace)"
cargo test --workspace 2>&1 | tee "$logs/native.txt"
cargo_counts native "$logs/native.txt"

step "components in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$logs/web-chromium.txt"
cargo_counts components-chromium "$logs/web-chromium.txt"

step "components in headless Firefox ESR (wasm-bindgen-test)"
GECKODRIVER="$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$logs/web-firefox.txt"
cargo_counts components-firefox "$logs/web-firefox.txt"

step "release bundle (trunk build --release)"
build release-build trunk build --release --offline

step "size budget (first visit, gzip -9; scripts/sizes.sh)"
check size-budget scripts/sizes.sh --check

step "the JavaScript module's TypeScript declarations (tsc --noEmit)"
check typescript tsc --noEmit --strict --target es2022 --module es2022 --moduleResolution bundler tests/typescript/uses-the-module.ts
check typescript-by-url tsc -p tests/typescript/by-url

step "a second release build (labelled next), for the service worker update test"
build release-build-next env BUILD_LABEL=next trunk build --dist target/dist-next --release --offline

step "the next release (a changed text, the version raised), built over dist/ as docs/embedding.md says (scripts/next-release.sh)"
build release-build-next-release scripts/next-release.sh

step "a release build for hosting under a sub-path (/tools/licensing-check/)"
build release-build-subpath trunk build --dist target/dist-subpath --public-url /tools/licensing-check/ --release --offline

step "end to end in Chromium (Playwright)"
E2E_PORT=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
export E2E_PORT
npx playwright test 2>&1 | tee "$logs/e2e.txt"
playwright_counts chromium "$logs/e2e.txt"

step "the core flows in Firefox ESR and WebKitGTK (WebDriver, WebKitGTK under Xvfb)"
xvfb-run -a npx playwright test -c playwright.engines.config.js 2>&1 | tee "$logs/engines.txt"
playwright_counts engines "$logs/engines.txt" firefox webkit

echo
echo "by runner (passed failed): $(awk '{printf "%s%s %s %s", sep, $1, $2, $3; sep="; "}' "$counts")"
read -r passed failed < <(awk '{p+=$2; f+=$3} END {print p+0, f+0}' "$counts")
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
