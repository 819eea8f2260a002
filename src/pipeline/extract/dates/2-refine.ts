// Pass 2: refiners over one sentence's candidates, in this order: one candidate per stretch of text, then joins of
// neighbours ("October this year", ranges), then the modifier words before a date ("the end of").
import { mergeNeighbours } from './refiners/merge';
import { applyModifiers } from './refiners/modifiers';
import { removeOverlaps } from './refiners/overlaps';
import type { Candidate } from '../../../text/dates/sem';

/** The sentence's final candidates, sorted and non-overlapping. */
export function refineSentence(candidates: readonly Candidate[], text: string, sentenceStart: number): Candidate[] {
  const single = removeOverlaps(candidates);
  const joined = mergeNeighbours(single, text, sentenceStart);
  return applyModifiers(joined, text, sentenceStart);
}
