// Keeps one candidate per stretch of overlapping text: the longest, and among equally long ones the one found
// first (the parsers run most specific first). One sweep in offset order, so a sentence full of dates stays
// O(n log n).
import type { Candidate } from '../../../../text/dates/sem';

const length = (c: Candidate): number => c.end - c.start;

/** Non-overlapping candidates sorted by offset. */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = candidates
    .map((c, rank) => ({ c, rank }))
    .sort((a, b) => a.c.start - b.c.start || length(b.c) - length(a.c) || a.rank - b.rank);
  const kept: { c: Candidate; rank: number }[] = [];
  for (const item of ordered) {
    const last = kept[kept.length - 1];
    if (last === undefined || item.c.start >= last.c.end) kept.push(item);
    else if (length(item.c) > length(last.c) || (length(item.c) === length(last.c) && item.rank < last.rank))
      kept[kept.length - 1] = item;
  }
  return kept.map((k) => k.c);
}
