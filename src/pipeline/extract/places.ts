import type { Doc } from '../../model/document';
import type { PlaceMention } from '../../model/mentions';
import type { Span } from '../../model/span';
import type { Stage } from '../stage';
import { analyseNames, placeFindings } from './names/analyse';
import { NAMES_STAGE, placeMention } from './names/mentions';

/** The places the shared name analysis found: handed on by extract/people, or read here when it did not run. */
function namePlaces(doc: Doc): PlaceMention[] {
  const handed = doc.places.filter((p) => p.stage === NAMES_STAGE);
  if (handed.length > 0) return handed.map((p) => ({ ...p, stage: 'extract/places' }));
  return placeFindings(analyseNames(doc)).map((f) => placeMention(f, 'extract/places'));
}

/**
 * A test for "does this span overlap any of the spans": the spans sorted by start with the running maximum of
 * their ends, so each query is one binary search instead of a scan of every span (places x people grew
 * quadratically on long runs of names).
 */
function overlapIndex(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return (span) => {
    // Count of spans starting before span.end: only those can overlap it.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? Infinity) < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] ?? -Infinity) > span.start;
  };
}

/**
 * Finds place mentions in the body: capitalized runs read as places by the gazetteer, place prepositions,
 * "city of", place heads (Square, Road), datelines and "Title of Place" (see names/). Demonyms are never places
 * and organization names suppress the places inside them. normalize/places fills the gazetteer fields.
 */
export const extractPlaces: Stage = {
  name: 'extract/places',
  run(doc: Doc): Doc {
    const overlapsPerson = overlapIndex(doc.people);
    const places = namePlaces(doc).filter((p) => !overlapsPerson(p));
    return { ...doc, places };
  },
};
