// A full date in the article's dateline or header: "December 27, 2022" on its own line, "LONDON 1996-08-30",
// "Published: 27 Dec 2022". Only the first lines are searched, whatever the boilerplate stage decided about them.
import { formatDay, isValidDay } from '../../../text/dates/calendar';
import type { DateParser, ParseContext } from '../../../text/dates/parser';
import { dayFirst, monthFirst } from '../../../text/dates/parsers/month-day';
import { isoDate, numericDate } from '../../../text/dates/parsers/numeric';
import { plausibleYear } from './plausible';

/** How many non-empty lines from the top count as the header. */
export const HEADER_LINES = 8;

/** A dateline is short; a longer line is body text that happens to contain a date. */
export const MAX_DATELINE_LENGTH = 80;

/** Words allowed on the line besides the date (a place, "Published:", a time, a byline). */
export const MAX_OTHER_WORDS = 8;

const FULL_DATE_PARSERS: readonly DateParser[] = [isoDate, monthFirst, dayFirst, numericDate];

/** The full calendar day (YYYY-MM-DD) written in `line`, if the line is dateline-shaped. */
export function datelineDay(line: string, dayFirstOrder: boolean): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_DATELINE_LENGTH) return null;
  const ctx: ParseContext = { sentence: text, offset: 0, dayFirst: dayFirstOrder };
  for (const parser of FULL_DATE_PARSERS) {
    for (const m of text.matchAll(parser.pattern)) {
      const c = parser.build(m, ctx);
      if (c === null || c.sem.kind !== 'cal') continue;
      const { year, month, day } = c.sem;
      if (year === null || month === null || day === null || !isValidDay(year, month, day)) continue;
      if (!plausibleYear({ year, month, day })) continue; // "01/01/1970": an empty CMS field
      const rest = text.slice(0, c.start) + ' ' + text.slice(c.end);
      if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_OTHER_WORDS) continue;
      return formatDay({ year, month, day });
    }
  }
  return null;
}

/** The first dateline date among the header lines of `text`. */
export function findDateline(text: string, dayFirstOrder: boolean): string | null {
  let seen = 0;
  let from = 0;
  while (from < text.length && seen < HEADER_LINES) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(from, end);
    from = end + 1;
    if (line.trim().length === 0) continue;
    seen++;
    const day = datelineDay(line, dayFirstOrder);
    if (day !== null) return day;
  }
  return null;
}
