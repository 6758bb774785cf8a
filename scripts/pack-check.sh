#!/usr/bin/env bash
# The CLI package as a user gets it: `npm pack` (prepack makes the production build), then
# `npm install -g` of the tarball into a temporary prefix, offline (the package has no
# dependencies, so nothing may need the registry), then both commands run from that prefix:
# `whosaid check` on a draft, and `whosaid-language-server --stdio` driven through initialize,
# didOpen and its diagnostics. Fails if the tarball is over 2 MB or holds source maps, the
# extension's bundles or test leftovers. Used by .ci/run; `npm run test:pack` by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "-- npm pack"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
size=$(stat -c %s "$work/$tarball")
tar -tzf "$work/$tarball" | sort > "$work/contents"
echo "$tarball: $size bytes, $(wc -l < "$work/contents") files"
sed 's/^/   /' "$work/contents"
if (( size > 2 * 1024 * 1024 )); then echo "pack-check: the tarball is over 2 MB" >&2; exit 1; fi
if grep -E '\.map$|dist/extension\.js|dist/server\.js|vscode-test|test-results|\.e2e-tools|(^|/)test/|\.vsix$' "$work/contents"; then
  echo "pack-check: the tarball holds files that do not run (listed above)" >&2; exit 1
fi

echo "-- npm install -g --prefix (offline)"
npm install -g --offline --no-audit --no-fund --prefix "$work/prefix" "$work/$tarball"
installed="$work/prefix/lib/node_modules/whosaid"
if [[ -d "$installed/node_modules" ]]; then
  echo "pack-check: dependencies were installed:" >&2; ls "$installed/node_modules" >&2; exit 1
fi
echo "installed: $(du -sk "$installed" | cut -f1) kB, no node_modules"

# Run from a folder with nothing of the checkout around it, with only the prefix's commands.
mkdir "$work/desk"
cp "$root/test/fixtures/editors/draft.md" "$work/desk/draft.md"
cd "$work/desk"
export PATH="$work/prefix/bin:$PATH"
[[ "$(command -v whosaid)" == "$work/prefix/bin/whosaid" ]] || { echo "pack-check: whosaid is not the installed one" >&2; exit 1; }

echo "-- whosaid --version; whosaid check draft.md"
whosaid --version
status=0
whosaid check draft.md || status=$?
if (( status != 1 )); then echo "pack-check: expected exit status 1 (warnings found), got $status" >&2; exit 1; fi
whosaid check draft.md --fail-on never --format json > "$work/check.json"
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!JSON.stringify(r).includes("vague-source")) process.exit(1)' "$work/check.json"

echo "-- whosaid init: no \$schema with a global install; a relative one that resolves in a project"
whosaid init > /dev/null
if grep -q '"\$schema"' .whosaidrc.json; then echo "pack-check: a global install wrote a \$schema" >&2; exit 1; fi
mkdir -p "$work/project/stories"
(cd "$work/project" && echo '{ "private": true }' > package.json && npm install --offline --no-audit --no-fund --save-dev "$work/$tarball" > /dev/null)
(cd "$work/project/stories" && whosaid init > /dev/null)
schema=$(node -e 'const t = require("fs").readFileSync(process.argv[1], "utf8"); process.stdout.write((/"\$schema": "([^"]*)"/.exec(t) || [])[1] || "")' "$work/project/stories/.whosaidrc.json")
echo "stories/.whosaidrc.json: \$schema $schema"
[[ -f "$work/project/stories/$schema" ]] || { echo "pack-check: \$schema \"$schema\" does not resolve" >&2; exit 1; }

echo "-- whosaid-language-server --stdio"
node "$root/scripts/lsp-smoke.mjs" draft.md -- whosaid-language-server --stdio
echo "pack-check: ok"
