import type { Doc } from '../src/model/document';
import type { PlaceKind, PlaceMention } from '../src/model/mentions';
import { normalizePlaces } from '../src/pipeline/normalize/places';
import { resolveOptions } from '../src/pipeline/options';
import { docFor, expectSpansMatch } from './helpers/doc';

/** A place mention as extract/places emits it: name = text, kind 'other', no gazetteer fields. */
function mention(text: string, surface: string, nth = 0, placeKind: PlaceKind = 'other'): PlaceMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" #${nth} not in text`);
  return {
    kind: 'place',
    start,
    end: start + surface.length,
    text: surface,
    name: surface,
    placeKind,
    country: null,
    geonameId: null,
    lat: null,
    lon: null,
    entity: '',
    stage: 'extract/places',
    rule: 'test',
  };
}

/** Normalizes `surfaces` (each once, first occurrence unless [surface, nth]) found in `text`. */
function run(text: string, surfaces: readonly (string | readonly [string, number])[]): Doc {
  const doc = docFor(text, []);
  const places = surfaces.map((s) => (typeof s === 'string' ? mention(text, s) : mention(text, s[0], s[1])));
  const out = normalizePlaces.run({ ...doc, places }, resolveOptions({}));
  expectSpansMatch(out);
  return out;
}

function place(doc: Doc, text: string, nth = 0): PlaceMention {
  const found = doc.places.filter((p) => p.text === text)[nth];
  if (!found) throw new Error(`no place "${text}"`);
  return found;
}

describe('normalize/places: one name', () => {
  const cases: readonly [text: string, surface: string, name: string, kind: PlaceKind, country: string | null][] = [
    ['He flew to the U.S. on Monday.', 'U.S.', 'United States', 'country', 'US'],
    ['Talks in Britain ended.', 'Britain', 'United Kingdom', 'country', 'GB'],
    ['Officials in St. Petersburg said so.', 'St. Petersburg', 'Saint Petersburg', 'city', 'RU'],
    ['The Astana Summit was held in October.', 'Astana', 'Astana', 'city', 'KZ'],
    ['Fighting in Nagorno-Karabakh resumed.', 'Nagorno-Karabakh', 'Nagorno-Karabakh', 'region', 'AZ'],
    ['Russia’s trade grew.', 'Russia’s', 'Russia', 'country', 'RU'],
    ['Rain fell over Texas.', 'Texas', 'Texas', 'region', 'US'],
    ['Prices rose in Europe.', 'Europe', 'Europe', 'region', null],
    ['He lives in Xyzzyville.', 'Xyzzyville', 'Xyzzyville', 'other', null],
  ];
  test.each(cases)('%s: %s -> %s', (text, surface, name, kind, country) => {
    const p = place(run(text, [surface]), surface);
    expect(p.text).toBe(surface);
    expect(p.name).toBe(name);
    expect(p.placeKind).toBe(kind);
    expect(p.country).toBe(country);
    expect(p.entity).toBe('L1');
  });

  test('a matched city carries its GeoNames id and coordinates', () => {
    const p = place(run('Officials in St. Petersburg said so.', ['St. Petersburg']), 'St. Petersburg');
    expect(p.geonameId).toBe(498817);
    expect(p.lat).toBeCloseTo(59.94, 1);
    expect(p.lon).toBeCloseTo(30.31, 1);
  });
});

describe('normalize/places: ambiguous names resolved by context', () => {
  type Surface = string | readonly [string, number];
  const cases: readonly [
    why: string,
    text: string,
    surfaces: readonly Surface[],
    target: string,
    country: string,
    kind: PlaceKind,
  ][] = [
    ['likeliest reading without context', 'Paris was quiet.', ['Paris'], 'Paris', 'FR', 'city'],
    [
      'a region of the article holds the city',
      'From Paris the road runs across Texas.',
      ['Paris', 'Texas'],
      'Paris',
      'US',
      'city',
    ],
    ['a qualifier after a comma', 'He grew up in Paris, Texas.', ['Paris', 'Texas'], 'Paris', 'US', 'city'],
    ['a qualifying country', 'Moscow, Russia is cold.', ['Moscow', 'Russia'], 'Moscow', 'RU', 'city'],
    [
      'a demonym right before',
      'They met in the Russian city of St. Petersburg.',
      ['St. Petersburg'],
      'St. Petersburg',
      'RU',
      'city',
    ],
    [
      'a demonym introducing the place as its capital',
      'Leaders flew to the Kazakh capital, Astana.',
      ['Astana'],
      'Astana',
      'KZ',
      'city',
    ],
    [
      'a demonym not introducing the place does not move it',
      'American troops in Georgia were on alert.',
      ['Georgia'],
      'Georgia',
      'GE',
      'country',
    ],
    [
      'a demonym picks the smaller namesake',
      'Tourists love the American city of St. Petersburg.',
      ['St. Petersburg'],
      'St. Petersburg',
      'US',
      'city',
    ],
    [
      'the article country, when sizes are close',
      'The United States voted. Birmingham voted. U.S. officials agreed.',
      ['United States', 'Birmingham', 'U.S.'],
      'Birmingham',
      'US',
      'city',
    ],
    [
      'a much bigger city is not moved by the article country',
      'The U.S. envoy arrived in Paris. U.S. officials agreed.',
      ['U.S.', 'Paris', ['U.S.', 1]],
      'Paris',
      'FR',
      'city',
    ],
    [
      'a qualifier picks the region reading of a country name',
      'Atlanta, Georgia is hot.',
      ['Atlanta', 'Georgia'],
      'Georgia',
      'US',
      'region',
    ],
    [
      'a country name stays a country without strong context',
      'Georgia and Russia talked.',
      ['Georgia', 'Russia'],
      'Georgia',
      'GE',
      'country',
    ],
    [
      'a country name gives way when the article is about another country',
      'Texas, Ohio and the U.S. Georgia voted.',
      ['Texas', 'Ohio', 'U.S.', 'Georgia'],
      'Georgia',
      'US',
      'region',
    ],
  ];
  test.each(cases)('%s', (_why, text, surfaces, target, country, kind) => {
    const p = place(run(text, surfaces), target);
    expect(p.country).toBe(country);
    expect(p.placeKind).toBe(kind);
  });
});

describe('normalize/places: landmarks', () => {
  test('an unknown name ending in Square is a landmark in the city of its sentence', () => {
    const doc = run('The library is in St. Petersburg on Senate Square.', ['St. Petersburg', 'Senate Square']);
    const sq = place(doc, 'Senate Square');
    expect(sq.placeKind).toBe('landmark');
    expect(sq.country).toBe('RU');
    expect(sq.geonameId).toBeNull();
    expect(sq.lat).toBeNull();
  });
  test('a landmark alone in its sentence inherits the dominant country', () => {
    const text = 'Russia and Russia again. Russians gathered. Crowds filled Palace Square.';
    const sq = place(run(text, ['Russia', ['Russia', 1], 'Palace Square']), 'Palace Square');
    expect(sq.placeKind).toBe('landmark');
    expect(sq.country).toBe('RU');
  });
  test('no dominant country: the landmark has no country', () => {
    const sq = place(run('Crowds filled Union Square.', ['Union Square']), 'Union Square');
    expect(sq.placeKind).toBe('landmark');
    expect(sq.country).toBeNull();
  });
  test('a landmark named after a city takes its country', () => {
    const sq = place(
      run('Flights left Beijing Capital Airport.', ['Beijing Capital Airport']),
      'Beijing Capital Airport',
    );
    expect(sq.placeKind).toBe('landmark');
    expect(sq.country).toBe('CN');
  });
  test('an unknown name without a landmark head keeps the extractor kind and no country', () => {
    const text = 'Russia sent aid to Foo Valley.';
    const p = place(run(text, ['Russia', 'Foo Valley']), 'Foo Valley');
    expect(p.placeKind).toBe('other');
    expect(p.country).toBeNull();
  });
});

describe('normalize/places: entities', () => {
  test('mentions of one place share an id; ids follow first mention', () => {
    const text = 'Leaders met in St. Petersburg. Russia hosted. Saint Petersburg was cold. The U.S. and United States.';
    const doc = run(text, ['Russia', 'St. Petersburg', 'Saint Petersburg', 'U.S.', 'United States']);
    expect(doc.places.map((p) => [p.text, p.entity])).toEqual([
      ['St. Petersburg', 'L1'],
      ['Russia', 'L2'],
      ['Saint Petersburg', 'L1'],
      ['U.S.', 'L3'],
      ['United States', 'L3'],
    ]);
  });
  test('unmatched places are one entity per exact name', () => {
    const text = 'Foo Valley, Foo Valley and Bar Valley.';
    const doc = run(text, ['Foo Valley', ['Foo Valley', 1], 'Bar Valley']);
    expect(doc.places.map((p) => p.entity)).toEqual(['L1', 'L1', 'L2']);
  });
  test('a document without places is returned unchanged', () => {
    const doc = docFor('Nothing here.', []);
    expect(normalizePlaces.run(doc, resolveOptions({}))).toBe(doc);
  });
});
