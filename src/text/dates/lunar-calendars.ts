// Feasts of lunar calendars in Gregorian terms: the Lunar New Year (first day of the first month of the Chinese
// calendar) and days of the Islamic calendar (Eid al-Fitr is 1 Shawwal, Eid al-Adha 10 Dhu al-Hijjah, Ramadan
// month 9). No rule gives these. The Islamic days come from the Umm al-Qura tables of the runtime's ICU calendars
// (Intl), which follow the Saudi official calendar; countries that sight the moon may keep a feast a day either
// side, and the table's day is the value given. ICU's Chinese calendar misplaces new moons near midnight in Beijing
// (2027, 2030), so the Lunar New Year comes from a published table instead. Nothing here reads the clock.
import type { Ymd } from './calendar';
import { addDays } from './calendar';

/** The calendar's month and day on a Gregorian day, through Intl (UTC, so the day never shifts). */
function lunarMonthDay(format: Intl.DateTimeFormat, day: Ymd): { month: number; day: number } {
  const parts = format.formatToParts(Date.UTC(day.year, day.month - 1, day.day));
  const read = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { month: read('month'), day: read('day') };
}

/**
 * Lunar New Year's day, 1990-2035, as month and day ("2-10" is February 10): Hong Kong Observatory / Purple
 * Mountain Observatory tables.
 */
// prettier-ignore
const LUNAR_NEW_YEAR: readonly string[] = [
  '1-27', '2-15', '2-4', '1-23', '2-10', '1-31', '2-19', '2-7', '1-28', '2-16', // 1990-1999
  '2-5', '1-24', '2-12', '2-1', '1-22', '2-9', '1-29', '2-18', '2-7', '1-26', // 2000-2009
  '2-14', '2-3', '1-23', '2-10', '1-31', '2-19', '2-8', '1-28', '2-16', '2-5', // 2010-2019
  '1-25', '2-12', '2-1', '1-22', '2-10', '1-29', '2-17', '2-6', '1-26', '2-13', // 2020-2029
  '2-3', '1-23', '2-11', '1-31', '2-19', '2-8', // 2030-2035
];
const LUNAR_TABLE_FROM = 1990;

/** Lunar New Year's day in a Gregorian year, or null outside the table. */
export function lunarNewYear(year: number): Ymd | null {
  const md = LUNAR_NEW_YEAR[year - LUNAR_TABLE_FROM];
  if (md === undefined) return null;
  const [month = 0, day = 0] = md.split('-').map(Number);
  return { year, month, day };
}

/** Mean length of an Islamic month in days: twelve of them make a year about eleven days shorter than the sun's. */
const HIJRI_MONTH_DAYS = 29.530588;

/**
 * The first Gregorian day of `year` that is day `day` of Islamic month `month` (Umm al-Qura). The distance from
 * January 1 is estimated from mean months, then the day is found within a few days of the estimate.
 */
export function hijriDay(year: number, month: number, day: number): Ymd | null {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  });
  const jan1 = { year, month: 1, day: 1 };
  const start = lunarMonthDay(format, jan1);
  const hijriYearDays = 12 * HIJRI_MONTH_DAYS;
  const ahead = ((month - start.month) * HIJRI_MONTH_DAYS + (day - start.day) + 2 * hijriYearDays) % hijriYearDays;
  const estimate = addDays(jan1, Math.round(ahead));
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const at = addDays(estimate, shift);
    if (at.year !== year) continue;
    const lunar = lunarMonthDay(format, at);
    if (lunar.month === month && lunar.day === day) return at;
  }
  return null;
}

/**
 * The Gregorian day of a Solar Hijri (Iranian) date, as Iranian pages print their own ("۲۳ آبان ۱۴۰۲" is 14
 * November 2023). Farvardin 1 falls on March 20 or 21 of year + 621; months 1-6 have 31 days, 7-11 30. The day is
 * estimated from March 21 and confirmed within a day or two through the runtime's ICU Persian calendar.
 */
export function solarHijriDay(year: number, month: number, day: number): Ymd | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const format = new Intl.DateTimeFormat('en-u-ca-persian', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const offset = (month - 1) * 30 + Math.min(month - 1, 6) + (day - 1);
  const estimate = addDays({ year: year + 621, month: 3, day: 21 }, offset);
  for (const shift of [0, -1, 1, -2, 2]) {
    const at = addDays(estimate, shift);
    const parts = format.formatToParts(Date.UTC(at.year, at.month - 1, at.day));
    const read = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    if (read('year') === year && read('month') === month && read('day') === day) return at;
  }
  return null;
}
