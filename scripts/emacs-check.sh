#!/usr/bin/env bash
# The Emacs (eglot) configuration of docs/language-server.md, run as written: Emacs opens drafts in
# batch mode with that configuration as its init file (after activating the installed packages, as
# an interactive Emacs does at startup), the language server is the checkout's dist/server.js as
# `whosaid-language-server` on the PATH, and test/editors/emacs-report.el prints the diagnostics
# eglot handed to Flymake (fails if none). Two drafts: a plain-text story with a project config
# (loaded-verb a warning), and the transcript check (a quotation that differs from the workspace's
# `sources` folder). Installs Debian's emacs-nox (28.2) and elpa-eglot (1.9; built in from Emacs 29)
# with apt when emacs is missing: about 45 MB downloaded, 110 MB installed, 1–2 minutes.
# Used by .ci/run; `npm run test:emacs` by hand (after a build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/editor-check-lib.sh
if ! command -v emacs > /dev/null || ! emacs --batch --eval '(progn (package-activate-all) (kill-emacs (if (locate-library "eglot") 0 1)))' 2> /dev/null; then
  echo "-- installing emacs-nox and elpa-eglot (apt)"
  apt_install emacs-nox elpa-eglot
fi
# Plain text (text-mode): Debian's Emacs has no markdown-mode unless elpa-markdown-mode is installed.
editor_workspace txt
doc_block '^## Emacs \\(eglot\\)' elisp "$work/init.el" \
  || { echo "emacs-check: no Emacs configuration found in docs/language-server.md" >&2; exit 1; }

report() { # folder draft
  (cd "$1" && PATH="$work/bin:$PATH" HOME="$work" WHOSAID_DRAFT="$2" \
    timeout 120 emacs --batch --eval '(package-activate-all)' -l "$work/init.el" -l "$root/test/editors/emacs-report.el" 2> "$work/stderr.txt") \
    | tee "$work/report.txt" || { cat "$work/stderr.txt" >&2; echo "emacs-check: no diagnostics for $2" >&2; exit 1; }
}
report "$work/desk" draft.txt
grep -q '^draft\.txt:3:43: eglot-warning whosaid \[vague-source\]' "$work/report.txt" || { echo "emacs-check: no vague-source warning on line 3" >&2; exit 1; }
grep -q ' eglot-warning whosaid \[loaded-verb\]' "$work/report.txt" || { echo "emacs-check: .whosaidrc.json did not reach the server (loaded-verb is not a warning)" >&2; exit 1; }
report "$work/factcheck" article.txt
grep -q '\[quote-not-in-sources\]: .*transcripts/okonkwo-interview\.vtt:9 (Maria Okonkwo) has “We asked for money three times, and three times we were turned down”' "$work/report.txt" \
  || { echo "emacs-check: no quote-not-in-sources finding naming the transcript's line" >&2; exit 1; }
echo "emacs-check: ok"
