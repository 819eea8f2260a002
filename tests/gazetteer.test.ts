import { CITY_MIN_POPULATION, demonymCountry, lookupPlace, placeKey, warmGazetteer } from '../src/gazetteer';

beforeAll(() => warmGazetteer());

describe('lookupPlace: likeliest reading', () => {
  const cases: readonly [input: string, name: string, kind: string, country: string | null][] = [
    ['Russia', 'Russia', 'country', 'RU'],
    ['Russian Federation', 'Russia', 'country', 'RU'],
    ['St. Petersburg', 'Saint Petersburg', 'city', 'RU'],
    ['Saint Petersburg', 'Saint Petersburg', 'city', 'RU'],
    ['St Petersburg', 'Saint Petersburg', 'city', 'RU'],
    ['US', 'United States', 'country', 'US'],
    ['U.S.', 'United States', 'country', 'US'],
    ['USA', 'United States', 'country', 'US'],
    ['United States', 'United States', 'country', 'US'],
    ['America', 'United States', 'country', 'US'],
    ['Britain', 'United Kingdom', 'country', 'GB'],
    ['U.K.', 'United Kingdom', 'country', 'GB'],
    ['Great Britain', 'United Kingdom', 'country', 'GB'],
    ['Holland', 'Netherlands', 'country', 'NL'],
    ['The Netherlands', 'Netherlands', 'country', 'NL'],
    ['Turkey', 'Türkiye', 'country', 'TR'],
    ['Ivory Coast', 'Ivory Coast', 'country', 'CI'],
    ['Azerbaijan', 'Azerbaijan', 'country', 'AZ'],
    ['Armenia', 'Armenia', 'country', 'AM'],
    ['Belarus', 'Belarus', 'country', 'BY'],
    ['Kazakhstan', 'Kazakhstan', 'country', 'KZ'],
    ['Tajikistan', 'Tajikistan', 'country', 'TJ'],
    ['Turkmenistan', 'Turkmenistan', 'country', 'TM'],
    ['Uzbekistan', 'Uzbekistan', 'country', 'UZ'],
    ['Georgia', 'Georgia', 'country', 'GE'],
    ['JAPAN', 'Japan', 'country', 'JP'],
    ['Astana', 'Astana', 'city', 'KZ'],
    ['Nur-Sultan', 'Astana', 'city', 'KZ'],
    ['Kiev', 'Kyiv', 'city', 'UA'],
    ['Moscow', 'Moscow', 'city', 'RU'],
    ['Paris', 'Paris', 'city', 'FR'],
    ['Washington', 'Washington, D.C.', 'city', 'US'],
    ['New York', 'New York City', 'city', 'US'],
    ['Cologne', 'Cologne', 'city', 'DE'],
    ['São Paulo', 'São Paulo', 'city', 'BR'],
    ['Sao Paulo', 'São Paulo', 'city', 'BR'],
    ['Birmingham', 'Birmingham', 'city', 'GB'],
    ['Texas', 'Texas', 'region', 'US'],
    ['California', 'California', 'region', 'US'],
    ['Nice', 'Nice', 'city', 'FR'],
    ['Leningrad Oblast', 'Leningrad Oblast', 'region', 'RU'],
    ['Victoria', 'Victoria', 'region', 'AU'],
    ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'region', 'AZ'],
    ['Nagorno Karabakh', 'Nagorno-Karabakh', 'region', 'AZ'],
    ['Crimea', 'Crimea', 'region', 'UA'],
    ['Europe', 'Europe', 'region', null],
    ['England', 'England', 'region', 'GB'],
    ['SCOTLAND', 'Scotland', 'region', 'GB'],
    ['Bosnia', 'Bosnia and Herzegovina', 'country', 'BA'],
    ['Soviet Union', 'Soviet Union', 'country', null],
    ['Yugoslavia', 'Yugoslavia', 'country', null],
    ['Fla.', 'Florida', 'region', 'US'],
    ['Mich.', 'Michigan', 'region', 'US'],
    ['Mich', 'Michigan', 'region', 'US'],
    ['N.Y.', 'New York', 'region', 'US'],
    ['the United States', 'United States', 'country', 'US'],
    ['Seattle, Washington', 'Seattle', 'city', 'US'],
    ['Paris, Texas', 'Paris', 'city', 'US'],
    ['Toulouse, France', 'Toulouse', 'city', 'FR'],
    ['Atlantic', 'Atlantic Ocean', 'other', null],
    ['Hong Kong', 'Hong Kong', 'country', 'HK'],
    ['Trinidad', 'Trinidad and Tobago', 'country', 'TT'],
    ['Middle East', 'Middle East', 'region', null],
  ];
  test.each(cases)('%s -> %s (%s, %s)', (input, name, kind, country) => {
    const top = lookupPlace(input)[0];
    expect(top).toBeDefined();
    expect(top?.name).toBe(name);
    expect(top?.kind).toBe(kind);
    expect(top?.country).toBe(country);
  });
});

describe('lookupPlace: data fields', () => {
  test('a city carries its GeoNames id, coordinates and population', () => {
    const spb = lookupPlace('St. Petersburg')[0];
    expect(spb?.geonameId).toBe(498817);
    expect(spb?.lat).toBeCloseTo(59.94, 1);
    expect(spb?.lon).toBeCloseTo(30.31, 1);
    expect(spb?.population).toBeGreaterThan(4_000_000);
  });
  test('a country has coordinates but no GeoNames id in the data', () => {
    const ru = lookupPlace('Russia')[0];
    expect(ru?.geonameId).toBeNull();
    expect(ru?.lat).toBe(60);
    expect(ru?.lon).toBe(100);
  });
  test('every reading of an ambiguous name is returned, likeliest first', () => {
    const paris = lookupPlace('Paris');
    expect(paris.map((e) => e.country)).toEqual(expect.arrayContaining(['FR', 'US']));
    expect(paris[0]?.country).toBe('FR');
    const spb = lookupPlace('St. Petersburg');
    expect(spb.some((e) => e.country === 'US' && e.admin1 === 'FL')).toBe(true);
  });
  test('cities below the population threshold are not indexed', () => {
    const all = ['Paris', 'Moscow', 'Lincoln', 'Springfield'].flatMap((n) => lookupPlace(n));
    for (const e of all)
      if (e.kind === 'city' && e.population !== null) expect(e.population).toBeGreaterThanOrEqual(CITY_MIN_POPULATION);
  });
  test('results are frozen', () => {
    const list = lookupPlace('Paris');
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('lookupPlace: negatives', () => {
  // Lowercase text is never a place; capitalized common words are places only when the data has such a place.
  const none = [
    'may',
    'will',
    'paris',
    'russia',
    'May',
    'Will',
    'June',
    'Monday',
    'The',
    'President',
    'Senate Square',
    'Thai',
    'Saudi',
    'God',
    'Chechen',
    'Northern',
    'Western',
    'the',
    'Paris, Narnia',
    'Miss',
    'Mass',
    'Wash',
    'Ill',
    'Fla',
    'Summit',
    'Mobile',
    'Split',
    'Bath',
    'Deal',
    'IT',
    'IN',
    'AM',
    'NO',
    'ME',
    'Vladimir Putin',
    'Putin',
    'Tokayev',
    'Lukashenko',
    'Peskov',
    '',
    '  ',
    'Boris Yeltsin Presidential Library',
  ];
  test.each(none)('%p finds nothing', (input) => {
    expect(lookupPlace(input)).toEqual([]);
  });
});

describe('demonymCountry', () => {
  const cases: readonly [string, string | null][] = [
    ['Russian', 'RU'],
    ['Russians', 'RU'],
    ['Kazakh', 'KZ'],
    ['Kazakhstani', 'KZ'],
    ['Armenian', 'AM'],
    ['Azerbaijani', 'AZ'],
    ['Azeri', 'AZ'],
    ['Belarusian', 'BY'],
    ['Uzbek', 'UZ'],
    ['Tajik', 'TJ'],
    ['Turkmen', 'TM'],
    ['American', 'US'],
    ['British', 'GB'],
    ['Britons', 'GB'],
    ['French', 'FR'],
    ['Dutch', 'NL'],
    ['Indian', 'IN'],
    ['Congolese', 'CD'],
    ['russian', null],
    ['Russia', null],
    ['President', null],
    ['Putin', null],
  ];
  test.each(cases)('%s -> %p', (word, code) => {
    expect(demonymCountry(word)).toBe(code);
  });
});

describe('placeKey', () => {
  const cases: readonly [string, string][] = [
    ['St. Petersburg', 'saint petersburg'],
    ['U.S.', 'u s'],
    ['Nagorno-Karabakh', 'nagorno karabakh'],
    ['São Paulo', 'sao paulo'],
    ['The Gambia', 'gambia'],
    ['Côte d’Ivoire', "cote d'ivoire"],
  ];
  test.each(cases)('%s -> %s', (input, key) => {
    expect(placeKey(input)).toBe(key);
  });
});

describe('lookupPlace: names news writes short or qualified', () => {
  test.each([
    ['a city without its river qualifier', 'Frankfurt', 'Frankfurt am Main', 'DE'],
    ['the qualified name still works', 'Frankfurt am Main', 'Frankfurt am Main', 'DE'],
    ['a town named like a common word, qualified by its state', 'Mobile, Alabama', 'Mobile', 'US'],
    ['the planet', 'Earth', 'Earth', null],
  ])('%s: %s', (_rule, name, canonical, country) => {
    const top = lookupPlace(name)[0];
    expect([top?.name, top?.country]).toEqual([canonical, country]);
  });

  test.each(['Mobile', 'Summit', 'earth'])('"%s" alone is the word, not a town', (name) => {
    expect(lookupPlace(name)).toEqual([]);
  });
});

describe('lookupPlace: the memo of recent answers', () => {
  test('a repeated lookup gives the same answer, before and after the memo fills and is cleared', () => {
    const first = lookupPlace('Paris, Texas');
    const names = Array.from({ length: 5000 }, (_, i) => `Nowhere${i}ville`);
    for (const name of names) expect(lookupPlace(name)).toEqual([]);
    expect(lookupPlace('Paris, Texas')).toEqual(first);
    expect(lookupPlace('Paris, Texas')[0]?.country).toBe('US');
    expect(lookupPlace('may')).toEqual([]);
  });
});
