// The gender gender-detection-from-name's lists (MIT) give each given name, read from a snapshot
// (./lexicons/name-genders.json: the names the lists call male and those they call female, each joined by "|"),
// so the pipeline never loads the 2 MB package (a devDependency). tools/lexicons/name-genders.ts builds it
// (`npm run lexicons`); tests/speakers-discourse.test.ts checks it against the installed package.
import snapshot from './lexicons/name-genders.json';

/** Gender of a given name: `m`, `f`, or null when the lists disagree, call it unisex or do not have it. */
export type NameGender = 'm' | 'f';

/** The snapshot's shape: male and female names, lower-cased, sorted, joined by "|". */
export interface NameGenderSnapshot {
  readonly m: string;
  readonly f: string;
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
