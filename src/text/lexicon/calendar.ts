// Calendar words as plain lists: capitalized in English but never people or places, and the time words a speaker
// phrase may skip ("said Tuesday"). The date grammar (extract/dates, moving to text/dates) parses dates; these
// lists only say which words belong to the calendar.
import { ABBREVIATIONS_BY_KIND } from './abbreviations';
import { wordSet } from './word-set';

/** Month names, lower case. */
export const MONTHS = wordSet('january february march april may june july august september october november december');

/** Weekday names, lower case. */
export const WEEKDAYS = wordSet('monday tuesday wednesday thursday friday saturday sunday');

/** Holidays written as capitalized single words that name a day, not a person or place. */
export const HOLIDAYS = wordSet('christmas easter');

/** Month names, their abbreviations ("jan", "sept"), weekdays and holidays: the capitalized calendar words. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...ABBREVIATIONS_BY_KIND.month,
  ...WEEKDAYS,
  ...HOLIDAYS,
]);
