#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds the release bundle, prints what
# a first visit transfers (raw, gzip -9, brotli) and the cold-load time of the
# first question against a static copy of the same first screen, and writes
# both to docs/benchmarks.md. RUNS=21 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
python3 -c 'import brotli' 2>/dev/null || pip install --quiet brotli

trunk build --release --offline 2>&1 | tail -n 1
port=8760
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -f dist/static.html' EXIT
sleep 1
export BASE_URL="http://127.0.0.1:$port"

sizes=$(python3 - <<'PY'
import brotli, gzip, pathlib
rows, totals = [], [0, 0, 0]
for f in sorted(pathlib.Path("dist").iterdir()):
    if f.suffix not in {".html", ".js", ".wasm", ".css", ".svg"} or f.name == "static.html":
        continue
    data = f.read_bytes()
    sizes = [len(data), len(gzip.compress(data, 9)), len(brotli.compress(data, quality=11))]
    totals = [a + b for a, b in zip(totals, sizes)]
    rows.append((f.name, *sizes))
rows.append(("total (a first visit)", *totals))
print("| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|")
for name, raw, gz, br in rows:
    print(f"| {name} | {raw:,} | {gz:,} | {br:,} |")
PY
)
node bench/static-copy.js dist/static.html
load=$(node bench/cold-load.js)
timing=$(python3 -c "
import json, sys
r = json.loads(sys.argv[1])
print('| page | median, navigation start → first question visible |\n|---|---:|')
print(f\"| the app | {r['app']:.1f} ms |\n| static HTML, same first screen | {r['static']:.1f} ms |\")
print(f\"\nMedian of the {r['runs']} pair ratios (app / static): **{r['ratio']:.2f}×**.\")
" "$load")

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
  echo "## Cold load"
  echo
  echo "A new browser context per load, app and static page alternating, served on 127.0.0.1."
  echo
  echo "$timing"
} > docs/benchmarks.md
cat docs/benchmarks.md
