// Finds attribution cues with a small linear model (an averaged perceptron over word, context
// and word-class features) learned from the PolNeAR train split by eval/train-cue-model.ts.
// A word list cannot decide when "called", "shows" or "wants" report someone's words or views
// and when they do not; the words around them can, and the model has learned which.
// Tokens are tagged B (begins a cue), I (continues it: "has said", "according to") or O.
import model from './cue-model.json';
import { wordClasses, type Token, type TokenFacts } from './words';

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
  /** Per token, its facts as tokenize gave them (optional: a faster way to the same tags). */
  facts?: readonly TokenFacts[];
}

// In the bundle (see esbuild.mjs) the shipped model comes indexed already, in a file of its own
// beside the bundle (packedModelToBinary), read the first time a document is tagged: `load`. Its
// `weights` object is left out, rebuilt from the index if anything asks for it.
type ShippedModel = CueModel | { load(): Uint8Array };
const SHIPPED = model as unknown as ShippedModel;
let loaded = false;
let starters: ReadonlySet<string> = new Set();
let weights: Record<string, [number, number, number]> | null = null;
let packed: PackedIndex | null = null;
let bBias = 0;

function ensureModel(): void {
  if (loaded) return;
  loaded = true;
  const m: Partial<CueModel> & Pick<CueModel, 'starters' | 'bBias'> & { packedIndex?: PackedIndex } =
    'load' in SHIPPED ? packedModelFromBinary(SHIPPED.load()) : SHIPPED;
  starters = starterSet(m.starters);
  weights = m.weights ?? null;
  packed = m.packedIndex ?? null;
  bBias = m.bBias;
}

const currentWeights = () => {
  ensureModel();
  return (weights ??= weightsFromPacked(packed!));
};

/** Replaces the model (training and tests); returns the previous one. tagTokens indexes the model: do not change it afterwards. */
export function useCueModel(next: CueModel): CueModel {
  const previous = { starters: [...(ensureModel(), starters)].filter((w) => !w.startsWith('stem:')), weights: currentWeights(), bBias };
  starters = starterSet(next.starters);
  weights = next.weights;
  packed = null;
  bBias = next.bBias;
  clearLookups();
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
export function stem(w: string): string {
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

// ---- The features, declared once ------------------------------------------------------------
// Every feature is written here and nowhere else, as the string it makes with its values in
// braces: 'w-1,w={w-1}|{w}' makes "w-1,w=the|council" for "council" after "the". cueFeatures
// spells the strings out (the reference, and what eval/train-cue-model.ts counts and weighs); the
// fast scorer (tagTokens) reads the same list and looks each value's number up in the model's
// index instead, in the same order. A feature added, removed or reordered here changes both, and
// the index's tables are named after these templates. The values in braces are spelled out by
// VALUES, and their numbers are found by fastValues; test/core/cue-tagger.test.ts checks that
// the two agree for every value on every token of the fixtures (valueMismatches).
const FEATURES = [
  'bias',
  'w={w}',
  'p={p}',
  'p={p}|w={w}',
  'w-1={w-1}',
  'w+1={w+1}',
  'w-2={w-2}',
  'w+2={w+2}',
  'w-1,w={w-1}|{w}',
  'w,w+1={w}|{w+1}',
  'w-2,w-1={w-2}|{w-1}',
  'w+1,w+2={w+1}|{w+2}',
  'suf3={suf3}',
  'shape={shape}',
  'shape,w={shape}|{w}',
  'c={c}',
  'c-1={c-1}',
  'c+1={c+1}',
  'c-1,w={c-1}|{w}',
  'w,c+1={w}|{c+1}',
  'c-2,c-1={c-2}|{c-1}',
  'first={first}',
  'q={q}|w={w}',
  'afterQuote={afterQuote}|w={w}',
  'beforeQuote={beforeQuote}|w={w}',
  'end={end}|w={w}',
  'stem={stem}',
  'stem,c+1={stem}|{c+1}',
  'subj={subj}|stem={stem}',
  'subj={subj}',
  'that3={that3}|stem={stem}',
  // "Cruz said CNN called the announcement …": another verb of saying in the sentence makes a
  // candidate less likely to be a cue of its own (tagger F1 .736 → .744 on the train holdout).
  'say={say}',
  'say,stem={say}|{stem}',
  // A verb right after a quotation is usually its cue; one far from any quotation less often
  // (.744 → .748).
  'ql,stem={ql}|{stem}',
  'qr,stem={qr}|{stem}',
];

/** A value of the features, as text, for token `i` after a token tagged `previous`. */
type Value = (input: TaggerInput, i: number, previous: Tag) => string;

/** The word `offset` tokens from token `i`, or the pseudo-word before or after the sentence. */
const wordValue =
  (offset: number): Value =>
  (input, i) =>
    input.tokens[i + offset]?.lower ?? (offset < 0 ? '<s>' : '</s>');
/** The word class of the token `offset` tokens from token `i` ('none' outside the sentence). */
const classValue =
  (offset: number): Value =>
  (input, i) =>
    classOf(input.tokens[i + offset]);

// The values as text; fastValues (below, with the fast scorer) gives their numbers in the index.
const VALUES = {
  w: wordValue(0),
  'w-1': wordValue(-1),
  'w+1': wordValue(1),
  'w-2': wordValue(-2),
  'w+2': wordValue(2),
  /** The tag of the token before. */
  p: (_input, _i, previous) => previous,
  suf3: (input, i) => input.tokens[i]!.lower.slice(-3),
  shape: (input, i) => shape(input.tokens[i]!.text),
  stem: (input, i) => stem(input.tokens[i]!.lower),
  c: classValue(0),
  'c-1': classValue(-1),
  'c+1': classValue(1),
  'c-2': classValue(-2),
  first: (_input, i) => String(i === 0),
  /** Whether the sentence quotes anyone. */
  q: (input) => String(input.inQuote.some(Boolean)),
  afterQuote: (input, i) => String(i > 0 && input.inQuote[i - 1] === true),
  beforeQuote: (input, i) => String(input.inQuote[i + 1] === true),
  /** The last token of the sentence, or the last before its full stop. */
  end: (input, i) => String(i + 1 >= input.tokens.length || /^[.!?]$/.test(input.tokens[i + 1]!.text)),
  /** Who is speaking: the nearest word to the left that could be a subject. */
  subj: (input, i) => subjectClass(input.tokens, i),
  /** "that" within three words: "said that", "told reporters that". */
  that3: (input, i) => String([1, 2, 3].some((k) => input.tokens[i + k]?.lower === 'that')),
  /** Another word of SAY_WORDS outside quotation marks in the sentence. */
  say: (input, i) => String(otherSay(input, i)),
  /** How far the nearest quoted token is to the left and to the right. */
  ql: (input, i) => quoteDistance(input, i, -1),
  qr: (input, i) => quoteDistance(input, i, 1),
} satisfies Record<string, Value>;
type ValueName = keyof typeof VALUES;
const VALUE_NAMES = Object.keys(VALUES) as ValueName[];

/** A feature template, taken apart: `parts[0] values[0] parts[1] values[1] parts[2]`. */
interface Template {
  parts: string[];
  /** Indices into VALUE_NAMES. */
  values: number[];
  /** The index's table: one value per key ('w', and 'bias' with no value), or two ('w-1,w'; 'p|w' for 'p={p}|w={w}'). */
  table: string;
  /** For 'p={p}|w={w}' and the like, the name of the second value ('w'); '' for 'w-1,w={w-1}|{w}'. */
  second: string;
}

const TEMPLATES: readonly Template[] = FEATURES.map((source) => {
  const pieces = source.split(/\{([^{}]*)\}/);
  const parts = pieces.filter((_, k) => k % 2 === 0);
  const values = pieces
    .filter((_, k) => k % 2 === 1)
    .map((name) => {
      const at = VALUE_NAMES.indexOf(name as ValueName);
      if (at < 0) throw new Error(`cue feature ${source}: no value {${name}}`);
      return at;
    });
  const name = values.length === 0 ? parts[0]! : parts[0]!.slice(0, -1);
  const between = values.length === 2 ? /^\|(?:([^=|]+)=)?$/.exec(parts[1]!) : null;
  const wellFormed =
    /^[^=|]+$/.test(name) &&
    (values.length === 0 || (parts[0]!.endsWith('=') && parts[values.length] === '')) &&
    (values.length < 2 || between) &&
    values.length <= 2;
  if (!wellFormed) throw new Error(`cue feature ${source}: not 'name', 'name={a}', 'name={a}|{b}' or 'name={a}|second={b}'`);
  const second = between?.[1] ?? '';
  return { parts, values, table: second ? `${name}|${second}` : name, second };
});

/** The features of token `i` given the tag of the token before it, as strings. */
export function cueFeatures(input: TaggerInput, i: number, previous: Tag): string[] {
  const texts = VALUE_NAMES.map((name) => VALUES[name](input, i, previous));
  return TEMPLATES.map(({ parts, values }) =>
    values.length === 0 ? parts[0]! : values.length === 1 ? parts[0]! + texts[values[0]!]! : parts[0]! + texts[values[0]!]! + parts[1]! + texts[values[1]!]!,
  );
}

// The commonest verbs of saying (the 'say' value).
const SAY_WORDS = new Set(['said', 'says', 'say', 'according', 'told', 'added', 'wrote']);

/** Whether a word of SAY_WORDS other than token `i` stands outside quotation marks in the sentence. */
function otherSay(input: TaggerInput, i: number): boolean {
  return input.tokens.some((t, k) => k !== i && !input.inQuote[k] && SAY_WORDS.has(t.lower));
}

/**
 * How far the nearest quoted token is on one side (`direction` -1: left, 1: right), in buckets:
 * "1", "2", "near" (3–5), "far" or "none".
 */
function quoteDistance(input: TaggerInput, i: number, direction: -1 | 1): string {
  for (let k = i + direction, d = 1; k >= 0 && k < input.tokens.length; k += direction, d++) {
    if (input.inQuote[k]) return distanceBucket(d);
  }
  return 'none';
}

const distanceBucket = (d: number) => (d <= 2 ? String(d) : d <= 5 ? 'near' : 'far');

/** The scores of a token from its feature strings: the reference the fast path in tagTokens must equal. */
export function score(features: readonly string[]): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  for (const f of features) {
    const v = currentWeights()[f];
    if (!v) continue;
    s[0] += v[0];
    s[1] += v[1];
    s[2] += v[2];
  }
  return s;
}

/**
 * Greedy tagging the slow way, every feature string built and looked up: the reference that
 * tagTokens must equal (test/core/cue-tagger.test.ts), and a way to try a feature in
 * cueFeatures before the fast path knows it (eval/tagger.ts).
 */
export function tagTokensByReference(input: TaggerInput): Tagging {
  ensureModel();
  return tagGreedily(
    input,
    (i, previous) => isCandidate(input, i, previous),
    (i, previous) => score(cueFeatures(input, i, previous)),
  );
}

/** Left to right, each token's best tag given the one before; an I after an O begins a cue. */
function tagGreedily(
  input: TaggerInput,
  candidate: (i: number, previous: Tag) => boolean,
  scoreOf: (i: number, previous: Tag) => [number, number, number],
): Tagging {
  const tags: Tag[] = [];
  let previous: Tag = 'O';
  let margin = -Infinity;
  for (let i = 0; i < input.tokens.length; i++) {
    let tag: Tag = 'O';
    if (candidate(i, previous)) {
      const s = scoreOf(i, previous);
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

/** Whether a token can be scored at all: a known cue starter, or the continuation of a cue. */
export function isCandidate(input: TaggerInput, i: number, previous: Tag): boolean {
  ensureModel();
  if (input.inQuote[i]) return false;
  const word = input.tokens[i]!.lower;
  return previous !== 'O' || starters.has(word) || starters.has(`stem:${stem(word)}`);
}

// ---- Fast scoring ----------------------------------------------------------------------------
// tagTokens adds up exactly the weights of cueFeatures' features, in the same order (so that the
// sums are the same to the last bit), without building a string for every feature of every token.
// The model is indexed once: every word, class, shape or other value in a feature gets a number,
// one-value features are found by that number in an array per template, two-value features in a
// table per template keyed by both numbers, and the weights sit in one Float64Array. A token's
// numbers are kept per word. The templates are FEATURES, read here as they are by cueFeatures.
// (Checked against score(cueFeatures(…)) in test/core/cue-tagger.test.ts.)

// The index's tables, one per template of FEATURES, in its order: one value per key ('w', and
// 'bias' keyed by ''), two values ('w-1,w'), or two named ('p|w' for 'p={p}|w={w}').
const ONE_VALUE = TEMPLATES.filter((t) => t.values.length < 2).map((t) => t.table);
const TWO_VALUES = TEMPLATES.filter((t) => t.values.length === 2 && !t.second).map((t) => t.table);
const NAMED_PAIRS = TEMPLATES.filter((t) => t.second);
const TWO_NAMES = [...TWO_VALUES, ...NAMED_PAIRS.map((t) => t.table)];
/** Names whose features may be 'name=a|second=b': the second name. */
const SECOND_NAME: Record<string, string> = Object.fromEntries(NAMED_PAIRS.map((t) => [t.table.slice(0, t.table.indexOf('|')), t.second]));
// A feature string must belong to one table: the index finds its template by its name.
if (
  new Set([...ONE_VALUE, ...TWO_NAMES]).size !== TEMPLATES.length ||
  TWO_VALUES.some((n) => ONE_VALUE.includes(n) || n in SECOND_NAME) ||
  Object.keys(SECOND_NAME).length !== NAMED_PAIRS.length
) {
  throw new Error('cue features: two templates share a name');
}

// How fastScore finds each template's feature id. A token's values are of three sorts: those of
// its own text (FIXED_VALUES: its word, stem, suffix, shape and class), those of few possible texts
// (DOMAINS: a tag, a class, true or false, a subject, a quotation distance), and the words around
// it. A template of the token's text alone (FIXED), or of its text and one value of few texts
// (TEXT_SMALL: "p={p}|w={w}", "subj={subj}|stem={stem}"), has its ids worked out once per token
// text for every value the other can take (textIds); one of values of few texts only (SMALL) has
// a table by their positions (smallTable); the rest are looked up in the index as they come (ONE
// by a value's number, PAIR in a template's PairTable). The sums are made in FEATURES' order all
// the same, so they are the reference's to the last bit.
const CLASSES = ['none', 'Pron', 'Det', 'Prep', 'Modal', 'Verb', 'Name', 'Actor', 'Noun', 'Adj', 'Adv', 'Cap', 'unk'];
const CLASS_INDEX = new Map(CLASSES.map((c, k) => [c, k]));
const NO_CLASS = 0;
const SUBJECT_CLASSES = ['Pron', 'Name', 'Cap', 'Actor', 'Noun', 'stop'];
const STOP = SUBJECT_CLASSES.indexOf('stop');
/** subjectClass's values: 'none', then each class at distances 1 to 4. */
const SUBJECTS = ['none', ...SUBJECT_CLASSES.flatMap((c) => [1, 2, 3, 4].map((d) => `${c}@${d}`))];
const NO_SUBJECT = 0;
const subjectPosition = (subject: number, distance: number) => 1 + 4 * subject + distance - 1;
/** Per class (position in CLASSES), its position in SUBJECT_CLASSES, or -1: not a subject. */
const SUBJECT_OF_CLASS = Int32Array.from(CLASSES, (c) => SUBJECT_CLASSES.indexOf(c));
/** quoteDistance's values (DISTANCE_POSITION gives the position of distanceBucket(d)). */
const DISTANCES = ['1', '2', 'near', 'far', 'none'];
const NO_QUOTE = DISTANCES.indexOf('none');
/** By distance up to 6 (farther is as far), the position of distanceBucket's value in DISTANCES. */
const DISTANCE_POSITION = Int32Array.from([0, 1, 2, 3, 4, 5, 6], (d) => DISTANCES.indexOf(distanceBucket(Math.max(d, 1))));
const BOOLS = ['false', 'true'];
const DOMAINS: Partial<Record<ValueName, readonly string[]>> = {
  p: TAGS,
  c: CLASSES,
  'c-1': CLASSES,
  'c+1': CLASSES,
  'c-2': CLASSES,
  first: BOOLS,
  q: BOOLS,
  afterQuote: BOOLS,
  beforeQuote: BOOLS,
  end: BOOLS,
  subj: SUBJECTS,
  that3: BOOLS,
  say: BOOLS,
  ql: DISTANCES,
  qr: DISTANCES,
};
const FIXED_VALUES: ReadonlySet<ValueName> = new Set(['w', 'suf3', 'shape', 'stem', 'c']);
/** The values by slot, as fastValues writes them: '' (for 'bias') at 0, then VALUE_NAMES. */
const SLOT_NAMES: readonly (ValueName | '')[] = ['', ...VALUE_NAMES];
const V = Object.fromEntries(VALUE_NAMES.map((name, k) => [name, k + 1])) as Record<ValueName, number>;

const FIXED = 0;
const TEXT_SMALL = 1;
const SMALL = 2;
const ONE = 3;
const PAIR = 4;
/** Per template: its sort; the slots of its values (ARG_B -1 for one value); for TEXT_SMALL, the slot of its value of few texts. */
const KIND = new Int32Array(TEMPLATES.length);
const ARG_A = new Int32Array(TEMPLATES.length).fill(-1);
const ARG_B = new Int32Array(TEMPLATES.length).fill(-1);
const SMALL_SLOT = new Int32Array(TEMPLATES.length).fill(-1);
/** FIXED and TEXT_SMALL: where its ids start in a text's ids (TEXT_SLOTS long); SMALL: the size of its second value's domain (1 for one value). */
const OFFSET = new Int32Array(TEMPLATES.length).fill(-1);
const STRIDE = new Int32Array(TEMPLATES.length).fill(1);
let TEXT_SLOTS = 0;
TEMPLATES.forEach((t, k) => {
  const names = t.values.map((v) => VALUE_NAMES[v]!);
  const slots = t.values.map((v) => v + 1);
  const fixed = names.map((n) => FIXED_VALUES.has(n));
  const small = names.map((n) => DOMAINS[n] !== undefined);
  ARG_A[k] = slots[0] ?? 0;
  ARG_B[k] = slots[1] ?? -1;
  // The value that is not of the token's text, for a pair with one that is.
  const other = fixed[0] ? 1 : 0;
  if (fixed.every(Boolean)) {
    KIND[k] = FIXED;
    OFFSET[k] = TEXT_SLOTS++;
  } else if (names.length === 2 && fixed[1 - other] && small[other]) {
    KIND[k] = TEXT_SMALL;
    SMALL_SLOT[k] = slots[other]!;
    OFFSET[k] = TEXT_SLOTS;
    TEXT_SLOTS += DOMAINS[names[other]!]!.length;
  } else if (small.every(Boolean)) {
    KIND[k] = SMALL;
    if (names.length === 2) STRIDE[k] = DOMAINS[names[1]!]!.length;
  } else {
    KIND[k] = names.length === 1 ? ONE : PAIR;
  }
});

interface WeightIndex {
  /** Feature id → its weights at [3 id, 3 id + 3). */
  vectors: Float64Array;
  /** Every value that occurs in a feature → its number. */
  atoms: Map<string, number>;
  /** Per one-value template, atom → feature id (-1: none). */
  one: Record<string, Int32Array>;
  /** Per two-value template, (a, b) → feature id. */
  two: Record<string, PairTable>;
  width: number;
  /** The number of '' (bias). */
  empty: number;
  /** Per value slot (see SLOT_NAMES), for a value of few texts (DOMAINS): the number of each of its texts, by position; empty otherwise. */
  small: Int32Array[];
  /** Per template of FEATURES, its table: `ones` for one value (empty otherwise), `pairs` for two (null otherwise). */
  ones: Int32Array[];
  pairs: (PairTable | null)[];
  /** Per SMALL template, its feature ids by the positions of its values (see smallTable); empty otherwise. */
  smallIds: Int32Array[];
}

let index: WeightIndex | null = null;

function clearLookups(): void {
  index = null;
  wordInfo = new Map();
  textInfo = new Map();
}

interface PairTableParts {
  slots: Int32Array;
  firsts: Int32Array;
  seconds: Int32Array;
}

/**
 * (a, b) → feature id, for atoms a, b ≥ 0: open addressing in typed arrays (a Map keyed by
 * a * width + b was most of the scoring time). Later entries for the same pair win, as in a Map.
 */
class PairTable {
  // Slot i holds a, b and the id at [3i, 3i + 3), a = -1 when empty: a hit reads one cache line,
  // where three arrays cost three misses in tables far larger than the cache.
  private readonly slots: Int32Array;
  private readonly mask: number;
  // Bit sets of the atoms that occur first and second in some pair: most lookups are for a pair
  // the model does not have, and most of those are answered here without touching the table.
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;

  /** `triples`: a, b, id, a, b, id, …; or a table's `parts()`, as the bundle's binary model ships them (no hashing at start-up). */
  constructor(triples: ArrayLike<number> | PairTableParts) {
    if ('slots' in triples) {
      this.slots = triples.slots;
      this.mask = triples.slots.length / 3 - 1;
      this.firsts = triples.firsts;
      this.seconds = triples.seconds;
      return;
    }
    const count = triples.length / 3;
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.slots = new Int32Array(3 * capacity).fill(-1);
    this.mask = capacity - 1;
    let maxA = 0;
    let maxB = 0;
    for (let k = 0; k < triples.length; k += 3) {
      maxA = Math.max(maxA, triples[k]!);
      maxB = Math.max(maxB, triples[k + 1]!);
    }
    this.firsts = new Int32Array((maxA >> 5) + 1);
    this.seconds = new Int32Array((maxB >> 5) + 1);
    for (let k = 0; k < triples.length; k += 3) {
      const a = triples[k]!;
      const b = triples[k + 1]!;
      this.set(a, b, triples[k + 2]!);
      this.firsts[a >> 5]! |= 1 << (a & 31);
      this.seconds[b >> 5]! |= 1 << (b & 31);
    }
  }

  private slot(a: number, b: number): number {
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private set(a: number, b: number, id: number): void {
    const s = this.slots;
    let i = this.slot(a, b);
    while (s[3 * i] !== -1 && !(s[3 * i] === a && s[3 * i + 1] === b)) i = (i + 1) & this.mask;
    s[3 * i] = a;
    s[3 * i + 1] = b;
    s[3 * i + 2] = id;
  }

  get(a: number, b: number): number {
    if (a >> 5 >= this.firsts.length || ((this.firsts[a >> 5]! >>> (a & 31)) & 1) === 0) return -1;
    if (b >> 5 >= this.seconds.length || ((this.seconds[b >> 5]! >>> (b & 31)) & 1) === 0) return -1;
    const s = this.slots;
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const stored = s[3 * i]!;
      if (stored === -1) return -1;
      if (stored === a && s[3 * i + 1] === b) return s[3 * i + 2]!;
    }
  }

  /** The typed arrays the table is made of (packedModelToBinary writes them as they are). */
  parts(): PairTableParts {
    return { slots: this.slots, firsts: this.firsts, seconds: this.seconds };
  }

  /** [a, b, id] of every entry. */
  entries(): [number, number, number][] {
    const s = this.slots;
    const out: [number, number, number][] = [];
    for (let i = 0; i < s.length; i += 3) if (s[i] !== -1) out.push([s[i]!, s[i + 1]!, s[i + 2]!]);
    return out;
  }
}

/**
 * The weights by template and values. A feature string is in `weights` exactly when its values
 * are found here: every way of splitting a pair at a `|` is indexed, so that a word that is
 * itself "|" still finds its weights.
 */
function buildIndex(weights: Record<string, [number, number, number]>): WeightIndex {
  const keys = Object.keys(weights);
  const atoms = new Map<string, number>();
  const atom = (value: string) => {
    let id = atoms.get(value);
    if (id === undefined) atoms.set(value, (id = atoms.size));
    return id;
  };
  // First pass: split every key into its template and values.
  const ones: [string, number, number][] = [];
  const twos: [string, number, number, number][] = [];
  const oneNames = new Set<string>(ONE_VALUE);
  const twoNames = new Set<string>(TWO_VALUES);
  keys.forEach((key, id) => {
    const eq = key.indexOf('=');
    if (eq < 0) {
      if (key === 'bias') ones.push(['bias', atom(''), id]);
      return;
    }
    const name = key.slice(0, eq);
    if (name === 'bias') return;
    const rest = key.slice(eq + 1);
    const second = SECOND_NAME[name];
    if (second !== undefined) {
      const bar = rest.indexOf('|');
      if (bar < 0) {
        if (oneNames.has(name)) ones.push([name, atom(rest), id]);
      } else if (rest.startsWith(`${second}=`, bar + 1)) {
        twos.push([`${name}|${second}`, atom(rest.slice(0, bar)), atom(rest.slice(bar + second.length + 2)), id]);
      }
    } else if (twoNames.has(name)) {
      for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) twos.push([name, atom(rest.slice(0, bar)), atom(rest.slice(bar + 1)), id]);
    } else if (oneNames.has(name)) {
      ones.push([name, atom(rest), id]);
    }
  });
  const vectors = new Float64Array(keys.length * 3);
  keys.forEach((key, id) => {
    const v = weights[key]!;
    vectors[3 * id] = v[0];
    vectors[3 * id + 1] = v[1];
    vectors[3 * id + 2] = v[2];
  });
  const one = Object.fromEntries(ONE_VALUE.map((n) => [n, new Int32Array(atoms.size).fill(-1)]));
  for (const [name, a, id] of ones) one[name][a] = id;
  let width = 1;
  while (width < atoms.size) width *= 2;
  const byName = new Map<string, [number, number, number][]>(TWO_NAMES.map((n) => [n, []]));
  for (const [name, a, b, id] of twos) byName.get(name)!.push([a, b, id]);
  const two: Record<string, PairTable> = {};
  for (const [name, entries] of byName) two[name] = new PairTable(entries.flat());
  return completeIndex({ vectors, atoms, one, two, width });
}

function completeIndex(x: Omit<WeightIndex, 'empty' | 'small' | 'ones' | 'pairs' | 'smallIds'>): WeightIndex {
  const known = (value: string) => x.atoms.get(value) ?? -1;
  // A value of few texts is kept as its text's position in its domain while scoring: the number of each text, once.
  const small = SLOT_NAMES.map((name) => {
    const domain = name ? DOMAINS[name] : undefined;
    return domain ? Int32Array.from(domain, known) : new Int32Array(0);
  });
  const ones = TEMPLATES.map((t) => (t.values.length < 2 ? x.one[t.table]! : new Int32Array(0)));
  const pairs = TEMPLATES.map((t) => (t.values.length === 2 ? x.two[t.table]! : null));
  const index: WeightIndex = { ...x, empty: known(''), small, ones, pairs, smallIds: [] };
  index.smallIds = TEMPLATES.map((_, k) => (KIND[k] === SMALL ? smallTable(index, k) : new Int32Array(0)));
  return index;
}

/** The index as JSON data, for the bundle: built when the bundle is built, not at start-up. */
export interface PackedIndex {
  atoms: string[];
  vectors: ArrayLike<number>;
  /** Per template: atom, feature id, atom, feature id, … */
  one: Record<string, ArrayLike<number>>;
  /** Per template: atom a, atom b, feature id, … */
  two: Record<string, ArrayLike<number>>;
  width: number;
}

/** The index of a model, packed (esbuild.mjs calls this when it bundles the model). */
export function packCueModel(m: CueModel): PackedIndex {
  const x = buildIndex(m.weights);
  const one: Record<string, number[]> = {};
  for (const name of ONE_VALUE) one[name] = flatOne(x.one[name]);
  const two: Record<string, number[]> = {};
  for (const name of TWO_NAMES) two[name] = x.two[name]!.entries().flat();
  return { atoms: [...x.atoms.keys()], vectors: [...x.vectors], one, two, width: x.width };
}

function unpackIndex(p: PackedIndex): WeightIndex {
  const built = shippedIndexes.get(p);
  if (built) return built;
  const atoms = new Map(p.atoms.map((a, i) => [a, i]));
  const one: Record<string, Int32Array> = {};
  for (const name of ONE_VALUE) {
    const table = new Int32Array(p.atoms.length).fill(-1);
    const flat = p.one[name]!;
    for (let k = 0; k < flat.length; k += 2) table[flat[k]!] = flat[k + 1]!;
    one[name] = table;
  }
  const two: Record<string, PairTable> = {};
  for (const name of TWO_NAMES) {
    two[name] = new PairTable(p.two[name]!);
  }
  return completeIndex({ vectors: p.vectors instanceof Float64Array ? p.vectors : Float64Array.from(p.vectors), atoms, one, two, width: p.width });
}

/** The index a packed model read from the binary form already holds (packedModelFromBinary). */
const shippedIndexes = new WeakMap<PackedIndex, WeightIndex>();

/** The model as the bundle ships it: the packed index, its starters and bias. */
export interface PackedModel {
  starters: string[];
  bBias: number;
  packedIndex: PackedIndex;
}

// The binary form (cue-model.bin beside the bundle) is the index itself, laid out to be used as it
// is: a JSON header (starters, bias, the sizes of what follows), the atoms joined by NUL, then
// little-endian 32-bit integers: per one-value template its whole table (atom → feature id), per
// two-value template its hash table's slots and bit sets (PairTable.parts), and last the weights in
// thousandths. Every weight is a multiple of 0.001 (eval/train-cue-model.ts rounds them), and
// n / 1000 gives back exactly the double that the decimal in cue-model.json parses to; as doubles
// the weights would make the npm package 90 KB larger. Reading it is a file read, a split of the
// atoms, one copy of the tables and the weights divided: no pair is hashed at start-up (building the
// tables was most of the time before the first diagnostics that the model took), and the file's
// bytes are not kept.
const FORMAT = 3;
const THOUSANDTHS = 1000;

export function packedModelToBinary(m: PackedModel): Uint8Array {
  const p = m.packedIndex;
  if (p.atoms.some((a) => a.includes('\0'))) throw new Error('an atom holds NUL');
  const x = unpackIndex(p);
  const ints: ArrayLike<number>[] = [];
  for (const name of ONE_VALUE) ints.push(x.one[name]);
  const two: Record<string, [number, number, number]> = {};
  for (const name of TWO_NAMES) {
    const parts = x.two[name]!.parts();
    two[name] = [parts.slots.length, parts.firsts.length, parts.seconds.length];
    ints.push(parts.slots, parts.firsts, parts.seconds);
  }
  ints.push(
    Array.from(x.vectors, (v) => {
      const n = Math.round(v * THOUSANDTHS);
      if (n / THOUSANDTHS !== v) throw new Error(`weight ${v} is not a multiple of 0.001`);
      return n;
    }),
  );
  const header = new TextEncoder().encode(
    JSON.stringify({ format: FORMAT, starters: m.starters, bBias: m.bBias, width: p.width, atoms: p.atoms.length, two, vectors: x.vectors.length }),
  );
  const atoms = new TextEncoder().encode(p.atoms.join('\0'));
  const textEnd = 8 + header.length + atoms.length;
  const intsStart = textEnd + ((4 - (textEnd % 4)) % 4);
  const out = new Uint8Array(intsStart + 4 * ints.reduce((n, a) => n + a.length, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, header.length, true);
  out.set(header, 4);
  view.setUint32(4 + header.length, atoms.length, true);
  out.set(atoms, 8 + header.length);
  let at = intsStart;
  for (const a of ints) for (let i = 0; i < a.length; i++, at += 4) view.setInt32(at, a[i]!, true);
  return out;
}

export function packedModelFromBinary(bytes: Uint8Array): PackedModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headerLength))) as {
    format: number;
    starters: string[];
    bBias: number;
    width: number;
    atoms: number;
    two: Record<string, [number, number, number]>;
    vectors: number;
  };
  if (header.format !== FORMAT) throw new Error(`cue model: binary format ${header.format}, expected ${FORMAT}: build the bundle again`);
  const atomsLength = view.getUint32(4 + headerLength, true);
  const atomList = decoder.decode(bytes.subarray(8 + headerLength, 8 + headerLength + atomsLength)).split('\0');
  const textEnd = 8 + headerLength + atomsLength;
  const intsStart = textEnd + ((4 - (textEnd % 4)) % 4);
  const intCount = (bytes.length - intsStart) / 4;
  const tableCount = intCount - header.vectors;
  // The tables copied out of the file's bytes (one copy, so that the bytes are not kept), and the weights.
  let tables: Int32Array;
  let thousandths: Int32Array;
  if (LITTLE_ENDIAN) {
    const aligned = (bytes.byteOffset + intsStart) % 4 === 0 ? bytes : bytes.slice();
    const ints = new Int32Array(aligned.buffer, aligned.byteOffset + intsStart, intCount);
    tables = ints.slice(0, tableCount);
    thousandths = ints.subarray(tableCount);
  } else {
    const ints = Int32Array.from({ length: intCount }, (_, i) => view.getInt32(intsStart + 4 * i, true));
    tables = ints.subarray(0, tableCount);
    thousandths = ints.subarray(tableCount);
  }
  const vectors = new Float64Array(header.vectors);
  for (let i = 0; i < vectors.length; i++) vectors[i] = thousandths[i]! / THOUSANDTHS;
  let at = 0;
  const take = (length: number) => tables.subarray(at, (at += length));
  const one = {} as Record<string, Int32Array>;
  for (const name of ONE_VALUE) one[name] = take(header.atoms);
  const two: Record<string, PairTable> = {};
  for (const name of TWO_NAMES) {
    const [slots, firsts, seconds] = header.two[name]!;
    two[name] = new PairTable({ slots: take(slots), firsts: take(firsts), seconds: take(seconds) });
  }
  const atoms = new Map<string, number>();
  for (let i = 0; i < atomList.length; i++) atoms.set(atomList[i]!, i);
  const index = completeIndex({ vectors, atoms, one, two, width: header.width });
  return { starters: header.starters, bBias: header.bBias, packedIndex: packedFromIndex(index, atomList) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A built index as a PackedIndex: the flat lists (for weightsFromPacked only) are made when first asked for. */
function packedFromIndex(x: WeightIndex, atoms: string[]): PackedIndex {
  let one: Record<string, number[]> | null = null;
  let two: Record<string, number[]> | null = null;
  const packedIndex: PackedIndex = {
    atoms,
    vectors: x.vectors,
    width: x.width,
    get one() {
      return (one ??= Object.fromEntries(ONE_VALUE.map((name) => [name, flatOne(x.one[name])])));
    },
    get two() {
      return (two ??= Object.fromEntries(TWO_NAMES.map((name) => [name, x.two[name]!.entries().flat()])));
    },
  };
  shippedIndexes.set(packedIndex, x);
  return packedIndex;
}

/** A one-value table as atom, feature id, atom, feature id, … */
function flatOne(table: Int32Array): number[] {
  const flat: number[] = [];
  for (let a = 0; a < table.length; a++) if (table[a]! >= 0) flat.push(a, table[a]!);
  return flat;
}

/**
 * The weights object of a packed model, keys in feature-id order (the model's own order):
 * esbuild.mjs checks that this gives back the model's weights exactly before it ships the index
 * without them.
 */
export function weightsFromPacked(p: PackedIndex): Record<string, [number, number, number]> {
  const names: string[] = [];
  for (const name of ONE_VALUE) {
    const flat = p.one[name]!;
    for (let k = 0; k < flat.length; k += 2) names[flat[k + 1]!] ??= name === 'bias' ? 'bias' : `${name}=${p.atoms[flat[k]!]}`;
  }
  for (const name of TWO_NAMES) {
    const flat = p.two[name]!;
    const bar = name.indexOf('|');
    for (let k = 0; k < flat.length; k += 3) {
      const a = p.atoms[flat[k]!]!;
      const b = p.atoms[flat[k + 1]!]!;
      names[flat[k + 2]!] ??= bar < 0 ? `${name}=${a}|${b}` : `${name.slice(0, bar)}=${a}|${name.slice(bar + 1)}=${b}`;
    }
  }
  const out: Record<string, [number, number, number]> = {};
  for (let id = 0; id < p.vectors.length / 3; id++) {
    const name = names[id];
    if (name !== undefined) out[name] = [p.vectors[3 * id]!, p.vectors[3 * id + 1]!, p.vectors[3 * id + 2]!];
  }
  return out;
}

/** A word: its number (-1: in no feature), its stem's and suffix's, and whether it can start a cue. */
interface WordInfo {
  atom: number;
  stem: number;
  suf3: number;
  candidate: boolean;
}

/** Per token text: its lower case, class and shape, and its word. */
interface TextInfo {
  lower: string;
  /** The position of its class (classOf) in CLASSES. */
  cls: number;
  shape: number;
  word: WordInfo;
  /** Whether the word is one of SAY_WORDS; whether it is "that"; whether the text is ".", "!" or "?" (the 'end' value of the token before). */
  say: boolean;
  that: boolean;
  stop: boolean;
  /** The feature ids that depend on the text alone (see textIds), worked out the first time the text is scored. */
  ids: Int32Array | null;
  /** How often it has been scored without its ids (see IDS_AFTER). */
  scored: number;
}

// Kept for the words seen most recently (a long-running server meets new words all the time).
const INFO_LIMIT = 50_000;
/** A text's ids (textIds) are kept once it has been scored this often. */
const IDS_AFTER = 4;
let wordInfo = new Map<string, WordInfo>();
let textInfo = new Map<string, TextInfo>();

const atomOf = (x: WeightIndex, value: string) => x.atoms.get(value) ?? -1;

function infoOfWord(x: WeightIndex, word: string): WordInfo {
  let info = wordInfo.get(word);
  if (info) return info;
  const st = stem(word);
  info = { atom: atomOf(x, word), stem: atomOf(x, st), suf3: atomOf(x, word.slice(-3)), candidate: starters.has(word) || starters.has(`stem:${st}`) };
  if (wordInfo.size >= INFO_LIMIT) wordInfo = new Map();
  wordInfo.set(word, info);
  return info;
}

function infoOfText(x: WeightIndex, t: Token): TextInfo {
  const info = textInfo.get(t.text);
  if (info && info.lower === t.lower) return info;
  const fresh = computeTextInfo(x, t);
  if (textInfo.size >= INFO_LIMIT) textInfo = new Map();
  textInfo.set(t.text, fresh);
  return fresh;
}

function computeTextInfo(x: WeightIndex, t: Token): TextInfo {
  const cls = CLASS_INDEX.get(classOf(t));
  if (cls === undefined) throw new Error(`cue tagger: class ${classOf(t)} is not in CLASSES`);
  return {
    lower: t.lower,
    cls,
    shape: atomOf(x, shape(t.text)),
    word: infoOfWord(x, t.lower),
    say: SAY_WORDS.has(t.lower),
    that: t.lower === 'that',
    stop: t.text === '.' || t.text === '!' || t.text === '?',
    ids: null,
    scored: 0,
  };
}

/** infoOfText, kept in the token's facts (one lookup per token, made by tokenize). */
function infoOfFacts(x: WeightIndex, f: TokenFacts, t: Token): TextInfo {
  if (f.taggerFor === x) return f.tagger as TextInfo;
  const info = computeTextInfo(x, t);
  f.tagger = info;
  f.taggerFor = x;
  return info;
}

/** One sentence, prepared for scoring: per token, its word and text information. */
interface Prepared {
  /** The number of tokens (the arrays below may be longer). */
  n: number;
  tokens: readonly Token[];
  inQuote: readonly boolean[];
  words: WordInfo[];
  texts: TextInfo[];
  hasQuote: boolean;
  /** How many words of SAY_WORDS stand outside quotation marks. */
  sayCount: number;
  /** Per token, quoteDistance to the left and to the right, as positions in DISTANCES. */
  quoteLeft: Int32Array;
  quoteRight: Int32Array;
  /** The pseudo-words before the first and after the last token. */
  start: number;
  end: number;
}

// The arrays of the sentence being tagged, reused from one sentence to the next (tagging is not
// reentrant: prepare's result lives while one sentence is scored).
let scratchWords: WordInfo[] = [];
let scratchTexts: TextInfo[] = [];
let quotesLeft = new Int32Array(0);
let quotesRight = new Int32Array(0);

function prepare(x: WeightIndex, input: TaggerInput): Prepared {
  const n = input.tokens.length;
  if (scratchWords.length < n) {
    scratchWords = new Array(2 * n);
    scratchTexts = new Array(2 * n);
    quotesLeft = new Int32Array(2 * n);
    quotesRight = new Int32Array(2 * n);
  }
  const words = scratchWords;
  const texts = scratchTexts;
  const facts = input.facts;
  for (let i = 0; i < n; i++) {
    const text = facts ? infoOfFacts(x, facts[i]!, input.tokens[i]!) : infoOfText(x, input.tokens[i]!);
    texts[i] = text;
    words[i] = text.word;
  }
  let sayCount = 0;
  for (let i = 0; i < n; i++) if (!input.inQuote[i] && texts[i]!.say) sayCount++;
  const hasQuote = input.inQuote.some(Boolean);
  const quoteLeft = quotesLeft.fill(NO_QUOTE, 0, n);
  const quoteRight = quotesRight.fill(NO_QUOTE, 0, n);
  if (hasQuote) {
    // quoteDistance for every token, in one pass each way.
    for (let i = 0, last = -1; i < n; i++) {
      if (last >= 0) quoteLeft[i] = DISTANCE_POSITION[Math.min(i - last, 6)]!;
      if (input.inQuote[i]) last = i;
    }
    for (let i = n - 1, next = -1; i >= 0; i--) {
      if (next >= 0) quoteRight[i] = DISTANCE_POSITION[Math.min(next - i, 6)]!;
      if (input.inQuote[i]) next = i;
    }
  }
  return {
    n,
    tokens: input.tokens,
    inQuote: input.inQuote,
    words,
    texts,
    hasQuote,
    sayCount,
    quoteLeft,
    quoteRight,
    start: atomOf(x, '<s>'),
    end: atomOf(x, '</s>'),
  };
}

const wordAt = (p: Prepared, k: number) => (k < 0 ? p.start : k >= p.n ? p.end : p.words[k]!.atom);
const classAt = (p: Prepared, k: number) => (k >= 0 && k < p.n ? p.texts[k]!.cls : NO_CLASS);

// subjectClass's value, as its position in SUBJECTS, over the prepared classes.
function preparedSubject(p: Prepared, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const subject = SUBJECT_OF_CLASS[p.texts[k]!.cls]!;
    if (subject >= 0) return subjectPosition(subject, i - k);
    const text = p.tokens[k]!.text;
    if (text === ',' || text === '.') return subjectPosition(STOP, i - k);
  }
  return NO_SUBJECT;
}

const TAG_INDEX: Record<Tag, number> = { O: 0, B: 1, I: 2 };
/** One token's values by slot (see SLOT_NAMES): a number in the index, or for a value of DOMAINS its text's position there. */
const valueScratch = new Int32Array(SLOT_NAMES.length);

/**
 * The values of token `i` into `out` by slot (see SLOT_NAMES): for each value of VALUES, the
 * number its text has in the index, or, for a value of few texts (DOMAINS), its text's position in
 * its domain; found from the prepared sentence without building the text.
 * (One function rather than one per value: a call per value cost the tagger a sixth of its time.)
 */
function fastValues(x: WeightIndex, p: Prepared, i: number, previous: Tag, out: Int32Array): void {
  const me = p.words[i]!;
  const text = p.texts[i]!;
  const { texts, inQuote, n } = p;
  out[0] = x.empty;
  out[V.w] = me.atom;
  out[V['w-1']] = wordAt(p, i - 1);
  out[V['w+1']] = wordAt(p, i + 1);
  out[V['w-2']] = wordAt(p, i - 2);
  out[V['w+2']] = wordAt(p, i + 2);
  out[V.p] = TAG_INDEX[previous];
  out[V.suf3] = me.suf3;
  out[V.shape] = text.shape;
  out[V.stem] = me.stem;
  out[V.c] = text.cls;
  out[V['c-1']] = classAt(p, i - 1);
  out[V['c+1']] = classAt(p, i + 1);
  out[V['c-2']] = classAt(p, i - 2);
  out[V.first] = i === 0 ? 1 : 0;
  out[V.q] = p.hasQuote ? 1 : 0;
  out[V.afterQuote] = i > 0 && inQuote[i - 1] === true ? 1 : 0;
  out[V.beforeQuote] = inQuote[i + 1] === true ? 1 : 0;
  out[V.end] = i + 1 >= n || texts[i + 1]!.stop ? 1 : 0;
  out[V.subj] = preparedSubject(p, i);
  out[V.that3] = (i + 1 < n && texts[i + 1]!.that) || (i + 2 < n && texts[i + 2]!.that) || (i + 3 < n && texts[i + 3]!.that) ? 1 : 0;
  out[V.say] = p.sayCount - (!inQuote[i] && text.say ? 1 : 0) > 0 ? 1 : 0;
  out[V.ql] = p.quoteLeft[i]!;
  out[V.qr] = p.quoteRight[i]!;
}

/** The number in the index of a value of the token's own text (FIXED_VALUES, and '' for bias), from its TextInfo. */
function fixedAtom(x: WeightIndex, text: TextInfo, slot: number): number {
  switch (SLOT_NAMES[slot]) {
    case '':
      return x.empty;
    case 'w':
      return text.word.atom;
    case 'suf3':
      return text.word.suf3;
    case 'stem':
      return text.word.stem;
    case 'shape':
      return text.shape;
    case 'c':
      return x.small[slot]![text.cls]!;
    default:
      throw new Error(`cue tagger: ${SLOT_NAMES[slot]} is not a value of the token's text`);
  }
}

/** The feature id of template `k` for values numbered `a` (and `b`), as the index has it: -1 for none. */
function featureId(x: WeightIndex, k: number, a: number, b: number): number {
  if (a < 0) return -1;
  if (TEMPLATES[k]!.values.length < 2) return x.ones[k]![a]!;
  return b < 0 ? -1 : x.pairs[k]!.get(a, b);
}

/**
 * The feature ids of a token text's FIXED and TEXT_SMALL templates, at OFFSET: the same lookups
 * fastScore made for every candidate token, made once per text ("said" is a candidate thousands
 * of times in an archive; a pair feature of it and a class, a tag or a quotation distance has a
 * dozen possible partners at most).
 */
function textIds(x: WeightIndex, text: TextInfo): Int32Array | null {
  if (text.ids) return text.ids;
  if (++text.scored < IDS_AFTER) return null;
  const ids = new Int32Array(TEXT_SLOTS).fill(-1);
  for (let k = 0; k < TEMPLATES.length; k++) {
    const values = TEMPLATES[k]!.values;
    const slots = values.map((v) => v + 1);
    if (KIND[k] === FIXED) {
      const a = values.length === 0 ? x.empty : fixedAtom(x, text, slots[0]!);
      const b = values.length === 2 ? fixedAtom(x, text, slots[1]!) : -1;
      ids[OFFSET[k]!] = featureId(x, k, a, b);
    } else if (KIND[k] === TEXT_SMALL) {
      const smallSlot = SMALL_SLOT[k]!;
      const fixedFirst = slots[1] === smallSlot;
      const fixed = fixedAtom(x, text, fixedFirst ? slots[0]! : slots[1]!);
      const domain = x.small[smallSlot]!;
      for (let d = 0; d < domain.length; d++) ids[OFFSET[k]! + d] = fixedFirst ? featureId(x, k, fixed, domain[d]!) : featureId(x, k, domain[d]!, fixed);
    }
  }
  return (text.ids = ids);
}

/** A SMALL template's feature ids, by the positions of its values in their domains (first × STRIDE + second). */
function smallTable(x: WeightIndex, k: number): Int32Array {
  const a = x.small[ARG_A[k]!]!;
  const b = ARG_B[k]! < 0 ? Int32Array.of(-1) : x.small[ARG_B[k]!]!;
  const table = new Int32Array(a.length * b.length);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) table[i * STRIDE[k]! + j] = featureId(x, k, a[i]!, b[j]!);
  return table;
}

/**
 * score(cueFeatures(…)) for a text scored fewer than IDS_AFTER times, every template looked up in
 * the index: most texts ever scored are scored once or twice (words after a cue), and ids kept
 * for each of them would cost 384 bytes apiece for nothing.
 */
function scoreByLookups(x: WeightIndex, vals: Int32Array): [number, number, number] {
  const v = x.vectors;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let k = 0; k < KIND.length; k++) {
    const id = featureId(x, k, atomIn(x, vals, ARG_A[k]!), ARG_B[k]! < 0 ? -1 : atomIn(x, vals, ARG_B[k]!));
    if (id < 0) continue;
    a += v[3 * id]!;
    b += v[3 * id + 1]!;
    c += v[3 * id + 2]!;
  }
  return [a, b, c];
}

/** The number in the index of the value in `slot` of a token's values (see fastValues). */
const atomIn = (x: WeightIndex, vals: Int32Array, slot: number) => (x.small[slot]!.length > 0 ? x.small[slot]![vals[slot]!]! : vals[slot]!);

/** score(cueFeatures(input, i, previous)): the weights of the same features, added in the same order. */
function fastScore(x: WeightIndex, p: Prepared, i: number, previous: Tag): [number, number, number] {
  const vals = valueScratch;
  fastValues(x, p, i, previous, vals);
  const ids = textIds(x, p.texts[i]!);
  if (ids === null) return scoreByLookups(x, vals);
  const v = x.vectors;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let k = 0; k < KIND.length; k++) {
    let id: number;
    switch (KIND[k]) {
      case FIXED:
        id = ids[OFFSET[k]!]!;
        break;
      case TEXT_SMALL:
        id = ids[OFFSET[k]! + vals[SMALL_SLOT[k]!]!]!;
        break;
      case SMALL: {
        const second = ARG_B[k]!;
        id = x.smallIds[k]![vals[ARG_A[k]!]! * STRIDE[k]! + (second < 0 ? 0 : vals[second]!)]!;
        break;
      }
      case ONE: {
        const first = vals[ARG_A[k]!]!;
        id = first < 0 ? -1 : x.ones[k]![first]!;
        break;
      }
      default: {
        const first = vals[ARG_A[k]!]!;
        const second = vals[ARG_B[k]!]!;
        id = first < 0 || second < 0 ? -1 : x.pairs[k]!.get(first, second);
      }
    }
    if (id < 0) continue;
    a += v[3 * id]!;
    b += v[3 * id + 1]!;
    c += v[3 * id + 2]!;
  }
  return [a, b, c];
}

/**
 * Where fastValues and VALUES disagree on the sentence's tokens (for every tag before): a value's
 * number is not the number of its text. Empty when the fast scorer sees what cueFeatures spells.
 */
export function valueMismatches(input: TaggerInput): string[] {
  const x = currentIndex();
  const p = prepare(x, input);
  const out = new Int32Array(SLOT_NAMES.length);
  const wrong: string[] = [];
  for (let i = 0; i < input.tokens.length; i++) {
    for (const previous of TAGS) {
      out.fill(-2);
      fastValues(x, p, i, previous, out);
      const texts = ['', ...VALUE_NAMES.map((name) => VALUES[name](input, i, previous))];
      const names = ['bias', ...VALUE_NAMES];
      texts.forEach((text, k) => {
        // A value of few texts is its position in its domain: its number is the domain's.
        const number = x.small[k]!.length > 0 ? (x.small[k]![out[k]!] ?? -3) : out[k];
        if (number !== atomOf(x, text))
          wrong.push(`${names[k]} of “${input.tokens[i]!.text}” (token ${i}, after ${previous}): “${text}” is ${atomOf(x, text)}, fast ${number}`);
      });
    }
  }
  return wrong;
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

function currentIndex(): WeightIndex {
  ensureModel();
  return (index ??= packed ? unpackIndex(packed) : buildIndex(currentWeights()));
}

/** Greedy left-to-right tagging. */
export function tagTokens(input: TaggerInput): Tagging {
  const x = currentIndex();
  const prepared = prepare(x, input);
  // isCandidate(input, i, previous), with the starter test kept per word.
  return tagGreedily(
    input,
    (i, previous) => !input.inQuote[i] && (previous !== 'O' || prepared.words[i]!.candidate),
    (i, previous) => fastScore(x, prepared, i, previous),
  );
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
