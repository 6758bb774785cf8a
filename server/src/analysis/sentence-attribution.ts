// How likely a sentence is to carry an attribution that the cue tagger did not frame: a linear
// model over the sentence's words and word-class patterns, learned from PolNeAR train by
// eval/train-sentence-model.ts. Political news attributes views and acts to people constantly
// ("approve of", "still feel", "signed on"); a claims rule that flagged those sentences would
// cry wolf, so it stays quiet where this score says an attribution is likely.
import model from './sentence-model.json';
import { wordClasses, type Token } from './words';

export interface SentenceModel {
  weights: Record<string, number>;
  /** Scores above this mean "probably attributed" (chosen on held-out train articles). */
  threshold: number;
}

let current = model as unknown as SentenceModel;

export function useSentenceModel(next: SentenceModel): SentenceModel {
  const previous = current;
  current = next;
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
