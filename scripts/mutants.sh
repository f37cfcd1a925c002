#!/usr/bin/env bash
# Mutation testing of the rules (not part of every test run: about 40 minutes
# with JOBS=2 on 2 cores, 5 s or so per mutant). Every viable mutant must be
# caught by the native tests (a mutant that makes them loop counts, as a
# timeout), or be listed in .cargo/mutants.toml with why it is equivalent.
# Prints cargo-mutants' summary (caught, missed, unviable, timeouts); the full
# record is in target/mutants/mutants.out. Arguments go to cargo mutants: for
# example --iterate tries again only what the last run did not catch.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $version" ]; then
  cargo install cargo-mutants --version "$version" --locked
fi
cargo mutants --package licensing-rules --jobs "${JOBS:-2}" --timeout 60 --output target/mutants "$@"
