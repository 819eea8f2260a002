// A date stamp pasted onto the end of the line above it (a standfirst, a headline): read as a line of its own.
import { lineDates } from './line-dates';

/** A sentence end (or closing quote) glued to or just before a stamp that ends the line. */
const STAMP_AFTER_SENTENCE = /[.?!"”’)]\s*$/;
/** What may follow the date of a trailing stamp: a time of day and a zone. */
const TIME_TAIL = /^[\s,|·•-]*(?:(?:at\s+)?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$/i;
/** The longest stamp with its time ("Wednesday, 14 November 2023 at 10:42 p.m. GMT" and room): the tail read. */
const STAMP_TAIL_CHARS = 100;
const WEEKDAY_BEFORE = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s*$/;

/**
 * A date stamp glued to the end of a standfirst or headline when the page was pasted ("…the secret to its
 * recovery?Monday, 6 January 2020"): the stamp's offset in `line`, or -1. Only a line ending in the date (and a
 * time) right after a sentence end qualifies; a date inside the sentence stays prose.
 */
export function trailingStamp(line: string, dayFirst: boolean): number {
  // Only the line's tail can hold the stamp: reading the dates of a whole paragraph (every line of a page with a
  // digit comes here) cost more than the rest of the page-date search.
  const from = Math.max(0, line.length - STAMP_TAIL_CHARS);
  const dates = lineDates(line.slice(from), dayFirst);
  const lastInTail = dates[dates.length - 1];
  // A date at the very start of a cut tail may be a cut one ("2/28/2014" of "12/28/2014").
  if (lastInTail === undefined || (from > 0 && lastInTail.start === 0)) return -1;
  const last = { start: lastInTail.start + from, end: lastInTail.end + from };
  if (last.start === 0 || !TIME_TAIL.test(line.slice(last.end))) return -1;
  const before = line.slice(0, last.start);
  const weekday = WEEKDAY_BEFORE.exec(before);
  const at = weekday === null ? last.start : weekday.index;
  return STAMP_AFTER_SENTENCE.test(line.slice(0, at)) ? at : -1;
}
