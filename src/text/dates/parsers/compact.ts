// Compact forms of forms and chat text: "Oct/2", "Dec/2018", "Dec-2018" (month, slash or hyphen, day or year),
// "2020/Sep/23",
// and "2015-12", "2015-3" (year and month). "2009-10" is left alone: a span of two years (a season, a fiscal year)
// is written exactly like that.
import type { DateParser, ParseContext } from '../parser';
import { DIGIT_TRIGGER, MONTH_TRIGGER, after, before, candidate, tenseFlags } from '../parser';
import { isValidDay } from '../calendar';
import { MONTH_RE, monthOf } from '../lexicon';
import { cal } from '../sem';

/** A month name, a slash, then a day (1-2 digits) or a year (4 digits); or a hyphen and a year ("Dec-2018"). */
const MONTH_SLASH = new RegExp(`\\b(${MONTH_RE})(?:/(\\d{4}|\\d{1,2})|-(\\d{4}))(?![\\d/])`, 'g');

/** Year, month name, day, with slashes or hyphens: "2020/Sep/23", "2019-aug-01". */
const YEAR_MONTH_DAY = new RegExp(`(?<![\\w./-])(\\d{4})([/-])(${MONTH_RE})\\2(\\d{1,2})(?![\\w/-]|\\.\\d)`, 'gi');

/** A year (1900-2099), a hyphen and a month number. */
const YEAR_MONTH = /(?<![\w./-])((?:19|20)\d{2})-(\d{1,2})(?![\w/-]|\.\d)/g;

export const monthSlash: DateParser = {
  name: 'month-slash',
  trigger: MONTH_TRIGGER,
  pattern: MONTH_SLASH,
  build(m, ctx: ParseContext) {
    const [, word = '', slashed, hyphenYear] = m;
    const n = slashed ?? hyphenYear ?? '';
    const month = monthOf(word);
    if (month === null || !/^[A-Z]/.test(word)) return null;
    if (n.length === 4) return candidate(this.name, m, ctx, cal(Number(n), month, null));
    // A leap year, so that Feb/29 passes while the year is unknown.
    if (!isValidDay(2000, month, Number(n))) return null;
    return candidate(this.name, m, ctx, { ...cal(null, month, Number(n)), ...tenseFlags(m, ctx) });
  },
};

export const yearMonth: DateParser = {
  name: 'year-month',
  trigger: DIGIT_TRIGGER,
  pattern: YEAR_MONTH,
  build(m, ctx: ParseContext) {
    const [, y = '', mo = ''] = m;
    const year = Number(y);
    const month = Number(mo);
    if (month < 1 || month > 12 || month === (year + 1) % 100) return null;
    if (/[$€£#]\s*$/.test(before(m, ctx, 2)) || /^\s*(?:%|percent)/.test(after(m, ctx, 9))) return null;
    return candidate(this.name, m, ctx, cal(year, month, null));
  },
};

/** Eight digits, year (1900-2099), month, day: "20161016" (file names, forms, logs). */
const YEAR_MONTH_DAY_DIGITS =
  /(?<![\w.,/$€£#+-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)/g;
/** Eight digits after these are a number, not a date: "No. 20161016", "tel 20170302", "account 19991231". */
const NUMBER_CUE_BEFORE = /(?:\bno\.?|\bnumber|\btel\.?|\bphone|\bfax|\bcode|\bid|\baccount|\bref\.?|\bisbn)\s*:?\s*$/i;

export const yearMonthDayDigits: DateParser = {
  name: 'year-month-day',
  trigger: /\d{8}/,
  pattern: YEAR_MONTH_DAY_DIGITS,
  build(m, ctx: ParseContext) {
    const [, y = '', mo = '', d = ''] = m;
    if (!isValidDay(Number(y), Number(mo), Number(d)) || NUMBER_CUE_BEFORE.test(before(m, ctx))) return null;
    return candidate(this.name, m, ctx, cal(Number(y), Number(mo), Number(d)));
  },
};

export const yearMonthDay: DateParser = {
  name: 'year-month-day',
  trigger: MONTH_TRIGGER,
  pattern: YEAR_MONTH_DAY,
  build(m, ctx: ParseContext) {
    const [, y = '', , word = '', d = ''] = m;
    const month = monthOf(word);
    if (month === null || !isValidDay(Number(y), month, Number(d))) return null;
    return candidate(this.name, m, ctx, cal(Number(y), month, Number(d)));
  },
};
