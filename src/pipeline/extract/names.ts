import type { Doc } from '../../model/document';
import type { Span } from '../../model/span';
import type { Stage } from '../stage';
import { analyseNames, personFindings, placeFindings } from './names/analyse';
import { SpanIndex } from '../../model/span-index';
import { personMention, placeMention } from './names/mentions';
import { organizationMentions } from './names/organizations';

/**
 * Finds the names of the body once and decides each span between person, place and organization (see names/):
 * capitalized runs read by titles, role nouns, given names, initials, attribution cues, the gazetteer, place
 * prepositions, place heads, datelines, organization cues and document-level consistency. One analysis emits every
 * kind, so a span is never both a person and a place. Person `name` is the mention text without role or
 * possessive (resolve/people gives the canonical name and the entity); normalize/places fills the gazetteer fields.
 */
export const extractNames: Stage = {
  name: 'extract/names',
  run(doc: Doc): Doc {
    const findings = analyseNames(doc);
    const people = personFindings(findings).map(personMention);
    // One binary search per name, not a scan of every person (places x people grew quadratically on long runs).
    const persons = new SpanIndex(people);
    const overlapsPerson = (s: Span): boolean => persons.anyOverlaps(s);
    const places = placeFindings(findings)
      .map(placeMention)
      .filter((p) => !overlapsPerson(p));
    const organizations = organizationMentions(findings, doc.text).filter((o) => !overlapsPerson(o));
    return { ...doc, people, places, organizations };
  },
};
