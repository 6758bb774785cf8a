// Inline control of rules in a document: `whosaid-disable-next-line`, `whosaid-disable-line`,
// `whosaid-disable` / `whosaid-enable`, each optionally naming rule ids. In Markdown they are HTML
// comments; in plain text they are lines of their own (optionally after `#` or `//`).
import { LineIndex } from './positions';
import type { DocumentFormat, Span } from './types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Rule ids named, with their spans; empty means every rule. */
  rules: { id: string; start: number; end: number }[];
}

// The opening of a Markdown directive; its arguments run to the first `-->` after it. (As one
// regex, `…\b([^]*?)-->` scanned to the end of the document from every unclosed opening.)
const MARKDOWN = /<!--\s*whosaid-(disable-next-line|disable-line|disable|enable)\b/g;
// A plain-text directive line; its arguments are the rest of the line less a trailing `-->` and
// blanks, cut in code. (A lazy `([^\r\n]*?)(?:-->)?[ \t]*$` was quadratic in a long line of blanks.)
const TEXT = /^[ \t]*(?:(?:#|\/\/|<!--)[ \t]*)?whosaid-(disable-next-line|disable-line|disable|enable)\b([^\r\n\u2028\u2029]*)/gm;

/** The next directive match, as [whole match, kind, arguments] at `index`, or null. */
function nextDirective(text: string, format: DocumentFormat): (RegExpExecArray & { 2: string }) | null {
  if (format === 'markdown') {
    const head = MARKDOWN.exec(text);
    if (!head) return null;
    const close = text.indexOf('-->', MARKDOWN.lastIndex);
    // No `-->` after this opening: none after any later one either.
    if (close < 0) return null;
    const args = text.slice(MARKDOWN.lastIndex, close);
    MARKDOWN.lastIndex = close + 3;
    const m = [text.slice(head.index, close + 3), head[1]!, args] as unknown as RegExpExecArray & { 2: string };
    m.index = head.index;
    return m;
  }
  const m = TEXT.exec(text);
  if (!m) return null;
  let args = m[2]!;
  let end = args.length;
  while (end > 0 && (args[end - 1] === ' ' || args[end - 1] === '\t')) end--;
  if (args.slice(0, end).endsWith('-->')) end -= 3;
  args = args.slice(0, end);
  m[2] = args;
  return m as RegExpExecArray & { 2: string };
}

export function findDirectives(text: string, format: DocumentFormat): Directive[] {
  const out: Directive[] = [];
  MARKDOWN.lastIndex = 0;
  TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextDirective(text, format)) !== null) {
    const argsStart = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    const rules: Directive['rules'] = [];
    const idPattern = /[^\s,]+/g;
    let id: RegExpExecArray | null;
    // "-- reason" ends the list of ids, as in ESLint: whosaid-disable-next-line vague-source -- quoting a headline
    const args = m[2]!.split(/\s--\s|^--\s/)[0]!;
    while ((id = idPattern.exec(args)) !== null) {
      rules.push({ id: id[0], start: argsStart + id.index, end: argsStart + id.index + id[0].length });
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind: m[1] as DirectiveKind, rules });
  }
  return out;
}

/** Decides, for a finding, whether a directive turns its rule off where it starts. */
export class Suppressions {
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  private readonly ranges: { from: number; to: number; rules: Set<string> | 'all' }[] = [];

  constructor(
    text: string,
    directives: readonly Directive[],
    private readonly lines = new LineIndex(text),
  ) {
    const open = new Map<string, number>();
    for (const d of directives) {
      const ids = d.rules.length > 0 ? new Set(d.rules.map((r) => r.id)) : 'all';
      const line = this.lines.positionAt(d.start).line;
      if (d.kind === 'disable-line') this.addLine(line, ids);
      else if (d.kind === 'disable-next-line') this.addLine(nextContentLine(text, this.lines, this.lines.positionAt(d.end).line), ids);
      else if (d.kind === 'disable') for (const id of ids === 'all' ? ['*'] : ids) open.set(id, open.get(id) ?? d.end);
      else {
        for (const id of ids === 'all' ? [...open.keys()] : ids) {
          const from = open.get(id);
          if (from === undefined) continue;
          this.ranges.push({ from, to: d.start, rules: id === '*' ? 'all' : new Set([id]) });
          open.delete(id);
        }
      }
    }
    for (const [id, from] of open) this.ranges.push({ from, to: text.length, rules: id === '*' ? 'all' : new Set([id]) });
  }

  isSuppressed(rule: string, offset: number): boolean {
    const onLine = this.lineRules.get(this.lines.positionAt(offset).line);
    if (onLine === 'all' || onLine?.has(rule)) return true;
    return this.ranges.some((r) => r.from <= offset && offset < r.to && (r.rules === 'all' || r.rules.has(rule)));
  }

  private addLine(line: number, ids: Set<string> | 'all'): void {
    const existing = this.lineRules.get(line);
    if (existing === 'all' || ids === 'all') this.lineRules.set(line, 'all');
    else this.lineRules.set(line, new Set([...(existing ?? []), ...ids]));
  }
}

// The line a "next line" directive applies to: the next one with text (blank lines skipped).
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let l = line + 1; l < lines.lineCount; l++) {
    const start = lines.lineStart(l);
    const end = l + 1 < lines.lineCount ? lines.lineStart(l + 1) : text.length;
    if (/\S/.test(text.slice(start, end))) return l;
  }
  return line + 1;
}
