#!/usr/bin/env bash
# The release bundle's sizes (dist/): each file raw, gzip -9 and brotli, and
# the first-visit total the size budget is about (issue 7): the html, js, wasm
# and css the page loads. Files fetched later or in the background (icons,
# manifest; the service worker precaches them) are listed apart.
# --markdown prints a table for docs/benchmarks.md; --check also holds the
# total to the budget below and fails over it (scripts/test.sh runs that).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - "${1:-}" <<'PY'
import gzip, pathlib, sys, zlib
try:
    import brotli
except ImportError:
    brotli = None

# Issue 7: a first visit transfers at most 90 KiB, gzip -9.
BUDGET = 92_160

markdown = sys.argv[1] == "--markdown"
dist = pathlib.Path("dist")
first, later = [], []
for f in sorted(p for p in dist.rglob("*") if p.is_file() and p.name != "static.html"):
    data = f.read_bytes()
    row = (f.relative_to(dist).as_posix(), len(data), len(gzip.compress(data, 9, mtime=0)),
           len(brotli.compress(data, quality=11)) if brotli else None)
    (first if f.suffix in {".html", ".js", ".wasm", ".css"} else later).append(row)

def total(rows):
    return ("", sum(r[1] for r in rows), sum(r[2] for r in rows),
            None if brotli is None else sum(r[3] for r in rows))

def fmt(n):
    return "—" if n is None else f"{n:,}"

if markdown:
    print("| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|")
    for name, *sizes in first:
        print(f"| {name} | " + " | ".join(fmt(s) for s in sizes) + " |")
    _, *sizes = total(first)
    print("| **first visit (html + js + wasm + css)** | " + " | ".join(f"**{fmt(s)}**" for s in sizes) + " |")
    print()
    print("Fetched later or in the background (favicon, manifest, install icons; the service worker precaches them):")
    print()
    print("| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|")
    for name, *sizes in later:
        print(f"| {name} | " + " | ".join(fmt(s) for s in sizes) + " |")
else:
    print(f"{'file':<48} {'raw':>10} {'gzip-9':>10}")
    for name, raw, gz, _ in first + later:
        print(f"{name:<48} {raw:>10} {gz:>10}")
    _, raw, gz, _ = total(first)
    print(f"{'first visit (html + js + wasm + css)':<48} {raw:>10} {gz:>10}")
    if sys.argv[1] == "--check":
        verdict = "within" if gz <= BUDGET else "OVER"
        print(f"size budget: {verdict}: first visit {gz:,} B gzip -9 of {BUDGET:,} B allowed ({BUDGET - gz:+,} B)")
        sys.exit(0 if gz <= BUDGET else 1)
PY
