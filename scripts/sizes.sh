#!/usr/bin/env bash
# Prints the release bundle's shipped files with raw and gzip -9 sizes.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
printf '%-44s %10s %10s\n' file raw gzip-9
for f in $(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) | sort); do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#./}" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
