// Tokens and word classes. Word classes come from compromise's lexicon (24k English words
// tagged with part of speech, first and last names, places, organisations), looked up word by
// word: a full compromise parse costs ~30 KB/s of text, a lexicon lookup next to nothing. The
// lexicon is read from lexicon.json, generated from compromise (scripts/generate-compromise-data.ts),
// so that starting the CLI or the server does not load compromise.
import lexiconData from './lexicon.json';
import { ABBREVIATIONS } from './sentences';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// Words (letters/digits joined by inner apostrophes, periods of abbreviations, hyphens) or
// single punctuation characters. Possessive "’s" stays with its word ("Observatory’s").
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[’'.\-&](?=[\p{L}\p{N}]))*\.?|''|[^\s\p{L}\p{N}]/gu;

/**
 * The tokens of `text` from `start` to `end`. `facts`, when given, receives each token's facts
 * (see TokenFacts), index for index.
 *
 * The tokens are TOKEN's matches in the text from `start` to `end`. Where the text is ASCII they
 * are cut here, a character at a time, and each token's facts are found by its characters (see
 * factsAt) without a string made for the token; at a character that is not ASCII (where TOKEN's
 * classes of letters, digits and marks decide), TOKEN itself finds the next token. Half the time
 * of TOKEN's matches and a Map's lookups of the strings they made.
 */
export function tokenize(text: string, start = 0, end = text.length, facts?: TokenFacts[]): Token[] {
  const tokens: Token[] = [];
  let slice: string | null = null;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // ASCII white space (\s) never starts a token.
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let s = i;
    let e = c < 0x80 ? asciiTokenEnd(text, i, end, c) : -1;
    if (e < 0) {
      slice ??= text.slice(start, end);
      TOKEN.lastIndex = i - start;
      const m = TOKEN.exec(slice);
      if (m === null) break;
      s = start + m.index;
      e = s + m[0].length;
    }
    // A trailing period is part of the token only for abbreviations and initials ("Sen.", "U.S.", "F.").
    if (e - s > 1 && text.charCodeAt(e - 1) === 46 && !isAbbreviation(text.slice(s, e))) e--;
    const f = factsAt(text, s, e);
    tokens.push({ start: s, end: e, text: f.text, lower: f.lower });
    facts?.push(f);
    i = e;
  }
  return tokens;
}

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where TOKEN's match at `i` ends (before `end`), for an ASCII character at `i`; -1 when a
 * character that is not ASCII could decide it (TOKEN then finds it).
 */
function asciiTokenEnd(text: string, i: number, end: number, c: number): number {
  // '' or one character of punctuation.
  if (!isAsciiLetterOrDigit(c)) return c === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39 ? i + 2 : i + 1;
  // A word: letters and digits, joined by ' . - & before a letter or digit; then an optional period.
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isAsciiLetterOrDigit(d)) {
      j++;
      continue;
    }
    if (d >= 0x80) return -1;
    if ((d === 39 || d === 46 || d === 45 || d === 38) && j + 1 < end) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiLetterOrDigit(next)) {
        j += 2;
        continue;
      }
      if (next >= 0x80) return -1;
    }
    break;
  }
  return j < end && text.charCodeAt(j) === 46 ? j + 1 : j;
}

/**
 * What is known of a token's text whatever its sentence, looked up once per token when it is cut
 * from the document: its text and lower case, kept as one copy per word (so that every later
 * lookup by a token's text hashes a string already hashed), and what the cue tagger and the
 * sentence model work out from the text alone, each in its own slot with the model it was worked
 * out for (a model replaced leaves the slot stale, and its owner works it out again).
 */
export interface TokenFacts {
  readonly text: string;
  readonly lower: string;
  /** isCapitalized(text), and whether it is also a word (starts with a letter). */
  readonly capitalised: boolean;
  readonly capitalisedWord: boolean;
  /** The cue tagger's facts of the text (cue-tagger.ts) and the model index they belong to. */
  tagger: unknown;
  taggerFor: unknown;
  /** The sentence model's facts of the text (sentence-attribution.ts) and the model they belong to. */
  sentence: unknown;
  sentenceFor: unknown;
}

// The facts of the token texts seen most recently: a few tens of thousands of words cover a
// newsroom's archive, and a long-running server that meets new words starts again at the limit.
// An open-addressing table keyed by the text's characters (FNV-1a of its UTF-16 code units), so
// that a token is looked up where it stands in the document, without a string made for it.
const FACTS_LIMIT = 50_000;
const FACT_SLOTS = 1 << 17;
const factHashes = new Int32Array(FACT_SLOTS);
const factSlots: (TokenFacts | undefined)[] = new Array<TokenFacts | undefined>(FACT_SLOTS).fill(undefined);
let factCount = 0;

/** The facts of a token's text (see TokenFacts). */
export function factsOf(text: string): TokenFacts {
  return factsAt(text, 0, text.length);
}

/** The facts of the text from `start` to `end` of `text`. */
function factsAt(text: string, start: number, end: number): TokenFacts {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const n = end - start;
  let slot = h & (FACT_SLOTS - 1);
  for (let f = factSlots[slot]; f !== undefined; f = factSlots[slot]) {
    if (factHashes[slot] === h && f.text.length === n) {
      const known = f.text;
      let k = 0;
      while (k < n && known.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === n) return f;
    }
    slot = (slot + 1) & (FACT_SLOTS - 1);
  }
  if (factCount >= FACTS_LIMIT) {
    factSlots.fill(undefined);
    factCount = 0;
    slot = h & (FACT_SLOTS - 1);
  }
  // A copy that does not hold on to the document the text was cut from (V8 keeps a slice of
  // 13 characters or more as a view into the whole string).
  const cut = start === 0 && end === text.length ? text : text.slice(start, end);
  const own = cut.length < 13 ? cut : (' ' + cut).slice(1);
  const capitalised = isCapitalized(own);
  const capitalisedWord = capitalised && /^\p{L}/u.test(own);
  const f: TokenFacts = { text: own, lower: own.toLowerCase(), capitalised, capitalisedWord, tagger: null, taggerFor: null, sentence: null, sentenceFor: null };
  factSlots[slot] = f;
  factHashes[slot] = h;
  factCount++;
  return f;
}

function isAbbreviation(t: string): boolean {
  return /^(?:[A-Za-z]\.){2,}$/.test(t) || /^[A-Z]\.$/.test(t) || (/^[A-Z]/.test(t) && ABBREVIATIONS.has(t.slice(0, -1).toLowerCase()));
}

export type WordClass =
  | 'Determiner'
  | 'Preposition'
  | 'Conjunction'
  | 'Pronoun'
  | 'Possessive'
  | 'Modal'
  | 'Copula'
  | 'Adverb'
  | 'Adjective'
  | 'Verb'
  | 'Noun'
  | 'Plural'
  | 'Actor'
  | 'FirstName'
  | 'LastName'
  | 'Honorific'
  | 'Place'
  | 'Organization'
  | 'Value'
  | 'Date';

let lexicon: Map<string, ReadonlySet<WordClass>> | null = null;

/** compromise's tags → word classes (the generator of lexicon.json reads this). */
export const TAG_TO_CLASS: Record<string, WordClass> = {
  Determiner: 'Determiner',
  Preposition: 'Preposition',
  Conjunction: 'Conjunction',
  Pronoun: 'Pronoun',
  Possessive: 'Possessive',
  Modal: 'Modal',
  Copula: 'Copula',
  Adverb: 'Adverb',
  Adjective: 'Adjective',
  Comparative: 'Adjective',
  Superlative: 'Adjective',
  PastTense: 'Verb',
  PresentTense: 'Verb',
  Gerund: 'Verb',
  Infinitive: 'Verb',
  Participle: 'Verb',
  Verb: 'Verb',
  PhrasalVerb: 'Verb',
  Singular: 'Noun',
  Noun: 'Noun',
  Uncountable: 'Noun',
  Plural: 'Plural',
  Actor: 'Actor',
  FirstName: 'FirstName',
  MaleName: 'FirstName',
  FemaleName: 'FirstName',
  LastName: 'LastName',
  Person: 'LastName',
  Honorific: 'Honorific',
  Place: 'Place',
  City: 'Place',
  Country: 'Place',
  Region: 'Place',
  Organization: 'Organization',
  SportsTeam: 'Organization',
  Cardinal: 'Value',
  TextValue: 'Value',
  Ordinal: 'Value',
  Month: 'Date',
  WeekDay: 'Date',
  Date: 'Date',
};

// lexicon.json: class signature ("Noun Verb") → the words with exactly those classes. Words with
// the same classes share one (read-only) set.
function loadLexicon(): Map<string, ReadonlySet<WordClass>> {
  const map = new Map<string, ReadonlySet<WordClass>>();
  for (const [signature, words] of Object.entries(lexiconData.classes as Record<string, string>)) {
    const classes: ReadonlySet<WordClass> = new Set(signature.split(' ') as WordClass[]);
    for (const word of words.split(' ')) map.set(word, classes);
  }
  return map;
}

const EMPTY: ReadonlySet<WordClass> = new Set();

/** The word classes compromise's lexicon knows for a lower-cased word (possessive stripped). */
export function wordClasses(lower: string): ReadonlySet<WordClass> {
  lexicon ??= loadLexicon();
  return lexicon.get(lower) ?? lexicon.get(lower.replace(/[’']s$/, '')) ?? EMPTY;
}

export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/**
 * Whether a clause (a subject and its verb) starts at token `i`: "the road was safe", "it was
 * late", "Smith would go". What follows a verb of saying when it reports words rather than
 * taking an object ("claimed responsibility", "revealed its new phone").
 */
export function startsClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  if (!first) return false;
  const cls = wordClasses(first.lower);
  // A pronoun, contracted with its verb too: "Trump claims he's worth $10 billion".
  if (/^(?:he|she|it|they|we|i|you|there)(?:['’](?:s|re|ve|d|ll|m))?$/.test(first.lower)) return true;
  if (!cls.has('Determiner') && !cls.has('Possessive') && !isCapitalized(first.text) && !cls.has('Plural')) return false;
  let limit = i + 6;
  for (let k = i + 1; k < Math.min(tokens.length, limit); k++) {
    const t = tokens[k]!;
    // "the law, which the EU says is needed, is little more than …": a relative clause between
    // commas belongs to the subject.
    if (t.text === ',' && /^(?:which|who|whose)$/.test(tokens[k + 1]?.lower ?? '')) {
      let close = k + 2;
      while (close < Math.min(tokens.length, k + 20) && !/^[,.;:!?]$/.test(tokens[close]!.text)) close++;
      if (tokens[close]?.text !== ',') return false;
      limit += close - k + 1;
      k = close;
      continue;
    }
    if (/^[,.;:!?]$/.test(t.text)) return false;
    const c = wordClasses(t.lower);
    if (c.has('Modal') || c.has('Copula') || /^(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)$/.test(t.lower)) return true;
    if (c.has('Verb') && !c.has('Noun') && !c.has('Plural') && !c.has('Adjective') && !isCapitalized(t.text)) return true;
  }
  return false;
}
