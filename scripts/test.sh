#!/usr/bin/env bash
# Runs every test: format and lint, the rules natively, components in headless
# Chromium, then the release bundle end to end in Chromium. Installs what is
# missing first. Ends with one line: "summary: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

logs=$(mktemp -d)
step() { printf '\n== test: %s\n' "$*"; }

step "format (cargo fmt --check)"
cargo fmt --check

step "lint (cargo clippy -D warnings)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "rules, decoder and app, natively (cargo test --workspace)"
cargo test --workspace 2>&1 | tee "$logs/native.txt"

step "the release build's post-processing (python unittest, against real tool output)"
python3 -m unittest discover -s scripts/build/tests 2>&1 | tee "$logs/build.txt"

step "components in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$logs/web.txt"

step "release bundle (trunk build --release)"
trunk build --release --offline 2>&1 | tail -n 3

step "size budget (first visit, gzip -9; scripts/sizes.sh)"
# Counted as one check in the summary.
over_budget=0
scripts/sizes.sh --check || over_budget=1

step "a second release build (labelled next), for the service worker update test"
BUILD_LABEL=next trunk build --dist target/dist-next --release --offline 2>&1 | tail -n 1

step "a release build for hosting under a sub-path (/tools/licensing-check/)"
trunk build --dist target/dist-subpath --public-url /tools/licensing-check/ --release --offline 2>&1 | tail -n 1

step "end to end in Chromium (Playwright)"
E2E_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export E2E_PORT
npx playwright test 2>&1 | tee "$logs/e2e.txt"

# One summary over all runners: cargo's "test result" lines, unittest's
# "Ran N tests" and its failures, and Playwright's totals.
read -r passed failed < <(
  {
    grep -hoE 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$logs/native.txt" "$logs/web.txt" |
      awk '{print $4, $6}'
    awk '/^Ran [0-9]+ test/ {n=$2} /^FAILED/ {gsub(/[^0-9,]/, " "); split($0, c, " "); for (i in c) f+=c[i]}
         END {print n-f, f+0}' "$logs/build.txt"
    awk '/^ +[0-9]+ passed/ {p=$1} /^ +[0-9]+ failed/ {f=$1} END {print p+0, f+0}' "$logs/e2e.txt"
  } | awk '{p+=$1; f+=$2} END {print p, f}'
)
passed=$((passed + 1 - over_budget))
failed=$((failed + over_budget))
echo
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
