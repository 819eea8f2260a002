/**
 * Formats a number as a plain decimal string, never in exponent form (100000000000, not 1e+11; 0.0000015, not
 * 1.5e-6), so spreadsheets and warehouses read the same value. Non-finite numbers give ''.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  // Small magnitudes: enough fixed digits for a double, then drop the trailing zeros.
  return n.toFixed(20).replace(/\.?0+$/, '');
}
