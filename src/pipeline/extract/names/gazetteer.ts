// The name passes' view of the gazetteer: whether a written name is a known place, and whether a word is a
// demonym. Everything goes through here so the passes do not depend on how the gazetteer is stored.
import { demonymCountry, lookupPlace } from '../../../gazetteer';
import type { PlaceKind } from '../../../model/mentions';

/** What the name passes need to know about a known place. */
export interface PlaceHint {
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly population: number | null;
}

/**
 * Constituent countries of the United Kingdom: ISO 3166 has no code for them, so country lists leave them out
 * or file them as regions, yet news (and sport, where they field national teams) treats them as countries.
 */
const UK_NATIONS: ReadonlyMap<string, PlaceHint> = new Map(
  ['england', 'scotland', 'wales', 'northern ireland'].map((n) => [
    n,
    { kind: 'country', country: 'GB', population: null },
  ]),
);

/** Lengths of the UK_NATIONS names: most names looked up have none of them, and skip lower-casing. */
const UK_NATION_LENGTHS: ReadonlySet<number> = new Set([...UK_NATIONS.keys()].map((n) => n.length));

/** Whether `name` starts with an upper-case letter (/^\p{Lu}/u, with ASCII decided without the expression). */
function startsUpper(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c < NON_ASCII) return c >= UPPER_A && c <= UPPER_Z;
  return /^\p{Lu}/u.test(name);
}

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const NON_ASCII = 0x80;

/** Known places called `name` (exact or alternate name), likeliest first; empty when unknown. */
export function placeHints(name: string): readonly PlaceHint[] {
  const nation =
    UK_NATION_LENGTHS.has(name.length) && startsUpper(name) ? UK_NATIONS.get(name.toLowerCase()) : undefined;
  return nation ? [nation] : lookupPlace(name);
}

/** The ISO country a demonym or nationality word refers to ("Russian" -> "RU"), else null. */
export function demonym(word: string): string | null {
  return demonymCountry(word);
}
