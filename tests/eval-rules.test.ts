import { goldSpeakerLastName, nameContains } from '../src/eval/speaker';
import { greedy, lenientScore, prf, strictTP } from '../src/eval/spans';
import type { EvalSpan } from '../src/eval/spans';
import { amountEqual, currencyEqual, dateValueEqual } from '../src/eval/values';
import { shingleCounts } from '../src/eval/shingles';

const span = (start: number, end: number): EvalSpan => ({ start, end, rec: {} });

describe('span matching (the reference scorer rules)', () => {
  test('strict is a one-to-one multiset of exact spans', () => {
    expect(strictTP([span(0, 3), span(0, 3), span(5, 7)], [span(0, 3), span(5, 8)])).toBe(1);
  });

  test('lenient pairs: exact first, then larger overlap, each side used once', () => {
    const golds = [span(0, 10), span(12, 20)];
    const preds = [span(2, 10), span(0, 10), span(15, 30)];
    const pairs = greedy(preds, golds, lenientScore).map(([p, g]) => [p.start, p.end, g.start, g.end]);
    expect(pairs).toEqual([
      [0, 10, 0, 10],
      [15, 30, 12, 20],
    ]);
    expect(lenientScore(span(0, 3), span(3, 6))).toBeNull();
  });

  test('P/R/F1 are 0 when a total is 0', () => {
    expect(prf(0, 0, 5)).toEqual({ p: 0, r: 0, f1: 0, tp: 0 });
    expect(prf(2, 4, 2)).toEqual({ p: 0.5, r: 1, f1: 2 / 3, tp: 2 });
  });
});

describe('values', () => {
  test.each([
    ['2022-12-26', { value: '2022-12-26' }, false, true],
    [' 2022-w52 ', { value: '2022-W52' }, false, true],
    ['2017-01', { value: 'XXXX-01' }, false, true],
    ['2017-01', { value: 'XXXX-01' }, true, false],
    ['2017-01-01', { value: 'XXXX-XX-XX' }, false, false],
    ['2022-12-12', { value: 'XXXX-WXX', resolution: [{ timex: '2022-W51', value: '2022-12-12' }] }, false, true],
    [null, { value: '2022' }, false, false],
  ] as const)('date %p vs gold %j (strict %p) -> %p', (pred, gold, strict, expected) => {
    expect(dateValueEqual({ value: pred }, gold, strict)).toBe(expected);
  });

  test.each([
    [100000000000, 1e11, true],
    ['5000000.000001', 5000000, true],
    [5000010, 5000000, false],
    [null, 0, false],
  ] as const)('amount %p vs gold %p -> %p', (pred, gold, expected) => {
    expect(amountEqual({ amount: pred }, { amount: gold })).toBe(expected);
  });

  test('currencies compare case-insensitively; a missing prediction is wrong', () => {
    expect(currencyEqual({ currency: 'usd' }, { currency: 'USD' })).toBe(true);
    expect(currencyEqual({ currency: null }, { currency: 'USD' })).toBe(false);
  });
});

describe('speakers', () => {
  test.each([
    ['Kassym-Jomart Tokayev', 'tokayev'],
    ["Trump's campaign (R)", null],
    ["Donald Trump's (R-NY)", 'trump'],
    ['The New York Post', null],
    ['he', null],
    ['Sen. Elizabeth Warren', 'warren'],
    ['officials', null],
  ])('gold speaker %p names %p', (gold, last) => {
    expect(goldSpeakerLastName(gold)).toBe(last);
  });

  test('a predicted name matches on the gold last name token', () => {
    expect(nameContains('Kassym-Jomart Tokayev', 'tokayev')).toBe(true);
    expect(nameContains('Tokayev Jr.', 'jr')).toBe(true);
    expect(nameContains('Vladimir Putin', 'tokayev')).toBe(false);
  });
});

describe('body shingles (scrapinghub method)', () => {
  test('identical texts are perfect; a text of fewer than four words is one shingle', () => {
    expect(shingleCounts('one two three four five', 'one two three four five')).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
      acc: 1,
    });
    expect(shingleCounts('a b', 'a b c')).toEqual({ tp: 0, fp: 0.5, fn: 0.5, acc: 0 });
  });
});
