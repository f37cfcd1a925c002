#!/usr/bin/env bash
# Renders the committed PNG app icons from their SVGs with headless Chromium.
# Run after changing web/icons/*.svg; the build only copies the results.
set -euo pipefail
cd "$(dirname "$0")/../web/icons"
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
render() { # svg size png
  printf '<!doctype html><body style="margin:0"><img src="file://%s/%s" width="%s" height="%s" style="display:block">' \
    "$PWD" "$1" "$2" "$2" >"$page"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "file://$page" 2>/dev/null
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 512 icon-maskable-512.png
