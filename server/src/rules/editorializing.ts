// editorializing: the writer's own judgement in news copy, outside anyone's quote.
//
// Two kinds of words, both data beside the rule, each entry with a real example:
// - phrases (editorializing.words.json): stance adverbs ("clearly", "unfortunately"), the writer
//   turning to the reader ("of course", "make no mistake", "mind you"), verdicts ("did not
//   disappoint"). An entry marked `parenthetical` is the writer's only as an aside, at the head of
//   the sentence or set off by commas on both sides ("To be fair, the debates …", not "aim to be
//   fair"; "Pointedly, only one official …", not "pointedly exchanging chit chat"); one with
//   `unlessAfter` is someone's own state after those words ("I have no doubt", "left no doubt").
// - evaluative frames (editorializing.frames.json): a judgement the sentence is hung on, "It is
//   strange that …", "it is worth remembering that …", "What is significant is …". The frame is
//   built here; the data is the judgement words it takes. A judgement word that is loaded-adjective's
//   ("surprising", "obvious") is left to that rule, so that one judgement is queried once.
//
// Either is the writer's only outside quotations and reported words (see voice.ts).
import type { Fix, Span } from '../analysis/types';
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, matchesIn, quoted, requiring } from './helpers';
import { inWritersVoice } from './voice';
import words from './editorializing.words.json';
import frames from './editorializing.frames.json';

interface Entry {
  phrase: string;
  parenthetical?: boolean;
  unlessAfter?: string[];
}

const ENTRIES: readonly Entry[] = words;
const JUDGEMENTS = compilePhrases(ENTRIES.map((w) => w.phrase));
const byPhrase = new Map(ENTRIES.map((w) => [normal(w.phrase), w]));

const PREDICATES = frames
  .map((f) => f.predicate)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/\s+/g, '\\s+'))
  .join('|');
// "It is strange that", "it's no surprise that", "it is remarkable how", "What is clear is (that)".
const OPEN = (word: string) =>
  `${word}(?:\\s+(?:is|was)|['’]s)\\s+(?:(?:also|perhaps|particularly|especially|most|more|even\\s+more|all\\s+the\\s+more)\\s+)?(?:${PREDICATES})\\s+`;
const FRAMES = requiring(
  new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${OPEN('it')}(?:that|how)|${OPEN('what')}(?:is|was)(?:\\s+that)?)(?![\\p{L}\\p{N}'’-])`, 'giu'),
  // Every frame holds one of its judgement words' first words: a plain list, to skip the sentences without one.
  new RegExp(`(?:${[...new Set(frames.map((f) => f.predicate.split(' ')[0]!))].join('|')})`, 'i'),
);

// "Then, sweet relief (or was it?):", "many Republicans seem to be hoping (praying?)": a question the
// writer puts to the reader in brackets, an aside on what the sentence reports. Short (at most five
// words); a speaker's bracketed question is inside their quotation.
const BRACKETED_QUESTION = /\((?:[\p{L}'’-]+,? ){0,4}[\p{L}'’-]+[?!]+\)/gu;

function normal(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

export const editorializing: Rule = {
  id: 'editorializing',
  defaultSeverity: 'hint',
  description: 'The writer\'s own judgement in news copy ("surprisingly", "clearly", "shockingly", "of course").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const text = ctx.model.text;
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      const taken: Span[] = [];
      for (const m of matchesIn(ctx, sentence, JUDGEMENTS)) {
        if (!inWritersVoice(ctx, m)) continue;
        // Capitalised inside a sentence it is part of a name or a title ("her song Outrageous").
        if (/^\p{Lu}/u.test(text.slice(m.start, m.end)) && /[\p{L}\p{N}]/u.test(text.slice(sentence.start, m.start))) continue;
        const entry = byPhrase.get(normal(text.slice(m.start, m.end)));
        if (entry?.parenthetical && !isAside(text, sentence, m)) continue;
        if (entry?.unlessAfter && entry.unlessAfter.includes(wordBefore(text, sentence, m))) continue;
        taken.push(m);
        findings.push({
          start: m.start,
          end: m.end,
          message: `Cut ${quoted(ctx, m)} or attribute the view to someone: it is the writer's judgement, not reporting.`,
          fixes: [removal(text, sentence, m)],
        });
      }
      for (const m of matchesIn(ctx, sentence, BRACKETED_QUESTION)) {
        // Inside reported speech too ("He said that he hasn't had much time to think about it
        // (really?)"): a speaker's own aside would be quoted.
        if (ctx.inQuote(m)) continue;
        taken.push(m);
        findings.push({
          start: m.start,
          end: m.end,
          message: `Cut ${quoted(ctx, m)} or attribute the view to someone: it is the writer's aside, not reporting.`,
          fixes: [
            {
              title: `Remove ${`“${text.slice(m.start, m.end)}”`}`,
              edits: [{ start: text[m.start - 1] === ' ' ? m.start - 1 : m.start, end: m.end, newText: '' }],
              preferred: true,
            },
          ],
        });
      }
      for (const m of matchesIn(ctx, sentence, FRAMES)) {
        if (taken.some((t) => t.start < m.end && m.start < t.end) || !inWritersVoice(ctx, m)) continue;
        const frame = text.slice(m.start, m.end);
        findings.push({
          start: m.start,
          end: m.end,
          message: `Cut ${quoted(ctx, m)} or attribute the view to someone: it is the writer's judgement, not reporting.`,
          // "… it is remarkable how many …": cutting the frame would leave "how" hanging.
          fixes: /\show$/i.test(frame) ? [] : [removal(text, sentence, m)],
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};

/** At the head of the sentence (after "And", "But" …) or set off on both sides by commas, dashes or brackets. */
function isAside(text: string, sentence: Span, m: Span): boolean {
  const before = text.slice(sentence.start, m.start);
  if (/^[\s("“‘']*(?:(?:and|but|so|yet|still|now)\s+)?$/i.test(before)) return true;
  // "The roads, mind you, were closed" — not "Milburn, pointedly exchanging chit chat" (a manner adverb).
  return /[,(—–]\s*$/.test(before) && /^\s*[,)—–:]/.test(text.slice(m.end, m.end + 3));
}

function wordBefore(text: string, sentence: Span, m: Span): string {
  let end = m.start;
  while (end > sentence.start && !/\p{L}/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > sentence.start && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Cut the words: "Surprisingly, the …" loses its comma and capitalises what follows. */
function removal(text: string, sentence: Span, m: Span): Fix {
  const label = `“${text.slice(m.start, m.end)}”`;
  const atHead = /^[\s("“‘']*$/.test(text.slice(sentence.start, m.start));
  const after = /^,?\s+/.exec(text.slice(m.end, m.end + 3));
  if (atHead && after && /\p{L}/u.test(text[m.end + after[0].length] ?? '')) {
    const next = m.end + after[0].length;
    return { title: `Remove ${label}`, edits: [{ start: m.start, end: next + 1, newText: text[next]!.toUpperCase() }], preferred: true };
  }
  return { title: `Remove ${label}`, edits: [{ start: m.start, end: text[m.end] === ' ' ? m.end + 1 : m.end, newText: '' }], preferred: true };
}
