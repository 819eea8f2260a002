/**
 * Pass 5: minor units that follow a whole amount and belong to it: "3 dollars 50 cents", "thirteen dollars
 * forty-five cents", "10 $ 30 cent" -> 3.50, 13.45, 10.30; "15 dollars and 50." -> 15.50 (a bare number below
 * 100 after "and", ending the phrase, is cents, as in "five dollars and fifty").
 */
import type { Token } from './1-tokens';
import { parseNumber } from './2-number';
import { currencyAfter } from './3-currency';
import type { Amount } from './4-amount';
import type { Decimal } from './decimal';
import { compare, fromInt, isInteger, plus, scale } from './decimal';

/** An amount with its range bounds when it is a range. */
export interface Extended extends Amount {
  readonly max: Decimal | null;
  /** Token where the span starts ("between" for a between-range), else `first`. */
  readonly spanFirst: number;
}

/** Minor units per main unit, for every currency the table gives minor words for (cent, penny, kopek, paisa). */
const MINOR_PER_MAJOR = 100;

/** Dashes that join the bounds of a range; a minor-unit phrase never ends at one. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * A copy of `a` with new value, end and rule, written field by field: V8 turns an object spread of an object that
 * was itself built by a spread into a slow dictionary object (about 25 microseconds each on Node 20).
 */
export function extended(
  a: Amount,
  value: Decimal,
  end: number,
  rule: string,
  max: Decimal | null,
  spanFirst: number,
): Extended {
  return {
    first: a.first,
    end,
    value,
    ref: a.ref,
    form: a.form,
    currency: a.currency,
    minor: a.minor,
    power: a.power,
    numberEnd: a.numberEnd,
    number: a.number,
    rule,
    max,
    spanFirst,
  };
}

/** A whole number of minor units below MINOR_PER_MAJOR at token `j`, without magnitude. */
function minorCount(tokens: readonly Token[], j: number): { value: Decimal; end: number } | null {
  const n = parseNumber(tokens, j);
  if (!n || n.power !== null || !isInteger(n.value) || compare(n.value, fromInt(MINOR_PER_MAJOR)) >= 0) return null;
  return { value: n.value, end: n.end };
}

/** True when token `j` ends a phrase: end of sentence, punctuation (not % or a dash), or "and". */
function phraseEnds(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return true;
  if (t.kind === 'sym') return t.text !== '%' && !DASHES.has(t.text);
  return t.lower === 'and';
}

/** Adds minor units written after a whole main-unit amount with no magnitude. */
export function withMinor(tokens: readonly Token[], a: Amount): Extended {
  const plain = extended(a, a.value, a.end, a.rule, null, a.first);
  if (a.minor || a.power !== null || !isInteger(a.value)) return plain;
  const and = tokens[a.end]?.lower === 'and' ? 1 : 0;
  const n = minorCount(tokens, a.end + and);
  if (!n) return plain;
  const unit = currencyAfter(tokens, n.end);
  const cents = scale(n.value, -2);
  if (unit?.minor && unit.power === null)
    return extended(a, plus(a.value, cents), unit.end, 'major-minor', null, a.first);
  if (and && !unit && phraseEnds(tokens, n.end))
    return extended(a, plus(a.value, cents), n.end, 'major-and-minor', null, a.first);
  return plain;
}
