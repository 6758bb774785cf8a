// `npm test`'s test step: bundles the test files with esbuild, as the programs are bundled, and runs
// the bundles with Node's test runner, every file in a process of its own as before.
//
// Why bundles: under tsx each test process transpiled and resolved its few hundred modules and
// built the cue tagger's index from the 4 MB model before its first test: about 2 s of CPU per
// file, most of the suite's time. The bundles share chunks (one copy of the engine), carry the
// model pre-indexed as dist/ does, and start in a fraction of that.
//
//   node scripts/test.mjs                     every test/*/*.test.ts (not the real-editor suite)
//   node scripts/test.mjs test/cli/*.test.ts  only these
//
// One file under tsx, while working on it: node --import tsx --test test/cli/output.test.ts
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { common } from '../esbuild.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out', 'test');

// Run under tsx, not bundled: the ReDoS test reloads server/src module by module (require.cache)
// to record the regexes each builds as it loads, which a bundle, loaded once, cannot show it.
const UNDER_TSX = new Set(['test/reliability/redos.test.ts'].map((f) => path.join(ROOT, f)));

const args = process.argv.slice(2);
const files = (args.length > 0 ? args : allTestFiles()).map((f) => path.resolve(ROOT, f));
const entries = files.filter((f) => !UNDER_TSX.has(f));

// The project's sources are CommonJS under tsx. Two things of CommonJS they use are not in an ES
// module bundle, so each source gets them here:
// - __dirname and __filename, from which the tests find their fixtures (and the server's code
//   finds dist/docx.js): the source's own folder and file, as under tsx;
// - `require.main === module` (a script run as a program, not imported): a bundled test file is
//   the program, so an imported script is never it.
const commonJsInSources = {
  name: 'common-js-in-sources',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let text = await fs.promises.readFile(args.path, 'utf8');
      if (/\b__(?:dirname|filename)\b/.test(text)) {
        const header = `const __sourceDirname = ${JSON.stringify(path.dirname(args.path))}, __sourceFilename = ${JSON.stringify(args.path)};\n`;
        text = header + text.replace(/\b__dirname\b/g, '__sourceDirname').replace(/\b__filename\b/g, '__sourceFilename');
      }
      return { contents: text.replace(/\brequire\.main === module\b/g, 'false'), loader: 'ts' };
    });
  },
};

// esbuild.mjs puts the cue model into the bundle pre-indexed and without its `weights`, as the
// tagger reads it. Scripts the tests import (generate-compromise-data) read the whole model:
// only the tagger's own import gets the packed one.
const CUE_MODEL = path.join(ROOT, 'server', 'src', 'analysis', 'cue-model.json');
const CUE_TAGGER = path.join(ROOT, 'server', 'src', 'analysis', 'cue-tagger.ts');
const wholeCueModelOutsideTheTagger = {
  name: 'whole-cue-model-outside-the-tagger',
  setup(build) {
    build.onResolve({ filter: /cue-model\.json$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return resolved === CUE_MODEL && args.importer !== CUE_TAGGER ? { path: resolved, namespace: 'whole-json' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'whole-json' }, async (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(await fs.promises.readFile(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

fs.rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  ...common,
  entryPoints: entries,
  outdir: OUT,
  outbase: ROOT,
  // ES modules, so that the files share chunks (esbuild splits only ES modules).
  format: 'esm',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  // Keep non-ASCII characters as they are (esbuild escapes them by default): the tests read
  // regexes' sources, and a `–` in a character class must stay a `–`.
  charset: 'utf8',
  sourcemap: 'linked',
  plugins: [wholeCueModelOutsideTheTagger, commonJsInSources, ...common.plugins],
  // The tests are CommonJS under tsx: give the bundled CommonJS code (and the tests' own
  // `require`) a require that resolves from here.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; globalThis.require ??= __createRequire(import.meta.url);" },
  // Not bundled: packages that load their own files at run time (browser driver, compiler, ReDoS
  // checker, the bundler and tsx that some tests run).
  external: ['playwright-core', 'typescript', 'recheck', 'esbuild', 'tsx', 'vscode'],
});

const bundles = files.map((f) => {
  const bundle = path.join(OUT, path.relative(ROOT, f)).replace(/\.ts$/, '.mjs');
  if (UNDER_TSX.has(f)) {
    fs.mkdirSync(path.dirname(bundle), { recursive: true });
    fs.writeFileSync(bundle, `import 'tsx/cjs';\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)(${JSON.stringify(f)});\n`);
  }
  return bundle;
});
// Node's default is one file at a time less than the cores (one file at a time on two cores).
const concurrency = Number(process.env.TEST_CONCURRENCY) || os.availableParallelism();
const child = spawn(process.execPath, ['--enable-source-maps', '--test', `--test-concurrency=${concurrency}`, ...bundles], { cwd: ROOT, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));

function allTestFiles() {
  const files = [];
  for (const dir of fs.readdirSync(path.join(ROOT, 'test'), { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'e2e') continue;
    for (const f of fs.readdirSync(path.join(ROOT, 'test', dir.name))) if (f.endsWith('.test.ts')) files.push(path.join('test', dir.name, f));
  }
  return files.sort();
}
