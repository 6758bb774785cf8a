// unattributed-quote: a direct quotation with no speaker in its sentence or the sentences beside it.
import type { Sentence } from '../analysis/model';
import { firstIndexWhere } from '../analysis/span-index';
import type { Fix } from '../analysis/types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import type { Quote } from '../analysis/quotes';
import { isReport } from './reporting';
import { ONLY_IF_SAID } from './helpers';

// Fewer words than this are scare quotes or titles ("little grace", “Saturday Night Live”).
const MIN_QUOTE_WORDS = 4;

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no speaker in its sentence or an adjacent one.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const { sentences } = ctx.model;
    for (const quote of ctx.model.quotes) {
      const words = ctx.model.prose.slice(quote.innerStart, quote.innerEnd).split(/\s+/).filter(Boolean).length;
      if (words < MIN_QUOTE_WORDS) continue;
      const first = firstIndexWhere(sentences.length, (i) => sentences[i]!.end > quote.start);
      if (first >= sentences.length || !ctx.isCopy(sentences[first]!)) continue;
      let last = first;
      while (last + 1 < sentences.length && sentences[last + 1]!.start < quote.end) last++;
      if (hasSpeaker(ctx, quote, first, last)) continue;
      findings.push({
        start: quote.start,
        end: quote.end,
        message: 'Say who said this: the quotation has no speaker in its sentence or the sentences beside it.',
        fixes: speakerFixes(ctx, quote, sentences[last]!),
      });
    }
    return findings;
  },
};

function hasSpeaker(ctx: RuleContext, quote: Quote, first: number, last: number): boolean {
  const { sentences, attributions, nested } = ctx.model;
  // Only a report names a speaker: "The plan drew criticism as “…”" does not say who said it.
  if (ctx.overlapsAttributedContent(quote)) return true;
  for (let s = Math.max(0, first - 1); s <= Math.min(sentences.length - 1, last + 1); s++) {
    const sentence = sentences[s]!;
    // A neighbour counts only inside the same paragraph, or across the paragraph break it touches.
    const adjacentBlock = Math.abs(sentence.block - sentences[first]!.block) <= 1;
    if (adjacentBlock && sentence.attributions.some((i) => !nested[i] && attributions[i]!.source && isReport(attributions[i]!))) return true;
  }
  return false;
}

// “…,” Name said. — turn the closing period into a comma and add the speaker after the quote.
function speakerFixes(ctx: RuleContext, quote: Quote, sentence: Sentence): Fix[] {
  if (!quote.closed) return [];
  const text = ctx.model.text;
  const lastInner = quote.innerEnd - 1;
  const endsWithPeriod = text[lastInner] === '.';
  const closesSentence = quote.end >= sentence.end || /^\s/.test(text.slice(quote.end, quote.end + 1)) && endsWithPeriod;
  if (!closesSentence) return [];
  const make = (who: string, preferred: boolean): Fix => ({
    title: `Add the speaker: ${who}`,
    edits: [
      ...(endsWithPeriod ? [{ start: lastInner, end: lastInner + 1, newText: ',' }] : []),
      { start: quote.end, end: quote.end, newText: ` ${who} said.` },
    ],
    preferred,
  });
  // The placeholder first and preferred; a name from the story only if they said it.
  const fixes = ctx.namedSourcesNear(quote.start, 3).map((s) => ({ ...make(s.text, false), title: `Add the speaker: ${s.text}${ONLY_IF_SAID}` }));
  const placeholder = make('[speaker]', true);
  placeholder.snippet = { at: quote.end, text: ' ${1:speaker} said.' };
  return [placeholder, ...fixes];
}
