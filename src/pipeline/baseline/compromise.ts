import { compromiseSpans } from '../../adapters/compromise';
import type { Doc } from '../../model/document';
import type { OrganizationMention, PersonMention, PlaceMention } from '../../model/mentions';
import type { Stage } from '../stage';

/**
 * compromise alone, for comparison: its `.people()`, `.places()` and `.organizations()` over every body span, as
 * mentions with the text as name and no normalization. This is the baseline the project's own names stage is
 * measured against (accuracy and speed); it is not part of the default pipeline.
 */
export const baselineCompromise: Stage = {
  name: 'baseline/compromise',
  run(doc: Doc): Doc {
    const people: PersonMention[] = [];
    const places: PlaceMention[] = [];
    const organizations: OrganizationMention[] = [];
    for (const b of doc.body) {
      const { spans } = compromiseSpans(doc.text.slice(b.start, b.end), ['people', 'places', 'organizations']);
      for (const s of spans) {
        // compromise's offsets cover trailing punctuation and possessives ("Grace Road,", "Putin's"): trim them
        // as every user of the library would, so the baseline's exact-span figures are fair.
        const text = s.text.replace(/(?:['’]s)?[^\p{L}\p{N}.]*$/u, '');
        if (text === '') continue;
        const at = {
          start: b.start + s.start,
          end: b.start + s.start + text.length,
          text,
          stage: 'baseline/compromise',
          rule: s.label,
        };
        if (s.label === 'people') people.push({ ...at, kind: 'person', name: s.text, role: null, entity: '' });
        else if (s.label === 'organizations')
          organizations.push({ ...at, kind: 'organization', name: s.text, orgKind: 'other', entity: '' });
        else
          places.push({
            ...at,
            kind: 'place',
            name: s.text,
            placeKind: 'other',
            country: null,
            geonameId: null,
            lat: null,
            lon: null,
            entity: '',
          });
      }
    }
    const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
      a.start - b.start || a.end - b.end;
    return {
      ...doc,
      people: people.sort(byStart),
      places: places.sort(byStart),
      organizations: organizations.sort(byStart),
    };
  },
};
