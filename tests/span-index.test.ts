// model/span-index against a brute-force scan, on random sorted lists and random span sets.
import fc from 'fast-check';
import type { Span } from '../src/model/span';
import { SpanIndex, indexContaining, lowerBound, partitionPoint, upperBound } from '../src/model/span-index';

const sortedNumbers = fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 30 }).map((a) => a.sort((x, y) => x - y));
const span = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 15 }))
  .map(([s, n]): Span => ({ start: s, end: s + n }));
const spans = fc.array(span, { maxLength: 25 });
const id = (v: number): number => v;

describe('lowerBound / upperBound / partitionPoint', () => {
  test('lowerBound is the first index with a key >= x (brute force)', () => {
    fc.assert(
      fc.property(sortedNumbers, fc.integer({ min: -10, max: 50 }), (a, x) => {
        const want = a.findIndex((v) => v >= x);
        expect(lowerBound(a, x, id)).toBe(want < 0 ? a.length : want);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  test('upperBound is the first index with a key > x (brute force)', () => {
    fc.assert(
      fc.property(sortedNumbers, fc.integer({ min: -10, max: 50 }), (a, x) => {
        const want = a.findIndex((v) => v > x);
        expect(upperBound(a, x, id)).toBe(want < 0 ? a.length : want);
      }),
      { seed: 2, numRuns: 300 },
    );
  });

  test.each([
    [[], 3, 0, 0],
    [[1, 2, 2, 2, 5], 2, 1, 4],
    [[1, 2, 2, 2, 5], 9, 5, 5],
    [[1, 2, 2, 2, 5], 0, 0, 0],
  ])('%j around %d', (a, x, lo, hi) => {
    expect(lowerBound(a, x, id)).toBe(lo);
    expect(upperBound(a, x, id)).toBe(hi);
  });

  test('partitionPoint asks O(log n) questions', () => {
    let asked = 0;
    partitionPoint(1_000_000, (i) => (asked++, i < 123_456));
    expect(asked).toBeLessThanOrEqual(21);
  });
});

describe('indexContaining', () => {
  test('finds the disjoint sorted span holding an offset (brute force)', () => {
    const disjoint = spans.map((list) => {
      const out: Span[] = [];
      for (const s of [...list].sort((a, b) => a.start - b.start))
        if (s.end > s.start && s.start >= (out[out.length - 1]?.end ?? 0)) out.push(s);
      return out;
    });
    fc.assert(
      fc.property(disjoint, fc.integer({ min: -2, max: 80 }), (list, pos) => {
        expect(indexContaining(list, pos)).toBe(list.findIndex((s) => s.start <= pos && pos < s.end));
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('SpanIndex', () => {
  test('anyOverlaps, anyContains and overlapping agree with a scan', () => {
    fc.assert(
      fc.property(spans, span, (list, q) => {
        const index = new SpanIndex(list);
        expect(index.anyOverlaps(q)).toBe(list.some((s) => s.start < q.end && q.start < s.end));
        expect(index.anyContains(q)).toBe(list.some((s) => s.start <= q.start && q.end <= s.end));
        expect(index.overlapping(q)).toEqual(list.filter((s) => s.start < q.end && q.start < s.end));
      }),
      { seed: 4, numRuns: 400 },
    );
  });

  test('overlapping keeps input order and identity for equal spans', () => {
    const a = { start: 5, end: 9 };
    const b = { start: 1, end: 6 };
    const c = { start: 5, end: 9 };
    expect(new SpanIndex([a, b, c]).overlapping({ start: 5, end: 6 })).toEqual([a, b, c]);
    expect(new SpanIndex([a, b, c]).overlapping({ start: 5, end: 6 })[2]).toBe(c);
  });

  test('an empty index answers no', () => {
    const index = new SpanIndex<Span>([]);
    expect([
      index.anyOverlaps({ start: 0, end: 1 }),
      index.anyContains({ start: 0, end: 0 }),
      index.overlapping({ start: 0, end: 9 }),
    ]).toEqual([false, false, []]);
  });
});
