// No stage may be super-linear, checked by counting work, not by a clock: each pathological input runs through
// the whole pipeline at n and at 4n characters and the work counted (tests/helpers/work.ts: scan steps plus the
// characters every regex execution ran over) must grow less than LIMIT times. Linear growth is 4x, quadratic 16x;
// the count is the same on every machine and every run. Timings live in `npm run bench`.
import { createPipeline } from '../src/pipeline/pipeline';
import { PATHOLOGICAL, repeatTo } from '../tools/bench/linearity';
import { workPerStage } from './helpers/work';

const N = 2_000;
const FACTOR = 4;
/** Between linear (4) and quadratic (16); per-document constant work keeps linear inputs below 4. */
const LIMIT = 6;

const pipeline = createPipeline();
beforeAll(() => {
  pipeline.run({
    id: 'warm-up',
    source: 'test',
    text: 'Maria Schmidt said "yes" in Paris on May 5, 2021, paying $5 million.',
  });
});

/** Work per stage of one run of `text` through the pipeline. */
function work(text: string): Record<string, number> {
  return workPerStage((onStage) =>
    pipeline.run({ id: 'linearity', source: 'linearity', text }, (stage) => onStage(stage)),
  );
}

const sum = (w: Record<string, number>): number => Object.values(w).reduce((a, b) => a + b, 0);

test.each(Object.entries(PATHOLOGICAL))('%s: four times the input costs less than six times the work', (name, unit) => {
  const small = work(repeatTo(unit, N));
  const big = work(repeatTo(unit, FACTOR * N));
  const ratio = sum(big) / Math.max(1, sum(small));
  // The failure message names the stage whose work grew fastest.
  const worst = Object.keys(big).sort(
    (a, b) => (big[b] ?? 0) / Math.max(1, small[b] ?? 0) - (big[a] ?? 0) / Math.max(1, small[a] ?? 0),
  )[0];
  const grew = worst ? `${worst} x${((big[worst] ?? 0) / Math.max(1, small[worst] ?? 0)).toFixed(1)}` : '-';
  expect(
    ratio < LIMIT
      ? 'linear'
      : `${name}: work x${ratio.toFixed(1)} from ${N} to ${FACTOR * N} chars; fastest-growing stage ${grew}`,
  ).toBe('linear');
});

test('the work counter sees a quadratic scan (a regex run from every position to the end)', () => {
  const quadratic = (text: string): void => {
    for (let i = 0; i < text.length; i += 10) /zzz/.test(text.slice(i));
  };
  const { workOf } = jest.requireActual<typeof import('./helpers/work')>('./helpers/work');
  const a = workOf(() => quadratic('a'.repeat(2_000)));
  const b = workOf(() => quadratic('a'.repeat(8_000)));
  expect(b / a).toBeGreaterThan(12);
});
