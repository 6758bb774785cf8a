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

const MARKDOWN = /<!--\s*whosaid-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
const TEXT = /^[ \t]*(?:(?:#|\/\/|<!--)[ \t]*)?whosaid-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*?)(?:-->)?[ \t]*$/gm;

export function findDirectives(text: string, format: DocumentFormat): Directive[] {
  const pattern = format === 'markdown' ? MARKDOWN : TEXT;
  const out: Directive[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
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

  constructor(text: string, directives: readonly Directive[], private readonly lines = new LineIndex(text)) {
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
