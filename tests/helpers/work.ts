// Work counting for the linearity guards: how much a call does, as a deterministic number instead of a time.
// Two sources are added up:
// - the steps the bounded scans report themselves (src/model/work-meter.ts);
// - every regular-expression execution, charged the characters it ran over (from where it started to the end of
//   its match, or to the end of the input when it found none): a regex run from every position to the end of
//   the text, the usual quadratic pattern, shows up as quadratic work. (Backtracking inside one execution cannot
//   be seen from outside the engine: the scans where it threatened are hand-written loops that count steps.)
//   A sticky execution (String#split runs one per position) is charged only what it matched: it is anchored.
import { workMeter } from '../../src/model/work-meter';

const original = RegExp.prototype.exec;
let regexChars = 0;

function countingExec(this: RegExp, input: string): RegExpExecArray | null {
  const start = this.global || this.sticky ? this.lastIndex : 0;
  const m = original.call(this, input);
  const s = String(input);
  // A sticky regex (String#split runs one at every position) only tries where it stands.
  if (this.sticky) regexChars += m ? Math.max(1, m[0].length) : 1;
  else regexChars += m ? Math.max(1, m.index + m[0].length - start) : Math.max(1, s.length - start);
  return m;
}

/** Work done by `fn`: scan steps plus regex characters. Not re-entrant. */
export function workOf(fn: () => void): number {
  const before = workMeter.steps;
  regexChars = 0;
  RegExp.prototype.exec = countingExec;
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return workMeter.steps - before + regexChars;
}

/** Work per stage for one pipeline run: `run` receives a timer-shaped callback called after each stage. */
export function workPerStage(run: (onStage: (stage: string) => void) => void): Record<string, number> {
  const out: Record<string, number> = {};
  let last = 0;
  const total = (): number => workMeter.steps + regexChars;
  workOf(() => {
    last = total();
    run((stage) => {
      const now = total();
      out[stage] = (out[stage] ?? 0) + now - last;
      last = now;
    });
  });
  return out;
}
