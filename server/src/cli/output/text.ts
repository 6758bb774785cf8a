// Text output, Vale/compiler style: `path:line:col: severity rule-id message`, 1-based line and
// column, the column in UTF-16 code units as editors count them. One group of lines per file in
// document order; the caller puts a blank line between groups and the summary at the end.
import type { Severity } from '../../analysis/types';
import type { JsonFile } from './json';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** One line per diagnostic, joined by newlines, without a trailing one ('' for none). */
export function formatFindings(file: JsonFile, color: boolean): string {
  return file.diagnostics
    .map((f) => {
      const { line, character } = f.range.start;
      const severity = color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
      const rule = color ? `${DIM}${f.rule}${RESET}` : f.rule;
      return `${file.path}:${line + 1}:${character + 1}: ${severity} ${rule} ${oneLine(f.message)}`;
    })
    .join('\n');
}

export type Counts = Record<Severity, number>;

export const emptyCounts = (): Counts => ({ error: 0, warning: 0, information: 0, hint: 0 });

export interface Totals {
  counts: Counts;
  /** Files checked that had findings, and that had none. */
  withFindings: number;
  clean: number;
  /** Inputs that could not be checked. */
  skipped: number;
}

/** e.g. `3 warnings, 2 information in 2 files (1 file clean)`, or `No findings in 3 files`. */
export function formatSummary(t: Totals): string {
  const parts = (
    [
      [t.counts.error, 'error', 'errors'],
      [t.counts.warning, 'warning', 'warnings'],
      [t.counts.information, 'information', 'information'],
      [t.counts.hint, 'hint', 'hints'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => count(n, one, many));
  const head =
    parts.length > 0
      ? `${parts.join(', ')} in ${count(t.withFindings, 'file', 'files')}`
      : t.clean > 0
        ? `No findings in ${count(t.clean, 'file', 'files')}`
        : 'No files checked';
  const notes: string[] = [];
  if (parts.length > 0 && t.clean > 0) notes.push(`${count(t.clean, 'file', 'files')} clean`);
  if (t.skipped > 0) notes.push(`${t.skipped} skipped`);
  return notes.length > 0 ? `${head} (${notes.join(', ')})` : head;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
