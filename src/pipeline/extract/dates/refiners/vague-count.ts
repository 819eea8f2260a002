// Counts that state no number ("a few days", "several years", "the next few weeks"): the parsers read them as 3 so
// the grammar stays one pattern, but TimeML writes the unknown count as X ("PXD", "PXY"), and an "ago" with such a
// count names no particular year or day: "several years ago" is PAST_REF, "a few weeks from now" FUTURE_REF.
import type { Candidate } from '../../../../text/dates/sem';

/** Count words that give no number. */
const VAGUE_COUNT = /\b(?:few|several)\b/i;

/** A duration value with one numeric count: P3Y, PT3M. */
const COUNTED_VALUE = /^P(T?)\d+([A-Z])$/;

/** The candidate with its vague count written as TimeML's X, or as a *_REF when it counts from today. */
function unstated(c: Candidate, text: string): Candidate {
  if (!VAGUE_COUNT.test(text.slice(c.start, c.end))) return c;
  const sem = c.sem;
  if (sem.kind === 'duration') {
    const m = COUNTED_VALUE.exec(sem.value);
    return m ? { ...c, sem: { kind: 'duration', value: `P${m[1] ?? ''}X${m[2] ?? ''}` } } : c;
  }
  // Counted from a date the story stated ("a few days later") it stays relative: only deictic counts are vague.
  if (sem.kind === 'rel' && sem.ago === true && sem.anchored !== true)
    return { ...c, sem: { kind: 'ref', value: sem.offset < 0 ? 'PAST_REF' : 'FUTURE_REF' }, mod: null };
  return c;
}

/** Rewrites the sentence's candidates whose count is "few" or "several". */
export function unstatedCounts(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => unstated(c, text));
}
