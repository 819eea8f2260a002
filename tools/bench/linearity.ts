// Linearity check: a pathological input of n bytes and of 2n bytes through the whole pipeline, timed per stage in
// the same run; a stage whose time grows much more than 2x has super-linear behaviour (catastrophic regex
// backtracking, quadratic scans, a library call on a whole long text).
import type { Pipeline } from '../../src/pipeline/pipeline';

/** A ratio above this (time at 2n over time at n) is flagged: linear is 2, noise rarely passes 3. */
export const SUPER_LINEAR_RATIO = 3;
/** Stages faster than this at 2n are not judged: timer noise and GC pauses dominate. */
const MIN_JUDGED_MS = 50;
/** ...nor stages under this share of the time at 2n: they cannot make the whole super-linear. */
const MIN_JUDGED_SHARE = 0.2;

/** The pathological inputs: each is one unit repeated to the wanted length. */
export const PATHOLOGICAL: Readonly<Record<string, string>> = {
  'quote runs': '"""“”«»\'\'" He said "yes" and “no” and ‘maybe’ ',
  'unclosed quotes': '“He said that the plan would work and then he said ',
  digits: '1234567890 12,345,678.90 3.14159 2021 2022 99% ',
  capitals: 'THE UNITED NATIONS SECURITY COUNCIL SAID ON MONDAY ',
  'title case run': 'Maria Schmidt Omar Haddad Paris Nairobi Finance Minister Chief Executive ',
  punctuation: '...!?;:,-–—()[]{}/\\|*&^%$#@~` ',
  'one sentence': 'the minister said that the talks in paris would continue and ',
  'money and dates': 'On May 5, 2021 the bank lent $5 million, €3.5bn and 400 million yen until June 6 2022 and ',
  prose: 'Finance Minister Maria Schmidt said in Paris on Tuesday that "the deal is done". Prices rose 4 percent. ',
  // Found by the audit of issue 21: a capitalised run (every prefix and suffix looked up), names with numbers,
  // a run of dots (a backtracking boundary regex), quote marks between words (cue searches over the sentence).
  'capitalised run': 'Alpha ',
  'numbered names': 'John Q1 John Q2 John Q3 John Q4 John Q5 John Q6 John Q7 John Q8 John Q9 ',
  dots: '.',
  'quote marks': "'\" word '",
};

/** `unit` repeated up to `length` characters (cut at a unit boundary so both sizes have the same shape). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.floor(length / unit.length)));
}

/** Time per stage for one input, best of `reps` runs (the minimum is the least disturbed by other load). */
export function stageTimes(pipeline: Pipeline, text: string, reps: number): Record<string, number> {
  let best: Record<string, number> | null = null;
  for (let r = 0; r < reps; r++) {
    const times: Record<string, number> = {};
    pipeline.run({ id: 'linearity', source: 'linearity', text }, (stage, ms) => {
      times[stage] = (times[stage] ?? 0) + ms;
    });
    if (best === null) best = times;
    else for (const [stage, ms] of Object.entries(times)) best[stage] = Math.min(best[stage] ?? ms, ms);
  }
  return best ?? {};
}

/** One input's result: total times at n and 2n, and the stage with the largest judged ratio. */
export interface LinearityResult {
  readonly input: string;
  readonly msAtN: number;
  readonly msAt2N: number;
  readonly ratio: number;
  readonly worstStage: string;
  readonly worstRatio: number;
}

/**
 * Times `unit` repeated to n and to factor*n characters (default 2n) and compares, overall and per stage. A larger
 * factor separates linear from quadratic growth by more than machine noise does (x4: linear 4, quadratic 16).
 */
export function linearity(
  pipeline: Pipeline,
  input: string,
  unit: string,
  n: number,
  reps: number,
  factor = 2,
): LinearityResult {
  const small = stageTimes(pipeline, repeatTo(unit, n), reps);
  const big = stageTimes(pipeline, repeatTo(unit, factor * n), reps);
  const sum = (t: Record<string, number>): number => Object.values(t).reduce((a, b) => a + b, 0);
  let worstStage = '-';
  let worstRatio = 0;
  const total = sum(big);
  for (const [stage, ms] of Object.entries(big)) {
    const before = small[stage] ?? 0;
    if (ms < MIN_JUDGED_MS || ms < MIN_JUDGED_SHARE * total || before <= 0) continue;
    if (ms / before > worstRatio) {
      worstRatio = ms / before;
      worstStage = stage;
    }
  }
  return { input, msAtN: sum(small), msAt2N: total, ratio: total / Math.max(sum(small), 1e-6), worstStage, worstRatio };
}

/** Shortest time at n worth comparing: below it, GC pauses and timer noise swamp the ratio. */
const MIN_MEASURED_MS = 150;
/** Largest time at 2n the adaptive check will spend on one input. */
const MAX_MEASURED_MS = 3_000;

/**
 * Like `linearity`, but starts at `n` and doubles the size until the time at n is long enough to measure (or the
 * time at 2n exceeds the budget): fast inputs are judged at a size where the ratio means something.
 */
export function adaptiveLinearity(
  pipeline: Pipeline,
  input: string,
  unit: string,
  n: number,
  reps: number,
  maxN: number,
  factor = 2,
): LinearityResult & { readonly n: number } {
  let size = n;
  for (;;) {
    const r = linearity(pipeline, input, unit, size, reps, factor);
    if (r.msAtN >= MIN_MEASURED_MS || r.msAt2N >= MAX_MEASURED_MS || size * 2 > maxN) return { ...r, n: size };
    size *= 2;
  }
}
