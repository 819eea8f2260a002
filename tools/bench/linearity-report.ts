// The bench's linearity section: each pathological input at growing sizes n and 2n, up to 100 KB / 200 KB, but
// never a size whose projected time (from the growth seen so far) blows the budget: a super-linear stage is
// reported at the largest size that stays affordable.
import { createPipeline } from '../../src/pipeline/pipeline';
import { linearity, PATHOLOGICAL, SUPER_LINEAR_RATIO } from './linearity';
import type { LinearityResult } from './linearity';
import { num, table } from './report';

/** Sizes n tried in turn (the input is timed at n and 2n); 100 KB is the target. */
const SIZES = [5_000, 25_000, 100_000];
/** Most milliseconds a next size may be projected to take (n and 2n together) before it is skipped. */
const BUDGET_MS = 15_000;
/** Below this time at n a ratio is not trusted for projecting the next size. */
const RELIABLE_MS = 100;

function largestAffordable(
  pipeline: ReturnType<typeof createPipeline>,
  name: string,
  unit: string,
): { r: LinearityResult; n: number } {
  let last: { r: LinearityResult; n: number } | null = null;
  for (const n of SIZES) {
    if (last) {
      // A ratio from a few milliseconds is noise: project such inputs as linear.
      const growth = last.r.msAtN < RELIABLE_MS ? 1 : Math.max(1, Math.log2(Math.max(last.r.ratio, 1)));
      const projected = (last.r.msAtN + last.r.msAt2N) * Math.pow(n / last.n, growth);
      if (projected > BUDGET_MS) break;
    }
    last = { r: linearity(pipeline, name, unit, n, 1), n };
  }
  if (!last) throw new Error('bench: no linearity size was measured');
  return last;
}

/** Runs the linearity check over every pathological input and formats the table. */
export function linearitySection(): string {
  const pipeline = createPipeline();
  pipeline.run({ id: 'warm-up', source: 'bench', text: 'Maria Schmidt said "yes" in Paris on May 5, 2021.' });
  const rows: [string, ...string[]][] = [
    ['pathological input', 'n', 'ms at n', 'ms at 2n', 'ratio', 'worst stage (ratio)', 'verdict'],
  ];
  for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
    const { r, n } = largestAffordable(pipeline, name, unit);
    const bad = r.ratio > SUPER_LINEAR_RATIO || r.worstRatio > SUPER_LINEAR_RATIO;
    rows.push([
      name,
      `${n / 1000} KB`,
      num(r.msAtN),
      num(r.msAt2N),
      num(r.ratio, 2),
      `${r.worstStage} (${num(r.worstRatio, 1)})`,
      bad ? 'SUPER-LINEAR' : 'ok',
    ]);
  }
  return (
    `Linearity: time at 2n / time at n (linear = 2; flagged above ${SUPER_LINEAR_RATIO}, for the whole or for a stage taking 20%+ of the time)\n` +
    table(rows)
  );
}
