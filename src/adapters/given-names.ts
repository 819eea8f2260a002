// Given names from gender-detection-from-name (MIT; about 67,000 names from English, French, Spanish, Italian,
// German and Turkish lists), read from a snapshot (./lexicons/given-names.json: per name, how many lists have it).
// The package is a devDependency: tools/lexicons/given-names.ts, its only reader, builds the snapshot
// (`npm run lexicons`), and tests/lexicon-snapshots.test.ts checks it.
import snapshot from './lexicons/given-names.json';

/** The snapshot's shape: for each list count ("1".."6"), the lower-cased names with that count joined by "|". */
export type GivenNamesSnapshot = Record<string, string>;

let index: ReadonlyMap<string, number> | null = null;

/** How many of the six lists have `lowerCasedName` as a given name (0 when none). */
export function givenNameListCount(lowerCasedName: string): number {
  if (index === null) {
    const map = new Map<string, number>();
    for (const [n, names] of Object.entries(snapshot as GivenNamesSnapshot))
      for (const name of names.split('|')) map.set(name, Number(n));
    index = map;
  }
  return index.get(lowerCasedName) ?? 0;
}
