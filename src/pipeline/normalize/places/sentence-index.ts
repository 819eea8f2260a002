import type { Span } from '../../../model/span';
import { indexContaining } from '../../../model/span-index';

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
    // The last sentence starting at or before pos is the only one that can contain it.
    return sentences[indexContaining(sentences, pos)];
  };
}
