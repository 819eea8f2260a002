// "2022-12-26", "2022/12/26" (ISO order), and "12/26/2022", "26.12.2022", "12/26/22" (order from options.dayFirst).
import { isValidDay } from '../calendar';
import type { DateParser, ParseContext } from '../parser';
import { DIGIT_TRIGGER, after, before, candidate } from '../parser';
import { cal } from '../sem';

/** Year first. A time part ("T18:30") may follow; only the day is kept. */
const ISO = /(?<![\w./-])(\d{4})([-/])(\d{2})\2(\d{2})(?![\w/-]|\.\d)/g;

/** Day and month in either order, then a 4- or 2-digit year, with one separator throughout. */
const NUMERIC = /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g;

/** Two-digit years up to this value are read as 20xx, later ones as 19xx. */
const TWO_DIGIT_PIVOT = 49;

export const isoDate: DateParser = {
  name: 'iso-date',
  trigger: DIGIT_TRIGGER,
  pattern: ISO,
  build(m, ctx: ParseContext) {
    const [, y = '', , mo = '', d = ''] = m;
    if (!isValidDay(Number(y), Number(mo), Number(d))) return null;
    return candidate(this.name, m, ctx, cal(Number(y), Number(mo), Number(d)));
  },
};

export const numericDate: DateParser = {
  name: 'numeric-date',
  trigger: DIGIT_TRIGGER,
  pattern: NUMERIC,
  build(m, ctx: ParseContext) {
    const [, a = '', sep = '', b = '', y = ''] = m;
    // "1.2.33" is a version and "3-4-22" a score or a phone fragment far more often than a date.
    if (y.length === 2 && sep !== '/') return null;
    if (/[$€£#]\s*$/.test(before(m, ctx, 2)) || /^\s*%/.test(after(m, ctx, 2))) return null;
    const year = y.length === 4 ? Number(y) : Number(y) + (Number(y) <= TWO_DIGIT_PIVOT ? 2000 : 1900);
    const [month, day] = ctx.dayFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
    if (!isValidDay(year, month, day)) return null;
    return candidate(this.name, m, ctx, cal(year, month, day));
  },
};
