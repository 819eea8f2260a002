import { lookupPlace, placeKey } from '../../../gazetteer';
import type { PlaceMention } from '../../../model/mentions';
import { POSSESSIVE } from './rules';
import type { Candidate } from './types';

/**
 * Pass 1: the gazetteer readings of each mention's name (as the extractor gave it, else as written, else without
 * a possessive ending).
 */
export function candidates(places: readonly PlaceMention[]): Candidate[] {
  return places.map((mention) => {
    for (const form of [mention.name, mention.text, mention.text.replace(POSSESSIVE, '')]) {
      const readings = lookupPlace(form);
      if (readings.length) return { mention, key: placeKey(form), readings };
    }
    return { mention, key: '', readings: [] };
  });
}
