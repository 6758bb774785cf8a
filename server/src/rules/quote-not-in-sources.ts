// quote-not-in-sources: a direct quotation that the writer's own transcripts, notes and press
// releases (config `sources`) do not contain word for word. Silent when no sources are given.
import type { Fix } from '../analysis/types';
import type { Sentence } from '../analysis/model';
import type { Rule, RuleContext, RuleFinding } from './rule';

// Fewer words than this are scare quotes or titles ("little grace", “Saturday Night Live”).
const MIN_QUOTE_WORDS = 4;
/** The share of words a passage must share with a quotation to count as the same quotation, reworded. */
export const CLOSE_MATCH = 0.7;

export const quoteNotInSources: Rule = {
  id: 'quote-not-in-sources',
  defaultSeverity: 'warning',
  description: 'A direct quotation that is not word for word in the configured sources (transcripts, notes, press releases).',
  check(ctx) {
    const sources = ctx.sources;
    if (!sources || sources.paths.length === 0) return [];
    const findings: RuleFinding[] = [];
    const text = ctx.model.text;
    for (const quote of ctx.model.quotes) {
      const inner = text.slice(quote.innerStart, quote.innerEnd);
      if (inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_QUOTE_WORDS) continue;
      // Titles of books, shows and slogans in title case (“The Art of the Deal”) are not speech.
      const words = inner.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
      if (words.length <= 10 && words.filter((w) => /^[“"'‘(]*\p{Lu}/u.test(w)).length >= Math.max(3, words.length * 0.6)) continue;
      const sentence = ctx.sentenceAt(quote.start) ?? ctx.sentenceAt(quote.innerStart);
      if (!sentence || !ctx.isCopy(sentence)) continue;
      const match = sources.match(inner, CLOSE_MATCH, speakerOf(ctx, sentence));
      if (match?.kind === 'exact') continue;
      if (!match) {
        const count = sources.paths.length;
        findings.push({
          start: quote.start,
          end: quote.end,
          message: `Check this quotation against the recording or notes, or add the source: it is not in the sources (${count} ${count === 1 ? 'file' : 'files'}).`,
        });
        continue;
      }
      const { passage } = match;
      const percent = Math.round(match.similarity * 100);
      findings.push({
        start: quote.start,
        end: quote.end,
        message: `Restore the source's wording, or check the quotation: ${passage.path}:${passage.line}${passage.speaker ? ` (${passage.speaker})` : ''} has “${passage.text}” (${percent}% of the words the same).`,
        fixes: restoreFix(text, quote.innerStart, quote.innerEnd, passage.text, passage.path),
      });
    }
    return findings;
  },
};

// Who the story says spoke the quotation: the named source of its sentence (a pronoun's antecedent).
function speakerOf(ctx: RuleContext, sentence: Sentence): string | undefined {
  for (const i of sentence.attributions) {
    const a = ctx.model.attributions[i]!;
    const who = a.sourceKind === 'pronoun' ? a.resolvedSource : a.source;
    if (who && (a.sourceKind === 'named' || a.sourceKind === 'pronoun')) return who.text;
  }
  return undefined;
}

const FUNCTION_WORDS = new Set('the a an of to and or in on at for with by from about as that this'.split(' '));

// Only a passage that plainly covers the same stretch of speech is offered as a replacement: of a
// similar length, and not cut off on a function word ("every email about the") that the quote
// does not end on. Otherwise the finding stands, with the passage in its message, and no fix.
function sameShape(quoted: string, passage: string): boolean {
  const a = quoted.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const b = passage.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (a.length === 0 || b.length === 0 || Math.abs(a.length - b.length) > Math.max(2, Math.round(0.3 * a.length))) return false;
  const cutOff = (x: string[], y: string[], k: (z: string[]) => string) => FUNCTION_WORDS.has(k(x)) && k(x) !== k(y);
  return !cutOff(b, a, (z) => z[z.length - 1]!) && !cutOff(b, a, (z) => z[0]!);
}

// Replaces the quoted words with the source's, keeping the quotation's own closing punctuation
// (“…,” he said) and its first letter's case. Not offered across paragraphs or over ellipses and
// bracketed insertions, whose edit would not be the writer's intent.
function restoreFix(text: string, innerStart: number, innerEnd: number, wording: string, path: string): Fix[] {
  const inner = text.slice(innerStart, innerEnd);
  if (/\n[ \t]*\r?\n|["“”]|…|\.\s?\.\s?\.|\[/.test(inner)) return [];
  const lead = /^[\s'‘"“]*/.exec(inner)![0].length;
  const trail = trailing(inner, /[\s.,;:!?'’"”—–-]/);
  const start = innerStart + lead;
  const end = innerEnd - trail;
  if (end <= start) return [];
  let words = wording.replace(/^[^\p{L}\p{N}]+/u, '');
  words = words.slice(0, words.length - trailing(words, /[\s.,;:!?—–-]/));
  // The first word keeps the case the writer gave it when it is the same word ("we" for "We").
  const ownFirst = /^[\p{L}\p{N}'’]+/u.exec(text.slice(start, end))?.[0];
  const sourceFirst = /^[\p{L}\p{N}'’]+/u.exec(words)?.[0];
  if (ownFirst && sourceFirst && ownFirst.toLowerCase() === sourceFirst.toLowerCase()) words = ownFirst + words.slice(sourceFirst.length);
  if (words === text.slice(start, end)) return [];
  if (!sameShape(text.slice(start, end), words)) return [];
  return [{ title: `Restore the wording of ${path}`, edits: [{ start, end, newText: words }], preferred: true }];
}

/**
 * How many characters at the end of `s` match `char` (one character). A loop: the regexes
 * /[…]*$/ and /[…]+$/ were retried from every character of a run that does not reach the end,
 * quadratic in a long quotation.
 */
function trailing(s: string, char: RegExp): number {
  let n = 0;
  while (n < s.length && char.test(s[s.length - 1 - n]!)) n++;
  return n;
}
