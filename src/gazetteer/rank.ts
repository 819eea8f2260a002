import type { GazetteerEntry } from './types';

/**
 * How readings of one name are ordered when nothing in the article decides: countries first, then national
 * capitals weighted up, then regions and cities by size.
 */

/** Countries outrank everything: "Georgia" is the country unless the article says otherwise. */
const COUNTRY_RANK = 1e12;

/**
 * National capitals count as this many times their population: news names capitals far more often than
 * namesake regions or towns ("Washington" the US capital before the state), yet a small capital does not beat a
 * large region or city ("Victoria" the Australian state before the capital of the Seychelles).
 */
const CAPITAL_POPULATION_FACTOR = 10;

/**
 * Regions have no population in the data; they rank as a city of this many people, so a state or province beats
 * namesake towns ("Victoria" the Australian state over small Victorias) but not a big city ("New York" the city
 * over the state, "Moscow" the city over the federal subject).
 */
export const REGION_EQUIVALENT_POPULATION = 2_000_000;

/** Areas spanning countries (continents, "Middle East") rank like a large region. */
const AREA_RANK = REGION_EQUIVALENT_POPULATION * 2;

/**
 * The rank of one entry; `capital` is true for national capitals (GeoNames PPLC). Countries have no population in
 * the data, so `countrySize` (area in km², plus a bonus for sovereign states) orders countries sharing a name
 * ("Congo").
 */
export function rankOf(entry: GazetteerEntry, capital: boolean, countrySize = 0): number {
  if (entry.kind === 'country') return COUNTRY_RANK + countrySize;
  if (capital) return CAPITAL_POPULATION_FACTOR * (entry.population ?? 0);
  if (entry.kind === 'region') return entry.country === null ? AREA_RANK : REGION_EQUIVALENT_POPULATION;
  if (entry.kind === 'other') return AREA_RANK;
  return entry.population ?? 0;
}
