// Reads gender-detection-from-name (MIT) for the gender its lists give each given name, through a snapshot
// (./lexicons/name-genders.json: the names the lists call male and those they call female, each joined by "|"),
// so the pipeline never loads the 2 MB package. `npm run lexicons` rewrites it; tests/discourse-gender.test.ts checks it.
import snapshot from './lexicons/name-genders.json';

/** The package's lists, in a fixed order (the same as given-names.ts). */
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/** Gender of a given name: `m`, `f`, or null when the lists disagree, call it unisex or do not have it. */
export type NameGender = 'm' | 'f';

/** The snapshot's shape: male and female names, lower-cased, sorted, joined by "|". */
export interface NameGenderSnapshot {
  readonly m: string;
  readonly f: string;
}

/** Builds the snapshot from the installed package: a name is male (female) when more lists say so than the other. */
export function nameGenderSnapshot(): NameGenderSnapshot {
  const votes = new Map<string, number>();
  for (const lang of LANGUAGES) {
    const list = require(`gender-detection-from-name/names/${lang}`) as ReadonlyMap<string, string>;
    for (const [name, g] of list) votes.set(name, (votes.get(name) ?? 0) + (g === 'male' ? 1 : g === 'female' ? -1 : 0));
  }
  const m: string[] = [];
  const f: string[] = [];
  for (const [name, v] of votes) if (v > 0) m.push(name);
  else if (v < 0) f.push(name);
  return { m: m.sort().join('|'), f: f.sort().join('|') };
}

let index: ReadonlyMap<string, NameGender> | null = null;

/** The gender the lists give a given name (any case), or null. Loads the snapshot on first use. */
export function givenNameGender(name: string): NameGender | null {
  if (index === null) {
    const map = new Map<string, NameGender>();
    const s = snapshot as NameGenderSnapshot;
    for (const n of s.m.split('|')) map.set(n, 'm');
    for (const n of s.f.split('|')) map.set(n, 'f');
    index = map;
  }
  return index.get(name.toLowerCase()) ?? null;
}
