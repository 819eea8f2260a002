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

/** Best of three runs: a busy machine can stall one run. */
function bestOf(input: string): number {
  return Math.min(timeOf(input), timeOf(input), timeOf(input));
}

/**
 * How much longer four times the input takes: linear is about 4, quadratic 16. A loaded machine can stall a whole
 * measurement; a quadratic pass fails every attempt, so the best of up to three attempts is the figure.
 */
function growth(small: string, large: string): number {
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 3 && !ratios.some((r) => r < GROWTH_LIMIT); attempt++) ratios.push(bestOf(large) / Math.max(bestOf(small), 1));
  return Math.min(...ratios);
}

/** Half way between linear (4) and quadratic (16) on a log scale. */
const GROWTH_LIMIT = 8;

// Ratios measured in the same run only: absolute times belong in `npm run bench`, not in a unit test.
describe('extract/dates: speed', () => {
  test('time grows linearly with a pathological input (50 KB -> 200 KB)', () => {
    timeOf(text(20_000)); // warm up the regex engine and the JIT
    expect(growth(text(50_000), text(200_000))).toBeLessThan(GROWTH_LIMIT);
  });

  test.each([
    ['digits and dashes', (n: number): string => '1-'.repeat(n) + '2022'],
    ['a month name repeated', (n: number): string => 'December '.repeat(n)],
  ])('%s: four times the input takes about four times as long', (_name, make) => {
    timeOf(make(5_000));
    expect(growth(make(12_500), make(50_000))).toBeLessThan(GROWTH_LIMIT);
  });
});
