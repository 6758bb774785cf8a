// unattributed-quote: a direct quotation with no speaker in its sentence or the sentences beside it.
import type { Sentence } from '../analysis/model';
import { sentenceRange } from '../analysis/quote-speakers';
import { embeddedPosts } from '../analysis/embedded-posts';
import type { Fix } from '../analysis/types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import type { Quote } from '../analysis/quotes';
import { ONLY_IF_SAID } from './helpers';

// Fewer words than this are scare quotes or titles ("little grace", “Saturday Night Live”).
const MIN_QUOTE_WORDS = 4;

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no speaker in its sentence or an adjacent one.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const { sentences, quotes, prose } = ctx.model;
    // Who speaks each quotation is the core's one answer (analysis/quote-speakers.ts), the one the
    // claims ledger shows: a quotation of a run with a speaker beside any of it has that speaker.
    // A quotation inside an embedded post is the post author's (analysis/embedded-posts.ts).
    const posts = embeddedPosts(ctx.model.text);
    quotes.forEach((quote, q) => {
      if (ctx.quoteSpeakers[q] || posts.some((p) => p.start <= quote.start && quote.start < p.end)) return;
      const { first, last } = sentenceRange(sentences, quote);
      if (first >= sentences.length || !ctx.isCopy(sentences[first]!) || words(prose, quote) < MIN_QUOTE_WORDS) return;
      findings.push({
        start: quote.start,
        end: quote.end,
        message: 'Say who said this: the quotation has no speaker in its sentence or the sentences beside it.',
        fixes: speakerFixes(ctx, quote, sentences[last]!),
      });
    });
    return findings;
  },
};

function words(prose: string, quote: Quote): number {
  return prose.slice(quote.innerStart, quote.innerEnd).split(/\s+/).filter(Boolean).length;
}

// “…,” Name said. — turn the closing period into a comma and add the speaker after the quote.
function speakerFixes(ctx: RuleContext, quote: Quote, sentence: Sentence): Fix[] {
  if (!quote.closed) return [];
  const text = ctx.model.text;
  const lastInner = quote.innerEnd - 1;
  const endsWithPeriod = text[lastInner] === '.';
  const closesSentence = quote.end >= sentence.end || (/^\s/.test(text.slice(quote.end, quote.end + 1)) && endsWithPeriod);
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
