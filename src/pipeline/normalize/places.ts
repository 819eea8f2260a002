import type { Doc } from '../../model/document';
import type { Stage } from '../stage';
import { candidates } from './places/1-candidates';
import { articleEvidence, dominantCountry } from './places/2-evidence';
import { demonymBefore, qualifiedPairs } from './places/3-local';
import { choose } from './places/4-choose';
import { unmatched } from './places/5-landmarks';
import { withEntities, type Normalized } from './places/6-entities';
import { DOMINANT_MIN_SUPPORT } from './places/rules';
import { sentenceIndex } from './places/sentence-index';
import type { Candidate } from './places/types';

/**
 * Normalizes every place mention against the gazetteer (src/gazetteer): canonical name ("U.S." -> "United
 * States"), kind, ISO 3166-1 alpha-2 country, GeoNames id and coordinates where the data has them, and an entity
 * id shared by all mentions of one place. Ambiguous names are resolved by qualifiers, nearby demonyms and the
 * article's other places (places/4-choose.ts); unknown landmarks ("Senate Square") keep kind `landmark` and an
 * inferred country (places/5-landmarks.ts). The mention text is never changed.
 */
export const normalizePlaces: Stage = {
  name: 'normalize/places',
  run(doc: Doc): Doc {
    if (!doc.places.length) return doc;
    const found = candidates([...doc.places].sort((a, b) => a.start - b.start));
    const evidence = articleEvidence(doc, found);
    const pairs = qualifiedPairs(doc, found);
    const sentenceAt = sentenceIndex(doc.sentences);
    const local = (c: Candidate, i: number) => ({
      qualified: pairs.get(i),
      demonym: demonymBefore(doc, c, sentenceAt),
    });
    const chosen = found.map((c, i) => ({ c, choice: choose(c, local(c, i), evidence) }));
    const countries = new Map<Candidate, string | null>(
      chosen.map(({ c, choice }) => [c, choice.entry?.country ?? null]),
    );
    const dominant = dominantCountry(evidence, DOMINANT_MIN_SUPPORT);
    const normalized: Normalized[] = chosen.map(({ c, choice }) => {
      if (choice.entry)
        return { mention: c.mention, entry: choice.entry, kind: choice.entry.kind, country: choice.entry.country };
      const u = unmatched(doc, c, countries, dominant);
      return { mention: c.mention, entry: null, kind: u.kind, country: u.country };
    });
    return { ...doc, places: withEntities(normalized) };
  },
};
