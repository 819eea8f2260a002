// Wire copy opens its first paragraph with a dateline that gives the day but not the year: "LONDON, March 3
// (Reuters) -", "NEW DELHI, Mar 3 (PTI):", "LAGOS, Nigeria, March 3 —", "Sydney, 3 March (AAP) -". The year comes
// from the page itself: the year that puts the day nearest to one of the page's full dates (a header date, a related
// story), else the page's copyright year.
import type { Ymd } from '../../../text/dates/calendar';
import { daysBetween, isValidDay } from '../../../text/dates/calendar';
import { monthOf } from '../../../text/dates/lexicon';

/** An English month name or abbreviation, captured, with an optional dot (shared with yearless-labelled.ts). */
export const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
/** A place (capitalized words, an optional region after a comma), a comma, the day, an agency, a dash or colon. */
const PLACE =
  "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?";
const AFTER = '\\s*(?:\\([^)\\n]{1,30}\\))?\\s*(?:[-–—:]|\\.\\s)';
const MONTH_DAY = new RegExp(`^\\s*${PLACE},\\s*${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${AFTER}`, 'u');
const DAY_MONTH = new RegExp(`^\\s*${PLACE},\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}${AFTER}`, 'u');
/** "© 2020", "Copyright 2009-2020", "(c) 2019". */
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/gi;

/** The month and day a line's yearless dateline gives, or null. */
export function yearlessDay(line: string): { month: number; day: number } | null {
  const md = MONTH_DAY.exec(line);
  if (md) return { month: monthOf(md[1] ?? '') ?? 0, day: Number(md[2]) };
  const dm = DAY_MONTH.exec(line);
  if (dm) return { month: monthOf(dm[2] ?? '') ?? 0, day: Number(dm[1]) };
  return null;
}

/** The newest copyright year on the page ("© 2009-2020" gives 2020), or null. */
export function copyrightYear(text: string): number | null {
  let year = 0;
  for (const m of text.matchAll(COPYRIGHT_YEAR)) year = Math.max(year, Number(m[1]));
  return year > 0 ? year : null;
}

/**
 * The year for month/day: the one (around the page's dates) that puts the day nearest to one of the page's full
 * dates; without any, the page's copyright year. Null when neither exists or the day is impossible.
 */
export function anchorYear(month: number, day: number, fullDays: readonly Ymd[], copyright: number | null): Ymd | null {
  let best: { d: Ymd; gap: number } | null = null;
  for (const ref of fullDays)
    for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
      if (!isValidDay(year, month, day)) continue;
      const d = { year, month, day };
      const gap = Math.abs(daysBetween(d, ref));
      if (best === null || gap < best.gap) best = { d, gap };
    }
  if (best !== null) return best.d;
  return copyright !== null && isValidDay(copyright, month, day) ? { year: copyright, month, day } : null;
}

/**
 * The day (and line index) of the first yearless dateline among lines `from`..`to` of `text`, its year from
 * `fullDays` (the page's full dates outside comments) or the copyright year; null when none or no year is found.
 */
export function findYearlessDateline(
  text: string,
  from: number,
  to: number,
  fullDays: readonly Ymd[],
): { day: Ymd; index: number } | null {
  const lines = text.split('\n');
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    const found = yearlessDay(lines[i] ?? '');
    if (found === null) continue;
    const day = anchorYear(found.month, found.day, fullDays, copyrightYear(text));
    return day === null ? null : { day, index: i };
  }
  return null;
}
