// Person mentions indexed by start, so finding the ones a speaker overlaps is a binary search, not a scan of all.
import type { PersonMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';
import { SpanIndex } from '../../../model/span-index';

/** The person mentions overlapping a span, in their original order (callers' tie-breaks depend on that order). */
export type OverlapLookup = (span: Span) => PersonMention[];

/** Builds the lookup over `people`; each query costs a binary search plus the mentions near the span. */
export function overlapLookup(people: readonly PersonMention[]): OverlapLookup {
  const index = new SpanIndex(people);
  return (span) => index.overlapping(span);
}
