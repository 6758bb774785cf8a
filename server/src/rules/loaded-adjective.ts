// loaded-adjective: a characterising word in the reporter's own voice ("the embattled minister", "a
// disastrous rollout", "The ad's focus is interesting"): the writer's verdict, not reporting.
import type { Rule, RuleFinding } from './rule';
import type { Fix } from '../analysis/types';
import { compilePhrases, matchesIn, quoted } from './helpers';
import { inWritersVoice } from './voice';
import words from './loaded-adjective.words.json';

interface Entry {
  phrase: string;
  /** The word is not a verdict after one of these words ("could prove embarrassing": a prospect). */
  unlessAfter?: string[];
}

const ENTRIES: readonly Entry[] = words;
const VERDICTS = compilePhrases(ENTRIES.map((w) => w.phrase));
const byPhrase = new Map(ENTRIES.map((w) => [w.phrase.toLowerCase(), w]));

export const loadedAdjective: Rule = {
  id: 'loaded-adjective',
  defaultSeverity: 'information',
  description: 'A characterising word in the reporter\'s voice ("the embattled minister", "a disastrous rollout"): attribute the judgement or cut it.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const text = ctx.model.text;
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const m of matchesIn(ctx, sentence, VERDICTS)) {
        // A speaker's word is theirs: inside a quotation or what someone is reported as saying.
        if (!inWritersVoice(ctx, m)) continue;
        // Capitalised inside a sentence it is part of a name or a title ("Shameless", "Bizarre Foods").
        // Opening the sentence, it is a name when a capitalised word follows ("Bizarre Foods returns").
        if (/^\p{Lu}/u.test(text.slice(m.start, m.end)) && (m.start !== sentence.start || /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)))) continue;
        const unlessAfter = byPhrase.get(text.slice(m.start, m.end).toLowerCase())?.unlessAfter;
        if (unlessAfter && unlessAfter.includes(wordBefore(text, sentence.start, m.start))) continue;
        findings.push({
          start: m.start,
          end: m.end,
          message: `Attribute ${quoted(ctx, m)} to someone who holds that view, or cut it: it is the writer's judgement, not reporting.`,
          fixes: fixesFor(text, m, sentence.end),
        });
      }
    }
    return findings;
  },
};

/** The word right before `at` in its sentence, lower-cased (string search: no regex anchored at the end of a slice). */
function wordBefore(text: string, sentenceStart: number, at: number): string {
  const before = text.slice(Math.max(sentenceStart, at - 20), at).trimEnd();
  return before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
}

// Before a noun ("an ominous trade pact") the word can go, with "a"/"an" put right; as a predicate
// ("The ad's focus is interesting.") cutting it breaks the sentence, so only attribution is offered.
function fixesFor(text: string, m: { start: number; end: number }, sentenceEnd: number): Fix[] {
  const fixes: Fix[] = [];
  const next = /^ (\p{L})/u.exec(text.slice(m.end, m.end + 2));
  if (next) {
    const article = /(?:^|[^\p{L}])(an?) $/iu.exec(text.slice(Math.max(0, m.start - 4), m.start));
    const edits = [{ start: m.start, end: m.end + 1, newText: '' }];
    if (article) {
      const wanted = /[aeiou]/i.test(next[1]!) ? 'an' : 'a';
      const at = m.start - 1 - article[1]!.length;
      if (article[1]!.toLowerCase() !== wanted)
        edits.unshift({ start: at, end: at + article[1]!.length, newText: /^A/.test(article[1]!) ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted });
    }
    fixes.push({ title: `Remove ${`“${text.slice(m.start, m.end)}”`}`, edits, preferred: true });
  }
  // ", according to [source]" before the sentence's closing punctuation.
  let at = sentenceEnd;
  while (at > m.end && /[\s.!?”"’')\]]/.test(text[at - 1]!)) at--;
  fixes.push({
    title: 'Attribute the judgement to someone …',
    edits: [{ start: at, end: at, newText: ', according to [source]' }],
    snippet: { at, text: ', according to ${1:source}' },
  });
  return fixes;
}
