// `npm run bench`: WhoSaid's speed, measured against the tools people use, on this machine.
//
//   1. batch      `whosaid check --format json` over the corpus (one process, one thread) in MB/s,
//                 with write-good (all checks) and retext + retext-intensify over the same files
//   2. edit       the language server over stdio: 200 one-character edits spread over a
//                 10,000-word Markdown article, time from didChange to its publishDiagnostics
//   3. cold       spawn → initialize → first diagnostics for a 1,000-word article
//   4. memory     server RSS with 20 different 10,000-word documents open
//   5. scaling    `whosaid check --jobs N` for N = 1, 2
//   6. paragraph  `whosaid check` on one ~1.1 MB single-paragraph file and on one ~2.2 MB one:
//                 twice the input should take about twice the time (linear in paragraph length)
//   and the size of dist/server-main.js (the server bundle; dist/server.js is its loader)
//
// Prints a table and writes bench/results.json. The machine may be shared: every comparison is
// made within one run, tools interleaved round by round, and medians are reported.
//
// Options: --runs N (batch/scaling/cold repetitions, default 5), --edits N (default 200),
//          --only batch,edit,cold,memory,scaling,paragraph, --profile DIR (run every WhoSaid process
//          under `node --cpu-prof`, profiles in DIR; timings then include the profiler's cost)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpus, markdownArticle, paragraphs, ROOT, singleParagraph, wordCount } from './corpus.mjs';
import { now, positionAt, Server } from './lsp.mjs';

const args = parseArgs(process.argv.slice(2));
const RUNS = args.runs;
const CLI = path.join(ROOT, 'dist/cli.js');
const MB = 1024 * 1024;
const NODE_ARGS = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];

const TARGETS = {
  batchMBps: 1.0,
  vsWriteGood: 2.0,
  // --jobs 2 never slower than --jobs 1 (the machine may be shared: more is a bonus, not a target).
  jobs2Speedup: 1.0,
  editP95Ms: 20,
  coldStartMs: 300,
  rssMB: 180,
  // dist/server-main.js, the bundle of the language server the extension starts through dist/server.js
  // (the cue model is dist/cue-model.bin beside it).
  serverBundleMB: 3,
  /** Time of the 2.2 MB paragraph ÷ time of the 1.1 MB one (2.0 is linear). */
  paragraphRatio: 2.2,
};

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  node: process.version,
  targets: TARGETS,
};

const data = corpus();
results.corpus = { description: data.description, files: data.files.length, bytes: data.bytes, generated: data.generated };
log(`WhoSaid benchmark — ${results.date}`);
log(
  `machine: ${results.machine.cpu} × ${results.machine.cores}, ${results.machine.memGB} GB, ${results.machine.os}; node ${process.version}; load average at start ${results.machine.loadavg.join(' ')}`,
);
log(`corpus: ${data.description}: ${data.files.length} files, ${(data.bytes / MB).toFixed(2)} MB`);
if (data.generated) log('NOTE: the corpus is GENERATED (../shared/data/polnear is absent): figures are not comparable with PolNeAR runs.');
if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run bench does)');

const only = (name) => args.only === null || args.only.includes(name);
const articles = only('edit') || only('cold') || only('memory') ? paragraphs(data.files) : [];

if (only('batch')) await batch();
if (only('scaling')) await scaling();
if (only('cold')) await coldStart();
if (only('edit')) await editLatency();
if (only('memory')) await memory();
if (only('paragraph')) await paragraph();
// dist/server.js is a small loader; the server's code is dist/server-main.js (esbuild.mjs).
results.bundle = { serverMB: round(fs.statSync(path.join(ROOT, 'dist/server-main.js')).size / MB, 2) };

results.machine.loadavgEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
printTable();

// ---- 1. batch throughput ---------------------------------------------------------------------

async function batch() {
  const tools = {
    whosaid: [...NODE_ARGS, CLI, 'check', '--format', 'json', '--fail-on', 'never', '--jobs', '1', data.dir],
    'write-good': [path.join(ROOT, 'bench/peers/write-good.mjs'), data.dir],
    'retext-intensify': [path.join(ROOT, 'bench/peers/retext.mjs'), data.dir],
  };
  const times = Object.fromEntries(Object.keys(tools).map((t) => [t, []]));
  for (let r = 0; r < RUNS; r++) {
    // Round-robin, so that every tool sees the same share of whatever else the machine is doing.
    for (const [tool, argv] of Object.entries(tools)) {
      const run = await runProcess(argv);
      times[tool].push(run.ms);
      log(
        `  batch run ${r + 1}/${RUNS} ${tool}: ${(run.ms / 1000).toFixed(2)} s, ${(data.bytes / MB / (run.ms / 1000)).toFixed(2)} MB/s (output ${(run.outBytes / MB).toFixed(1)} MB)`,
      );
    }
  }
  const out = {};
  for (const [tool, ms] of Object.entries(times)) {
    const m = median(ms);
    out[tool] = { runsMs: ms.map(round), medianMs: round(m), MBps: round(data.bytes / MB / (m / 1000), 3) };
  }
  // Ratios are medians of the per-round ratios (each round runs the tools back to back).
  const ratio = (peer) => round(median(times.whosaid.map((w, i) => times[peer][i] / w)), 2);
  out.ratioToWriteGood = ratio('write-good');
  out.ratioToRetext = ratio('retext-intensify');
  results.batch = out;
}

// ---- 6. one long paragraph ------------------------------------------------------------------

async function paragraph() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-paragraph-'));
  try {
    const sizes = { small: 1.1 * 1000 * 1000, large: 2.2 * 1000 * 1000 };
    const files = {};
    for (const [name, bytes] of Object.entries(sizes)) {
      files[name] = path.join(dir, `${name}.txt`);
      fs.writeFileSync(files[name], singleParagraph(data.files, bytes));
    }
    const argv = (file) => [...NODE_ARGS, CLI, 'check', '--format', 'json', '--fail-on', 'never', '--jobs', '1', file];
    const times = { small: [], large: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const name of ['small', 'large']) {
        const run = await runProcess(argv(files[name]));
        times[name].push(run.ms);
        log(`  paragraph run ${r + 1}/${RUNS} ${name} (${(fs.statSync(files[name]).size / MB).toFixed(2)} MB): ${(run.ms / 1000).toFixed(2)} s`);
      }
    }
    const summary = (name) => ({ bytes: fs.statSync(files[name]).size, runsMs: times[name].map(round), medianMs: round(median(times[name])) });
    results.paragraph = { small: summary('small'), large: summary('large'), ratio: round(median(times.large.map((t, i) => t / times.small[i])), 2) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---- 5. scaling ------------------------------------------------------------------------------

async function scaling() {
  const argv = (jobs) => [...NODE_ARGS, CLI, 'check', '--format', 'json', '--fail-on', 'never', '--jobs', String(jobs), data.dir];
  const times = { 1: [], 2: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const jobs of [1, 2]) {
      const run = await runProcess(argv(jobs));
      times[jobs].push(run.ms);
      log(`  scaling run ${r + 1}/${RUNS} --jobs ${jobs}: ${(run.ms / 1000).toFixed(2)} s`);
    }
  }
  results.scaling = {
    jobs1: { runsMs: times[1].map(round), medianMs: round(median(times[1])), MBps: round(data.bytes / MB / (median(times[1]) / 1000), 3) },
    jobs2: { runsMs: times[2].map(round), medianMs: round(median(times[2])), MBps: round(data.bytes / MB / (median(times[2]) / 1000), 3) },
    speedup: round(median(times[1].map((t, i) => t / times[2][i])), 2),
  };
}

// ---- 3. cold start ---------------------------------------------------------------------------

async function coldStart() {
  const text = markdownArticle(articles, 1000, 7);
  const runs = [];
  let defaultDebounce = null;
  for (let r = 0; r < RUNS; r++) {
    const server = Server.start(NODE_ARGS);
    const init = await server.initialize();
    defaultDebounce = init.capabilities.experimental?.whosaid?.diagnosticsDebounceMs ?? null;
    const initializedAt = now();
    const uri = `file:///bench/cold-${r}.md`;
    const diagnostics = server.diagnostics(uri, 1);
    server.open(uri, text);
    const d = await diagnostics;
    runs.push({ totalMs: d.at - server.spawnedAt, initializeMs: initializedAt - server.spawnedAt, diagnostics: d.count });
    await server.stop();
    log(
      `  cold start ${r + 1}/${RUNS}: ${(d.at - server.spawnedAt).toFixed(0)} ms (initialize answered after ${(initializedAt - server.spawnedAt).toFixed(0)} ms), ${d.count} diagnostics`,
    );
  }
  results.coldStart = {
    words: wordCount(text),
    runsMs: runs.map((r) => round(r.totalMs)),
    medianMs: round(median(runs.map((r) => r.totalMs))),
    initializeMedianMs: round(median(runs.map((r) => r.initializeMs))),
    diagnostics: runs[0].diagnostics,
  };
  results.defaultDebounceMs = defaultDebounce;
}

// ---- 2. edit latency -------------------------------------------------------------------------

async function editLatency() {
  let text = markdownArticle(articles, 10_000, 0);
  const server = Server.start(NODE_ARGS);
  const init = await server.initialize({ diagnosticsDebounceMs: 0 });
  const debounce = init.capabilities.experimental?.whosaid?.diagnosticsDebounceMs;
  if (debounce !== 0) log(`  WARNING: the server ignored diagnosticsDebounceMs: 0 (it reports ${debounce} ms); its debounce is subtracted below`);
  const subtract = typeof debounce === 'number' ? debounce : 0;
  const uri = 'file:///bench/edit-10k.md';
  let ready = server.diagnostics(uri, 1);
  const openedAt = now();
  server.open(uri, text);
  const first = await ready;
  log(
    `  edit: opened a ${wordCount(text)}-word article (${(text.length / 1024).toFixed(0)} KB); first diagnostics (${first.count}) after ${(first.at - openedAt).toFixed(0)} ms`,
  );

  // Where to type: 200 points spread evenly over the document, each moved to the end of a word
  // in a prose paragraph (not a heading), as a writer fixing a word would.
  const latencies = [];
  let version = 1;
  for (let i = 0; i < args.edits; i++) {
    let offset = Math.floor(((i + 0.5) / args.edits) * text.length);
    offset = editPoint(text, offset);
    const position = positionAt(text, offset);
    const ch = 'etaoinshrd'[i % 10];
    version++;
    ready = server.diagnostics(uri, version);
    const sentAt = now();
    server.change(uri, version, [{ range: { start: position, end: position }, text: ch }]);
    const d = await ready;
    text = text.slice(0, offset) + ch + text.slice(offset);
    latencies.push(d.at - sentAt - subtract);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  results.edit = {
    words: wordCount(text),
    bytes: text.length,
    edits: latencies.length,
    debounceConfiguredMs: debounce,
    subtractedMs: subtract,
    p50Ms: round(percentile(sorted, 0.5), 1),
    p95Ms: round(percentile(sorted, 0.95), 1),
    maxMs: round(sorted[sorted.length - 1], 1),
    meanMs: round(latencies.reduce((a, b) => a + b, 0) / latencies.length, 1),
    firstDiagnosticsMs: round(first.at - openedAt),
    latenciesMs: latencies.map((l) => round(l, 2)),
  };
  log(`  edit: p50 ${results.edit.p50Ms} ms, p95 ${results.edit.p95Ms} ms, max ${results.edit.maxMs} ms over ${latencies.length} edits`);
  await server.stop();
}

/** The nearest end of a word (letter followed by a space or punctuation) in a prose line at or after `offset`. */
function editPoint(text, offset) {
  for (let o = offset; o < text.length - 1; o++) {
    const lineStart = text.lastIndexOf('\n', o - 1) + 1;
    if (text[lineStart] === '#') {
      o = text.indexOf('\n', o);
      if (o < 0) break;
      continue;
    }
    if (/\p{L}/u.test(text[o - 1] ?? '') && /[\s,.;:]/.test(text[o])) return o;
  }
  return offset;
}

// ---- 4. memory -------------------------------------------------------------------------------

async function memory() {
  const server = Server.start(NODE_ARGS);
  await server.initialize({ diagnosticsDebounceMs: 0 });
  const step = Math.max(1, Math.floor(articles.length / 20));
  let words = 0;
  for (let k = 0; k < 20; k++) {
    const text = markdownArticle(articles, 10_000, k * step);
    words += wordCount(text);
    const uri = `file:///bench/memory-${k}.md`;
    const ready = server.diagnostics(uri, 1);
    server.open(uri, text);
    await ready;
  }
  // Let a pending GC settle the way an idle editor would let it: a short pause, then read.
  await new Promise((r) => setTimeout(r, 500));
  const rss = server.rssMB();
  results.memory = { documents: 20, wordsEach: Math.round(words / 20), rssMB: round(rss, 1) };
  log(`  memory: RSS ${rss.toFixed(0)} MB with 20 documents of ~${Math.round(words / 20)} words open`);
  await server.stop();
}

// ---- helpers ---------------------------------------------------------------------------------

function runProcess(argv) {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => (outBytes += d.length));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - start;
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`));
      else resolve({ ms, outBytes });
    });
  });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    memGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function percentile(sorted, p) {
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function round(x, digits = 0) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function log(line) {
  process.stdout.write(line + '\n');
}

function parseArgs(argv) {
  const out = { runs: 5, edits: 200, only: null, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') out.runs = Number(argv[++i]);
    else if (a === '--edits') out.edits = Number(argv[++i]);
    else if (a === '--only') out.only = argv[++i].split(',');
    else if (a === '--profile') out.profile = argv[++i];
    else throw new Error(`unknown option ${a} (options: --runs N, --edits N, --only batch,edit,cold,memory,scaling,paragraph, --profile DIR)`);
  }
  return out;
}

function printTable() {
  const rows = [];
  const pass = (ok) => (ok ? 'yes' : 'NO');
  const b = results.batch;
  if (b) {
    rows.push([
      'Batch: whosaid check --format json, 1 thread',
      `${b.whosaid.MBps.toFixed(2)} MB/s (median ${(b.whosaid.medianMs / 1000).toFixed(2)} s)`,
      `≥ ${TARGETS.batchMBps} MB/s`,
      pass(b.whosaid.MBps >= TARGETS.batchMBps),
    ]);
    rows.push(['Batch: write-good, all checks', `${b['write-good'].MBps.toFixed(2)} MB/s (median ${(b['write-good'].medianMs / 1000).toFixed(2)} s)`, '', '']);
    rows.push([
      'Batch: retext + retext-intensify',
      `${b['retext-intensify'].MBps.toFixed(2)} MB/s (median ${(b['retext-intensify'].medianMs / 1000).toFixed(2)} s)`,
      '',
      '',
    ]);
    rows.push([
      'Batch: whosaid ÷ write-good (throughput)',
      `${b.ratioToWriteGood.toFixed(2)}×`,
      `≥ ${TARGETS.vsWriteGood}×`,
      pass(b.ratioToWriteGood >= TARGETS.vsWriteGood),
    ]);
    rows.push(['Batch: whosaid ÷ retext-intensify (throughput)', `${b.ratioToRetext.toFixed(2)}×`, '', '']);
  }
  const s = results.scaling;
  if (s) {
    rows.push(['Scaling: --jobs 1', `${s.jobs1.MBps.toFixed(2)} MB/s (median ${(s.jobs1.medianMs / 1000).toFixed(2)} s)`, '', '']);
    rows.push(['Scaling: --jobs 2', `${s.jobs2.MBps.toFixed(2)} MB/s (median ${(s.jobs2.medianMs / 1000).toFixed(2)} s)`, '', '']);
    rows.push(['Scaling: --jobs 2 speed-up', `${s.speedup.toFixed(2)}×`, `≥ ${TARGETS.jobs2Speedup}×`, pass(s.speedup >= TARGETS.jobs2Speedup)]);
  }
  const p = results.paragraph;
  if (p) {
    rows.push([`Paragraph: one ${(p.small.bytes / MB).toFixed(1)} MB paragraph`, `${(p.small.medianMs / 1000).toFixed(2)} s`, '', '']);
    rows.push([`Paragraph: one ${(p.large.bytes / MB).toFixed(1)} MB paragraph`, `${(p.large.medianMs / 1000).toFixed(2)} s`, '', '']);
    rows.push(['Paragraph: twice the input ÷ once (time)', `${p.ratio.toFixed(2)}×`, `≤ ${TARGETS.paragraphRatio}×`, pass(p.ratio <= TARGETS.paragraphRatio)]);
  }
  const e = results.edit;
  if (e) {
    rows.push([`Edit latency, ${e.words}-word Markdown, ${e.edits} edits: p50`, `${e.p50Ms} ms`, '', '']);
    rows.push(['Edit latency: p95', `${e.p95Ms} ms`, `≤ ${TARGETS.editP95Ms} ms`, pass(e.p95Ms <= TARGETS.editP95Ms)]);
    rows.push(['Edit latency: max', `${e.maxMs} ms`, '', '']);
    rows.push([
      'Edit latency: debounce (not counted above)',
      `${e.debounceConfiguredMs} ms in the benchmark; ${results.defaultDebounceMs ?? '?'} ms by default`,
      '',
      '',
    ]);
  }
  const c = results.coldStart;
  if (c)
    rows.push([
      `Cold start: spawn → first diagnostics, ${c.words} words`,
      `${c.medianMs} ms (initialize answered at ${c.initializeMedianMs} ms)`,
      `≤ ${TARGETS.coldStartMs} ms`,
      pass(c.medianMs <= TARGETS.coldStartMs),
    ]);
  const m = results.memory;
  if (m) rows.push([`Memory: server RSS, 20 documents × ~${m.wordsEach} words`, `${m.rssMB} MB`, `≤ ${TARGETS.rssMB} MB`, pass(m.rssMB <= TARGETS.rssMB)]);
  rows.push([
    'Bundle: dist/server-main.js',
    `${results.bundle.serverMB} MB`,
    `≤ ${TARGETS.serverBundleMB} MB`,
    pass(results.bundle.serverMB <= TARGETS.serverBundleMB),
  ]);
  const widths = [0, 1, 2, 3].map((k) => Math.max(...rows.map((r) => r[k].length), ['Measure', 'Result', 'Target', 'Met'][k].length));
  const line = (r) => `| ${r.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  log('');
  log(line(['Measure', 'Result', 'Target', 'Met']));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) log(line(r));
  log('');
  log(
    `medians of ${RUNS} runs; load average at start ${results.machine.loadavg.join(' ')}, at end ${results.machine.loadavgEnd.join(' ')}; results in bench/results.json`,
  );
}
