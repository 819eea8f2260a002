import countries from 'world-countries';
import isoEnglish from 'i18n-iso-countries/langs/en.json';
import { rankOf } from '../../src/gazetteer/rank';
import type { IndexedEntry } from '../../src/gazetteer/types';

/**
 * Countries from `world-countries` (ISO 3166-1 codes, common and official English names, alternate spellings,
 * demonyms, coordinates; ODbL) with the extra English names of `i18n-iso-countries` ("Turkey", "U.S.",
 * "Great Britain"; MIT).
 */

/**
 * Short all-caps spellings kept as country names. Other two- and three-letter codes in the data ("IN", "IT",
 * "AM", "NO", "ME") are ordinary words in capitals, so they are left out.
 */
const ABBREVIATIONS_KEPT: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);

/** English names the data lacks but news uses for the whole country. */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain', 'U.K.'],
  US: ['America', 'United States of America'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  KR: ['ROK'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  BA: ['Bosnia'],
  KZ: ['Kazakstan'],
  SR: ['Surinam'],
  CD: ['Zaire'],
  LK: ['Ceylon'],
  TT: ['Trinidad'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
};

/** Sovereign states win ties against territories sharing a name. */
const INDEPENDENT_BONUS = 1e8;

function keptSpelling(name: string): boolean {
  if (!/[A-Za-z]/.test(name)) return false;
  const letters = name.replace(/[^A-Za-z]/g, '');
  const isCode = letters.length <= 4 && letters === letters.toUpperCase();
  return !isCode || ABBREVIATIONS_KEPT.has(letters);
}

function isoNames(code: string): readonly string[] {
  const names = (isoEnglish.countries as Record<string, string | readonly string[] | undefined>)[code];
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}

/** Every country, with all its English names (canonical common name first). */
export function loadCountries(demonyms: ReadonlyMap<string, string>): readonly IndexedEntry[] {
  return countries.map((c) => {
    const [lat, lon] = c.latlng;
    const entry = {
      name: c.name.common,
      kind: 'country' as const,
      country: c.cca2,
      geonameId: null,
      lat,
      lon,
      population: null,
      admin1: null,
    };
    const all = [
      c.name.common,
      c.name.official,
      ...c.altSpellings,
      ...isoNames(c.cca2),
      ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []),
    ];
    // Demonyms among the alternate spellings ("Thai", "Saudi") are adjectives, not names of the country.
    const names = [...new Set(all.filter((n) => keptSpelling(n) && (n === c.name.common || !demonyms.has(n))))];
    const size = c.area + (c.independent ? INDEPENDENT_BONUS : 0);
    return { entry, names, rank: rankOf(entry, false, size) };
  });
}

/**
 * English demonyms the data gives, by country code ("Russian" -> RU). A demonym shared by several countries
 * ("Congolese") goes to the largest sovereign one.
 */
export function dataDemonyms(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const bySize = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const c of bySize) {
    const eng = c.demonyms['eng'];
    if (!eng) continue;
    for (const word of [eng.m, eng.f]) if (word && !out.has(word)) out.set(word, c.cca2);
  }
  return out;
}
