#!/usr/bin/env node
// Rewrites the lexicon snapshots in src/adapters/lexicons/ from the installed compromise, wink model and
// gender-detection-from-name (run after upgrading one of them: `npm run lexicons`; tests/lexicon-snapshots.test.ts
// fails until the snapshots match).
const fs = require('node:fs');
const path = require('node:path');
const { compromiseLexiconSnapshot } = require('../dist/adapters/compromise');
const { winkVocabularySnapshot } = require('../dist/adapters/wink');
const { givenNamesSnapshot } = require('../dist/adapters/given-names');
const { nameGenderSnapshot } = require('../dist/adapters/name-gender');

const dir = path.join(__dirname, '..', 'src', 'adapters', 'lexicons');
fs.writeFileSync(path.join(dir, 'compromise-names.json'), JSON.stringify(compromiseLexiconSnapshot(), null, 1) + '\n');
fs.writeFileSync(path.join(dir, 'given-names.json'), JSON.stringify(givenNamesSnapshot(), null, 1) + '\n');
fs.writeFileSync(path.join(dir, 'name-genders.json'), JSON.stringify(nameGenderSnapshot()) + '\n');
fs.writeFileSync(path.join(dir, 'wink-words.json'), JSON.stringify({ words: winkVocabularySnapshot() }) + '\n');
console.log(`lexicon snapshots written to ${path.relative(process.cwd(), dir)}`);
