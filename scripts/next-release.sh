#!/usr/bin/env bash
# The next release, for the end-to-end test of releases that stay
# (tests/e2e/releases.spec.js): a copy of this tree with one text of the rules
# changed and the version raised a patch, built the way docs/embedding.md
# tells a host to deploy ("Releases that stay"): over the deploy it replaces,
# here dist/, with PREVIOUS_DEPLOY. Writes target/dist-release-next; the copy
# is target/next-release/, built in a target folder of its own: cargo names a
# workspace's artifacts alike wherever the workspace is, so a shared folder
# would let the copy's changed rules stand in for this tree's.
# Usage: scripts/next-release.sh (after trunk build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
copy=$root/target/next-release
out=$root/target/dist-release-next
[ -f dist/version.json ] || { echo "next-release: no dist/version.json: run trunk build --release first" >&2; exit 1; }

rm -rf "$copy" "$out"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$copy"
ln -s "$root/node_modules" "$copy/node_modules"

# One edit each, or the script stops saying which it could not make.
edit() {
  local file=$1 from=$2 to=$3
  grep -qF -- "$from" "$copy/$file" || { echo "next-release: $file no longer holds: $from" >&2; exit 1; }
  FROM=$from TO=$to perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$copy/$file"
}
version=$(sed -nE 's/^pub const VERSION: &str = "([0-9]+)\.([0-9]+)\.([0-9]+)";$/\1.\2.\3/p' crates/rules/src/contract.rs)
[ -n "$version" ] || { echo "next-release: no VERSION in crates/rules/src/contract.rs" >&2; exit 1; }
next=${version%.*}.$((${version##*.} + 1))
edit crates/rules/src/contract.rs "pub const VERSION: &str = \"$version\";" "pub const VERSION: &str = \"$next\";"
edit crates/rules/src/topics/kms.rs "the partner network issues none, with no exceptions." "the partner network issues none, with no exceptions at all."
edit CHANGELOG.md "## Contract $version" "## Contract $next

Changed: the words of one answer (kms, not-issued).

## Contract $version"

cd "$copy"
PREVIOUS_DEPLOY="$root/dist" BUILD_LABEL=next-release CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/next-release-target" \
  trunk build --release --offline --dist "$out"
echo "next-release: $next over $version in $out"
