/**
 * Pass 6: ranges. "$5-10 million", "$5 - $10", "US$16 million to $28 million", "between €3 million and €4
 * million", and with the currency only after the second bound: "5-10 million dollars", "between 3 and 4 million
 * euros". The word "between" is part of the span. The amount is the lower bound and `max` the upper one; a
 * magnitude written only on the upper bound applies to both. "from A to B" and "fell A to B" are changes, not
 * ranges; a range never joins minor and main units ("25 cents to $30.25").
 */
import type { Token } from './1-tokens';
import { parseNumber } from './2-number';
import { currencyAfter, currencyBefore } from './3-currency';
import type { Amount } from './4-amount';
import { amountAt, compatible } from './4-amount';
import type { Extended } from './5-minor';
import { DASHES, extended } from './5-minor';
import type { Decimal } from './decimal';
import { compare, scale } from './decimal';
import { CHANGE_WORDS } from './data/numbers';

/** The link between two bounds at token `j`, given the word before the first bound; null when there is none. */
function linkAt(tokens: readonly Token[], j: number, before: string | undefined): 'dash' | 'word' | null {
  const link = tokens[j];
  if (!link) return null;
  if (before === 'between') return link.lower === 'and' ? 'word' : null;
  if (DASHES.has(link.text)) return 'dash';
  return link.lower === 'to' && !CHANGE_WORDS.has(before ?? '') ? 'word' : null;
}

function wordBefore(tokens: readonly Token[], i: number): string | undefined {
  return i > 0 ? tokens[i - 1]?.lower : undefined;
}

/** The second bound of a range starting at token `j`: optional currency, number, optional currency after. */
function upperBound(
  tokens: readonly Token[],
  j: number,
  a: Amount,
  word: boolean,
): { value: Decimal; power: number | null; end: number; minor: boolean } | null {
  const pre = currencyBefore(tokens, j);
  if (pre && !compatible(pre.ref, a.ref)) return null;
  const n = parseNumber(tokens, pre ? pre.end : j);
  if (!n) return null;
  const post = pre ? null : currencyAfter(tokens, n.end);
  const unit = post && post.form !== 'symbol' && compatible(post.ref, a.ref) ? post : null;
  // after "to"/"and" a bare number is often a count ("$5 to 10 jobs"): it needs a currency or a magnitude
  if (word && !pre && !unit && n.power === null) return null;
  const end = unit ? unit.end : n.end;
  // "1111-2222-3333" is a phone or account number, not a range
  if (DASHES.has(tokens[end]?.text ?? '') && tokens[end + 1]?.kind === 'num') return null;
  return { value: n.value, power: n.power, end, minor: pre ? false : unit ? unit.minor : a.minor };
}

/** Turns "A - B", "A to B" and "between A and B" (A an amount with its currency) into one range when A < B. */
export function withRange(tokens: readonly Token[], a: Extended): Extended {
  const before = wordBefore(tokens, a.first);
  const link = linkAt(tokens, a.end, before);
  const hi = link ? upperBound(tokens, a.end + 1, a, link === 'word') : null;
  if (!hi || hi.minor !== a.minor) return a;
  const sharedMagnitude = a.power === null && hi.power !== null && a.end === a.numberEnd;
  const lo = sharedMagnitude && hi.power !== null ? scale(a.value, hi.power) : a.value;
  if (compare(lo, hi.value) >= 0) return a;
  return extended(a, lo, hi.end, 'range', hi.value, before === 'between' ? a.first - 1 : a.first);
}

/** A range whose currency comes only after the upper bound ("5-10 million dollars"), starting at token `i`. */
export function rangeAt(tokens: readonly Token[], i: number): Extended | null {
  const lo = parseNumber(tokens, i);
  const before = wordBefore(tokens, i);
  if (!lo || !linkAt(tokens, lo.end, before)) return null;
  const hi = amountAt(tokens, lo.end + 1);
  if (!hi || hi.currency.first < hi.numberEnd) return null;
  const low = lo.power === null && hi.power !== null ? scale(lo.value, hi.power) : lo.value;
  if (compare(low, hi.value) >= 0) return null;
  const a: Amount = { ...hi, first: i, numberEnd: lo.end, number: { first: i, end: lo.end } };
  return extended(a, low, hi.end, 'range', hi.value, before === 'between' ? i - 1 : i);
}
