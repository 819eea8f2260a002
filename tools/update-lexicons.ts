// `npm run lexicons`: rewrites the lexicon snapshots in src/adapters/lexicons/ from the installed compromise, wink
// model and gender-detection-from-name. Run it after upgrading one of them; tests/lexicon-snapshots.test.ts fails
// until the snapshots match.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { compromiseLexiconSnapshot } from '../src/adapters/compromise';
import { winkVocabularySnapshot } from '../src/adapters/wink';
import { givenNamesSnapshot } from './lexicons/given-names';
import { nameGenderSnapshot } from './lexicons/name-genders';
import { repoRoot } from './root';

const dir = path.join(repoRoot(), 'src', 'adapters', 'lexicons');
writeFileSync(path.join(dir, 'compromise-names.json'), JSON.stringify(compromiseLexiconSnapshot(), null, 1) + '\n');
writeFileSync(path.join(dir, 'given-names.json'), JSON.stringify(givenNamesSnapshot(), null, 1) + '\n');
writeFileSync(path.join(dir, 'name-genders.json'), JSON.stringify(nameGenderSnapshot()) + '\n');
writeFileSync(path.join(dir, 'wink-words.json'), JSON.stringify({ words: winkVocabularySnapshot() }) + '\n');
console.log(`lexicon snapshots written to ${path.relative(process.cwd(), dir)}`);
