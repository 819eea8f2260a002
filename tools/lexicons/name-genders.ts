// Builds the name-gender snapshot (src/adapters/lexicons/name-genders.json) from gender-detection-from-name, a
// devDependency: only `npm run lexicons` and the snapshot test load the package.
import type { NameGenderSnapshot } from '../../src/adapters/name-gender';

/** The package's lists, in a fixed order (the same as given-names.ts). */
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/** Builds the snapshot from the installed package: a name is male (female) when more lists say so than the other. */
export function nameGenderSnapshot(): NameGenderSnapshot {
  const votes = new Map<string, number>();
  for (const lang of LANGUAGES) {
    const list = require(`gender-detection-from-name/names/${lang}`) as ReadonlyMap<string, string>;
    for (const [name, g] of list)
      votes.set(name, (votes.get(name) ?? 0) + (g === 'male' ? 1 : g === 'female' ? -1 : 0));
  }
  const m: string[] = [];
  const f: string[] = [];
  for (const [name, v] of votes)
    if (v > 0) m.push(name);
    else if (v < 0) f.push(name);
  return { m: m.sort().join('|'), f: f.sort().join('|') };
}
