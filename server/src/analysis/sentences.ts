// Sentence boundaries inside one block of prose. Hand-written because news copy is full of
// abbreviations that end in a period ("Sen.", "U.S.", "Jan.", "John F. Kennedy") and general
// splitters (including compromise's) cut there; this one is also ~50x faster.
import { formsWhere } from './reporting-verbs';
import type { Span } from './types';

// Titles, months, states, corporate suffixes: a period after these rarely ends a sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen sen rep reps gov lt col capt sgt maj adm cmdr rev st jr sr hon pres supt det insp ' +
    'gens sens brig cpl pvt ft mt messrs mmes atty ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo ' +
    'inc corp co ltd bros no nos vs v approx dept est fig ch vol op'
  ).split(' '),
);

// After a dotted acronym ("U.S.", "D.C."), only these words make us believe a new sentence begins.
const SENTENCE_STARTERS = new Set(
  'the he she it they we i but and a an in on at this that these those there his her their its our after before when while if as so yet still then some many most officials'.split(
    ' ',
  ),
);

// The closing marks after the punctuation are one character class: `(?:''|[…'…])*`, the same
// language, backtracked exponentially over a run of apostrophes ("Wow!" and 40 of them hung).
// A match starts only where a run of punctuation starts: retried inside a long run ("!!!…" with
// no capital after it) it was quadratic, and a start inside a run fails wherever the first did.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’'»)\]]*(?=\s+(?:''|["“‘'«(\[])?[A-Z0-9])/g;

/** Sentences of `text` between `start` and `end`, trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(slice)) !== null) {
    const stop = m.index + m[0].length;
    if (!isBoundary(slice, m.index, stop)) continue;
    pushTrimmed(sentences, slice, sentenceStart, stop, start);
    sentenceStart = stop;
  }
  pushTrimmed(sentences, slice, sentenceStart, slice.length, start);
  return sentences;
}

// The verbs that follow their quotation with the speaker in front ("“Why?” Smith asked."), in the
// past and the present: the lexicon's invertible verbs ("asked", "continued", "added", "says").
const INVERTED_SPEAKER_VERBS = new Set(formsWhere((v) => v.invertible === true, ['third', 'past']));
// After a quotation that ends on "?" or "!", a short speaker clause that ends the sentence:
// capitalised words (a name, a title) and one of those verbs, then at most a short setting.
const SPEAKER_AFTER_QUOTE = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4})(\p{Ll}+)(?:\s[^.!?“”"«»]{0,40})?[.!?]/u;

function isBoundary(s: string, punct: number, stop: number): boolean {
  // “Is he really so ignorant?” Scarborough continued.: the question is the speaker's clause's
  // content, not a sentence of its own (only after a closing quotation mark).
  if ((s[punct] === '?' || s[punct] === '!') && /["”’'»]$/.test(s.slice(punct, stop))) {
    const speaker = SPEAKER_AFTER_QUOTE.exec(s.slice(stop, stop + 120));
    if (speaker && INVERTED_SPEAKER_VERBS.has(speaker[2]!)) return false;
  }
  if (s[punct] !== '.') return true;
  if (s[punct + 1] === '.') return true; // an ellipsis "..." ends like any other
  const wordMatch = /([A-Za-z.]+)$/.exec(s.slice(Math.max(0, punct - 20), punct));
  if (!wordMatch) return true;
  const word = wordMatch[1]!;
  // Single initials: "John F. Kennedy", "George W. Bush".
  if (/^[A-Z]$/.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase()) && /^[A-Z]/.test(word)) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "U.S.", "a.m.", "D.C.": a boundary only if what follows looks like a sentence start.
    const next = /^\s+["“]?([A-Za-z]+)/.exec(s.slice(stop));
    return next !== null && SENTENCE_STARTERS.has(next[1]!.toLowerCase());
  }
  return true;
}

function pushTrimmed(out: Span[], s: string, from: number, to: number, base: number): void {
  while (from < to && /\s/.test(s[from]!)) from++;
  while (to > from && /\s/.test(s[to - 1]!)) to--;
  if (to > from) out.push({ start: base + from, end: base + to });
}
