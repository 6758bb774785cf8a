// JSON output: one compact document on stdout,
//   {"version":1,"files":[{path, diagnostics, attributions}…],"errors":[{path, message}…]}
// Offsets are UTF-16 code units into the file's text after a UTF-8 BOM is removed (as editors
// count them); `range` gives the same span as 0-based LSP positions. `errors` lists inputs that
// could not be checked (and rules that failed); it is always present, empty when all went well.
// The caller streams the document: `jsonHead`, each file's `JSON.stringify(fileEntry(…))`
// joined by commas, then `jsonTail(errors)`.
import type { LineIndex } from '../../analysis/positions';
import type { Attribution, Finding } from '../../analysis/types';

export const JSON_VERSION = 1;

export interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
  attributions: JsonAttribution[];
}

interface JsonPosition {
  line: number;
  character: number;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Finding['severity'];
  message: string;
  start: number;
  end: number;
  range: { start: JsonPosition; end: JsonPosition };
  fixes: { title: string; edits: { start: number; end: number; newText: string }[] }[];
}

export interface JsonAttribution {
  cue: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
  content: { start: number; end: number } | null;
  sourceKind: Attribution['sourceKind'];
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

export function fileEntry(path: string, lines: LineIndex, findings: readonly Finding[], attributions: readonly Attribution[]): JsonFile {
  return {
    path,
    diagnostics: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
      fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) })),
    })),
    attributions: attributions.map((a) => ({
      cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text },
      source: a.source ? { start: a.source.start, end: a.source.end, text: a.source.text } : null,
      content: a.content ? { start: a.content.start, end: a.content.end } : null,
      sourceKind: a.sourceKind,
    })),
  };
}

export const jsonHead = (): string => `{"version":${JSON_VERSION},"files":[`;

export const jsonTail = (errors: readonly JsonError[]): string => `],"errors":${JSON.stringify(errors)}}\n`;
