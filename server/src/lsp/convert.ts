// Offsets (the core's UTF-16 indices) to LSP ranges and back, through the core's LineIndex, and
// findings to diagnostics. The only place in the server that does this arithmetic.
import { DiagnosticRelatedInformation, DiagnosticSeverity, Location, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node';
import { LineIndex } from '../analysis/positions';
import { docsUrl } from '../analysis/hover';
import type { Finding, Severity, Span, TextEdit as OffsetEdit } from '../analysis/types';

export const SOURCE = 'whosaid';

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toSpan(lines: LineIndex, range: Range): Span {
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

export function toTextEdit(lines: LineIndex, edit: OffsetEdit): TextEdit {
  return { range: toRange(lines, edit), newText: edit.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions: the finding it came from, by version and offsets. */
export interface DiagnosticData {
  version: number;
  start: number;
  end: number;
}

export function toDiagnostic(lines: LineIndex, uri: string, version: number, finding: Finding): Diagnostic {
  const data: DiagnosticData = { version, start: finding.start, end: finding.end };
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => DiagnosticRelatedInformation.create(Location.create(uri, toRange(lines, r)), r.message));
  }
  return diagnostic;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const v = value as Partial<DiagnosticData> | null;
  return !!v && typeof v.version === 'number' && typeof v.start === 'number' && typeof v.end === 'number';
}

/** The text after applying non-overlapping offset edits. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Whether two edits touch or overlap: an editor may not apply both in one WorkspaceEdit safely. */
export function editsConflict(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
