#!/usr/bin/env bash
# The Neovim 0.7-0.10 configuration of docs/language-server.md, run as written: Neovim opens a
# draft headless with that configuration as its init.lua, the language server is the checkout's
# dist/server.js as `whosaid-language-server` on the PATH, and test/editors/neovim-report.lua
# prints the diagnostics Neovim got (fails if none): a draft with a project config, then a draft
# whose quotations are checked against the transcripts of the config's `sources` folder.
# Installs Debian's neovim (0.7.2) with apt when nvim is missing. Used by .ci/run; `npm run test:neovim` by hand (after a build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/editor-check-lib.sh
command -v nvim > /dev/null || { echo "-- installing neovim (apt)"; apt_install neovim; }
editor_workspace md
doc_block '^### Neovim 0\\.7 to 0\\.10' lua "$work/init.lua" \
  || { echo "neovim-check: no Neovim 0.7-0.10 configuration found in docs/language-server.md" >&2; exit 1; }
printf 'vim.cmd("filetype on")\n' | cat - "$work/init.lua" > "$work/init.with-filetype.lua"

report() { # folder draft
  (cd "$1" && PATH="$work/bin:$PATH" HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
    timeout 120 nvim --headless -n -i NONE -u "$work/init.with-filetype.lua" "$2" \
    -c "luafile $root/test/editors/neovim-report.lua") | tee "$work/report.txt"
}
report "$work/desk" draft.md
grep -q '^draft\.md:3:43: WARN vague-source ' "$work/report.txt" || { echo "neovim-check: no vague-source warning on line 3" >&2; exit 1; }
grep -q ' WARN loaded-verb ' "$work/report.txt" || { echo "neovim-check: .whosaidrc.json did not reach the server (loaded-verb is not a warning)" >&2; exit 1; }
report "$work/factcheck" article.md
grep -q '^article\.md:7:37: WARN quote-not-in-sources .*transcripts/okonkwo-interview\.vtt:9 (Maria Okonkwo) has “We asked for money three times, and three times we were turned down”' "$work/report.txt" \
  || { echo "neovim-check: no quote-not-in-sources finding naming the transcript's line" >&2; exit 1; }
echo "neovim-check: ok"
