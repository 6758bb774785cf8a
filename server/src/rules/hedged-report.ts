// hedged-report: a hedge ("reportedly", "allegedly") standing in for a source.
import type { Rule, RuleFinding } from './rule';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import words from './hedged-report.words.json';

const HEDGES = compilePhrases(words.map((w) => w.phrase));

export const hedgedReport: Rule = {
  id: 'hedged-report',
  defaultSeverity: 'warning',
  description: 'A hedge that reports without a source ("reportedly", "allegedly", "is said to", "it appears that").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const m of matchesIn(ctx, sentence, HEDGES)) {
        // A named speaker's hedge, quoted or reported, is their own word, not the reporter's.
        if (ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
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
