// vague-source: a statement attributed to someone the reader cannot identify.
import type { Span } from '../analysis/types';
import { isReport } from './reporting';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { compilePhrases, matchesIn, quoted } from './helpers';
import phrases from './vague-source.words.json';

// Vague constructions the attribution finder does not frame as source + cue ("many are saying").
const VAGUE_PATTERN = compilePhrases(phrases.map((p) => p.phrase));
let customKey = '';
let customPattern: RegExp | null = null;

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  description: 'Attribution to a source the reader cannot identify ("according to some reports", "sources say", "experts believe").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const seen: Span[] = [];
    ctx.model.attributions.forEach((a, i) => {
      if (a.sourceKind !== 'vague' || !a.source || ctx.model.nested[i] || ctx.inQuote(a.cue) || !isReport(a)) return;
      const span = { start: Math.min(a.source.start, a.cue.start), end: Math.max(a.source.end, a.cue.end) };
      seen.push(span);
      findings.push(finding(ctx, span, a.source));
    });
    const patterns = [VAGUE_PATTERN, customPhrases(ctx.options.vaguePhrases)].filter((p): p is RegExp => p !== null);
    for (const sentence of ctx.model.sentences) {
      for (const pattern of patterns) {
        for (const m of matchesIn(ctx, sentence, pattern)) {
          if (seen.some((s) => s.start < m.end && m.start < s.end) || ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
          seen.push(m);
          findings.push(finding(ctx, m, m));
        }
      }
    }
    return findings;
  },
};

function finding(ctx: RuleContext, span: Span, source: Span): RuleFinding {
  const named = ctx.namedSourcesNear(span.start, 3);
  return {
    ...span,
    message: `${quoted(ctx, source)} does not tell the reader who is speaking: name the source, or cite the specific report or document.`,
    fixes: named.map((n, i) => ({
      title: `Replace ${quoted(ctx, source)} with ${n.text}`,
      edits: [{ start: source.start, end: source.end, newText: n.text }],
      preferred: i === 0,
    })).concat([{
      title: 'Replace with a named source …',
      edits: [{ start: source.start, end: source.end, newText: '[source]' }],
      preferred: false,
      ...{ snippet: { at: source.start, text: '${1:source}' } },
    }]),
  };
}

function customPhrases(list: readonly string[]): RegExp | null {
  if (list.length === 0) return null;
  const key = list.join('\u0000');
  if (key !== customKey) {
    customKey = key;
    customPattern = compilePhrases(list);
  }
  return customPattern;
}
