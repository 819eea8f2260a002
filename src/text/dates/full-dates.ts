// Full calendar days (year, month and day all written) in a short piece of text: what a date line, a byline or a
// URL path states. Built on the same parsers extract/dates runs, plus the dotted European forms page furniture uses
// ("21.10.2019", "31. October, 2023") that prose rarely does.
import type { Ymd } from './calendar';
import { isValidDay } from './calendar';
import { MONTH_RE, monthOf } from './lexicon';
import type { DateParser, ParseContext } from './parser';
import { dayFirst, monthFirst } from './parsers/month-day';
import { isoDate, numericDate } from './parsers/numeric';

/** A full day found in the text, with its offsets in that text. */
export interface FullDate {
  readonly start: number;
  readonly end: number;
  readonly day: Ymd;
  /** True when the day came from an all-digit form whose day/month order depends on `dayFirst`. */
  readonly numeric: boolean;
}

const PARSERS: readonly DateParser[] = [isoDate, monthFirst, dayFirst, numericDate];

/** "31. October, 2023", "1. Dezember 2019"-style day-dot-month (English month names only). */
const DOTTED_DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\.\\s*(${MONTH_RE}),?\\s+(\\d{4})\\b`, 'g');

/** Every full day in `text`, in text order, overlaps dropped (the earlier, then longer, match wins). */
export function fullDates(text: string, dayFirstOrder: boolean): FullDate[] {
  const ctx: ParseContext = { sentence: text, offset: 0, dayFirst: dayFirstOrder };
  const found: FullDate[] = [];
  for (const parser of PARSERS) {
    if (!parser.trigger.test(text)) continue;
    for (const m of text.matchAll(parser.pattern)) {
      const c = parser.build(m, ctx);
      if (c === null || c.sem.kind !== 'cal') continue;
      const { year, month, day } = c.sem;
      if (year === null || month === null || day === null || !isValidDay(year, month, day)) continue;
      found.push({ start: c.start, end: c.end, day: { year, month, day }, numeric: parser === numericDate });
    }
  }
  for (const m of text.matchAll(DOTTED_DAY_MONTH)) {
    const [year, month, day] = [Number(m[3]), monthOf(m[2] ?? '') ?? 0, Number(m[1])];
    const at = m.index ?? 0;
    if (isValidDay(year, month, day))
      found.push({ start: at, end: at + m[0].length, day: { year, month, day }, numeric: false });
  }
  return dropOverlaps(found);
}

/** The dates in text order, without any that overlaps an earlier (or, at the same start, longer) one. */
export function dropOverlaps(found: FullDate[]): FullDate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FullDate[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || f.start >= last.end) kept.push(f);
  }
  return kept;
}

/**
 * The day/month order all-digit dates on a page follow, when the page itself shows it: "14/04/2020" can only be
 * day first, "04/14/2020" only month first. Null when no date on the page decides it.
 */
export function pageDayFirst(text: string): boolean | null {
  let dayFirstSeen = 0;
  let monthFirstSeen = 0;
  for (const m of text.matchAll(/(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w/-]|\.\d)/g)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirstSeen++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirstSeen++;
  }
  if (dayFirstSeen === monthFirstSeen) return null;
  return dayFirstSeen > monthFirstSeen;
}
