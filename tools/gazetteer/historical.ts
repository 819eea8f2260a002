import { rankOf } from '../../src/gazetteer/rank';
import type { GazetteerEntry, IndexedEntry } from '../../src/gazetteer/types';

/**
 * Former countries news still names (archives, history, sport records). They are countries but no current
 * ISO 3166-1 code applies, so `country` is null, except where one successor state continues the country
 * (East and West Germany are Germany).
 */
const HISTORICAL_COUNTRIES: readonly (readonly [name: string, country: string | null, aliases: readonly string[]])[] = [
  ['Soviet Union', null, ['USSR', 'U.S.S.R.']],
  ['Yugoslavia', null, ['Federal Republic of Yugoslavia']],
  ['Czechoslovakia', null, []],
  ['East Germany', 'DE', []],
  ['West Germany', 'DE', []],
];

/** Historical countries, ranked like countries. */
export function loadHistorical(): readonly IndexedEntry[] {
  return HISTORICAL_COUNTRIES.map(([name, country, aliases]) => {
    const entry: GazetteerEntry = {
      name,
      kind: 'country',
      country,
      geonameId: null,
      lat: null,
      lon: null,
      population: null,
      admin1: null,
    };
    return { entry, names: [name, ...aliases], rank: rankOf(entry, false) };
  });
}
