import { extractMoney } from '../src/pipeline/extract/money';
import { docFor } from './helpers/doc';

/** Text that must yield no money mention at all, each with the reason it is a trap. */
const NEGATIVES: ReadonlyArray<readonly [string, string]> = [
  ['Output rose 5% in 2021 and 19 per cent in 2022.', 'percentages and years'],
  ['The company hired 1,200 workers and sold 3.5 million cars.', 'counts with magnitudes but no currency'],
  ['Call 555-1234 or +1 (800) 555-0199 for details.', 'phone numbers'],
  ['deposits: account 1111-22223333-4444 only', 'account numbers'],
  ['The $ sign is used widely; the $ alone is not money.', 'a sign with no number'],
  ['I counted the dollars thousand of times.', 'a currency word with no number'],
  ['ALL 5 solutions are wrong.', 'a capitalised word that is also a code (ALL, lek) before a number'],
  ['I tried to call Bob 3 times already.', 'a name that is also a code (BOB) in mixed case'],
  ['Silica gel is used to absorb moisture at 40 degrees.', 'a word that is also a code (GEL) in lower case'],
  ['He weighs 200 pounds and scored 90 marks.', 'weights and scores: pounds and marks need a magnitude'],
  ['The TOP 10 list was published in 1998.', 'a word-like code before a number'],
  ['Version 1.2.3 shipped on 12.10.2020.', 'version numbers and dotted dates are not amounts'],
  ['© 2022 IRIA. All rights reserved.', 'copyright line with a year'],
  ['He ran 5 m in 3 s and ate 50 k of them.', 'spaced one-letter abbreviations are units, not magnitudes'],
  ['A 1, 2, 3 countdown at 10:30 on Dec. 5, with 7 3 / 4 % bonds.', 'lists, times, dates and fractions'],
  ['The team won 3-2 after 120 minutes.', 'scores'],
  [
    'Take the R5 past the K9 kennels to gate N4, then the M1.',
    'roads, units and gates: a lone capital letter is money only in a paper from its country',
  ],
  ["Yahoo's 4.8 billion users and it's 3,000 miles away.", 'a possessive or contraction before a number'],
  ['He scored 30 points, about 5 more than last year.', 'a qualifier before a count'],
];

describe('extract/money: negatives', () => {
  test.each(NEGATIVES)('%s (%s)', (text) => {
    const doc = docFor(text, [extractMoney]);
    expect(doc.money).toEqual([]);
  });

  test('a number inside a date mention is never an amount', () => {
    const doc = docFor('Paid on 5 July.', [
      {
        name: 'test/dates',
        run: (d) => ({
          ...d,
          dates: [
            {
              kind: 'date',
              start: 8,
              end: 14,
              text: '5 July',
              stage: 'test',
              rule: 'fixture',
              type: 'DATE',
              value: 'XXXX-07-05',
              rangeStart: null,
              rangeEnd: null,
              inferred: [],
            },
          ],
        }),
      },
      extractMoney,
    ]);
    expect(doc.money).toEqual([]);
  });
});
