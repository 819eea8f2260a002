import type { Span } from '../../../model/span';

/** The sentence containing a character offset, or undefined when none does. */
export type SentenceAt = (pos: number) => Span | undefined;

/**
 * A lookup of "the first sentence containing `pos`" (what `sentences.find` gives) by binary search, so a stage
 * asking it once per place stays linear on articles with thousands of places and sentences. Sentences from
 * segment/ are sorted and disjoint; any other list falls back to the scan so the answer is always the same.
 */
export function sentenceIndex(sentences: readonly Span[]): SentenceAt {
  const scan: SentenceAt = (pos) => sentences.find((s) => s.start <= pos && pos < s.end);
  for (let i = 1; i < sentences.length; i++) {
    const prev = sentences[i - 1];
    const cur = sentences[i];
    if (!prev || !cur || cur.start < prev.end || prev.start > prev.end) return scan;
  }
  return (pos) => {
    // Last sentence starting at or before pos: the only one that can contain it.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid]?.start ?? Infinity) <= pos) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo - 1];
    return s && pos < s.end ? s : undefined;
  };
}
