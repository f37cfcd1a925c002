#!/usr/bin/env bash
# The release bundle's sizes (dist/ or the folder given as DIST): each file raw,
# gzip -9 and brotli, and the totals the budgets are about:
#   - the first visit: index.html and what it loads before the first screen
#     (the scripts, wasm and stylesheet it names), plus the service worker it
#     registers. Budget: 92,160 B gzip -9 (90 KiB).
#   - a deep link's first visit: that, plus the text pack it fetches at once.
#   - later or in the background: the text pack on the start page, icons,
#     manifest, the host-page element and the JavaScript module of the rules
#     (whose wasm + glue has its own goal, 48 KiB gzip -9).
# --markdown prints tables for docs/benchmarks.md; --check also holds the
# first visit to its budget and fails over it (scripts/test.sh runs that).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - "${1:-}" "${DIST:-dist}" <<'PY'
import gzip, pathlib, re, sys
try:
    import brotli
except ImportError:
    brotli = None

BUDGET = 92_160
MODULE_GOAL = 48 * 1024

mode, dist = sys.argv[1], pathlib.Path(sys.argv[2])
html = (dist / "index.html").read_text()
# What the page itself names before its first screen: scripts, preloads, styles.
named = {m.split("/")[-1] for m in re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', html)}
first_names = {"index.html", "sw.js"} | {n for n in named if n.endswith((".js", ".wasm", ".css"))}

def sizes(path):
    data = path.read_bytes()
    return (path.relative_to(dist).as_posix(), len(data), len(gzip.compress(data, 9, mtime=0)),
            len(brotli.compress(data, quality=11)) if brotli else None)

rows = [sizes(p) for p in sorted(dist.rglob("*")) if p.is_file() and not p.name.startswith("static")]
first = [r for r in rows if r[0] in first_names]
pack = [r for r in rows if re.fullmatch(r"texts-[0-9a-f]{16}\.txt", r[0])]
module = [r for r in rows if re.fullmatch(r"rules/[^/]+\.(js|wasm)", r[0])]
# Each fetched only by its own link; and the pinned copies, which repeat files listed.
results = [r for r in rows if r[0].startswith("results/")]
pinned = [r for r in rows if re.match(r"rules/[0-9a-f]{16}/|licensing-check\.[0-9a-f]{16}\.js$", r[0])]
later = [r for r in rows if r not in first and r not in results and r not in pinned]

def total(rs, i):
    return None if any(r[i] is None for r in rs) else sum(r[i] for r in rs)

def fmt(n):
    return "—" if n is None else f"{n:,}"

if mode == "--markdown":
    def table(title, rs, sum_label=None):
        print(title + "\n\n| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|")
        for name, *s in rs:
            print(f"| {name} | " + " | ".join(fmt(x) for x in s) + " |")
        if sum_label:
            print(f"| **{sum_label}** | " + " | ".join(f"**{fmt(total(rs, i))}**" for i in (1, 2, 3)) + " |")
        print()
    table("What a first visit to the start page transfers:", first, "first visit (html + js + wasm + css)")
    table("A deep link also fetches the text pack at once (the start page fetches it after its first screen):",
          first + pack, "deep link's first visit")
    table("Fetched later or in the background (text pack, favicon, manifest, install icons, the host-page element, "
          "the JavaScript module of the rules; the service worker precaches them):", later)
    if results:
        written = sorted(r[2] for r in results)
        print(f"Screens written for links (results/): {len(results)} files, each fetched only by its own link: "
              f"{fmt(written[len(written) // 2])} B gzip -9 median, {fmt(written[-1])} B the largest. "
              f"Pinned copies (licensing-check.<hash>.js, rules/<hash>/) repeat files listed above.\n")
    print(f"The JavaScript module of the rules (wasm + glue): **{fmt(total(module, 2))} B gzip -9** "
          f"(goal {MODULE_GOAL:,} B).")
else:
    print(f"{'file':<48} {'raw':>10} {'gzip-9':>10}")
    for name, raw, gz, _ in first + later:
        print(f"{name:<48} {raw:>10} {gz:>10}")
    print(f"{'first visit (html + js + wasm + css)':<48} {total(first, 1):>10} {total(first, 2):>10}")
    print(f"{'deep link first visit (+ text pack)':<48} {total(first + pack, 1):>10} {total(first + pack, 2):>10}")
    if module:
        gz = total(module, 2)
        print(f"rules module: wasm + glue {gz:,} B gzip -9 of a {MODULE_GOAL:,} B goal ({MODULE_GOAL - gz:+,} B)")
    if mode == "--check":
        gz = total(first, 2)
        verdict = "within" if gz <= BUDGET else "OVER"
        print(f"size budget: {verdict}: first visit {gz:,} B gzip -9 of {BUDGET:,} B allowed ({BUDGET - gz:+,} B)")
        sys.exit(0 if gz <= BUDGET else 1)
PY
