import { CITY_NAME_FIXES } from './city-names';
import { loadCities, type CityRecord } from './cities';
import { commonWords, withoutCommonWordTowns } from './common-words';
import { loadCountries } from './countries';
import { buildDemonyms } from './demonyms';
import { loadHistorical } from './historical';
import { placeKey } from './key';
import { rankOf } from './rank';
import { abbreviationIndex } from './us-abbreviations';
import { loadRegions } from './regions';
import type { GazetteerEntry, IndexedEntry } from './types';

/** GeoNames feature code of national capitals. */
const NATIONAL_CAPITAL = 'PPLC';

function cityEntry(c: CityRecord): IndexedEntry {
  const fix = CITY_NAME_FIXES.get(c.geonameId);
  const name = fix?.canonical ?? c.name;
  const entry: GazetteerEntry = {
    name,
    kind: 'city',
    country: c.country,
    geonameId: c.geonameId,
    lat: c.lat,
    lon: c.lon,
    population: c.population,
    admin1: c.admin1 || null,
  };
  // "Washington, D.C." is also found as "Washington".
  const comma = c.name.indexOf(',');
  const names = [name, c.name, ...(comma > 0 ? [c.name.slice(0, comma)] : []), ...(fix?.aliases ?? [])];
  return { entry, names: [...new Set(names)], rank: rankOf(entry, c.featureCode === NATIONAL_CAPITAL) };
}

/**
 * Territories listed both as countries (world-countries) and as a region of another country (country-region-data
 * files Hong Kong under China with the code HK, Guadeloupe under France as GP) keep only their country reading:
 * the region is the same place, not a namesake.
 */
function withoutTerritoryDuplicates(list: readonly IndexedEntry[]): IndexedEntry[] {
  const countries = new Set(list.filter((i) => i.entry.kind === 'country').map((i) => i.entry.country));
  return list.filter((i) => i.entry.kind !== 'region' || !(countries.has(i.entry.admin1) || (i.entry.country !== null && countries.has(i.entry.country))));
}

/**
 * A region sharing its name with a big city of the same country ("Birmingham" the English district, named after
 * the city) ranks just below that city: the name means the city far more often. Small namesake towns do not
 * demote a region (the state of Washington stays above the towns called Washington).
 */
const CITY_NAMING_ITS_REGION_MIN_POPULATION = 100_000;

function demoteRegionsNamedLikeCities(list: IndexedEntry[]): IndexedEntry[] {
  return list.map((item) => {
    if (item.entry.kind !== 'region') return item;
    const city = list.find(
      (o) =>
        o.entry.kind === 'city' &&
        o.entry.country === item.entry.country &&
        (o.entry.population ?? 0) >= CITY_NAMING_ITS_REGION_MIN_POPULATION,
    );
    return city && city.rank <= item.rank ? { ...item, rank: city.rank - 1 } : item;
  });
}

/** The gazetteer's two indexes, built once and frozen. */
export interface GazetteerIndex {
  /** Folded name key (see key.ts) -> entries, likeliest first. */
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Exact text -> entries, for abbreviations whose period matters ("Fla.", "Mich."). */
  readonly exact: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

/** Builds the gazetteer indexes from the packages' data. */
export function buildIndex(): GazetteerIndex {
  const words = commonWords();
  const regions = loadRegions(words);
  const usStates = regions.map((r) => r.entry).filter((e) => e.country === 'US' && e.admin1 !== null);
  const cities = withoutCommonWordTowns(loadCities(), words).map(cityEntry);
  const all = [...loadCountries(buildDemonyms()), ...loadHistorical(), ...regions, ...cities];
  return { byKey: keyIndex(all), exact: abbreviationIndex(usStates, (w) => words.has(w)) };
}

/** Name key -> entries, likeliest reading first. */
function keyIndex(all: readonly IndexedEntry[]): ReadonlyMap<string, readonly GazetteerEntry[]> {
  const byKey = new Map<string, IndexedEntry[]>();
  for (const item of all) {
    let previous = '';
    for (const name of item.names) {
      const key = placeKey(name);
      if (!key || key === previous) continue;
      previous = key;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [item]);
      else if (!list.includes(item)) list.push(item);
    }
  }
  const out = new Map<string, readonly GazetteerEntry[]>();
  for (const [key, list] of byKey) {
    const ranked = list.length > 1 ? demoteRegionsNamedLikeCities(withoutTerritoryDuplicates(list)).sort((a, b) => b.rank - a.rank) : list;
    out.set(key, Object.freeze(ranked.map((i) => Object.freeze(i.entry))));
  }
  return out;
}
