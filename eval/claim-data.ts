// Shared by eval/train-claim-model.ts and eval/claims.ts: the training sentences (ClaimBuster's
// debate sentences from ../shared, the team's labelled news sentences from eval/data/claims), the
// logistic regression that learns the claim detector's weights, and the cross-validation folds.
// Everything is seeded: the same data gives the same weights.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimFeatures, claimScore } from '../server/src/analysis/claims';

export const ROOT = path.resolve(__dirname, '..');
export const CLAIMBUSTER = path.resolve(ROOT, '..', 'shared', 'data', 'claimbuster', 'train.json');
export const NEWS = path.join(ROOT, 'eval', 'data', 'claims');

export interface Example {
  id: string;
  text: string;
  label: boolean;
  features: string[];
  /** 'claimbuster' or 'news'. */
  corpus: string;
  /** News only: 'train' or 'heldout' (the held-out third, scored once, never tuned on). */
  split?: string;
  /** News only: the labeller's attributed flag and kind. */
  attributed?: boolean;
  kind?: string;
}

export function loadClaimBuster(): Example[] {
  if (!fs.existsSync(CLAIMBUSTER)) return [];
  const rows = JSON.parse(fs.readFileSync(CLAIMBUSTER, 'utf8')) as { sentence_id: number; label: number; text: string }[];
  return rows.map((r) => ({ id: `cb-${r.sentence_id}`, text: r.text, label: r.label === 1, features: claimFeatures(r.text).features, corpus: 'claimbuster' }));
}

/** The team's news sentences with their blind labels (eval/data/claims/sentences.jsonl + labels.jsonl). */
export function loadNews(): Example[] {
  const sentencesFile = path.join(NEWS, 'sentences.jsonl');
  const labelsFile = path.join(NEWS, 'labels.jsonl');
  if (!fs.existsSync(sentencesFile) || !fs.existsSync(labelsFile)) return [];
  const lines = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l));
  const rows = lines(sentencesFile) as { id: string; text?: string; bbc?: { index: number; start: number; end: number }; split: string }[];
  // BBC sentences are kept as places in ../shared's BBC set (its copyright stays out of the repository).
  const bbcFile = path.resolve(ROOT, '..', 'shared', 'data', 'bbc', 'train.json');
  const bbc = rows.some((r) => r.bbc) && fs.existsSync(bbcFile) ? (JSON.parse(fs.readFileSync(bbcFile, 'utf8')) as { text: string }[]) : [];
  const sentences = rows.flatMap((r) => {
    if (r.text !== undefined) return [{ id: r.id, text: r.text, split: r.split }];
    const article = r.bbc ? bbc[r.bbc.index] : undefined;
    return article ? [{ id: r.id, text: article.text.slice(r.bbc!.start, r.bbc!.end), split: r.split }] : [];
  });
  const labels = new Map((lines(labelsFile) as { id: string; checkworthy: number; attributed: number; kind: string }[]).map((l) => [l.id, l]));
  return sentences.flatMap((s) => {
    const l = labels.get(s.id);
    if (!l) return [];
    return [
      {
        id: s.id,
        text: s.text,
        label: l.checkworthy === 1,
        features: claimFeatures(s.text).features,
        corpus: 'news',
        split: s.split,
        attributed: l.attributed === 1,
        kind: l.kind,
      },
    ];
  });
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** How many times each news sentence is seen per epoch (the debate sentences are far more numerous). */
  newsWeight: number;
  /** L2 regularisation per step, and the initial learning rate. */
  l2: number;
  rate: number;
}

export const DEFAULTS: TrainOptions = { epochs: 10, seed: 20261207, newsWeight: 3, l2: 5e-4, rate: 0.5 };

function rng(seed: number): () => number {
  let s = seed % 2147483648;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Fold of an example for k-fold cross-validation: a seeded shuffle, dealt round-robin. */
export function folds(data: readonly Example[], k: number, seed: number): number[] {
  const random = rng(seed + 1);
  const order = data.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(data.length);
  order.forEach((idx, n) => (fold[idx] = n % k));
  return fold;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function count(scored: readonly { score: number; label: boolean }[], threshold: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scored) {
    const guess = s.score > threshold;
    if (guess && s.label) c.tp++;
    else if (guess) c.fp++;
    else if (s.label) c.fn++;
    else c.tn++;
  }
  return c;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn));
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/**
 * Out-of-fold scores: for each of k folds of `target`, a model trained on the other folds plus all of
 * `extra` scores the fold. Returns the scores in `target`'s order.
 */
export function crossValidate(
  target: readonly Example[],
  extra: readonly Example[],
  k: number,
  opts: TrainOptions = DEFAULTS,
): { score: number; label: boolean }[] {
  const fold = folds(target, k, opts.seed);
  const scores = new Array<{ score: number; label: boolean }>(target.length);
  for (let f = 0; f < k; f++) {
    const w = train([...extra, ...target.filter((_, i) => fold[i] !== f)], opts);
    target.forEach((e, i) => {
      if (fold[i] === f) scores[i] = { score: claimScore(e.features, w), label: e.label };
    });
  }
  return scores;
}

/**
 * Logistic regression by stochastic gradient descent with L2 regularisation (a decaying rate, the
 * regulariser applied lazily through a common scale), in a seeded order. A linear model: the weights
 * sum over a sentence's features to its score (log-odds of check-worthy).
 */
export function train(data: readonly Example[], opts: TrainOptions = DEFAULTS): Record<string, number> {
  const w: Record<string, number> = {};
  const random = rng(opts.seed);
  const order: number[] = [];
  data.forEach((e, i) => {
    for (let k = 0; k < (e.corpus === 'news' ? opts.newsWeight : 1); k++) order.push(i);
  });
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      const rate = opts.rate / (1 + opts.rate * opts.l2 * t++);
      let s = 0;
      for (const f of ex.features) s += (w[f] ?? 0) * scale;
      const p = 1 / (1 + Math.exp(-s));
      scale *= 1 - rate * opts.l2;
      const g = (rate * ((ex.label ? 1 : 0) - p)) / scale;
      for (const f of ex.features) w[f] = (w[f] ?? 0) + g;
      if (scale < 1e-6) {
        for (const f of Object.keys(w)) w[f]! *= scale;
        scale = 1;
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of Object.entries(w)) if (Math.abs(v * scale) >= 0.05) out[f] = Math.round(v * scale * 1000) / 1000;
  return out;
}
