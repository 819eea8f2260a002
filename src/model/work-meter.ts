/**
 * A count of elementary steps taken by the scans that could grow faster than their input (sentence boundaries,
 * name runs, quote cues): each adds the steps it takes. It never changes output; the linearity guard
 * (tests/linearity.test.ts) reads it to check, without a clock, that four times the input costs about four times the
 * work. One shared number is the cheapest meter there is (an add per scan step), so it is always on.
 */
export const workMeter = { steps: 0 };

/** Adds `n` steps to the meter. */
export function countWork(n: number): void {
  workMeter.steps += n;
}
