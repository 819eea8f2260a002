import type { Doc } from '../../model/document';
import type { PlaceMention } from '../../model/mentions';
import { SpanIndex } from '../../model/span-index';
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
 * Finds place mentions in the body: capitalized runs read as places by the gazetteer, place prepositions,
 * "city of", place heads (Square, Road), datelines and "Title of Place" (see names/). Demonyms are never places
 * and organization names suppress the places inside them. normalize/places fills the gazetteer fields.
 */
export const extractPlaces: Stage = {
  name: 'extract/places',
  run(doc: Doc): Doc {
    // One binary search per place, not a scan of every person (places x people grew quadratically on long runs of names).
    const people = new SpanIndex(doc.people);
    const places = namePlaces(doc).filter((p) => !people.anyOverlaps(p));
    return { ...doc, places };
  },
};
