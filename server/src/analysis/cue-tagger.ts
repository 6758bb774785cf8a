// Finds attribution cues with a small linear model (an averaged perceptron over word, context
// and word-class features) learned from the PolNeAR train split by eval/train-cue-model.ts.
// A word list cannot decide when "called", "shows" or "wants" report someone's words or views
// and when they do not; the words around them can, and the model has learned which.
// Tokens are tagged B (begins a cue), I (continues it: "has said", "according to") or O.
import model from './cue-model.json';
import { wordClasses, type Token } from './words';

export type Tag = 'O' | 'B' | 'I';
const TAGS: readonly Tag[] = ['O', 'B', 'I'];

export interface CueModel {
  /** Words that begin a cue in the training data; other words are never scored as B. */
  starters: string[];
  /** Added to the B score: the trade between precision and recall chosen on held-out data. */
  bBias: number;
  weights: Record<string, [number, number, number]>;
}

export interface TaggerInput {
  tokens: readonly Token[];
  /** Per token: inside a direct quotation (reporters do not attribute inside quotes). */
  inQuote: readonly boolean[];
}

const MODEL = model as unknown as CueModel;
let starters: ReadonlySet<string> = starterSet(MODEL.starters);
let weights: Record<string, [number, number, number]> = MODEL.weights;
let bBias = MODEL.bBias;

/** Replaces the model (training and tests); returns the previous one. */
export function useCueModel(next: CueModel): CueModel {
  const previous = { starters: [...starters].filter((w) => !w.startsWith('stem:')), weights, bBias };
  starters = starterSet(next.starters);
  weights = next.weights;
  bBias = next.bBias;
  return previous;
}

// Words that began a cue in training, and their stems: "proposes" is a candidate because
// "proposed" was a cue.
function starterSet(words: readonly string[]): ReadonlySet<string> {
  return new Set([...words, ...words.map((w) => `stem:${stem(w)}`)]);
}

function shape(text: string): string {
  if (/^\p{Lu}+$/u.test(text) && text.length > 1) return 'XX';
  if (/^\p{Lu}/u.test(text)) return 'Xx';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text;
}

function classOf(t: Token | undefined): string {
  if (!t) return 'none';
  const cls = wordClasses(t.lower);
  if (cls.has('Pronoun')) return 'Pron';
  if (cls.has('Determiner')) return 'Det';
  if (cls.has('Preposition')) return 'Prep';
  if (cls.has('Modal')) return 'Modal';
  if (cls.has('Verb')) return 'Verb';
  if (cls.has('FirstName') || cls.has('LastName')) return 'Name';
  if (cls.has('Actor')) return 'Actor';
  if (cls.has('Plural') || cls.has('Noun')) return 'Noun';
  if (cls.has('Adjective')) return 'Adj';
  if (cls.has('Adverb')) return 'Adv';
  return /^\p{Lu}/u.test(t.text) ? 'Cap' : 'unk';
}

// A crude stem, so that "says", "said" and "saying" share evidence with "say" where they can.
function stem(w: string): string {
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

// The nearest word to the left (within four) that could be a subject: who is speaking.
function subjectClass(tokens: readonly Token[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const c = classOf(tokens[k]);
    if (c === 'Pron' || c === 'Name' || c === 'Cap' || c === 'Actor' || c === 'Noun') return `${c}@${i - k}`;
    if (tokens[k]!.text === ',' || tokens[k]!.text === '.') return `stop@${i - k}`;
  }
  return 'none';
}

/** The features of token `i` given the tag of the token before it. */
export function cueFeatures(input: TaggerInput, i: number, previous: Tag): string[] {
  const { tokens } = input;
  const w = (k: number) => tokens[i + k]?.lower ?? (k < 0 ? '<s>' : '</s>');
  const t = tokens[i]!;
  const sentenceHasQuote = input.inQuote.some(Boolean);
  return [
    'bias',
    `w=${w(0)}`,
    `p=${previous}`,
    `p=${previous}|w=${w(0)}`,
    `w-1=${w(-1)}`,
    `w+1=${w(1)}`,
    `w-2=${w(-2)}`,
    `w+2=${w(2)}`,
    `w-1,w=${w(-1)}|${w(0)}`,
    `w,w+1=${w(0)}|${w(1)}`,
    `w-2,w-1=${w(-2)}|${w(-1)}`,
    `w+1,w+2=${w(1)}|${w(2)}`,
    `suf3=${t.lower.slice(-3)}`,
    `shape=${shape(t.text)}`,
    `shape,w=${shape(t.text)}|${w(0)}`,
    `c=${classOf(t)}`,
    `c-1=${classOf(tokens[i - 1])}`,
    `c+1=${classOf(tokens[i + 1])}`,
    `c-1,w=${classOf(tokens[i - 1])}|${w(0)}`,
    `w,c+1=${w(0)}|${classOf(tokens[i + 1])}`,
    `c-2,c-1=${classOf(tokens[i - 2])}|${classOf(tokens[i - 1])}`,
    `first=${i === 0}`,
    `q=${sentenceHasQuote}|w=${w(0)}`,
    `afterQuote=${i > 0 && input.inQuote[i - 1] === true}|w=${w(0)}`,
    `beforeQuote=${input.inQuote[i + 1] === true}|w=${w(0)}`,
    `end=${i + 1 >= tokens.length || /^[.!?]$/.test(tokens[i + 1]!.text)}|w=${w(0)}`,
    `stem=${stem(w(0))}`,
    `stem,c+1=${stem(w(0))}|${classOf(tokens[i + 1])}`,
    `subj=${subjectClass(tokens, i)}|stem=${stem(w(0))}`,
    `subj=${subjectClass(tokens, i)}`,
    `that3=${[1, 2, 3].some((k) => tokens[i + k]?.lower === 'that')}|stem=${stem(w(0))}`,
  ];
}

function score(features: readonly string[]): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  for (const f of features) {
    const v = weights[f];
    if (!v) continue;
    s[0] += v[0];
    s[1] += v[1];
    s[2] += v[2];
  }
  return s;
}

/** Whether a token can be scored at all: a known cue starter, or the continuation of a cue. */
export function isCandidate(input: TaggerInput, i: number, previous: Tag): boolean {
  if (input.inQuote[i]) return false;
  const word = input.tokens[i]!.lower;
  return previous !== 'O' || starters.has(word) || starters.has(`stem:${stem(word)}`);
}

export interface Tagging {
  tags: Tag[];
  /**
   * How close the sentence came to having a cue: the best margin of a B over the other tags
   * (positive when a cue was tagged). Rules that must not fire on attributed sentences use it
   * to stay quiet where the tagger was unsure.
   */
  margin: number;
}

/** Greedy left-to-right tagging. */
export function tagTokens(input: TaggerInput): Tagging {
  const tags: Tag[] = [];
  let previous: Tag = 'O';
  let margin = -Infinity;
  for (let i = 0; i < input.tokens.length; i++) {
    let tag: Tag = 'O';
    if (isCandidate(input, i, previous)) {
      const s = score(cueFeatures(input, i, previous));
      s[1] += bBias;
      let best = 0;
      for (let k = 1; k < 3; k++) if (s[k]! > s[best]!) best = k;
      tag = TAGS[best]!;
      if (tag === 'I' && previous === 'O') tag = 'B';
      if (previous === 'O') margin = Math.max(margin, s[1] - Math.max(s[0], s[2]));
    }
    tags.push(tag);
    previous = tag;
  }
  return { tags, margin };
}

/** Cue spans as [first, last] token indices. */
export function cueSpans(tags: readonly Tag[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B') continue;
    let j = i;
    while (j + 1 < tags.length && tags[j + 1] === 'I') j++;
    spans.push([i, j]);
    i = j;
  }
  return spans;
}
