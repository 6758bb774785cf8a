// Binary searches over spans in document order. Rules ask questions like "is this match inside a
// quotation?" once per match; a scan of every quotation for each one makes a long document take
// time quadratic in its length (a 500 KB file took minutes). These answer in O(log n).
import type { Span } from './types';

/** The first index in [0, length) where `pred` holds, for a predicate false on a prefix and true after; `length` if none. */
export function firstIndexWhere(length: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of `span` in `spans` (sorted by start, distinct starts), by identity; -1 if absent. */
export function indexOfSpan<T extends Span>(spans: readonly T[], span: T): number {
  const k = firstIndexWhere(spans.length, (i) => spans[i]!.start >= span.start);
  if (spans[k] === span) return k;
  return spans.indexOf(span); // not sorted as promised: still the right answer
}

/** Spans (any order, may overlap) sorted by start, with the running maximum of their ends. */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = -Infinity;
    this.maxEnd = sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** Some span has start < `before` and end > `reach` (end >= `reach` when `inclusive`). */
  someStartingBefore(before: number, reach: number, inclusive = false): boolean {
    const k = firstIndexWhere(this.starts.length, (i) => this.starts[i]! >= before) - 1;
    if (k < 0) return false;
    return inclusive ? this.maxEnd[k]! >= reach : this.maxEnd[k]! > reach;
  }

  /** Some span contains `s`: start <= s.start and s.end <= end. */
  contains(s: Span): boolean {
    return this.someStartingBefore(s.start + 1, s.end, true);
  }

  /** Some span overlaps `s`: start < s.end and s.start < end. */
  overlaps(s: Span): boolean {
    return this.someStartingBefore(s.end, s.start);
  }

  /** Some span contains the offset: start <= offset < end. */
  containsOffset(offset: number): boolean {
    return this.someStartingBefore(offset + 1, offset);
  }
}
