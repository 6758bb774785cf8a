// Bundles the VS Code client, the language server and the CLI into dist/ (CommonJS for Node).
// Type-checking is its own step (`npm run typecheck`); esbuild only strips types.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server walks the workspace with the CLI's file finder ("WhoSaid: Check workspace"), so it
  // needs the same import.meta.url as the CLI.
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', ...importMetaUrl() },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', ...importMetaUrl() },
];

// tinyglobby's ESM build (picked by `import`) uses fdir's, which calls createRequire(import.meta.url);
// in a CommonJS bundle import.meta is empty, so give it the bundle's own URL.
function importMetaUrl() {
  return {
    banner: { js: '#!/usr/bin/env node\nvar __whosaidImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__whosaidImportMetaUrl' },
  };
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
