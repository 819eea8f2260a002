import type { Doc } from '../../model/document';
import type { PersonMention, QuoteMention } from '../../model/mentions';
import type { Stage } from '../stage';
import type { OverlapLookup } from './speakers/people-index';
import { overlapLookup } from './speakers/people-index';
import { organizationSpeaker } from './speakers/organizations';
import { isWordIn, lastPersonBefore, organizationName, overlappingPerson, PERSON_PRONOUNS, personByRole, UNRESOLVABLE } from './speakers/match';

/**
 * The canonical name behind one quote's speaker mention, in order: a person mention it overlaps; for he/she the
 * most recent person before it; for a description the most recent person whose role matches it; else, for a
 * capitalized name that is no known person, the name as written (an organization such as "the Kremlin").
 * `lookup` (from overlapLookup(people)) avoids scanning all people per quote when resolving many quotes.
 */
export function speakerNameOf(q: QuoteMention, people: readonly PersonMention[], lookup?: OverlapLookup): string | null {
  const s = q.speaker;
  if (!s) return null;
  const person = overlappingPerson(s, lookup ? lookup(s) : people);
  if (person) return person.name;
  if (isWordIn(s, PERSON_PRONOUNS)) return lastPersonBefore(s.start, people)?.name ?? null;
  if (isWordIn(s, UNRESOLVABLE)) return null;
  const byRole = personByRole(s.text, s.start, people);
  if (byRole) return byRole.name;
  return organizationName(s);
}

/**
 * Fills `speakerName` on every quote from the people entities (run after resolve/people). Parts of one utterance
 * share the name found for any of them.
 */
export const resolveSpeakers: Stage = {
  name: 'resolve/speakers',
  run(doc: Doc): Doc {
    if (doc.quotes.length === 0) return doc;
    const names = new Map<string, string>();
    const lookup = overlapLookup(doc.people);
    for (const q of doc.quotes) {
      const name = organizationSpeaker(q.speaker, doc.organizations) ?? speakerNameOf(q, doc.people, lookup);
      if (name !== null && !names.has(q.utterance)) names.set(q.utterance, name);
    }
    return { ...doc, quotes: doc.quotes.map((q) => ({ ...q, speakerName: names.get(q.utterance) ?? null })) };
  },
};
