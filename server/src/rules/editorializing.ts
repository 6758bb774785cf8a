// editorializing: the writer's own judgement in news copy, outside anyone's quote.
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, matchesIn, quoted } from './helpers';
import words from './editorializing.words.json';

const JUDGEMENTS = compilePhrases(words.map((w) => w.phrase));

export const editorializing: Rule = {
  id: 'editorializing',
  defaultSeverity: 'hint',
  description: 'The writer\'s own judgement in news copy ("surprisingly", "clearly", "shockingly", "of course").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const text = ctx.model.text;
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const m of matchesIn(ctx, sentence, JUDGEMENTS)) {
        if (ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
        // Capitalised inside a sentence it is part of a name or a title ("her song Outrageous").
        if (/^\p{Lu}/u.test(text.slice(m.start, m.end)) && /[\p{L}\p{N}]/u.test(text.slice(sentence.start, m.start))) continue;
        // "Surprisingly, the …": remove the word with its comma and capitalise what follows.
        const lead = /^,\s+/.exec(text.slice(m.end, m.end + 3));
        const span = lead && m.start === sentence.start ? { start: m.start, end: m.end + lead[0].length + 1 } : m;
        const next = text[span.end - 1] ?? '';
        const edit =
          span === m
            ? { start: m.start, end: text[m.end] === ' ' ? m.end + 1 : m.end, newText: '' }
            : { start: span.start, end: span.end, newText: next.toUpperCase() };
        findings.push({
          start: m.start,
          end: m.end,
          message: `Cut ${quoted(ctx, m)} or attribute the view to someone: it is the writer's judgement, not reporting.`,
          fixes: [{ title: `Remove ${quoted(ctx, m)}`, edits: [edit], preferred: true }],
        });
      }
    }
    return findings;
  },
};
