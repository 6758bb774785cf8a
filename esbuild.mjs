// Bundles the VS Code client, the language server and the CLI into dist/ (CommonJS for Node).
// Type-checking is its own step (`npm run typecheck`); esbuild only strips types.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Large JSON data (the cue model is 4.7 MB) goes into the bundle as JSON.parse('…'): V8 parses a
// JSON string several times faster than the same data as a JavaScript object literal, and the
// JavaScript parser only has to skip over a string. Small JSON (package.json, for its named
// imports) keeps esbuild's own loader.
//
// The cue model ships already indexed (cue-tagger.ts packCueModel), in a binary file of its own
// beside the bundle (dist/cue-model.bin, cue-tagger.ts packedModelToBinary), read the first time a
// document is tagged: building the index from the model's 128,000 feature strings took longer
// than everything else the server does before its first diagnostics, and the model as JSON
// inside the bundle made two thirds of it, read and scanned by V8 at every start. The file holds
// the index's tables as the tagger uses them (views into the bytes read: nothing is converted or
// hashed at start-up). The model's `weights` object is left out; cue-tagger.ts rebuilds it from
// the index if anything asks for it, and the build fails unless that gives back the model exactly.
const LARGE_JSON = 64 * 1024;
// Large tables that the code reads as a Map (analysis/json-map.ts): the claim model's 18,700
// weights (claims.ts) and the 8,600 infinitives of cue words (rules/reporting.ts). Each ships as
// one string of keys and one array of values, and its Map is made from them when first asked for;
// JSON.parse building an object with a property per key, copied into a Map at once, took twice as
// long at every start. The table's own property (`weights`, `verbs`) is still there, made from
// the Map on first read.
const MAP_TABLES = [
  [/[\\/]server[\\/]src[\\/]analysis[\\/]claim-model\.json$/, 'weights'],
  [/[\\/]server[\\/]src[\\/]rules[\\/]infinitives\.json$/, 'verbs'],
];
const CUE_MODEL = /[\\/]server[\\/]src[\\/]analysis[\\/]cue-model\.json$/;
const jsonString = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
// Every entry of a word list earns its place with a real example (`"example": "…"`), kept in the
// repository and checked by the tests, which bundle the lists as they are. No code reads an example,
// so the programs' bundles leave them out: about 200 KB of the server's bundle.
const OUR_DATA = /[\\/]server[\\/]src[\\/].*\.json$/;
const withoutExamples = (value) =>
  Array.isArray(value)
    ? value.map(withoutExamples)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k, v]) => !(k === 'example' && typeof v === 'string'))
            .map(([k, v]) => [k, withoutExamples(v)]),
        )
      : value;
const jsonParse = {
  name: 'json-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (build.initialOptions.outfile && OUR_DATA.test(args.path) && !CUE_MODEL.test(args.path)) {
        text = JSON.stringify(withoutExamples(JSON.parse(text)));
        if (text.length < LARGE_JSON) return { contents: text, loader: 'json' };
      }
      if (text.length < LARGE_JSON) return undefined;
      if (CUE_MODEL.test(args.path)) {
        const { outfile, outdir } = build.initialOptions;
        if (outfile) {
          await writeOnce(path.join(path.dirname(outfile), 'cue-model.bin'), packedCueModel(args.path, text));
          return { contents: "module.exports = { load: () => require('fs').readFileSync(require('path').join(__dirname, 'cue-model.bin')) };", loader: 'js' };
        }
        // A build into a folder of chunks (the test bundles, scripts/test.mjs): ES modules have no
        // __dirname, and the bundle is never moved, so the file is named by its absolute path.
        const bin = path.resolve(outdir, 'cue-model.bin');
        await writeOnce(bin, packedCueModel(args.path, text));
        return { contents: `module.exports = { load: () => require('fs').readFileSync(${JSON.stringify(bin)}) };`, loader: 'js' };
      }
      const table = MAP_TABLES.find(([file]) => file.test(args.path))?.[1];
      if (table) return { contents: packedTable(JSON.parse(text), table, args.path), loader: 'js' };
      return { contents: `module.exports = ${jsonString(JSON.parse(text))};`, loader: 'js' };
    });
  },
};

/** A JSON module whose property `name` (an object) is packed as keys and values (see MAP_TABLES). */
function packedTable(data, name, file) {
  const { [name]: table, ...rest } = data;
  const keys = Object.keys(table);
  if (keys.some((k) => k.includes('\n'))) throw new Error(`${file}: a key of ${name} holds a line break`);
  return `const data = ${jsonString(rest)};
const keys = ${jsonString(keys.join('\n'))};
const values = ${jsonString(Object.values(table))};
let map = null;
let object = null;
const mapOf = () => {
  if (map) return map;
  map = new Map();
  const k = keys.split('\\n');
  for (let i = 0; i < k.length; i++) map.set(k[i], values[i]);
  return map;
};
Object.defineProperty(data, ${JSON.stringify(name)}, { enumerable: true, get: () => (object ??= Object.fromEntries(mapOf())) });
Object.defineProperty(data, 'mapOf', { value: (name) => (name === ${JSON.stringify(name)} ? mapOf() : undefined) });
module.exports = data;`;
}

const packed = new Map();
const written = new Map();

// The server and the CLI bundles share dist/: one write, not two racing on the same file.
function writeOnce(file, contents) {
  if (!written.has(file))
    written.set(
      file,
      contents.then(async (bytes) => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, bytes);
      }),
    );
  return written.get(file);
}

/** The cue model for the bundle: starters, bBias and the packed index, in binary (made once per model text). */
function packedCueModel(file, text) {
  const key = createHash('sha256').update(text).digest('hex');
  if (!packed.has(key)) packed.set(key, packCueModel(file, JSON.parse(text)));
  return packed.get(key);
}

async function packCueModel(file, model) {
  // cue-tagger.ts, bundled on its own and run here, packs the model as the tagger will read it.
  const tagger = await esbuild.build({
    stdin: { contents: "module.exports = require('./cue-tagger');", resolveDir: path.dirname(file), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', '__dirname', tagger.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(file),
    file,
    path.dirname(file),
  );
  const packedIndex = module.exports.packCueModel(model);
  const binary = module.exports.packedModelToBinary({ starters: model.starters, bBias: model.bBias, packedIndex });
  const back = module.exports.packedModelFromBinary(binary);
  if (
    JSON.stringify(module.exports.weightsFromPacked(back.packedIndex)) !== JSON.stringify(model.weights) ||
    JSON.stringify(back.starters) !== JSON.stringify(model.starters) ||
    back.bBias !== model.bBias
  ) {
    throw new Error(`${file}: the packed model does not give back the model; ship the model unpacked`);
  }
  return binary;
}

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
  // Node 20 has Unicode property escapes (\p{L}), but esbuild's target tables do not say so and it
  // turns every such regex literal into `new RegExp(…)`, which builds the regex again each time
  // the expression runs: in the rules' per-word loops that was a tenth of a batch run.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [jsonParse],
  // Test hooks (server/src/test-hooks.ts) are reached only through statements labelled TEST_ONLY:
  // the shipped (production) bundle drops them, and the hooks with them.
  dropLabels: production ? ['TEST_ONLY'] : [],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server walks the workspace with the host layer's file finder ("WhoSaid: Check workspace"),
  // as the CLI does, so it needs the same import.meta.url. dist/server.js is its loader (below).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', ...importMetaUrl() },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', ...importMetaUrl() },
  // The .docx reader (mammoth) in a file of its own, run only when a sources folder has a Word file.
  { ...common, entryPoints: ['server/src/cli/docx.ts'], outfile: 'dist/docx.js', mainFields: ['main', 'module'] },
];

// tinyglobby's ESM build (picked by `import`) uses fdir's, which calls createRequire(import.meta.url);
// in a CommonJS bundle import.meta is empty, so give it the bundle's own URL.
function importMetaUrl() {
  return {
    banner: { js: '#!/usr/bin/env node\nvar __whosaidImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__whosaidImportMetaUrl' },
  };
}

// The language server starts from dist/server.js, a loader that compiles the bundle
// (dist/server-main.js) with a V8 code cache made here, at build time (dist/server-main.cache):
// the bytecode of every function the server ran while it analysed a few drafts, so that a server
// started by the same Node (a checkout's `node dist/server.js`, a package built by the Node that
// runs it) neither parses nor compiles them again. Cold start to first diagnostics took 0.85x the
// CPU time and `initialize` 0.78x (docs/performance.md). The loader only reads the cache: it is
// written by the build alone (WHOSAID_CODE_CACHE_OUT), never at run time. V8 rejects a cache made
// by another V8 version or under other V8 flags (VS Code runs the server with Electron's Node, so
// the .vsix leaves the file out), and a missing, truncated or foreign file; the bundle is then
// compiled as usual. V8 checks a cache against the length of the source, not its text, so the cache
// carries the bundle's SHA-256 and the loader uses it only beside that bundle (and --watch, which
// replaces the bundle without making a cache, deletes the old one).
const LOADER = `#!/usr/bin/env node
// The WhoSaid language server: this loader (written by esbuild.mjs) runs the bundle,
// server-main.js, compiled with the V8 code cache the build made (server-main.cache) when this
// Node's V8 accepts it, and compiled as usual when not. It never writes the cache; the build does.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');
const crypto = require('crypto');
const file = path.join(__dirname, 'server-main.js');
const out = process.env.WHOSAID_CODE_CACHE_OUT;
const source = fs.readFileSync(file, 'utf8').replace(/^#!/, '//');
// The cache opens with the SHA-256 of the bundle it was made from: V8 itself compares only the
// source's length, so a cache left beside another bundle of the same length is refused here.
const digest = crypto.createHash('sha256').update(source).digest();
let cachedData;
if (!out) {
  try {
    const bytes = fs.readFileSync(path.join(__dirname, 'server-main.cache'));
    if (bytes.length > digest.length && digest.equals(bytes.subarray(0, digest.length))) cachedData = bytes.subarray(digest.length);
  } catch {
    cachedData = undefined;
  }
}
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData });
if (out) process.once('exit', () => fs.writeFileSync(out, Buffer.concat([digest, script.createCachedData()])));
const main = new Module(file, module);
main.filename = file;
main.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext().call(main.exports, main.exports, Module.createRequire(file), main, file, __dirname);
`;

// What the server analyses while the build makes its code cache: drafts kept in the repository
// (Markdown, so that the Markdown parser's code is cached too).
const WARM_UP = ['test/fixtures/council-story.md', 'test/fixtures/wire-story.md', 'docs/examples/factcheck/article.md'];

/** Runs dist/server.js over stdio on the WARM_UP drafts and writes the code cache it leaves at exit. */
async function makeCodeCache(dir) {
  const cache = path.join(dir, 'server-main.cache');
  const partial = `${cache}.partial`;
  await rm(cache, { force: true });
  const child = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, WHOSAID_CODE_CACHE_OUT: partial },
  });
  const rpc = createRequire(import.meta.url)('vscode-jsonrpc/node');
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const drafts = await Promise.all(WARM_UP.map(async (f) => ({ uri: pathToFileURL(path.resolve(f)).href, text: await readFile(f, 'utf8') })));
  const waiting = new Set(drafts.map((d) => d.uri));
  let analysed;
  const allAnalysed = new Promise((resolve) => (analysed = resolve));
  // The server's own requests (its configuration, capability registrations) get empty answers.
  connection.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => null) : null));
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (waiting.delete(params.uri) && waiting.size === 0) analysed();
  });
  connection.listen();
  void (async () => {
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDebounceMs: 0 } });
    await connection.sendNotification('initialized', {});
    for (const d of drafts)
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
    await allAnalysed;
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  })().catch(() => child.kill());
  const timer = setTimeout(() => child.kill(), 120_000);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  connection.dispose();
  if (code !== 0 || waiting.size > 0) {
    await rm(partial, { force: true });
    throw new Error(`the language server did not analyse the warm-up drafts (exit code ${code}): no code cache`);
  }
  await rename(partial, cache);
}

async function writeLoader(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'server.js'), LOADER, { mode: 0o755 });
}

// scripts/test.mjs imports `common` to bundle the tests the way the programs are bundled.
export { common };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeLoader('dist');
  if (watch) {
    await rm('dist/server-main.cache', { force: true });
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    await makeCodeCache('dist');
  }
}
