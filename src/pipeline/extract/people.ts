import type { Doc } from '../../model/document';
import type { Stage } from '../stage';
import { analyseNames, personFindings, placeFindings } from './names/analyse';
import { NAMES_STAGE, personMention, placeMention } from './names/mentions';

/**
 * Finds person mentions in the body: capitalized runs read as people by titles, role nouns, given names,
 * initials, attribution cues and document-level consistency (see names/). `name` is the mention text without
 * role or possessive; resolve/people replaces it with the canonical full name and sets `entity`. The same
 * reading of the names also yields the places, handed on as provisional mentions for extract/places.
 */
export const extractPeople: Stage = {
  name: 'extract/people',
  run(doc: Doc): Doc {
    const findings = analyseNames(doc);
    const places = placeFindings(findings).map((f) => placeMention(f, NAMES_STAGE));
    return { ...doc, people: personFindings(findings).map(personMention), places };
  },
};
