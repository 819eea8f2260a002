import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor } from './helpers/doc';

/** Pathological inputs: one endless "sentence" dense with date-like tokens, digits and modifiers. */
const CHUNKS = [
  'December 26-27, 2022 and ',
  'the end of the beginning of early late mid-',
  '1 2 3 4 5 6 7 8 9 10 11 12 ',
  'from March to May 2021 between 2019 and 2021 ',
  'nineteen ninety-six two thousand and one ',
  '12/26/2022 2022-12-26 3-1 555-1234 v2.1.3 ',
  'last next this the past the coming week month year ',
];

function text(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += CHUNKS[i % CHUNKS.length];
  return out;
}

function timeOf(input: string): number {
  const t0 = performance.now();
  docFor(input, [referenceDate, extractDates], { published: '2022-12-27' });
  return performance.now() - t0;
}

describe('extract/dates: speed', () => {
  test('time grows linearly with a pathological input (100 KB -> 200 KB)', () => {
    timeOf(text(20_000)); // warm up the regex engine and the JIT
    // Best of three runs each, so a busy machine does not make a linear stage look quadratic.
    const small = Math.min(timeOf(text(100_000)), timeOf(text(100_000)), timeOf(text(100_000)));
    const large = Math.min(timeOf(text(200_000)), timeOf(text(200_000)), timeOf(text(200_000)));
    expect(large / Math.max(small, 1)).toBeLessThan(3.5);
  });

  // Ratios measured in the same run only: absolute times belong in `npm run bench`, not in a unit test.
  test.each([
    ['digits and dashes', (n: number): string => '1-'.repeat(n) + '2022'],
    ['a month name repeated', (n: number): string => 'December '.repeat(n)],
  ])('%s: doubling the input at most roughly doubles the time', (_name, make) => {
    timeOf(make(5_000));
    const small = Math.min(timeOf(make(25_000)), timeOf(make(25_000)), timeOf(make(25_000)));
    const large = Math.min(timeOf(make(50_000)), timeOf(make(50_000)), timeOf(make(50_000)));
    expect(large / Math.max(small, 1)).toBeLessThan(3.5);
  });
});
