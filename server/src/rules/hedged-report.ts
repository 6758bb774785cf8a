// hedged-report: a hedge ("reportedly", "allegedly") standing in for a source.
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import { isReport } from './reporting';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import words from './hedged-report.words.json';

const HEDGES = compilePhrases(words.map((w) => w.phrase));

// "may have been carried out by", "could have been behind": the reporter guessing at a past fact
// or its cause. Not "could have been worse" or "might have been justified if …".
const SPECULATION = /^\s+(?:(?!expected\b)\p{L}+(?:ed|en)\s+(?:by|in|at|on|to|from)\b|behind\b|responsible\b|involved\b|linked\b|killed\b|caused\b|carried\s+out\b)/iu;

function isHedge(text: string, m: Span): boolean {
  const phrase = text.slice(m.start, m.end).toLowerCase();
  const after = text.slice(m.end, m.end + 40);
  if (/have been$/.test(phrase)) return SPECULATION.test(after) && !/\bif\b/.test(after);
  // "if it appears to be damaging the economy": a condition, not a hedge on a report.
  // "if it appears to be damaging": a condition; "steeper than it appears": a comparison.
  if (/^(?:it )?appears|^it seems/.test(phrase)) return !/\b(?:if|than)\s+(?:it\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
  return true;
}

// A source named in the sentence before or after it in the same paragraph
// covers the hedge: "Henry reportedly got a reply. Henry tweeted that Palmieri told him …".
function sourcedNearby(ctx: RuleContext, sentence: Sentence): boolean {
  const { sentences } = ctx.model;
  const index = ctx.sentenceIndex(sentence);
  return [index - 1, index + 1].some((k) => {
    const s = sentences[k];
    if (!s || s.block !== sentence.block) return false;
    return s.attributions.some((i) => {
      const a = ctx.model.attributions[i]!;
      return !ctx.model.nested[i] && (a.sourceKind === 'named' || a.sourceKind === 'document') && isReport(a);
    });
  });
}

export const hedgedReport: Rule = {
  id: 'hedged-report',
  defaultSeverity: 'warning',
  description: 'A hedge that reports without a source ("reportedly", "allegedly", "is said to", "it appears that").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      const matches = matchesIn(ctx, sentence, HEDGES);
      if (matches.length === 0 || sourcedNearby(ctx, sentence)) continue;
      for (const m of matches) {
        // A named speaker's hedge, quoted or reported, is their own word, not the reporter's.
        if (ctx.inQuote(m) || ctx.inAttributedContent(m) || !isHedge(ctx.model.text, m)) continue;
        const single = !/\s/.test(ctx.model.text.slice(m.start, m.end));
        findings.push({
          ...m,
          message: `${quoted(ctx, m)} hedges without saying who reported it: name the source (“…, according to …”) or state what is known.`,
          fixes: attributeFixes(ctx, sentence, single ? m : undefined),
        });
      }
    }
    return findings;
  },
};
