#!/usr/bin/env bash
# Run before `npm test` (the "pretest" script): the HTML-report test opens the report in Debian's
# Chromium, driven by playwright-core, which never downloads a browser. On a fresh machine the README's
# `npm install && npm test` must still work, so this installs the Debian package when it is missing
# (as root, from Debian's archive: the only network use, at set-up, never at run time). With
# WHOSAID_CHROMIUM set to another binary, or Chromium already installed, it does nothing.
set -euo pipefail
CHROMIUM=${WHOSAID_CHROMIUM:-/usr/bin/chromium}
[[ -x $CHROMIUM ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-chromium: $CHROMIUM is missing and this is not root; run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium (needed by the HTML-report test) ..."
log=$(mktemp)
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } > "$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "ensure-chromium: apt-get install chromium failed (full log: $log)" >&2
  exit 1
fi
rm -f "$log"
[[ -x $CHROMIUM ]] || { echo "ensure-chromium: chromium installed but $CHROMIUM is still missing" >&2; exit 1; }
