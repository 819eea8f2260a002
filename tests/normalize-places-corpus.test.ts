import { readFileSync } from 'fs';
import { join } from 'path';
import type { PlaceKind, PlaceMention } from '../src/model/mentions';
import { normalizePlaces } from '../src/pipeline/normalize/places';
import { resolveOptions } from '../src/pipeline/options';
import { docFor, expectSpansMatch } from './helpers/doc';

// The corpus article's places, as extract/places would hand them over (every occurrence, name = text), with the
// normalized fields expected for each. Built directly so this test does not depend on the extractor.
const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt'), 'utf8');

const EXPECTED: readonly [
  surface: string,
  name: string,
  kind: PlaceKind,
  country: string | null,
  geonameId: number | null,
][] = [
  ['Russia', 'Russia', 'country', 'RU', null],
  ['St. Petersburg', 'Saint Petersburg', 'city', 'RU', 498817],
  ['Azerbaijan', 'Azerbaijan', 'country', 'AZ', null],
  ['Armenia', 'Armenia', 'country', 'AM', null],
  ['Belarus', 'Belarus', 'country', 'BY', null],
  ['Kazakhstan', 'Kazakhstan', 'country', 'KZ', null],
  ['Tajikistan', 'Tajikistan', 'country', 'TJ', null],
  ['Turkmenistan', 'Turkmenistan', 'country', 'TM', null],
  ['Uzbekistan', 'Uzbekistan', 'country', 'UZ', null],
  ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'region', 'AZ', null],
  // Not in the data: a landmark by its head word, in the country of the city named in its sentence.
  ['Senate Square', 'Senate Square', 'landmark', 'RU', null],
  ['Astana', 'Astana', 'city', 'KZ', 1526273],
];

function occurrences(surface: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  // Whole words only: "Russia" must not match inside "Russian".
  const re = new RegExp(`${surface.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'gu');
  for (const m of TEXT.matchAll(re)) {
    const start = m.index ?? 0;
    out.push({
      kind: 'place',
      start,
      end: start + surface.length,
      text: surface,
      name: surface,
      placeKind: 'other',
      country: null,
      geonameId: null,
      lat: null,
      lon: null,
      entity: '',
      stage: 'extract/places',
      rule: 'test',
    });
  }
  return out;
}

const places = EXPECTED.flatMap(([surface]) => occurrences(surface));
const doc = normalizePlaces.run({ ...docFor(TEXT, []), places }, resolveOptions({}));

describe('corpus article places', () => {
  test('every expected place occurs and spans match the text', () => {
    for (const [surface] of EXPECTED) expect(doc.places.some((p) => p.text === surface)).toBe(true);
    expectSpansMatch(doc);
  });

  test.each(EXPECTED)('%s -> %s (%s, %s)', (surface, name, kind, country, geonameId) => {
    const found = doc.places.filter((p) => p.text === surface);
    for (const p of found) {
      expect(p.name).toBe(name);
      expect(p.placeKind).toBe(kind);
      expect(p.country).toBe(country);
      expect(p.geonameId).toBe(geonameId);
    }
    expect(new Set(found.map((p) => p.entity)).size).toBe(1);
  });

  test('entities are numbered by first mention, one per place', () => {
    const ids = doc.places.map((p) => p.entity);
    const firstSeen = [...new Set(ids)];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => `L${i + 1}`));
    expect(firstSeen).toHaveLength(EXPECTED.length);
  });
});
