// "December 26", "Dec. 26, 2022", "December 26-27, 2022", "December 26 and 27", "26 Dec 2022", "26-27 December 2022".
import { MONTH_RE, monthOf, monthWordCounts } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { MONTH_TRIGGER, after, candidate, tenseOf } from '../parser';
import type { Candidate, Sem } from '../sem';
import { cal } from '../sem';
import { isValidDay } from '../calendar';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const SECOND_DAY = `(?:\\s*(?:-|–|—|to|through|and|or)\\s*${DAY})?`;
const YEAR = '(?:,?\\s+(?:of\\s+)?(\\d{4}))?';

/**
 * Month first (US news style): maybe last/next, month, day ("June 28", "June the 28th"), optional second day of a
 * range, optional year ("June 28, 2020", "June 26th of 2020").
 */
const MONTH_FIRST = new RegExp(
  `\\b(?:(last|next)\\s+)?(${MONTH_RE})\\s+(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)))?${DAY}(?![\\d:.,]\\d)${SECOND_DAY}${YEAR}(?!\\d)`,
  'gi',
);

/** Day first (UK style): day, optional second day, month, optional year; or "05-Aug-2016". */
const DAY_FIRST = new RegExp(
  `\\b${DAY}${SECOND_DAY}(?:\\s+(?:of\\s+)?|-(?=[A-Za-z]+-\\d{4}))(${MONTH_RE})(?:(?:,?\\s+(?:of\\s+)?|-)(\\d{4}))?(?!\\w)`,
  'gi',
);

/** A single day, or a range of two days in one month. Null when a day does not exist in that month. */
function daySem(
  year: number | null,
  month: number,
  d1: number,
  d2: number | null,
  tense: -1 | 0 | 1,
  dir?: -1 | 1,
): Sem | null {
  const probe = year ?? 2000; // a leap year, so February 29 passes when the year is unknown
  if (!isValidDay(probe, month, d1)) return null;
  const day = (d: number): Sem => ({
    ...cal(year, month, d),
    future: tense === 1,
    past: tense === -1,
    ...(dir === undefined ? {} : { dir }),
  });
  if (d2 === null) return day(d1);
  if (d2 <= d1 || !isValidDay(probe, month, d2)) return null;
  return { kind: 'range', from: day(d1), to: day(d2) };
}

/** A range's two days joined by a word ("February 10 to 17", "24 and 25 April"), split at the word. */
const WORD_JOIN = /^(.*?\d{1,2}(?:st|nd|rd|th)?)(\s*\b(?:to|through|and|or)\b\s*)(\d.*)$/is;

/**
 * The candidate of a match; a range whose days a word joins is written as two dates, and TimeML marks each ("April
 * 24 and 25": "April 24", "25"), so it keeps its two ends. A hyphen ("December 26-27") makes one expression.
 */
function withEnds(parser: string, m: RegExpMatchArray, ctx: ParseContext, sem: Sem): Candidate {
  const c = candidate(parser, m, ctx, sem);
  const split = sem.kind === 'range' ? WORD_JOIN.exec(m[0]) : null;
  if (sem.kind !== 'range' || split === null) return c;
  const [, first = '', join = ''] = split;
  const second = c.start + first.length + join.length;
  const from: Candidate = { start: c.start, end: c.start + first.length, rule: parser, sem: sem.from, mod: null };
  const to: Candidate = { start: second, end: c.end, rule: parser, sem: sem.to, mod: null };
  return { ...c, ends: [from, to] };
}

/** A year written after the day, unless it is really the start of a number ("2022 people" is fine, "2022.5" not). */
function year(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

export const monthFirst: DateParser = {
  name: 'month-day',
  trigger: MONTH_TRIGGER,
  pattern: MONTH_FIRST,
  build(m, ctx: ParseContext) {
    const [, dirWord, monthWord = '', d1 = '', d2, y] = m;
    const month = monthOf(monthWord);
    if (month === null || !monthWordCounts(monthWord)) return null;
    if (/^\s*(?:%|percent|per\s*cent)/i.test(after(m, ctx))) return null;
    const dir = dirWord === undefined ? undefined : dirWord.toLowerCase() === 'last' ? -1 : 1;
    const sem = daySem(year(y), month, Number(d1), d2 === undefined ? null : Number(d2), tenseOf(m, ctx), dir);
    return sem ? withEnds(this.name, m, ctx, sem) : null;
  },
};

export const dayFirst: DateParser = {
  name: 'day-month',
  trigger: MONTH_TRIGGER,
  pattern: DAY_FIRST,
  build(m, ctx: ParseContext) {
    const [, d1 = '', d2, monthWord = '', y] = m;
    const month = monthOf(monthWord);
    if (month === null || !monthWordCounts(monthWord)) return null;
    const sem = daySem(year(y), month, Number(d1), d2 === undefined ? null : Number(d2), tenseOf(m, ctx));
    return sem ? withEnds(this.name, m, ctx, sem) : null;
  },
};
