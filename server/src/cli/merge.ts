// `whosaid merge`: the outputs of sharded checks joined into one output, as one unsharded run would
// have printed it. JSON inputs (`check --format json`) become any format: their entries are fed to
// the same Reporter as a check's results (the HTML report reads the checked files again, relative
// to the current directory). SARIF inputs become one SARIF log with one run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import type { MergeOptions } from './args';
import type { FileResult, ReportViews } from './check';
import type { ResolvedConfig } from '../analysis/config';
import { loadConfig } from '../host/config';
import type { JsonError, JsonFile } from './output/json';
import { mergeSarif, resultSeverity, sarifErrors } from './output/sarif';
import { emptyCounts } from './output/text';
import { formatFor, readErrorReason } from './paths';
import { byPath, reaches, Reporter, sortErrors, type Renderers, type Sink } from './report';

type Input = { file: string; kind: 'json'; files: JsonFile[]; errors: JsonError[] } | { file: string; kind: 'sarif'; log: Sarif.Log };

export interface MergeIo {
  cwd: string;
  out: Sink;
  stderr: Sink;
  color: boolean;
  renderers: () => Renderers;
}

export function merge(options: MergeOptions, io: MergeIo): number {
  const inputs: Input[] = [];
  let problems = 0;
  for (const name of options.inputs) {
    const read = readInput(path.resolve(io.cwd, name), name);
    if (typeof read === 'string') {
      io.stderr.write(`${name}: error: ${read}\n`);
      problems++;
    } else inputs.push(read);
  }
  if (problems > 0) return 2;
  const kinds = new Set(inputs.map((i) => i.kind));
  if (kinds.size > 1) {
    io.stderr.write('whosaid: cannot merge JSON and SARIF inputs together: merge the JSON outputs, which make any format\n');
    return 2;
  }
  if (kinds.has('sarif')) {
    if (options.format !== 'sarif') {
      io.stderr.write(`whosaid: SARIF inputs merge into SARIF only (--format sarif), not ${options.format}: merge the JSON outputs for other formats\n`);
      return 2;
    }
    return mergeSarifInputs(
      inputs.map((i) => (i as { log: Sarif.Log }).log),
      options,
      io,
    );
  }
  return mergeJsonInputs(inputs as Extract<Input, { kind: 'json' }>[], options, io);
}

function mergeJsonInputs(inputs: Extract<Input, { kind: 'json' }>[], options: MergeOptions, io: MergeIo): number {
  const files = new Map<string, { entry: JsonFile; from: string }>();
  let overlap = false;
  for (const input of inputs) {
    for (const entry of input.files) {
      const seen = files.get(entry.path);
      if (seen) {
        io.stderr.write(`whosaid: ${entry.path} is in both ${seen.from} and ${input.file} (outputs of different runs, or shards of different N?)\n`);
        overlap = true;
      } else files.set(entry.path, { entry, from: input.file });
    }
  }
  const errors = sortErrors(inputs.flatMap((i) => i.errors));
  let config: ResolvedConfig | undefined;
  if (options.format === 'html') {
    const loaded = loadConfig(undefined, io.cwd);
    if (!loaded.ok) {
      for (const m of loaded.messages) io.stderr.write(`${m}\n`);
      return 2;
    }
    config = loaded.loaded.config;
  }
  const reporter = new Reporter({ format: options.format, quiet: options.quiet, failOn: options.failOn, color: io.color }, io.out, io.stderr, io.renderers);
  for (const e of errors) if (!files.has(e.path)) reporter.skipped(e.path, e.message);
  const ordered = [...files.values()].map((f) => f.entry).sort((a, b) => byPath(a.path, b.path));
  for (const entry of ordered) {
    const counts = emptyCounts();
    for (const d of entry.diagnostics) counts[d.severity]++;
    const shown = options.quiet ? { ...entry, diagnostics: entry.diagnostics.filter((d) => reaches(d.severity, options.failOn)) } : entry;
    const result: FileResult = {
      display: entry.path,
      checked: true,
      entry: shown,
      counts,
      failing: entry.diagnostics.some((d) => reaches(d.severity, options.failOn)),
      errors: errors.filter((e) => e.path === entry.path).map((e) => e.message),
    };
    if (options.format === 'html') {
      const file = path.resolve(io.cwd, entry.path);
      const text = readText(file);
      if (text !== undefined) {
        result.text = text;
        // The report's ledger and people come from an analysis of the text under the config a check
        // from here would use (the entry itself is the shard's).
        const views = viewsOf(text, file, config);
        if (views) result.views = views;
      }
    }
    reporter.file(result);
  }
  const code = reporter.finish();
  return overlap ? 2 : code;
}

function mergeSarifInputs(logs: Sarif.Log[], options: MergeOptions, io: MergeIo): number {
  const merged = mergeSarif(logs);
  const run = merged.runs[0]!;
  if (options.quiet) run.results = (run.results ?? []).filter((r) => reaches(resultSeverity(r), options.failOn));
  const errors = sarifErrors(merged);
  for (const e of errors) io.stderr.write(`${e.path}: error: ${e.message}\n`);
  io.out.write(JSON.stringify(merged, null, 2) + '\n');
  if (errors.length > 0) return 2;
  return (run.results ?? []).some((r) => reaches(resultSeverity(r), options.failOn)) ? 1 : 0;
}

function readInput(file: string, name: string): Input | string {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof SyntaxError) return `not JSON: ${error.message}`;
    return readErrorReason(error);
  }
  const d = data as Record<string, unknown>;
  if (d && typeof d === 'object' && d.version === 1 && Array.isArray(d.files) && Array.isArray(d.errors)) {
    return { file: name, kind: 'json', files: d.files as JsonFile[], errors: d.errors as JsonError[] };
  }
  if (d && typeof d === 'object' && d.version === '2.1.0' && Array.isArray(d.runs)) return { file: name, kind: 'sarif', log: d as unknown as Sarif.Log };
  return 'not a whosaid output: expected the JSON of `whosaid check --format json` (version 1) or a SARIF 2.1.0 log';
}

function viewsOf(text: string, file: string, config: ResolvedConfig | undefined): ReportViews | undefined {
  // The core is loaded only now, as for `check`.
  const { analyze } = require('../engine') as typeof import('../engine');
  const { reportViews } = require('./check') as typeof import('./check');
  try {
    return reportViews(analyze(text, { format: formatFor(file), ...(config ? { config } : {}) }));
  } catch {
    return undefined;
  }
}

/** The text of a checked file as the check saw it (BOM removed), or undefined if unreadable. */
function readText(file: string): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
