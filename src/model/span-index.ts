// Binary searches and overlap queries over sorted spans, written once. Every stage that asks "which sentence holds
// this offset", "does any quote contain this token" or "which people overlap this span" goes through here, so the
// off-by-one cases (ties, empty lists, spans ending exactly where another starts) are settled in one tested place.
import type { Span } from './span';
import { overlaps } from './span';

/**
 * The first index in `[0, n)` for which `isBefore` is false, given that `isBefore` is true for a prefix of the
 * indices and false after it (n when it is true everywhere). O(log n) calls of `isBefore`.
 */
export function partitionPoint(n: number, isBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose key is at least `x` in items sorted by ascending key (items.length when none). */
export function lowerBound<T>(items: ArrayLike<T>, x: number, key: (item: T) => number): number {
  return partitionPoint(items.length, (i) => key(items[i] as T) < x);
}

/** The first index whose key is greater than `x` in items sorted by ascending key (items.length when none). */
export function upperBound<T>(items: ArrayLike<T>, x: number, key: (item: T) => number): number {
  return partitionPoint(items.length, (i) => key(items[i] as T) <= x);
}

/** The key of a span used by most searches: its start. */
export const startOf = (s: Span): number => s.start;

/** The key of a span used by searches for the first span ending after an offset: its end. */
export const endOf = (s: Span): number => s.end;

/**
 * The span of `sorted` (sorted by start, pairwise disjoint: sentences, paragraphs) that contains offset `pos`,
 * as an index, or -1 when `pos` falls between spans.
 */
export function indexContaining(sorted: readonly Span[], pos: number): number {
  const i = upperBound(sorted, pos, startOf) - 1;
  const s = sorted[i];
  return s && pos < s.end ? i : -1;
}

/**
 * An index of spans for overlap and containment queries: the spans sorted by start with the running maximum of
 * their ends, so "does any span overlap / contain this one" is one binary search, and "which spans overlap" costs a
 * search plus the spans that start within the longest span's length before the query.
 */
export class SpanIndex<T extends Span> {
  /** The spans sorted by start (stable: equal starts keep their input order). */
  readonly sorted: readonly T[];
  private readonly spans: readonly T[];
  private readonly order: readonly number[];
  private readonly reach: readonly number[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    const order = spans.map((_, i) => i).sort((a, b) => (spans[a] as T).start - (spans[b] as T).start || a - b);
    this.spans = spans;
    this.order = order;
    this.sorted = order.map((i) => spans[i] as T);
    const reach: number[] = [];
    let longest = 0;
    for (const s of this.sorted) {
      reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
      longest = Math.max(longest, s.end - s.start);
    }
    this.reach = reach;
    this.longest = longest;
  }

  /** True when some span shares at least one character with `span`. */
  anyOverlaps(span: Span): boolean {
    const n = lowerBound(this.sorted, span.end, startOf); // spans starting before span.end
    return n > 0 && (this.reach[n - 1] ?? -Infinity) > span.start;
  }

  /** True when some span contains `span` (starts at or before it and ends at or after it). */
  anyContains(span: Span): boolean {
    const n = upperBound(this.sorted, span.start, startOf); // spans starting at or before span.start
    return n > 0 && (this.reach[n - 1] ?? -Infinity) >= span.end;
  }

  /** The spans sharing a character with `span`, in their input order. */
  overlapping(span: Span): T[] {
    const hits: number[] = [];
    for (let k = lowerBound(this.sorted, span.start - this.longest, startOf); k < this.sorted.length; k++) {
      const s = this.sorted[k] as T;
      if (s.start >= span.end) break;
      if (overlaps(s, span)) hits.push(this.order[k] as number);
    }
    return hits.sort((a, b) => a - b).map((i) => this.spans[i] as T);
  }
}
