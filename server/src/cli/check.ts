// One file's work, done in a worker thread (or in the main thread with --jobs 1): read, decode,
// analyze. The result is plain data (structured-cloneable): the file's JSON entry, from which the
// main thread renders every output format (see ./report), in order.
import * as fs from 'node:fs';
import { analyze, UnanalyzableInput } from '../engine';
import type { ResolvedConfig } from '../analysis/config';
import { createQuoteSources, type QuoteSources, type SourceDocument } from '../analysis/quote-sources';
import { LineIndex } from '../analysis/positions';
import { buildLedger, type LedgerRow } from '../analysis/ledger';
import { buildSourceMix, type SourceMix } from '../analysis/source-mix';
import type { DocumentFormat, Finding } from '../analysis/types';
import { formatSize, type FailOn } from './args';
import { fileEntry, type JsonFile } from './output/json';
import { emptyCounts, type Counts } from './output/text';
import { decode } from '../host/fs';
import { formatFor, readErrorReason } from './paths';
import { reaches } from './report';

export interface CheckSettings {
  config: ResolvedConfig;
  /** Send the file's text and its report views back with its result (the HTML report shows them). */
  keepText: boolean;
  quiet: boolean;
  failOn: FailOn;
  maxFileSize: number;
  /** The config's source documents, already read (plain data, so workers receive them as they are). */
  sources?: SourceDocument[];
}

/**
 * What the HTML report shows of a file besides its JSON entry, made from the one analysis that made
 * the entry (same config, same sources): its claims ledger and its sources, one row per person.
 */
export interface ReportViews {
  ledger: LedgerRow[];
  mix: SourceMix;
}

/** The report views of one analysis. */
export function reportViews(result: ReturnType<typeof analyze>): ReportViews {
  return { ledger: buildLedger(result), mix: buildSourceMix(result) };
}

export interface FileResult {
  display: string;
  /** False when the file could not be checked (its reason is in `errors`). */
  checked: boolean;
  /** The file's JSON entry (diagnostics filtered by --quiet); null when it was not checked. */
  entry: JsonFile | null;
  /** The text that was analyzed (after BOM removal), when `keepText` asked for it. */
  text?: string;
  /** The views of the same analysis the HTML report shows besides the entry, when `keepText` asked for them. */
  views?: ReportViews;
  /** Every finding by severity (before --quiet filtering). */
  counts: Counts;
  /** True when a finding reaches --fail-on. */
  failing: boolean;
  /** Why the file was skipped, or rules that failed on it. Each makes the exit code 2. */
  errors: string[];
}

/**
 * What one thread keeps between files: the sources index, built on the first file that needs it.
 * An object the caller owns (one per run, one per worker), not module state.
 */
export class CheckCache {
  private indexed: { documents: SourceDocument[]; sources: QuoteSources } | null = null;

  sourcesFor(settings: { sources?: SourceDocument[] }): QuoteSources | undefined {
    if (!settings.sources) return undefined;
    if (this.indexed?.documents !== settings.sources) this.indexed = { documents: settings.sources, sources: createQuoteSources(settings.sources) };
    return this.indexed.sources;
  }
}

export function checkFile(absolute: string, display: string, settings: CheckSettings, cache = new CheckCache()): FileResult {
  let bytes: Buffer;
  try {
    bytes = readLimited(absolute, settings.maxFileSize);
  } catch (error) {
    return skipped(display, error instanceof TooLarge ? error.message : readErrorReason(error));
  }
  return checkBytes(bytes, display, formatFor(absolute), settings, cache);
}

export function checkBytes(bytes: Uint8Array, display: string, format: DocumentFormat, settings: CheckSettings, cache = new CheckCache()): FileResult {
  if (bytes.length > settings.maxFileSize) return skipped(display, new TooLarge(bytes.length, settings.maxFileSize).message);
  const decoded = decode(bytes);
  if (typeof decoded !== 'string') return skipped(display, decoded.error);
  const text = decoded;
  let result: ReturnType<typeof analyze>;
  try {
    const sources = cache.sourcesFor(settings);
    result = analyze(text, { format, config: settings.config, ...(sources ? { sources } : {}) });
  } catch (error) {
    if (error instanceof UnanalyzableInput) return skipped(display, `not checked: ${error.message}`);
    return skipped(display, `internal error while analyzing: ${error instanceof Error ? error.message : String(error)}`);
  }
  const counts = emptyCounts();
  let failing = false;
  for (const f of result.findings) {
    counts[f.severity]++;
    failing ||= reaches(f.severity, settings.failOn);
  }
  const shown: Finding[] = settings.quiet ? result.findings.filter((f) => reaches(f.severity, settings.failOn)) : result.findings;
  const entry = fileEntry(display, new LineIndex(text), shown, result.attributions, result.vagueVerdicts);
  return {
    display,
    checked: true,
    entry,
    ...(settings.keepText ? { text, views: reportViews(result) } : {}),
    counts,
    failing,
    errors: result.ruleErrors.map((e) => `rule ${e.rule} failed: ${e.message}`),
  };
}

// The host layer's decoding, the same for every shell (re-exported for the CLI's tests).
export { decode };

class TooLarge extends Error {
  constructor(size: number, limit: number) {
    super(`file is too large (${formatSize(size)}, over the ${formatSize(limit)} limit; raise it with --max-file-size)`);
  }
}

/** Reads a file, refusing regular files over `limit` before reading them. */
function readLimited(file: string, limit: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > limit) throw new TooLarge(stat.size, limit);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function skipped(display: string, reason: string): FileResult {
  return { display, checked: false, entry: null, counts: emptyCounts(), failing: false, errors: [reason] };
}
