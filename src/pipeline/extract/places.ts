import type { Doc } from '../../model/document';
import type { PlaceMention } from '../../model/mentions';
import { overlaps } from '../../model/span';
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
    const places = namePlaces(doc).filter((p) => !doc.people.some((m) => overlaps(m, p)));
    return { ...doc, places };
  },
};
