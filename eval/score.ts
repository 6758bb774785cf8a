// Pure scoring functions for the evaluation harness. A span is a list of fragments so that
// brat's discontinuous gold spans and the analyzer's single spans are handled alike.
import type { Span } from '../server/src/analysis/types';

export type Fragments = readonly Span[];

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, gold, pred }: Counts): PRF {
  const precision = pred === 0 ? 0 : tp / pred;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.gold += more.gold;
  into.pred += more.pred;
}

/** Characters shared by two spans. */
export function overlap(a: Fragments, b: Fragments): number {
  let shared = 0;
  for (const x of a) {
    for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

/** From the first fragment's start to the last fragment's end. */
export function hull(f: Fragments): Span {
  return { start: Math.min(...f.map((s) => s.start)), end: Math.max(...f.map((s) => s.end)) };
}

export function spanKey(f: Fragments): string {
  return f.map((s) => `${s.start}-${s.end}`).join(';');
}

/**
 * Drop repeated spans (same fragments). Several gold attributions can share one source span, and
 * a role is scored as a set of spans, as a tagger would mark it once; returns the kept indices.
 */
export function distinctIndices(spans: readonly Fragments[]): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  spans.forEach((s, i) => {
    const key = spanKey(s);
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(i);
    }
  });
  return kept;
}

/**
 * One-to-one matching of predicted to gold spans where a pair is allowed when they share at
 * least one character. We take a maximum matching (augmenting paths, Kuhn's algorithm) so a
 * greedy early choice never costs a match; each gold span tries its candidates by decreasing
 * overlap, so without conflicts the largest overlap wins. Returns [goldIndex, predIndex] pairs.
 */
export function matchByOverlap(gold: readonly Fragments[], pred: readonly Fragments[]): [number, number][] {
  const candidates = gold.map((g) =>
    pred
      .map((p, j) => ({ j, shared: overlap(g, p) }))
      .filter((c) => c.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.j - b.j)
      .map((c) => c.j),
  );
  const goldOf: (number | undefined)[] = new Array(pred.length);
  const augment = (i: number, visited: Set<number>): boolean => {
    for (const j of candidates[i]) {
      if (visited.has(j)) continue;
      visited.add(j);
      const holder = goldOf[j];
      if (holder === undefined || augment(holder, visited)) {
        goldOf[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) augment(i, new Set());
  const pairs: [number, number][] = [];
  goldOf.forEach((i, j) => {
    if (i !== undefined) pairs.push([i, j]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** One-to-one exact matches between two lists of keys: the size of their multiset intersection. */
export function countExact(goldKeys: readonly string[], predKeys: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of goldKeys) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of predKeys) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return tp;
}

/**
 * Strict exact key: identical offsets. A discontinuous gold span is compared by its hull, since
 * the analyzer reports one contiguous span per role and could never match the fragments.
 */
export function exactKey(f: Fragments): string {
  const h = hull(f);
  return `${h.start}-${h.end}`;
}

// Characters "relaxed exact" ignores at either end: whitespace, quote marks, punctuation.
const LOOSE_EDGE = /[\s"'“”‘’«»`.,;:!?…()[\]{}\-–—]/u;

/** Relaxed exact key: the hull with surrounding whitespace, quote marks and punctuation trimmed. */
export function relaxedKey(text: string, f: Fragments): string {
  let { start, end } = hull(f);
  while (start < end && LOOSE_EDGE.test(text[start])) start++;
  while (end > start && LOOSE_EDGE.test(text[end - 1])) end--;
  return `${start}-${end}`;
}

/** Count (gold, predicted) label pairs into a matrix indexed [gold][pred]. */
export function confusion(pairs: readonly [string, string][]): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const [g, p] of pairs) {
    matrix[g] ??= {};
    matrix[g][p] = (matrix[g][p] ?? 0) + 1;
  }
  return matrix;
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Co|Corp|Mt|Ft|No|vs|[A-Z])\.$/;

/**
 * A deliberately simple sentence splitter: a sentence ends at . ! ? or … (plus closing quotes or
 * brackets) followed by whitespace and a non-lowercase character, or at a line break. Common
 * title abbreviations and initials ("Sen.", "U.S.") do not end a sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  };
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+[^\s\p{Ll}])|\n+/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, end - 6), end))) continue;
    push(end);
  }
  push(text.length);
  return out;
}

export interface FalseAlarms {
  findings: number;
  /** Findings overlapping a gold attribution's content. */
  inContent: number;
  /** Other findings overlapping a sentence that holds a gold cue. */
  onCueSentence: number;
  falseAlarms: number;
  rate: number;
}

/**
 * A finding of "this claim is unattributed" is a false alarm when the gold marks the claim as
 * attributed: the finding overlaps a gold content span, or overlaps a sentence (per
 * `splitSentences`) that contains a gold cue.
 */
export function falseAlarms(
  findings: readonly Span[],
  goldContents: readonly Fragments[],
  goldCues: readonly Fragments[],
  sentences: readonly Span[],
): FalseAlarms {
  const cueSentences = sentences.filter((s) => goldCues.some((c) => overlap([s], c) > 0));
  let inContent = 0;
  let onCueSentence = 0;
  for (const f of findings) {
    if (goldContents.some((c) => overlap([f], c) > 0)) inContent++;
    else if (cueSentences.some((s) => overlap([f], [s]) > 0)) onCueSentence++;
  }
  const total = inContent + onCueSentence;
  return { findings: findings.length, inContent, onCueSentence, falseAlarms: total, rate: findings.length ? total / findings.length : 0 };
}
