import { CITY_NAME_FIXES, unqualifiedName } from './city-names';
import { loadCities, type CityRecord } from './cities';
import { commonWords, splitCommonWordTowns } from './common-words';
import { loadCountries } from './countries';
import { buildDemonyms } from './demonyms';
import { loadHistorical } from './historical';
import { placeKey } from '../../src/gazetteer/key';
import { rankOf } from '../../src/gazetteer/rank';
import { abbreviationIndex } from './us-abbreviations';
import { loadRegions } from './regions';
import type { GazetteerEntry, IndexedEntry } from '../../src/gazetteer/types';

/** GeoNames feature code of national capitals. */
const NATIONAL_CAPITAL = 'PPLC';

/**
 * A city whose data name carries a qualifier ("Frankfurt am Main", "Newcastle upon Tyne") is also found by its
 * short name from this population up: big enough that news means it by the short name. Smaller ones keep only
 * the full name, since their short names are often surnames ("Burton" of Burton upon Trent, 120,000 people).
 */
const SHORT_NAME_MIN_POPULATION = 150_000;

function cityEntry(c: CityRecord, words: ReadonlySet<string>): IndexedEntry {
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
  // "Frankfurt am Main" is also found as "Frankfurt", unless the short form is a common word or the city small.
  const short = c.population >= SHORT_NAME_MIN_POPULATION ? unqualifiedName(c.name) : null;
  const plain = short !== null && !words.has(placeKey(short)) ? [short] : [];
  const names = [name, c.name, ...(comma > 0 ? [c.name.slice(0, comma)] : []), ...plain, ...(fix?.aliases ?? [])];
  return { entry, names: [...new Set(names)], rank: rankOf(entry, c.featureCode === NATIONAL_CAPITAL) };
}

/**
 * Territories listed both as countries (world-countries) and as a region of another country (country-region-data
 * files Hong Kong under China with the code HK, Guadeloupe under France as GP) keep only their country reading:
 * the region is the same place, not a namesake.
 */
function withoutTerritoryDuplicates(list: readonly IndexedEntry[]): IndexedEntry[] {
  const countries = new Set(list.filter((i) => i.entry.kind === 'country').map((i) => i.entry.country));
  return list.filter(
    (i) =>
      i.entry.kind !== 'region' ||
      !(countries.has(i.entry.admin1) || (i.entry.country !== null && countries.has(i.entry.country))),
  );
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
  /**
   * Towns named like common words ("Mobile", "Summit"), left out of `byKey`: found only when the text qualifies
   * them with their region or country ("Mobile, Alabama"), where the word reading is out of the question.
   */
  readonly qualifiedOnly: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

/** Builds the gazetteer indexes from the packages' data. */
export function buildIndex(): GazetteerIndex {
  const words = commonWords();
  const regions = loadRegions(words);
  const usStates = regions.map((r) => r.entry).filter((e) => e.country === 'US' && e.admin1 !== null);
  const { kept, commonWordTowns } = splitCommonWordTowns(loadCities(), words);
  const cities = kept.map((c) => cityEntry(c, words));
  const all = [...loadCountries(buildDemonyms()), ...loadHistorical(), ...regions, ...cities];
  const qualifiedOnly = keyIndex(commonWordTowns.map((c) => cityEntry(c, words)));
  return { byKey: keyIndex(all), exact: abbreviationIndex(usStates, (w) => words.has(w)), qualifiedOnly };
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
    const ranked =
      list.length > 1
        ? demoteRegionsNamedLikeCities(withoutTerritoryDuplicates(list)).sort((a, b) => b.rank - a.rank)
        : list;
    out.set(key, Object.freeze(ranked.map((i) => Object.freeze(i.entry))));
  }
  return out;
}
