import type { JsonObject } from './json';
import { asObject } from './json';
import { normValue } from './select';

/** Every accepted gold value of a date: its `value` plus each Recognizers `resolution` timex and string value. */
export function dateAlternatives(d: JsonObject): Set<string> {
  const alts = new Set<string>();
  const add = (v: unknown): void => {
    const n = normValue(v);
    if (n) alts.add(n);
  };
  add(d.value);
  if (Array.isArray(d.resolution))
    for (const r of d.resolution.map(asObject)) {
      if (!r) continue;
      add(r.timex);
      if (typeof r.value === 'string') add(r.value);
    }
  return alts;
}

/** An X in a partly specified gold value (one that has a digit) matches any digit there: XXXX-01 ~ 2017-01. */
function wildcardMatch(gold: string, pred: string): boolean {
  if (gold.length !== pred.length || !/X/.test(gold) || !/\d/.test(gold)) return false;
  return [...gold].every((c, i) => (c === 'X' ? /\d/.test(pred[i] ?? '') : c === pred[i]));
}

/** True when the predicted date value equals an accepted gold value (with the X wildcard unless strict). */
export function dateValueEqual(pred: JsonObject, gold: JsonObject, strictValues: boolean): boolean {
  const v = normValue(pred.value);
  if (v === null) return false;
  const alts = dateAlternatives(gold);
  if (alts.has(v)) return true;
  if (strictValues) return false;
  for (const x of alts) if (wildcardMatch(x, v)) return true;
  return false;
}

/** Relative tolerance for amounts (floating-point noise from magnitude words). */
const AMOUNT_TOLERANCE = 1e-6;

/** True when the predicted amount is a finite number within the tolerance of the gold amount. */
export function amountEqual(pred: JsonObject, gold: JsonObject): boolean {
  if (pred.amount === null || pred.amount === undefined) return false;
  const a = Number(pred.amount);
  const b = Number(gold.amount);
  return Number.isFinite(a) && Math.abs(a - b) <= AMOUNT_TOLERANCE * Math.max(1, Math.abs(b));
}

/** True when the predicted currency equals the gold one, case-insensitively. */
export function currencyEqual(pred: JsonObject, gold: JsonObject): boolean {
  return (
    Boolean(pred.currency) && String(pred.currency).trim().toUpperCase() === String(gold.currency).trim().toUpperCase()
  );
}
