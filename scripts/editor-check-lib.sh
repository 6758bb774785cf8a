# Shared by neovim-check.sh and emacs-check.sh (sourced, not run): both run a documented editor
# configuration, as docs/language-server.md gives it, against the checkout's server on two drafts.

# apt_install PKG...: Debian packages, installed quietly (with sudo when not root).
apt_install() {
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}

# doc_block HEADING_REGEX LANG OUT: the first LANG code block under the heading, exactly as the docs give it.
doc_block() {
  awk -v heading="$1" -v fence="^\`\`\`$2\$" '$0 ~ heading { section = 1 } section && $0 ~ fence { inside = 1; next } inside && /^```$/ { exit } inside { print }' \
    docs/language-server.md > "$3"
  [[ -s "$3" ]]
}

# editor_workspace EXT: sets $work (removed on exit) with bin/whosaid-language-server (this checkout's
# dist/server.js), desk/draft.EXT under a project config that makes loaded-verb a warning (so the config
# must reach the server), and factcheck/article.EXT whose quotations are checked against its transcripts.
editor_workspace() {
  [[ -f dist/server.js ]] || npm run build
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/bin" "$work/desk" "$work/factcheck"
  printf '#!/bin/sh\nexec node "%s/dist/server.js" "$@"\n' "$PWD" > "$work/bin/whosaid-language-server"
  chmod +x "$work/bin/whosaid-language-server"
  cp test/fixtures/editors/draft.md "$work/desk/draft.$1"
  printf '{ "rules": { "loaded-verb": "warning" } }\n' > "$work/desk/.whosaidrc.json"
  cp -r test/fixtures/factcheck/transcripts "$work/factcheck/"
  cp test/fixtures/factcheck/article.md "$work/factcheck/article.$1"
  printf '{ "sources": ["transcripts"] }\n' > "$work/factcheck/.whosaidrc.json"
}
