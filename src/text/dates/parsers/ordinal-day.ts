// Days written as ordinals: "the second of August", "second of Aug", "the fourth of July, 1995", "August second",
// "April twenty-first", and a day alone, "the 18th" (the month comes from the story or the reference date).
import { isValidDay } from '../calendar';
import { MONTH_RE, monthOf, monthWordCounts } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, candidate, tenseFlags } from '../parser';
import type { Candidate } from '../sem';
import { cal } from '../sem';

const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Ordinal words 1-31 ("first", "twenty-first", "thirty first") to numbers. */
export const DAY_ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNIT_ORDINALS.map((w, i): [string, number] => [w, i + 1]),
  ...TEEN_ORDINALS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20],
  ['thirtieth', 30],
  ...UNIT_ORDINALS.map((w, i): [string, number] => [`twenty ${w}`, i + 21]),
  ['thirty first', 31],
]);

const ORDINAL_WORD = `(?:(?:twenty|thirty)[\\s-]+(?:${UNIT_ORDINALS.join('|')})|${UNIT_ORDINALS.join('|')}|${TEEN_ORDINALS.join('|')}|twentieth|thirtieth)`;
const ORDINAL_NUM = '\\d{1,2}(?:st|nd|rd|th)';

/** "(the) second of August(, 1995)", "the 2nd of Aug of 1995". */
const ORDINAL_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(${ORDINAL_WORD}|${ORDINAL_NUM})\\s+of\\s+(${MONTH_RE})(?:(?:,?\\s+(?:of\\s+)?)(\\d{4}))?(?!\\w)`,
  'gi',
);

/** "August second", "April the twenty-first(, 1995)": a month, then a spelled ordinal. */
const MONTH_ORDINAL_WORD = new RegExp(
  `\\b(${MONTH_RE})\\s+(?:the\\s+)?(${ORDINAL_WORD})\\b(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
);

/** "the 18th": a day alone, when no noun follows ("the 18th hole", "the 18th century" are not dates). */
const DAY_ALONE = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/gi;

/** What may follow "the 18th" and still leave it a date. */
const DAY_ALONE_NEXT = /^\s+(?:at|and|or|to|through|until|in|on|of\s+(?:this|next|last|each|every)\s+month)\b/i;

function dayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ');
  const digits = /^(\d{1,2})/.exec(w);
  return digits ? Number(digits[1]) : (DAY_ORDINAL_WORDS.get(w) ?? null);
}

/**
 * The date of a month word and an ordinal day, in either order ("the second of August", "August second"), with an
 * optional year; a year-less date takes the tense of its clause. "March first" is a date; "May second" only
 * capitalized (monthWordCounts).
 */
function ordinalDate(
  name: string,
  m: RegExpMatchArray,
  ctx: ParseContext,
  monthWord: string,
  ord: string,
  y: string | undefined,
): Candidate | null {
  const month = monthOf(monthWord);
  const day = dayNumber(ord);
  if (month === null || day === null || !monthWordCounts(monthWord)) return null;
  const year = y === undefined ? null : Number(y);
  if (!isValidDay(year ?? 2000, month, day)) return null;
  const sem = year === null ? { ...cal(null, month, day), ...tenseFlags(m, ctx) } : cal(year, month, day);
  return candidate(name, m, ctx, sem);
}

export const ordinalOfMonth: DateParser = {
  name: 'ordinal-of-month',
  trigger: / of /i,
  pattern: ORDINAL_OF_MONTH,
  build(m, ctx: ParseContext) {
    const [, ord = '', monthWord = '', y] = m;
    return ordinalDate(this.name, m, ctx, monthWord, ord, y);
  },
};

export const monthOrdinalWord: DateParser = {
  name: 'month-ordinal',
  trigger: /first|second|third|th\b/i,
  pattern: MONTH_ORDINAL_WORD,
  build(m, ctx: ParseContext) {
    const [, monthWord = '', ord = '', y] = m;
    return ordinalDate(this.name, m, ctx, monthWord, ord, y);
  },
};

export const dayAlone: DateParser = {
  name: 'day-alone',
  trigger: /the\s+\d{1,2}(?:st|nd|rd|th)\b/i,
  pattern: DAY_ALONE,
  build(m, ctx: ParseContext) {
    const day = Number(m[1]);
    const next = after(m, ctx, 30);
    if (day < 1 || day > 31) return null;
    if (/^\s+[A-Za-z]/.test(next) && !DAY_ALONE_NEXT.test(next)) return null;
    return candidate(this.name, m, ctx, { ...cal(null, null, day), ...tenseFlags(m, ctx) });
  },
};
