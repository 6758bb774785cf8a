// JSON output: one compact document on stdout,
//   {"version":1,"files":[{path, diagnostics, attributions}…],"errors":[{path, message}…]}
// Offsets are UTF-16 code units into the file's text after a UTF-8 BOM is removed (as editors
// count them); `range` gives the same span as 0-based LSP positions. `errors` lists inputs that
// could not be checked (and rules that failed), sorted by path; it is always present, empty when
// all went well. The document is streamed: `jsonHead`, each file's `JSON.stringify(entry)` joined
// by commas, then `jsonTail(errors)`. The same entries feed every other format, so `whosaid merge`
// can rebuild any output from the JSON of shards.
import type { LineIndex, Position } from '../../analysis/positions';
import type { Attribution, Finding } from '../../analysis/types';
import type { VagueVerdict } from '../../analysis/vague-sources';

export const JSON_VERSION = 1;

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
  attributions: JsonAttribution[];
}

export interface JsonEdit {
  start: number;
  end: number;
  range: JsonRange;
  newText: string;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Finding['severity'];
  message: string;
  start: number;
  end: number;
  range: JsonRange;
  fixes: { title: string; edits: JsonEdit[] }[];
}

export interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

export interface JsonAttribution {
  cue: JsonSpan;
  source: JsonSpan | null;
  content: { start: number; end: number } | null;
  sourceKind: Attribution['sourceKind'];
  /** For a pronoun source: the named source it most likely refers to. */
  resolvedSource: JsonSpan | null;
  /** True when the content is a direct quotation. */
  direct: boolean;
  /**
   * Present for a vague source vague-source does not query, with the core's reason (see
   * analysis/vague-sources.ts): a named speaker right after pins it down, or its cue is a stance.
   */
  vagueVerdict?: 'named-nearby' | 'not-a-report';
}

export interface JsonError {
  path: string;
  message: string;
}

export interface JsonReport {
  version: typeof JSON_VERSION;
  files: JsonFile[];
  errors: JsonError[];
}

export function fileEntry(
  path: string,
  lines: LineIndex,
  findings: readonly Finding[],
  attributions: readonly Attribution[],
  vagueVerdicts: readonly (VagueVerdict | null)[] = [],
): JsonFile {
  const range = (start: number, end: number): JsonRange => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const span = (s: { start: number; end: number; text: string }): JsonSpan => ({ start: s.start, end: s.end, text: s.text });
  return {
    path,
    diagnostics: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      range: range(f.start, f.end),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ start: e.start, end: e.end, range: range(e.start, e.end), newText: e.newText })),
      })),
    })),
    attributions: attributions.map((a, i) => ({
      cue: span(a.cue),
      source: a.source ? span(a.source) : null,
      content: a.content ? { start: a.content.start, end: a.content.end } : null,
      sourceKind: a.sourceKind,
      resolvedSource: a.resolvedSource ? span(a.resolvedSource) : null,
      direct: a.direct,
      ...(vagueVerdicts[i] && vagueVerdicts[i] !== 'query' ? { vagueVerdict: vagueVerdicts[i] } : {}),
    })),
  };
}

export const jsonHead = (): string => `{"version":${JSON_VERSION},"files":[`;

export const jsonTail = (errors: readonly JsonError[]): string => `],"errors":${JSON.stringify(errors)}}\n`;
