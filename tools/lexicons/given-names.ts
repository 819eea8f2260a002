// The only module that reads gender-detection-from-name (a devDependency): its six lists are 2 MB of JavaScript
// (~0.2 s to load per process), so the pipeline reads the snapshot this builds instead (src/adapters/given-names.ts).
import type { GivenNamesSnapshot } from '../../src/adapters/given-names';

/** The package's lists, in a fixed order. */
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

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
