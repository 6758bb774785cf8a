// vague-source: a statement attributed to someone the reader cannot identify.
import type { Sentence } from '../analysis/model';
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
      // Someone else's paraphrase ("Palmieri noted that experts say …") is theirs to source.
      if (ctx.inAttributedContent(a.cue)) return;
      const sentence = ctx.sentenceAt(a.cue.start);
      if (sentence && identifiedNearby(ctx, sentence, a.source.end)) return;
      // "sources who have seen the correspondence", "a source familiar with …": described.
      if (/^\s*,?\s*(?:who|that|familiar|close\s+to|with\s+knowledge|briefed|involved)\b/i.test(ctx.model.prose.slice(a.source.end, a.source.end + 40))) return;
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

// "Some party strategists said …. Charlie Black, a longtime Republican strategist, said …": the
// vague group is identified by a named speaker right after, or by "including <Name>".
function identifiedNearby(ctx: RuleContext, sentence: Sentence, after: number): boolean {
  if (/^[,\s—–-]*(?:including|among them|such as)\s+\p{Lu}/u.test(ctx.model.prose.slice(after, sentence.end))) return true;
  // The next sentence, or a quotation opening the next paragraph, where the speaker is named.
  const next = ctx.model.sentences[ctx.model.sentences.indexOf(sentence) + 1];
  if (!next || next.block > sentence.block + 1) return false;
  if (next.block !== sentence.block && !ctx.model.quotes.some((q) => q.start === next.start)) return false;
  return next.attributions.some((i) => {
    const a = ctx.model.attributions[i]!;
    return !ctx.model.nested[i] && a.sourceKind === 'named' && isReport(a);
  });
}

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
