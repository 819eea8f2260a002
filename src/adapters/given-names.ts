// The only module that reads gender-detection-from-name (MIT): about 67,000 given names from English, French,
// Spanish, Italian, German and Turkish lists. Its six lists are 2 MB of JavaScript (~0.2 s to load and index per
// process); the pipeline reads a snapshot of what it needs instead (./lexicons/given-names.json: per name, how many
// lists have it), which `npm run lexicons` rewrites and tests/lexicon-snapshots.test.ts checks.
import snapshot from './lexicons/given-names.json';

/** The package's lists, in a fixed order. */
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/** The snapshot's shape: for each list count ("1".."6"), the lower-cased names with that count joined by "|". */
export type GivenNamesSnapshot = Record<string, string>;

/** Builds the snapshot from the installed package. */
export function givenNamesSnapshot(): GivenNamesSnapshot {
  const counts = new Map<string, number>();
  for (const lang of LANGUAGES) {
    const list = require(`gender-detection-from-name/names/${lang}`) as ReadonlyMap<string, string>;
    for (const name of list.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byCount = new Map<number, string[]>();
  for (const [name, n] of counts) {
    const names = byCount.get(n) ?? [];
    names.push(name);
    byCount.set(n, names);
  }
  const out: GivenNamesSnapshot = {};
  for (const n of [...byCount.keys()].sort((a, b) => a - b)) out[String(n)] = (byCount.get(n) ?? []).sort().join('|');
  return out;
}

let index: ReadonlyMap<string, number> | null = null;

/** How many of the six lists have `lowerCasedName` as a given name (0 when none). */
export function givenNameListCount(lowerCasedName: string): number {
  if (index === null) {
    const map = new Map<string, number>();
    for (const [n, names] of Object.entries(snapshot as GivenNamesSnapshot)) for (const name of names.split('|')) map.set(name, Number(n));
    index = map;
  }
  return index.get(lowerCasedName) ?? 0;
}
