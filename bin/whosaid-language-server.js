#!/usr/bin/env node
// `whosaid-language-server [--stdio | --node-ipc | --socket=PORT]` from the npm package: the
// language server bundled into the CLI (dist/cli.js), which holds the engine's data only once.
// A checkout runs dist/server.js directly; the VS Code extension ships that one.
'use strict';
process.argv.splice(2, 0, 'language-server');
require('../dist/cli.js');
