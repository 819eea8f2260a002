import countries from 'world-countries';
import regionData from 'country-region-data/data.json';
import { rankOf } from '../../src/gazetteer/rank';
import type { GazetteerEntry, IndexedEntry } from '../../src/gazetteer/types';

/**
 * Regions: first-level subdivisions from `country-region-data` (US states, Russian oblasts, provinces; MIT), the
 * continent and sub-continent names `world-countries` files countries under, and a short list of well-known
 * regions that are no ISO 3166-2 subdivision (disputed or historical areas, areas spanning countries).
 */

/**
 * Subdivision type words; "Leningrad Oblast" is also found as "Leningrad", "Sichuan Province" as "Sichuan".
 * The short form never replaces a city or country of the same name: ranking decides between readings. It is not
 * kept when it is an English word ("Northern Territory" is not "Northern"). "Republic" is not stripped: what is
 * left is an adjective ("Chechen Republic", "Komi Republic").
 */
const SUBDIVISION_SUFFIXES =
  /\s+(oblast|krai|kray|province|region|state|prefecture|governorate|county|district|territory|okrug|autonomous okrug)$/i;

/** Well-known regions missing from the ISO subdivision data, with the country they lie in (null: several). */
const EXTRA_REGIONS: readonly (readonly [name: string, country: string | null, aliases: readonly string[]])[] = [
  ['England', 'GB', []],
  ['Scotland', 'GB', []],
  ['Wales', 'GB', []],
  ['Northern Ireland', 'GB', ['Ulster']],
  ['Nagorno-Karabakh', 'AZ', ['Karabakh', 'Artsakh']],
  ['Crimea', 'UA', []],
  ['Donbas', 'UA', ['Donbass']],
  ['Siberia', 'RU', []],
  ['Chechnya', 'RU', []],
  ['Kashmir', null, []],
  ['Gaza Strip', 'PS', ['Gaza']],
  ['West Bank', 'PS', []],
  ['Golan Heights', null, []],
  ['Kurdistan', null, []],
  ['Tibet', 'CN', []],
  ['Midwest', 'US', []],
  ['Middle East', null, ['Mideast']],
  ['Far East', null, []],
  ['Caucasus', null, ['South Caucasus', 'North Caucasus']],
  ['Balkans', null, []],
  ['Scandinavia', null, []],
  ['Latin America', null, []],
  ['Persian Gulf', null, ['Gulf']],
  ['Arctic', null, []],
  ['Antarctica', null, []],
  ['Europe', null, []],
  ['Asia', null, []],
  ['Africa', null, []],
  ['North America', null, []],
  ['South America', null, []],
  ['Central Asia', null, []],
  ['Southeast Asia', null, ['South-East Asia', 'South-Eastern Asia']],
  ['Eastern Europe', null, []],
  ['Western Europe', null, []],
];

/**
 * Oceans and seas news names as places. PlaceKind has no kind for water, so they are 'other', with no country.
 */
const WATERS: readonly (readonly [name: string, aliases: readonly string[]])[] = [
  ['Atlantic Ocean', ['Atlantic']],
  ['Pacific Ocean', ['Pacific']],
  ['Indian Ocean', []],
  ['Arctic Ocean', []],
  ['Southern Ocean', []],
  ['Mediterranean Sea', ['Mediterranean']],
  ['Black Sea', []],
  ['Baltic Sea', ['Baltic']],
  ['Caspian Sea', []],
  ['Red Sea', []],
  ['North Sea', []],
  ['Caribbean Sea', []],
  ['South China Sea', []],
  ['East China Sea', []],
  ['Gulf of Mexico', []],
  ['Gulf of Aden', []],
  ['Strait of Hormuz', []],
  ['English Channel', []],
];

/** The planet, named as a place in news ("any two cities on Earth"): 'other', with no country. */
const WORLD: readonly (readonly [name: string, aliases: readonly string[]])[] = [['Earth', []]];

function water(name: string, aliases: readonly string[]): IndexedEntry {
  const entry: GazetteerEntry = {
    name,
    kind: 'other',
    country: null,
    geonameId: null,
    lat: null,
    lon: null,
    population: null,
    admin1: null,
  };
  return { entry, names: [name, ...aliases], rank: rankOf(entry, false) };
}

function region(
  name: string,
  country: string | null,
  names: readonly string[],
  admin1: string | null = null,
): IndexedEntry {
  const entry: GazetteerEntry = {
    name,
    kind: 'region',
    country,
    geonameId: null,
    lat: null,
    lon: null,
    population: null,
    admin1,
  };
  return { entry, names: [...new Set(names)], rank: rankOf(entry, false) };
}

function subdivisions(words: ReadonlySet<string>): IndexedEntry[] {
  const out: IndexedEntry[] = [];
  for (const c of regionData) {
    for (const r of c.regions) {
      // Subdivisions named by a bare English word ("Northern", "Western", "Central" in several countries) are
      // far more often the word.
      if (words.has(r.name.toLowerCase())) continue;
      const short = r.name.replace(SUBDIVISION_SUFFIXES, '');
      const keepShort = short && short !== r.name && !words.has(short.toLowerCase());
      const names: string[] = [r.name, ...(keepShort ? [short] : [])];
      out.push(region(r.name, c.countryShortCode, names, r.shortCode ?? null));
    }
  }
  return out;
}

/** Continent and sub-continent names used by world-countries ("Europe", "Central Asia"), not already listed. */
function continents(listed: ReadonlySet<string>): IndexedEntry[] {
  const names = new Set<string>();
  for (const c of countries) for (const n of [c.region, c.subregion]) if (n && !listed.has(n)) names.add(n);
  return [...names].map((n) => region(n, null, [n]));
}

/** Every region (and body of water) the gazetteer knows; `words` are common English words (see common-words.ts). */
export function loadRegions(words: ReadonlySet<string>): readonly IndexedEntry[] {
  const extra = EXTRA_REGIONS.map(([name, country, aliases]) => region(name, country, [name, ...aliases]));
  const listed = new Set(extra.flatMap((e) => e.names));
  return [
    ...subdivisions(words),
    ...extra,
    ...continents(listed),
    ...[...WATERS, ...WORLD].map(([n, a]) => water(n, a)),
  ];
}
