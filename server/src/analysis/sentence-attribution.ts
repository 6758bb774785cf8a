// How likely a sentence is to carry an attribution that the cue tagger did not frame: a linear
// model over the sentence's words and word-class patterns, learned from PolNeAR train by
// eval/train-sentence-model.ts. Political news attributes views and acts to people constantly
// ("approve of", "still feel", "signed on"); a claims rule that flagged those sentences would
// cry wolf, so it stays quiet where this score says an attribution is likely.
import model from './sentence-model.json';
import { wordClasses, type Token, type TokenFacts } from './words';

export interface SentenceModel {
  weights: Record<string, number>;
  /** Scores above this mean "probably attributed" (chosen on held-out train articles). */
  threshold: number;
}

let current = model as unknown as SentenceModel;

export function useSentenceModel(next: SentenceModel): SentenceModel {
  const previous = current;
  current = next;
  stemWeights.clear();
  pairWeights = null;
  return previous;
}

function stem(w: string): string {
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

function coarse(t: Token): string {
  const c = wordClasses(t.lower);
  if (c.has('Pronoun')) return 'P';
  if (c.has('Verb')) return 'V';
  if (c.has('FirstName') || c.has('LastName') || /^\p{Lu}/u.test(t.text)) return 'N';
  if (c.has('Noun') || c.has('Plural') || c.has('Actor')) return 'n';
  return 'o';
}

/** Features of a sentence: its words outside quotations (stemmed) and class bigrams. */
export function sentenceFeatures(tokens: readonly Token[], inQuote: readonly boolean[]): string[] {
  const features = new Set<string>(['bias']);
  let previous = '<s>';
  let quoted = 0;
  tokens.forEach((t, i) => {
    if (inQuote[i]) {
      quoted++;
      return;
    }
    if (/^[\p{L}]/u.test(t.text)) features.add(`s=${stem(t.lower)}`);
    const c = coarse(t);
    features.add(`cb=${previous}${c}`);
    previous = c;
  });
  features.add(`quoted=${quoted === 0 ? 0 : quoted * 2 < tokens.length ? 1 : 2}`);
  features.add(`len=${Math.min(6, Math.floor(tokens.length / 8))}`);
  return [...features];
}

export function sentenceScore(features: readonly string[], weights = current.weights): number {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

export function isProbablyAttributed(tokens: readonly Token[], inQuote: readonly boolean[]): boolean {
  return sentenceScore(sentenceFeatures(tokens, inQuote)) > current.threshold;
}

// sentenceScore(sentenceFeatures(tokens, inQuote)) without the feature strings: the same weights
// added in the same order (each feature once, where it first occurs), with each word's stem
// weight and class kept per word. (Checked against the two in test/core/sentence-attribution.test.ts.)

const LIMIT = 100_000;
const CLASSES = ['P', 'V', 'N', 'n', 'o', '<s>'] as const;
const START = 5;
/** Per lower-cased word: its stem and the weight of `s=${stem}`. */
const stemWeights = new Map<string, { stem: string; weight: number }>();
/** Per token text: its coarse class (index into CLASSES) and whether it starts with a letter. */
const classes = new Map<string, { lower: string; cls: number; letter: boolean }>();
/** The weights of `cb=${previous}${class}`, by previous * 5 + class (previous may be <s>, class not); made for the current model. */
let pairWeights: number[] | null = null;

function textInfo(t: Token): { cls: number; letter: boolean } {
  const known = classes.get(t.text);
  if (known && known.lower === t.lower) return known;
  const info = { lower: t.lower, cls: CLASSES.indexOf(coarse(t) as (typeof CLASSES)[number]), letter: /^[\p{L}]/u.test(t.text) };
  if (classes.size >= LIMIT) classes.clear();
  classes.set(t.text, info);
  return info;
}

function stemOf(lower: string, weights: Record<string, number>): { stem: string; weight: number } {
  let known = stemWeights.get(lower);
  if (!known) {
    const st = stem(lower);
    known = { stem: st, weight: weights[`s=${st}`] ?? 0 };
    if (stemWeights.size >= LIMIT) stemWeights.clear();
    stemWeights.set(lower, known);
  }
  return known;
}

/** A token text's class, letter and stem weight for the current model, kept in the token's facts. */
interface FactsInfo {
  cls: number;
  letter: boolean;
  stem: string;
  weight: number;
}

function infoOfFacts(f: TokenFacts, t: Token, weights: Record<string, number>): FactsInfo {
  if (f.sentenceFor === current) return f.sentence as FactsInfo;
  const { cls, letter } = textInfo(t);
  const { stem: st, weight } = stemOf(t.lower, weights);
  const info: FactsInfo = { cls, letter, stem: st, weight };
  f.sentence = info;
  f.sentenceFor = current;
  return info;
}

/** `facts`: per token, its facts as tokenize gave them (optional: a faster way to the same score). */
export function sentenceAttributionScore(tokens: readonly Token[], inQuote: readonly boolean[], facts?: readonly TokenFacts[]): number {
  const weights = current.weights;
  pairWeights ??= CLASSES.flatMap((p) => CLASSES.slice(0, START).map((c) => weights[`cb=${p}${c}`] ?? 0));
  let s = 0;
  s += weights['bias'] ?? 0;
  const stems = new Set<string>();
  let pairsSeen = 0;
  let previous = START;
  let quoted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote[i]) {
      quoted++;
      continue;
    }
    const known = facts ? infoOfFacts(facts[i]!, t, weights) : null;
    const info = known ?? textInfo(t);
    if (info.letter) {
      const { stem: st, weight } = known ?? stemOf(t.lower, weights);
      if (!stems.has(st)) {
        stems.add(st);
        s += weight;
      }
    }
    const pair = previous * START + info.cls;
    if ((pairsSeen & (1 << pair)) === 0) {
      pairsSeen |= 1 << pair;
      s += pairWeights[pair]!;
    }
    previous = info.cls;
  }
  s += weights[`quoted=${quoted === 0 ? 0 : quoted * 2 < tokens.length ? 1 : 2}`] ?? 0;
  s += weights[`len=${Math.min(6, Math.floor(tokens.length / 8))}`] ?? 0;
  return s;
}
