/**
 * Pass 4: one amount starting at a token: [currency before] number [magnitude] [currency after] [magnitude]
 * ("$ 75 million", "USD$ 23 billion dollar", "75 USD million", "420 million finnish markka"). At least one currency
 * is required: a number alone is a count, a year or a score, never money. A sign between two numbers goes with
 * the number it touches ("3 USD50"), and otherwise with the number after it ("1 $ 10 dollars"), unless that number
 * is in minor units ("10 $ 30 cent" is ten dollars thirty).
 */
import type { Token } from './1-tokens';
import type { NumberMatch } from './2-number';
import { gluedHyphen, magnitudeAt, parseNumber } from './2-number';
import type { CurrencyForm, CurrencyMatch } from './3-currency';
import { currencyAfter, currencyBefore } from './3-currency';
import type { CurrencyRef } from './data/symbols';
import { FAMILIES } from './data/families';
import { DOLLAR_CODES } from './data/symbols';
import type { Decimal } from './decimal';
import { scale } from './decimal';

/** An amount found at tokens [first, end), before ranges, minor units and qualifiers are looked at. */
export interface Amount {
  readonly first: number;
  readonly end: number;
  readonly value: Decimal;
  readonly ref: CurrencyRef;
  /** How the currency was written (sign, code, name, abbreviation): what `currencySource` reports when it decided. */
  readonly form: CurrencyForm;
  /** Tokens [first, end) of the currency as written (the more specific one when both sides have one). */
  readonly currency: { readonly first: number; readonly end: number };
  readonly minor: boolean;
  /** Power of the magnitude applied (6 for "million"), or null. */
  readonly power: number | null;
  /** Where the number ends (for "$5-10 million": the magnitude of the second number applies to the first). */
  readonly numberEnd: number;
  /** Token range of the number itself (checked against date mentions). */
  readonly number: { readonly first: number; readonly end: number };
  readonly rule: string;
}

/** Two currencies around one number name the same money ("$249 USD", "$ 10 dollars", "USD$ 23 billion dollar"). */
export function compatible(a: CurrencyRef, b: CurrencyRef): boolean {
  if (a === b) return true;
  if (a !== null && b !== null && (FAMILIES.get(a)?.codes.has(b) === true || FAMILIES.get(b)?.codes.has(a) === true))
    return true;
  const dollarish = (r: CurrencyRef): boolean => r === 'default' || (r !== null && DOLLAR_CODES.has(r));
  return (a === 'default' && dollarish(b)) || (b === 'default' && dollarish(a));
}

/** The more specific of two compatible references: an ISO code beats the default and any shared unit. */
function specific(pre: CurrencyMatch, post: CurrencyMatch): CurrencyMatch {
  const shared = (r: CurrencyRef): boolean => r !== null && FAMILIES.has(r);
  return shared(pre.ref) && !shared(post.ref) ? post : pre;
}

/**
 * A sign or code after a number that is also followed by a number: keep it as a suffix only when it touches the
 * number before and not the one after, or when the number after is in minor units ("10 $ 30 cent").
 */
function suffixWins(tokens: readonly Token[], post: CurrencyMatch): boolean {
  const next = tokens[post.end];
  if (post.form === 'word' || !next || next.kind !== 'num') return true;
  const gluedBefore = !tokens[post.first]?.gap;
  const gluedAfter = !next.gap;
  if (gluedBefore !== gluedAfter) return gluedBefore;
  const n = parseNumber(tokens, post.end);
  const unit = n ? currencyAfter(tokens, n.end) : null;
  return unit?.minor === true;
}

/** A magnitude carried by a scaled code ("30 MUSD") or written after the code ("75 USD million"). */
function magnitudeAfterCurrency(
  tokens: readonly Token[],
  num: NumberMatch,
  post: CurrencyMatch | null,
): { value: Decimal; power: number | null; end: number } {
  const end = post ? post.end : num.end;
  if (post?.power) return { value: scale(num.value, post.power), power: post.power, end };
  const late = post && num.power === null ? magnitudeAt(tokens, end, false) : null;
  if (late !== null && late >= 3) return { value: scale(num.value, late), power: late, end: end + 1 };
  return { value: num.value, power: num.power, end };
}

/** Reads the amount starting at token `i`, or null. */
export function amountAt(tokens: readonly Token[], i: number): Amount | null {
  const pre = currencyBefore(tokens, i);
  const num = parseNumber(tokens, pre ? pre.end : i);
  if (!num) return null;
  let post = currencyAfter(tokens, num.end);
  if (!post && gluedHyphen(tokens, num.end)) {
    const word = currencyAfter(tokens, num.end + 1);
    post = word?.form === 'word' ? word : null;
  }
  if (post && pre && (post.form === 'symbol' || post.minor || !compatible(pre.ref, post.ref))) post = null;
  if (post && post.needsMagnitude && num.power === null) post = null;
  if (post && !pre && !suffixWins(tokens, post)) post = null;
  if (!pre && !post) return null;
  const scaled = magnitudeAfterCurrency(tokens, num, post);
  const cur = pre && post ? specific(pre, post) : (pre ?? post);
  if (!cur) return null;
  return {
    first: i,
    end: scaled.end,
    value: scaled.value,
    ref: cur.ref,
    form: cur.form,
    currency: { first: cur.first, end: cur.end },
    minor: !pre && post?.minor === true,
    power: scaled.power,
    numberEnd: num.end,
    number: { first: num.first, end: num.end },
    rule: `${cur.form}-${cur === pre ? 'before' : 'after'}`,
  };
}
