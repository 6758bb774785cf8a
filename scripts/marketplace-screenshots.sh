#!/usr/bin/env bash
# The screenshots of the README and the Marketplace page, in docs/images/:
#   report.png    the HTML sourcing report of docs/examples/factcheck, rendered by headless Chromium;
#   squiggle.png  a vague source squiggled, with its hover (from the real-editor suite);
#   hover.png     the hover over an attributed sentence: source, kind, cue (same).
#   source-mix.png  the Source Mix view in the WhoSaid sidebar, after typing a quotation (same).
# The editor shots are the ones `npm run test:e2e` saves in test-results/; run it first, else they
# are left as they are. Needs a build (dist/cli.js) and Chromium (the e2e setup installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
[[ -f dist/cli.js ]] || npm run build
chromium=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$chromium" ]] || { echo "marketplace-screenshots: Chromium not found (bash scripts/e2e-setup.sh installs it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd docs/examples/factcheck && node "$root/dist/cli.js" check article.md --format html --fail-on never --output "$work/report.html")
"$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,900 \
  --screenshot="$root/docs/images/report.png" "file://$work/report.html" 2> /dev/null
echo "docs/images/report.png"

copy() {
  if [[ -f "test-results/$1" ]]; then cp "test-results/$1" "docs/images/$2" && echo "docs/images/$2 (from test-results/$1)"
  else echo "test-results/$1 not found: run npm run test:e2e first; docs/images/$2 left as it is" >&2; fi
}
copy whosaid-2-hover-flagged.png squiggle.png
copy whosaid-2-hover-attributed.png hover.png
copy whosaid-7-source-mix-typed.png source-mix.png
