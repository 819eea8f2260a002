// Places found by the rules added for facilities, qualified towns, possessive place names and world-level
// places: each row gives the input, the expected place text and offset, and the kind and country normalize/places
// gives it. Made-up names throughout, so no row depends on a particular article.
import type { Doc } from '../src/model/document';
import { extractNames } from '../src/pipeline/extract/names';
import { normalizePlaces } from '../src/pipeline/normalize/places';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { docFor, expectSpansMatch } from './helpers/doc';

const STAGES = [extractNames, resolvePeople, normalizePlaces];

/** One rule per row; `place` is the mention checked (the first with that text), `places` all place texts. */
const CASES: readonly {
  rule: string;
  input: string;
  place: string;
  start: number;
  kind: string;
  country: string | null;
  places: readonly string[];
}[] = [
  {
    rule: 'facility head after "at the"',
    input: 'The keynote was held at the Brandwell West Convention Center in Toronto.',
    place: 'Brandwell West Convention Center',
    start: 28,
    kind: 'landmark',
    country: 'CA',
    places: ['Brandwell West Convention Center', 'Toronto'],
  },
  {
    rule: 'facility head after "at" and a possessive pronoun',
    input: 'The firm showed the jet at their Ostby Factory near Seattle.',
    place: 'Ostby Factory',
    start: 33,
    kind: 'landmark',
    country: 'US',
    places: ['Ostby Factory', 'Seattle'],
  },
  {
    rule: 'facility after a possessive owner and a preposition',
    input: "The jet flew in from Korvald Aerospace's Delivery Center in Berlin.",
    place: 'Delivery Center',
    start: 41,
    kind: 'landmark',
    country: 'DE',
    places: ['Delivery Center', 'Berlin'],
  },
  {
    rule: 'facility named before a lower-case facility noun',
    input: 'Fans gathered at the Tarrow West center in Chicago.',
    place: 'Tarrow West',
    start: 21,
    kind: 'landmark',
    country: 'US',
    places: ['Tarrow West', 'Chicago'],
  },
  {
    rule: 'name before "airport" after a preposition',
    input: 'The jet landed at Kelmsby airport after dark.',
    place: 'Kelmsby',
    start: 18,
    kind: 'landmark',
    country: null,
    places: ['Kelmsby'],
  },
  {
    rule: '"out of" is a preposition of place',
    input: 'The airline will fly out of Varnholt from May.',
    place: 'Varnholt',
    start: 28,
    kind: 'other',
    country: null,
    places: ['Varnholt'],
  },
  {
    rule: 'a town named like a common word, qualified by its state',
    input: 'The planes will be assembled in Mobile, Alabama, next year.',
    place: 'Mobile',
    start: 32,
    kind: 'city',
    country: 'US',
    places: ['Mobile', 'Alabama'],
  },
  {
    rule: 'a possessive inside a country name does not split it',
    input: "Officials from the People's Republic of China signed the deal.",
    place: "People's Republic of China",
    start: 19,
    kind: 'country',
    country: 'CN',
    places: ["People's Republic of China"],
  },
  {
    rule: 'a city known without its river qualifier',
    input: 'The flight left Frankfurt for Chicago.',
    place: 'Frankfurt',
    start: 16,
    kind: 'city',
    country: 'DE',
    places: ['Frankfurt', 'Chicago'],
  },
  {
    rule: 'the planet',
    input: 'It can connect almost any two cities on Earth.',
    place: 'Earth',
    start: 40,
    kind: 'other',
    country: null,
    places: ['Earth'],
  },
  {
    rule: 'a title word opening a site name is part of it, not a person\'s title ("King Power Stadium")',
    input: 'The final is at the King Marlow Stadium in Leicester.',
    place: 'King Marlow Stadium',
    start: 20,
    kind: 'landmark',
    country: 'GB',
    places: ['King Marlow Stadium', 'Leicester'],
  },
  {
    rule: 'a title word and a given name before a site head ("Queen Elizabeth Hospital")',
    input: 'She was taken to Queen Adela Hospital near Perth.',
    place: 'Queen Adela Hospital',
    start: 17,
    kind: 'landmark',
    country: 'AU',
    places: ['Queen Adela Hospital', 'Perth'],
  },
  {
    rule: '"Gardens" ends a place name',
    input: 'Protesters gathered in Ashcombe Gardens in Toronto on Sunday.',
    place: 'Ashcombe Gardens',
    start: 23,
    kind: 'landmark',
    country: 'CA',
    places: ['Ashcombe Gardens', 'Toronto'],
  },
];

function placeOf(doc: Doc, text: string): Doc['places'][number] {
  const found = doc.places.find((p) => p.text === text);
  if (!found) throw new Error(`no place "${text}" in ${JSON.stringify(doc.places.map((p) => p.text))}`);
  return found;
}

describe('extract/places + normalize/places: facilities, qualified towns, possessive names', () => {
  test.each(CASES)('$rule', ({ input, place, start, kind, country, places }) => {
    const doc = docFor(input, STAGES);
    expectSpansMatch(doc);
    expect(doc.places.map((p) => p.text)).toEqual(places);
    const p = placeOf(doc, place);
    expect([p.start, p.placeKind, p.country]).toEqual([start, kind, country]);
  });
});

/** Text where the same cues must not make a place. */
const NEGATIVES: readonly { rule: string; input: string; places: readonly string[] }[] = [
  {
    rule: 'a facility head without a place preposition is an institution',
    input: 'The Harlow Center said the study was flawed.',
    places: [],
  },
  {
    rule: '"Center for" names an institution even after "at"',
    input: 'She is a fellow at the Center for Orbital Studies.',
    places: [],
  },
  {
    rule: 'an English adjective before "stadium" is no place name',
    input: 'Fans climbed a wall at the Republican stadium on Friday.',
    places: [],
  },
  {
    rule: 'a nationality before "airport" is no place name',
    input: 'He waited at the Estonian airport all night.',
    places: [],
  },
  {
    rule: 'a town named like a common word stays a word when not qualified',
    input: 'Mobile phones were banned in the hall.',
    places: [],
  },
  {
    rule: 'a title before a name ending in a surname-like place head keeps the person ("Judge Amy Park")',
    input: 'Judge Amy Park ruled on Monday, and Dr. Jane Hill agreed.',
    places: [],
  },
  {
    rule: 'a possessive before a non-place keeps the owner apart',
    input: "Kessler's Republic Day speech was short.",
    places: [],
  },
];

describe('extract/places: negatives of the facility and qualifier rules', () => {
  test.each(NEGATIVES)('$rule', ({ input, places }) => {
    expect(docFor(input, STAGES).places.map((p) => p.text)).toEqual(places);
  });
});
