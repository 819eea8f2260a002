// Person mentions indexed by start, so finding the ones a speaker overlaps is a binary search, not a scan of all.
import type { PersonMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';
import { overlaps } from '../../../model/span';

/** The person mentions overlapping a span, in their original order (callers' tie-breaks depend on that order). */
export type OverlapLookup = (span: Span) => PersonMention[];

/** Builds the lookup over `people`; each query costs a binary search plus the mentions near the span. */
export function overlapLookup(people: readonly PersonMention[]): OverlapLookup {
  const byStart = people.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start || a.i - b.i);
  // No mention is longer than this, so one overlapping `span` starts after span.start - longest.
  const longest = people.reduce((m, p) => Math.max(m, p.end - p.start), 0);
  return (span) => {
    const from = span.start - longest;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid]?.p.start ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const hits: { p: PersonMention; i: number }[] = [];
    for (let k = lo; k < byStart.length; k++) {
      const e = byStart[k];
      if (!e || e.p.start >= span.end) break;
      if (overlaps(e.p, span)) hits.push(e);
    }
    return hits.sort((a, b) => a.i - b.i).map((e) => e.p);
  };
}
