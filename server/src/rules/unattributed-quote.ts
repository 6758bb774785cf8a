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
    const { sentences, quotes, prose } = ctx.model;
    let speakers: EarlierSpeakers | null = null;
    const earlierSpeakers = () => (speakers ??= speakersOf(ctx));
    // A run of quotations with nothing but blanks between them is one speaker's words: news copy
    // runs a quotation on sentence after sentence ("“A.” “B.”"), and British copy whose paragraph
    // breaks were lost opens each former paragraph without closing the last ("“A. “B.”"). A
    // speaker anywhere beside the run, before its first sentence or after its last, speaks it all.
    for (let r = 0; r < quotes.length; ) {
      const run = [{ quote: quotes[r]!, ...sentenceRange(ctx, quotes[r]!) }];
      for (r++; r < quotes.length && /^\s*$/.test(prose.slice(quotes[r - 1]!.end, quotes[r]!.start)); r++) {
        const next = { quote: quotes[r]!, ...sentenceRange(ctx, quotes[r]!) };
        if (sentences[next.first]?.block !== sentences[run[run.length - 1]!.last]?.block) break;
        run.push(next);
      }
      const flaggable = run.filter((x) => x.first < sentences.length && ctx.isCopy(sentences[x.first]!) && words(prose, x.quote) >= MIN_QUOTE_WORDS);
      if (flaggable.length === 0) continue;
      if (run.some((x) => x.first < sentences.length && hasSpeaker(ctx, x.quote, x.first, x.last)) || continuesSpeaker(ctx, run[0]!.quote, run[0]!.first, earlierSpeakers)) continue;
      for (const { quote, last } of flaggable) {
        findings.push({
          start: quote.start,
          end: quote.end,
          message: 'Say who said this: the quotation has no speaker in its sentence or the sentences beside it.',
          fixes: speakerFixes(ctx, quote, sentences[last]!),
        });
      }
    }
    return findings;
  },
};

function words(prose: string, quote: Quote): number {
  return prose.slice(quote.innerStart, quote.innerEnd).split(/\s+/).filter(Boolean).length;
}

/** The first and last sentence a quotation overlaps (`first` is sentences.length when none). */
function sentenceRange(ctx: RuleContext, quote: Quote): { first: number; last: number } {
  const { sentences } = ctx.model;
  const first = firstIndexWhere(sentences.length, (i) => sentences[i]!.end > quote.start);
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < quote.end) last++;
  return { first, last };
}

/**
 * “I have lost weight,” he said. … Lewis-Francis still feels the frustration of the final. “That
 * was heartbreaking.” A quotation right after a sentence about someone the story has already
 * quoted, in that sentence's paragraph or the next, goes on in their voice: the sentence is its
 * attribution.
 */
function continuesSpeaker(ctx: RuleContext, quote: Quote, first: number, earlierSpeakers: () => EarlierSpeakers): boolean {
  const { sentences, attributions, nested, prose } = ctx.model;
  const before = sentences[first - 1];
  if (!before || first >= sentences.length || before.block < sentences[first]!.block - 1 || quote.start < sentences[first]!.start) return false;
  if (before.attributions.some((i) => !nested[i] && attributions[i]!.source)) return false;
  const sentence = prose.slice(before.start, before.end);
  // Whether a speaker whose quotation ended before this sentence is named in it.
  const speakers = earlierSpeakers();
  for (const m of sentence.matchAll(/\p{L}+/gu)) if ((speakers.plain.get(m[0]) ?? Infinity) <= before.start) return true;
  return speakers.others.some((x) => x.end <= before.start && x.pattern.test(sentence));
}

/**
 * The surnames of the document's direct quotations' speakers, each with the earliest end of a
 * quotation they spoke: asked once per quotation, so gathered once, not per quotation from every
 * attribution before it (which made a long paragraph of quotations quadratic).
 */
interface EarlierSpeakers {
  /** Surnames of letters only: a whole word of the sentence equal to one names the speaker. */
  plain: Map<string, number>;
  /** Surnames with an apostrophe or a hyphen, which stands for any character ("O’Brien", "O'Brien"). */
  others: { end: number; pattern: RegExp }[];
}

function speakersOf(ctx: RuleContext): EarlierSpeakers {
  const { attributions, nested } = ctx.model;
  const plain = new Map<string, number>();
  const others = new Map<string, { end: number; pattern: RegExp }>();
  attributions.forEach((a, i) => {
    if (nested[i] || !a.direct || !a.source || !a.content) return;
    // The speaker's surname: the last capitalised word of the name ("Lewis-Francis", "Price").
    const surname = (a.sourceKind === 'pronoun' ? a.resolvedSource : a.source)?.text.match(/\p{Lu}[\p{L}’'-]+/gu)?.filter((w) => !ARTICLES.test(w)).pop();
    if (surname === undefined) return;
    const end = a.content.end;
    if (/^\p{L}+$/u.test(surname)) plain.set(surname, Math.min(end, plain.get(surname) ?? Infinity));
    else {
      const known = others.get(surname);
      if (known) known.end = Math.min(known.end, end);
      else others.set(surname, { end, pattern: new RegExp(`(?<![\\p{L}])${surname.replace(/[’'-]/g, '.')}(?![\\p{L}])`, 'u') });
    }
  });
  return { plain, others: [...others.values()] };
}

const ARTICLES = /^(?:The|A|An|His|Her|Their|Its|This|That|These|Those|Our|My)$/;

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
