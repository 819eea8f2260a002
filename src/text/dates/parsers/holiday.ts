// Holidays with a computable date: "Christmas", "New Year's Day", "Thanksgiving", "Easter", "Election Day"
// (United States), "Independence Day" (July 4), with an optional year ("Christmas 2021") or last/next/this.
import { addDays, isoWeekday } from '../calendar';
import type { Ymd } from '../calendar';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';

/** How each holiday falls in a given year. */
const HOLIDAYS: ReadonlyMap<string, (year: number) => Ymd> = new Map([
  ['christmas', (year) => ({ year, month: 12, day: 25 })],
  ['christmas day', (year) => ({ year, month: 12, day: 25 })],
  ['christmas eve', (year) => ({ year, month: 12, day: 24 })],
  ["new year's day", (year) => ({ year, month: 1, day: 1 })],
  ["new year's eve", (year) => ({ year, month: 12, day: 31 })],
  ['independence day', (year) => ({ year, month: 7, day: 4 })],
  ['thanksgiving', (year) => nthWeekday(year, 11, 4, 4)],
  ['thanksgiving day', (year) => nthWeekday(year, 11, 4, 4)],
  ['election day', (year) => addDays(nthWeekday(year, 11, 1, 1), 1)],
  ['easter', easter],
  ['easter sunday', easter],
]);

const HOLIDAY =
  /\b(?:(last|next|this)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday)?)(?:,?\s+(\d{4}))?(?![\w'’-])/g;

/** The n-th given ISO weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  const first = { year, month, day: 1 };
  const shift = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The holiday's day in a year, for a name this parser matched. */
export function holidayDay(name: string, year: number): Ymd | null {
  const rule = HOLIDAYS.get(name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'"));
  return rule === undefined ? null : rule(year);
}

export const holidayParser: DateParser = {
  name: 'holiday',
  trigger: /Christmas|Year|Independence|Thanksgiving|Election|Easter/,
  pattern: HOLIDAY,
  build(m, ctx: ParseContext) {
    const [, dirWord, name = '', y] = m;
    if (holidayDay(name, 2000) === null) return null;
    const dir =
      dirWord === undefined ? null : dirWord.toLowerCase() === 'last' ? -1 : dirWord.toLowerCase() === 'next' ? 1 : 0;
    return candidate(this.name, m, ctx, { kind: 'holiday', name, year: y === undefined ? null : Number(y), dir });
  },
};
