// Holidays with a computable date: "Christmas", "New Year's Day", "Thanksgiving", "Easter", "Good Friday", "Election
// Day" and "Independence Day" (United States, July 4), "Labor Day", "Memorial Day", "Juneteenth", "Boxing Day",
// "Canada Day", "Australia Day", "Anzac Day", ... with an optional year ("Christmas 2021") or last/next/this/previous.
// Feasts of lunar calendars come from lunar-calendars.ts: "Lunar New Year" ("Chinese New Year", "Spring Festival")
// and its eve, "Eid al-Fitr", "Eid al-Adha" and "Ramadan", a month whose value is its year (TimeML has no value for
// a span of days across two months). Diwali, on the Hindu calendar, is left out: no table here gives it.
import { addDays, isoWeekday } from '../calendar';
import { hijriDay, lunarNewYear } from '../lunar-calendars';
import type { Ymd } from '../calendar';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import type { Candidate } from '../sem';

/** How each holiday falls in a given year. */
const HOLIDAYS: ReadonlyMap<string, (year: number) => Ymd | null> = new Map([
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
  ['easter monday', (year) => addDays(easter(year), 1)],
  ['good friday', (year) => addDays(easter(year), -2)],
  ['juneteenth', (year) => ({ year, month: 6, day: 19 })],
  ['halloween', (year) => ({ year, month: 10, day: 31 })],
  ["valentine's day", (year) => ({ year, month: 2, day: 14 })],
  ["st. patrick's day", (year) => ({ year, month: 3, day: 17 })],
  ["saint patrick's day", (year) => ({ year, month: 3, day: 17 })],
  ['earth day', (year) => ({ year, month: 4, day: 22 })],
  ['boxing day', (year) => ({ year, month: 12, day: 26 })],
  ['canada day', (year) => ({ year, month: 7, day: 1 })],
  ['australia day', (year) => ({ year, month: 1, day: 26 })],
  ['anzac day', (year) => ({ year, month: 4, day: 25 })],
  ['veterans day', (year) => ({ year, month: 11, day: 11 })],
  ['labor day', (year) => nthWeekday(year, 9, 1, 1)],
  ['memorial day', (year) => lastWeekday(year, 5, 1)],
  ["mother's day", (year) => nthWeekday(year, 5, 7, 2)],
  ["father's day", (year) => nthWeekday(year, 6, 7, 3)],
  ['martin luther king day', (year) => nthWeekday(year, 1, 1, 3)],
  ['martin luther king jr. day', (year) => nthWeekday(year, 1, 1, 3)],
  ["presidents' day", (year) => nthWeekday(year, 2, 1, 3)],
  ['presidents day', (year) => nthWeekday(year, 2, 1, 3)],
  ['lunar new year', lunarNewYear],
  ['chinese new year', lunarNewYear],
  ['spring festival', lunarNewYear],
  ["lunar new year's eve", (year) => dayBefore(lunarNewYear(year))],
  ["chinese new year's eve", (year) => dayBefore(lunarNewYear(year))],
  ['eid al fitr', (year) => hijriDay(year, 10, 1)],
  ['eid al adha', (year) => hijriDay(year, 12, 10)],
  ['ramadan', (year) => hijriDay(year, 9, 1)],
]);

/** Feasts that last a month: the value is the year they fall in, not their first day. */
export const MONTH_LONG_FEASTS: ReadonlySet<string> = new Set(['ramadan']);

const dayBefore = (day: Ymd | null): Ymd | null => (day === null ? null : addDays(day, -1));

/** The table's key for a written name: "Eid-ul-Fitr", "Eid Al Fitr" and "Eid al-Fitr" are one feast. */
export function holidayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^eid[\s-]+(?:al|ul|el)[\s-]+/, 'eid al ')
    .replace(/azha$/, 'adha')
    .replace(/\s+/g, ' ');
}

const HOLIDAY =
  /\b(?:(last|next|this|previous)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Juneteenth|Halloween|Valentine['’]s\s+Day|(?:St\.|Saint)\s+Patrick['’]s\s+Day|Earth\s+Day|Boxing\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|Veterans\s+Day|Labor\s+Day|Memorial\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Presidents['’]?\s+Day|(?:Lunar|Chinese)\s+New\s+Year(?:['’]s\s+Eve)?|Spring\s+Festival|Eid[\s-](?:[Aa]l|[Uu]l|[Ee]l)[\s-](?:Fitr|Adha|Azha)|Ramadan)(?:,?\s+(\d{4}))?(?![\w'’-])/g;

/**
 * The same names in any case after a direction word ("next easter", "last thanksgiving" in chat and forms); alone,
 * lower case ("christmas") is left out as the holiday parser does.
 */
const HOLIDAY_ANY_CASE = new RegExp(
  HOLIDAY.source.replace('(?:(last|next|this|previous)\\s+)?', '(last|next|this|previous)\\s+'),
  'gi',
);

/** The n-th given ISO weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  const first = { year, month, day: 1 };
  const shift = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** The last given ISO weekday of a month ("the last Monday of May"). */
function lastWeekday(year: number, month: number, weekday: number): Ymd {
  const last = { year, month: month + 1 > 12 ? 1 : month + 1, day: 1 };
  const end = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : last, -1);
  return addDays(end, -((isoWeekday(end) - weekday + 7) % 7));
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
  const rule = HOLIDAYS.get(holidayKey(name));
  return rule === undefined ? null : rule(year);
}

export const holidayParser: DateParser = {
  name: 'holiday',
  trigger: /Christmas|Year|Day|Thanksgiving|Easter|Friday|Juneteenth|Halloween|Festival|Eid|Ramadan/,
  pattern: HOLIDAY,
  build(m, ctx: ParseContext) {
    return holidayCandidate(this.name, m, ctx);
  },
};

/** "next easter", "previous thanksgiving": the holiday in any case after a direction word. */
export const holidayAfterDirection: DateParser = {
  name: 'holiday',
  trigger: /\b(?:last|next|this|previous)\s/i,
  pattern: HOLIDAY_ANY_CASE,
  build(m, ctx: ParseContext) {
    return holidayCandidate(this.name, m, ctx);
  },
};

/** The holiday candidate of one match of either pattern; null for a name without a rule. */
function holidayCandidate(parser: string, m: RegExpMatchArray, ctx: ParseContext): Candidate | null {
  const [, dirWord, name = '', y] = m;
  if (holidayDay(name, 2000) === null) return null;
  const dir =
    dirWord === undefined ? null : /^(?:last|previous)$/i.test(dirWord) ? -1 : dirWord.toLowerCase() === 'next' ? 1 : 0;
  return candidate(parser, m, ctx, { kind: 'holiday', name, year: y === undefined ? null : Number(y), dir });
}
