#!/usr/bin/env bash
# Mutation testing of the rules (the decoder, the visit, the engine) and the
# release steps, each mutant against the whole workspace's native tests (not
# part of every test run: hours for everything on 2 cores; narrow it with
# --file, for example --file crates/rules/src/visit.rs). Every viable mutant
# must be caught (a mutant that makes the tests loop counts, as a timeout), or
# be listed in .cargo/mutants.toml with why it is equivalent. Prints
# cargo-mutants' summary (caught, missed, unviable, timeouts); the full record
# is in target/mutants/mutants.out. Other arguments go to cargo mutants: for
# example --iterate tries again only what the last run did not catch.
# The copies of the tree keep node_modules (--gitignore=false): the release
# steps' tests run the pinned wasm-opt and terser from there
# (crates/release/tests/pinned_tools.rs), and build the rules for the web
# once in each copy, hence the longer timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $version" ]; then
  cargo install cargo-mutants --version "$version" --locked
fi
cargo mutants --package licensing-rules --package licensing-release --test-workspace=true --profile mutants \
  --gitignore=false --jobs "${JOBS:-2}" --timeout 300 --output target/mutants "$@"
