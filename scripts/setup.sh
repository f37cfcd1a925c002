#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already at the
# pinned version, so it is safe (and fast) to run again.
#   scripts/setup.sh            everything: build tools, browser, node packages
#   scripts/setup.sh build      only what building the app needs
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
. scripts/versions.env
what=${1:-all}
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes 15-20 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a webpki-roots version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# node packages: binaryen (wasm-opt) and terser for builds; Playwright, axe,
# selenium-webdriver and TypeScript for the tests.
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing node packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "$what" = all ]; then
  # The browsers the tests drive: Chromium (Playwright, wasm-bindgen-test),
  # Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver and its
  # MiniBrowser, under Xvfb). Debian's packages: Playwright's own browser
  # builds cannot be downloaded here.
  missing=()
  for pair in chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr \
              WebKitWebDriver:webkit2gtk-driver xvfb-run:xvfb; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # As root (CI, containers) directly; otherwise through sudo.
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo --preserve-env=DEBIAN_FRONTEND)
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q "${missing[@]}"
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi

# Trunk reads crate metadata online unless the crates are already here.
cargo fetch --quiet
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version)"
