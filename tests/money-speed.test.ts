import fc from 'fast-check';
import { extractMoney } from '../src/pipeline/extract/money';
import { scanSentence } from '../src/pipeline/extract/money/8-scan';
import { parseNumeral } from '../src/pipeline/extract/money/2-number';
import { toPlainString } from '../src/pipeline/extract/money/decimal';
import { buildTokenTable } from '../src/text/tokens';
import { docFor } from './helpers/doc';
import { workOf } from './helpers/work';

/** Money in `text` read as one sentence: the token table built (as segment/ does), then the money scan. */
function scanText(text: string): ReturnType<typeof scanSentence> {
  const table = buildTokenTable(text, [{ start: 0, end: text.length }], []);
  return scanSentence(text, table, 0);
}

/**
 * Pathological inputs: one long "sentence" each, repeated to a size in characters and then to 4x that size.
 * The work counted (tests/helpers/work.ts) must grow about 4x, never the 16x of a quadratic scan; the count is
 * deterministic, so the sizes can be small.
 */
const PATHOLOGICAL: ReadonlyArray<readonly [string, string, number]> = [
  ['digits', '1', 20_000],
  ['digits with commas', '1,', 10_000],
  ['signs and digits', '$1', 4_000],
  ['number words', 'one two ', 8_000],
  ['amount phrases', 'a quarter million us dollars and ', 8_000],
  ['signs alone', '$ ', 8_000],
];

describe('extract/money: linear work', () => {
  test.each(PATHOLOGICAL)('%s: four times the input takes about four times the work', (_name, unit, size) => {
    const small = unit.repeat(Math.ceil(size / unit.length));
    const big = small.repeat(4);
    const ratio = workOf(() => scanText(big)) / workOf(() => scanText(small));
    expect(ratio).toBeLessThan(6);
  });
});

describe('extract/money: long sentences', () => {
  test('a sentence far longer than the scan window gives the same mentions as its parts', () => {
    const part = 'firm 17 paid about $1.5 million and between €3 million and €4 million, or 3 dollars 50 cents, ';
    const long = part.repeat(400);
    const one = scanText(part).map((f) => [f.start, f.end, f.qualifier, f.rule]);
    const all = scanText(long);
    expect(all).toHaveLength(one.length * 400);
    all.forEach((f, k) => {
      const base = Math.floor(k / one.length) * part.length;
      expect([f.start - base, f.end - base, f.qualifier, f.rule]).toEqual(one[k % one.length]);
    });
  });
});

describe('extract/money: numbers as written', () => {
  test('any whole amount written with thousands separators reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = n.toLocaleString('en-US');
        const doc = docFor(`It cost $${written}.`, [extractMoney]);
        expect(doc.money.map((m) => [m.amount, m.decimal])).toEqual([[n, String(n)]]);
      }),
      { numRuns: 200 },
    );
  });

  test('decimals scale by magnitudes without floating-point error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const frac = String(cents).padStart(2, '0');
        const doc = docFor(`It cost $${whole}.${frac} billion.`, [extractMoney]);
        const expected = `${whole}${frac}0000000`.replace(/^0+(?=\d)/, '');
        expect(doc.money[0]?.decimal).toBe(expected);
        expect(doc.money[0]?.amount).toBe(Number(expected));
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['1,250.50', '1250.5'],
    ['12,34,567.89', '1234567.89'],
    ['1.000.000', '1000000'],
    ['1.250,50', '1250.5'],
    ['3,5', '3.5'],
    ['0.05', '0.05'],
  ])('parseNumeral(%s) = %s', (written, value) => {
    const d = parseNumeral(written);
    expect(d && toPlainString(d)).toBe(value);
  });

  test.each(['1,2,3', '1.2.3', '12,3456', '1234,567'])('parseNumeral(%s) is not a number', (written) => {
    expect(parseNumeral(written)).toBeNull();
  });
});
