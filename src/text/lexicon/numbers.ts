/** Cardinal number words below one hundred and their values: shared by the money and date grammars. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/**
 * The value of a number written in digits or in words below one hundred ("34", "six", "thirty-four", "thirty four"),
 * or null: the clock-word times ("twenty-five past nine") and people's ages ("thirty-four-year-old") read it.
 */
export function cardinalValue(written: string): number | null {
  const w = written.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  const [tens = '', unit, ...rest] = w.split(/[\s-]+/);
  const t = CARDINALS.get(tens);
  if (t === undefined || rest.length > 0) return null;
  if (unit === undefined) return t;
  const u = CARDINALS.get(unit);
  return u === undefined ? null : t + u;
}
