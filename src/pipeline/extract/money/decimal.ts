/**
 * Exact decimal arithmetic for amounts: a value is `digits * 10^exp` with an integer `digits`. Scaling by a
 * magnitude only moves the exponent, so "1.2bn" is exactly 1200000000 (1.2 * 1e9 in floating point would give
 * 1199999999.9999998). Conversion to a JS number happens once, from the exact decimal string.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly exp: number;
}

/** Most significant digits an amount may have; longer digit runs are identifiers, not money. */
export const MAX_AMOUNT_DIGITS = 24;

const ALL_DIGITS = /^\d+$/;

/** Builds a decimal from an integer part and a fraction part written in digits ("1250", "50" -> 1250.50). */
export function fromDigits(intPart: string, fracPart: string): Decimal | null {
  const all = intPart + fracPart;
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  if (all.length - lead > MAX_AMOUNT_DIGITS || !ALL_DIGITS.test(all)) return null;
  return normalize({ digits: BigInt(all.slice(lead)), exp: -fracPart.length });
}

/** A small integer as a decimal. */
export function fromInt(n: number): Decimal {
  return normalize({ digits: BigInt(n), exp: 0 });
}

/** Parses a plain decimal string such as "0.25" (used for the fraction word table). */
export function fromString(s: string): Decimal {
  const [i = '0', f = ''] = s.split('.');
  return fromDigits(i, f) ?? { digits: 0n, exp: 0 };
}

/** Multiplies by 10^power (a magnitude: million = 6). */
export function scale(d: Decimal, power: number): Decimal {
  return normalize({ digits: d.digits, exp: d.exp + power });
}

/** Product of two decimals ("half" * "million"). */
export function times(a: Decimal, b: Decimal): Decimal {
  return normalize({ digits: a.digits * b.digits, exp: a.exp + b.exp });
}

/** Sum of two decimals ("3 dollars" + "50 cents" / 100). */
export function plus(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const da = a.digits * 10n ** BigInt(a.exp - exp);
  const db = b.digits * 10n ** BigInt(b.exp - exp);
  return normalize({ digits: da + db, exp });
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Decimal, b: Decimal): number {
  const exp = Math.min(a.exp, b.exp);
  const da = a.digits * 10n ** BigInt(a.exp - exp);
  const db = b.digits * 10n ** BigInt(b.exp - exp);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** True when the value has no fractional part. */
export function isInteger(d: Decimal): boolean {
  return d.exp >= 0;
}

/** The value as a plain decimal string, never in exponent notation: "100000000000", "0.5", "1234567.89". */
export function toPlainString(d: Decimal): string {
  if (d.exp >= 0) return (d.digits * 10n ** BigInt(d.exp)).toString();
  const s = d.digits.toString().padStart(-d.exp + 1, '0');
  return `${s.slice(0, d.exp)}.${s.slice(d.exp)}`;
}

/** The nearest JS number to the exact value (parsed once from the exact string, so 1.2bn is 1200000000). */
export function toNumber(d: Decimal): number {
  return Number(toPlainString(d));
}

/** Removes trailing zeros from the digits so equal values have one representation. */
function normalize(d: Decimal): Decimal {
  if (d.digits === 0n) return { digits: 0n, exp: 0 };
  let { digits, exp } = d;
  while (digits % 10n === 0n) {
    digits /= 10n;
    exp++;
  }
  return { digits, exp };
}
