import { lookupPlace } from '../../../gazetteer';
import type { Doc } from '../../../model/document';
import type { PlaceKind } from '../../../model/mentions';
import { LANDMARK_HEADS } from './rules';
import type { Candidate } from './types';

/** What an unmatched name is taken to be. */
export interface Unmatched {
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly rule: string;
}

/** The country of the nearest matched place in the same sentence, if any. */
function sameSentenceCountry(doc: Doc, c: Candidate, countries: ReadonlyMap<Candidate, string | null>): string | null {
  const s = doc.sentences.find((x) => x.start <= c.mention.start && c.mention.start < x.end);
  if (!s) return null;
  let best: string | null = null;
  let bestGap = Infinity;
  for (const [other, country] of countries) {
    if (!country || other.mention.start < s.start || other.mention.end > s.end) continue;
    const gap = Math.abs(other.mention.start - c.mention.start);
    if (gap < bestGap) [best, bestGap] = [country, gap];
  }
  return best;
}

/** The country of a known place the name starts with ("Beijing Capital Airport" -> CN), if any. */
function leadingPlaceCountry(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const top = lookupPlace(words.slice(0, n).join(' '))[0];
    // Only a city or country: a region prefix is too loose ("Victoria Station" is in London, not Victoria).
    if (top?.country && (top.kind === 'city' || top.kind === 'country')) return top.country;
  }
  return null;
}

/**
 * Pass 5: names the gazetteer does not know. One whose last word is a landmark head (Square, Bridge, Palace:
 * rules.ts), or that the extractor found as a landmark, is a landmark; it takes the country of a known place its
 * name starts with, else of the nearest matched place in its sentence ("Senate Square in St. Petersburg"), else the
 * article's dominant country (an
 * inference: a landmark named in an article about one country is most likely there). Other unknown names keep
 * the extractor's kind and no country.
 */
export function unmatched(
  doc: Doc,
  c: Candidate,
  countries: ReadonlyMap<Candidate, string | null>,
  dominant: string | null,
): Unmatched {
  const words = c.mention.name.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // The extractor may already know a site is a landmark from a facility noun outside the name ("Heathrow airport").
  if (!LANDMARK_HEADS.has(head) && c.mention.placeKind !== 'landmark')
    return { kind: c.mention.placeKind, country: null, rule: 'unmatched' };
  const own = leadingPlaceCountry(c.mention.name);
  if (own) return { kind: 'landmark', country: own, rule: 'landmark-name' };
  const near = sameSentenceCountry(doc, c, countries);
  if (near) return { kind: 'landmark', country: near, rule: 'landmark-sentence' };
  return { kind: 'landmark', country: dominant, rule: dominant ? 'landmark-article' : 'landmark' };
}
