// Weeks named by a day or by their rank in a year: "the week of March 6", "the week ended Oct. 28" (the ISO week
// holding that day, not the current week), "the first week of 2015", "the last week of 2016" (ISO weeks: YYYY-Wnn).
import { MONTH_RE, ORDINALS, monthOf } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import { isValidDay } from '../calendar';

/**
 * "the week of March 6", "the week of Oct. 2, 1989", and as economic data name theirs "the week ended Oct. 28",
 * "the week ending March 3" (the ISO week holding that day).
 */
const WEEK_OF = new RegExp(
  `\\bthe\\s+week\\s+(?:of|ended|ending)\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:.,]\\d)`,
  'gi',
);

/** "the first week of 2015", "3rd week of 2018", "the last week of 2016". */
const RANKED_WEEK = /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+week\s+of\s+(\d{4})(?![\d.,]\d)/gi;

/** January 4 is always in ISO week 1; December 28 always in the year's last ISO week. */
const WEEK_ONE_DAY = 4;
const LAST_WEEK_DAY = 28;

export const weekOf: DateParser = {
  name: 'week-of',
  trigger: /week\s+(?:of|end)/i,
  pattern: WEEK_OF,
  build(m, ctx: ParseContext) {
    const [, monthWord = '', d = '', y] = m;
    const month = monthOf(monthWord);
    const day = Number(d);
    if (month === null || !/^[A-Z]/.test(monthWord) || !isValidDay(y === undefined ? 2000 : Number(y), month, day))
      return null;
    const year = y === undefined ? null : Number(y);
    return candidate(this.name, m, ctx, { kind: 'cal', year, month, day, yearOffset: null, weekOf: true });
  },
};

export const rankedWeek: DateParser = {
  name: 'ranked-week',
  trigger: /week\s+of/i,
  pattern: RANKED_WEEK,
  build(m, ctx: ParseContext) {
    const [, rank = '', y = ''] = m;
    const year = Number(y);
    const r = rank.toLowerCase();
    if (r === 'last')
      return candidate(this.name, m, ctx, {
        kind: 'cal',
        year,
        month: 12,
        day: LAST_WEEK_DAY,
        yearOffset: null,
        weekOf: true,
      });
    const n = ORDINALS.get(r);
    if (n === undefined) return null;
    const day = WEEK_ONE_DAY + 7 * (n - 1);
    return candidate(this.name, m, ctx, { kind: 'cal', year, month: 1, day, yearOffset: null, weekOf: true });
  },
};
