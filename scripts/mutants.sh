#!/usr/bin/env bash
# Mutation testing of the rules (not part of every test run: about three hours
# on 2 cores). Every viable mutant must be caught by the native tests, or be
# listed in .cargo/mutants.toml with why it is equivalent. Prints cargo-mutants'
# summary (caught, missed, unviable, timeouts); the full record is in
# target/mutants/mutants.out. JOBS=2 scripts/mutants.sh to use both cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $version" ]; then
  cargo install cargo-mutants --version "$version" --locked
fi
cargo mutants --package licensing-rules --jobs "${JOBS:-1}" --timeout 300 --output target/mutants "$@"
