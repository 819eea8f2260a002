import { extractNames } from '../src/pipeline/extract/names';
import { docFor, expectSpansMatch } from './helpers/doc';

/** One rule per row: the input and the place mentions expected, in order. */
const CASES: readonly { rule: string; input: string; places: readonly string[] }[] = [
  { rule: 'gazetteer country', input: 'Kazakhstan currently holds the presidency.', places: ['Kazakhstan'] },
  {
    rule: '"St." never splits a place',
    input: 'Leaders arrived in the Russian city of St. Petersburg today.',
    places: ['St. Petersburg'],
  },
  {
    rule: 'hyphenated region',
    input: 'He asked about peacekeepers in Nagorno-Karabakh.',
    places: ['Nagorno-Karabakh'],
  },
  { rule: 'landmark by its head word', input: 'The building stands on Senate Square.', places: ['Senate Square'] },
  { rule: 'place after a preposition', input: 'Play resumed at Headingley after rain.', places: ['Headingley'] },
  { rule: 'dateline', input: 'LONDON 1996-08-30\nShares fell on Friday.', places: ['LONDON'] },
  { rule: 'possessive gives the bare place', input: "Russia's trade with its neighbours grew.", places: ['Russia'] },
  { rule: 'place inside a role', input: 'Kazakhstan President Kassym-Jomart Tokayev spoke.', places: ['Kazakhstan'] },
  {
    rule: 'multiword name starting with a common word',
    input: 'The team flew to New Zealand on Monday.',
    places: ['New Zealand'],
  },
  {
    rule: 'all-caps headline place',
    input: 'SOCCER - JAPAN GET LUCKY WIN.\nJapan won 2-1 in Tokyo.',
    places: ['JAPAN', 'Japan', 'Tokyo'],
  },
  { rule: 'UK nation as a country', input: 'England beat Pakistan by 107 runs.', places: ['England', 'Pakistan'] },
  {
    rule: 'facility head word',
    input: 'She is recovering in the Central Clinical Hospital.',
    places: ['Central Clinical Hospital'],
  },
  {
    rule: 'upper-case dateline starting with a common word',
    input: 'NEW YORK 1996-08-31\nStocks rose.',
    places: ['NEW YORK'],
  },
  {
    rule: 'known place name with "of" inside',
    input: 'The plane landed in the United States of America.',
    places: ['United States of America'],
  },
  {
    rule: '"of" between an organization and a place splits them',
    input: 'The Bank of England met in London.',
    places: ['London'],
  },
  {
    rule: 'comma-separated list',
    input: 'Leaders of Azerbaijan, Armenia, and Russia met.',
    places: ['Azerbaijan', 'Armenia', 'Russia'],
  },
];

describe('extract/places: one rule per case', () => {
  test.each(CASES)('$rule', ({ input, places }) => {
    const doc = docFor(input, [extractNames]);
    expectSpansMatch(doc);
    expect(doc.places.map((p) => p.text)).toEqual(places);
    for (const p of doc.places) expect(p.start).toBe(input.indexOf(p.text, p.start));
  });
});
