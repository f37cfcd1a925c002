#!/usr/bin/env bash
# What the shipped wasm is made of: rebuilds the release wasm's optimised output
# with function names kept and sums code and data bytes by crate and by app
# module (twiggy). Prints a markdown table. Needs a release build (target/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked >/dev/null 2>&1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --out-dir "$work" --keep-debug target/wasm32-unknown-unknown/release/licensing-check.wasm
# As the release build: with the hook's wasm-opt flags.
flags=$(cargo run --quiet -p licensing-release -- wasm-opt-flags)
# shellcheck disable=SC2086 # the flags are words
wasm-opt $flags -g "$work/licensing-check_bg.wasm" -o "$work/named.wasm"
twiggy top -n 1000000 --format csv "$work/named.wasm" >"$work/top.csv"
python3 - "$work/top.csv" <<'PY'
import collections, csv, re, sys
groups = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    name, size = row["Name"], int(row["ShallowSize"])
    if "subsection" in name or name.startswith(("Σ", "...", "custom section")):
        continue
    if name.startswith("data segment"):
        group = "data (text of the rules and pages, messages)"
    elif re.search(r"licensing_(check|rules)::", name):
        m = re.search(r"licensing_(check|rules)::(\w+)(?:::(\w+))?", name)
        crate = "app" if m.group(1) == "check" else "rules"
        group = f"{crate}: {m.group(2)}" + (f"::{m.group(3)}" if m.group(2) != "main" and m.group(3) and m.group(3)[0].islower() else "")
    elif re.search(r"reactive_graph|or_poisoned|any_spawner", name):
        group = "Leptos' reactive system (reactive_graph: signals, render effects, owners)"
    elif re.search(r"^<?(core|alloc|std|dlmalloc|hashbrown|indexmap)\b|^<?&?(str|char|u\d+|i\d+|usize|isize)\b", name):
        group = "Rust core, alloc, std, allocator"
    elif re.search(r"wasm_bindgen|js_sys|web_sys|import|export|type\[|elem|code\[|table|memory|global", name):
        group = "wasm-bindgen glue, imports, exports, tables"
    else:
        group = "other"
    groups[group] += size
total = sum(groups.values())
print("| part | bytes (-Oz, before name stripping) | share |\n|---|---:|---:|")
for group, size in groups.most_common():
    print(f"| {group} | {size:,} | {100 * size / total:.0f}% |")
print(f"| total | {total:,} | |")
PY
