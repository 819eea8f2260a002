// Pass 2: refiners over one sentence's candidates, in this order: one candidate per stretch of text, then joins of
// neighbours ("October this year", ranges), then the modifier words before a date ("the end of"), then the value
// conventions that depend on words the parsers do not read: vague counts ("a few days" is PXD) and fiscal periods
// ("the year ended March 31" is P1Y).
import { fiscalPeriods } from './refiners/fiscal-period';
import { mergeNeighbours } from './refiners/merge';
import { applyModifiers } from './refiners/modifiers';
import { removeOverlaps } from './refiners/overlaps';
import { unstatedCounts } from './refiners/vague-count';
import type { Candidate } from '../../../text/dates/sem';

/** The sentence's final candidates, sorted and non-overlapping. */
export function refineSentence(candidates: readonly Candidate[], text: string, sentenceStart: number): Candidate[] {
  const single = removeOverlaps(candidates);
  const joined = mergeNeighbours(single, text, sentenceStart);
  const modified = applyModifiers(joined, text, sentenceStart);
  return fiscalPeriods(unstatedCounts(modified, text), text);
}
