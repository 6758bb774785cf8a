// Printing results in any output format, for `check` (results arrive from the workers, in order)
// and `merge` (results rebuilt from the JSON of shards), so both print the same bytes for the same
// files. text, json and github are streamed file by file; sarif and html are written at the end.
// Errors (inputs that could not be checked, rules that failed) go to stderr as they come, once
// each, and into the json/sarif/html output sorted by path; any makes the exit code 2.
import type { FailOn, OutputFormat } from './args';
import type { FileResult, ReportViews } from './check';
import { formatGithub, formatGithubError } from './output/github';
import { jsonHead, jsonTail, type JsonError, type JsonFile } from './output/json';
import { emptyCounts, formatFindings, formatSummary, type Totals } from './output/text';
import type { Severity } from '../analysis/types';

export interface Sink {
  write(chunk: string): unknown;
}

export interface ReportSettings {
  format: OutputFormat;
  quiet: boolean;
  failOn: FailOn;
  color: boolean;
}

/** What the end-of-run formats need besides the files: rule metadata and the tool's identity. */
export interface Renderers {
  sarif(files: readonly JsonFile[], errors: readonly JsonError[]): string;
  html(files: readonly KeptFile[], errors: readonly JsonError[]): string;
}

/** A file kept for an end-of-run format: its entry, and for the HTML report its text and views. */
export interface KeptFile {
  entry: JsonFile;
  text?: string;
  views?: ReportViews;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Errors once each, stably sorted by path: the order json, sarif and html show them in. */
export function sortErrors(errors: readonly JsonError[]): JsonError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byPath(a.e.path, b.e.path) || a.i - b.i)
    .map((x) => x.e);
}

export class Reporter {
  private readonly totals: Totals = { counts: emptyCounts(), withFindings: 0, clean: 0, skipped: 0 };
  private readonly errors: JsonError[] = [];
  private readonly seenErrors = new Set<string>();
  private readonly kept: KeptFile[] = [];
  private failing = false;
  private printed = 0;

  constructor(
    private readonly settings: ReportSettings,
    private readonly out: Sink,
    private readonly stderr: Sink,
    private readonly renderers: () => Renderers,
  ) {
    if (settings.format === 'json') out.write(jsonHead());
  }

  /** An input that could not be checked at all. */
  skipped(display: string, message: string): void {
    if (this.error(display, message)) this.totals.skipped++;
  }

  file(result: FileResult): void {
    if (!result.checked || !result.entry) {
      for (const e of result.errors) this.skipped(result.display, e);
      return;
    }
    for (const e of result.errors) this.error(result.display, e);
    const c = result.counts;
    for (const severity of ['error', 'warning', 'information', 'hint'] as const) this.totals.counts[severity] += c[severity];
    if (c.error + c.warning + c.information + c.hint > 0) this.totals.withFindings++;
    else this.totals.clean++;
    this.failing ||= result.failing;
    const entry = result.entry;
    switch (this.settings.format) {
      case 'json':
        this.out.write((this.printed++ > 0 ? ',' : '') + JSON.stringify(entry));
        break;
      case 'text':
        this.lines(formatFindings(entry, this.settings.color), '\n');
        break;
      case 'github':
        this.lines(formatGithub(entry), '');
        break;
      case 'sarif':
      case 'html':
        this.kept.push({ entry, ...(result.text === undefined ? {} : { text: result.text }), ...(result.views ? { views: result.views } : {}) });
        break;
    }
  }

  finish(): number {
    const errors = sortErrors(this.errors);
    const summary = () => {
      if (!this.settings.quiet) this.out.write((this.printed > 0 && this.settings.format === 'text' ? '\n' : '') + formatSummary(this.totals) + '\n');
    };
    switch (this.settings.format) {
      case 'json':
        this.out.write(jsonTail(errors));
        break;
      case 'text':
        summary();
        break;
      case 'github':
        for (const e of errors) this.out.write(formatGithubError(e) + '\n');
        summary();
        break;
      case 'sarif':
        this.out.write(
          this.renderers().sarif(
            this.kept.map((k) => k.entry),
            errors,
          ),
        );
        break;
      case 'html':
        this.out.write(this.renderers().html(this.kept, errors));
        break;
    }
    return errors.length > 0 ? 2 : this.failing ? 1 : 0;
  }

  private lines(block: string, separator: string): void {
    if (block === '') return;
    this.out.write((this.printed++ > 0 ? separator : '') + block + '\n');
  }

  /** Records and prints an error; false when the same one was already reported. */
  private error(display: string, message: string): boolean {
    const key = `${display}\0${message}`;
    if (this.seenErrors.has(key)) return false;
    this.seenErrors.add(key);
    this.errors.push({ path: display, message });
    this.stderr.write(`${display}: error: ${message}\n`);
    return true;
  }
}
