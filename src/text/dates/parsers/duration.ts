// Durations: "two days", "six weeks", "a decade", "more than 20 years", "nearly seven hours", "2.5 hrs", "an hour and
// a half", "half an hour", "the next 3 business days", "two quarters". A qualifier before the count sets TimeML's
// `mod` (APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS). Typed DURATION with a P... value, never a
// calendar date. Hyphenated adjectives ("a two-day summit") are read by unit-adjective.ts.
import { COUNT_RE, readCount } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, before, candidate } from '../parser';
import type { Mod } from '../sem';

/**
 * Words that may sit between a count and its unit: relative words in chat and forms ("2 upcoming months", "5 past
 * years"), and words that add to or fill the count in news ("an extra hour", "two more days", "three straight
 * days", "four consecutive quarters", "a single day", "a full week").
 */
const BETWEEN =
  '(?:(?:upcoming|coming|next|past|previous|following|last|(extra|additional|further|more|straight|consecutive|successive|single|full|whole))\\s+)?';
/**
 * A count: digits with decimals ("2.5", or "3.5years" with no space) or a vulgar fraction ("5 1/2 hours", "1½
 * years", as wire copy writes them), or words, with "and a half" after.
 */
const COUNT = `(?:(\\d{1,3}(?:\\.\\d{1,2}|\\s+[13]\\/[24]|\\s*[½¼¾])?)\\s*|(${COUNT_RE}(?:\\s+and\\s+(?:a\\s+)?(?:half|quarter))?)\\s+)`;
const UNIT =
  '(business\\s+day|day|night|weekend|fortnight|week|month|quarter|year|decade|centur(?:y|ies)|hour|hr|minute|min|second|sec)';

const DURATION = new RegExp(
  `\\b(?:(nearly|almost|about|around|some|roughly|approximately|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|(?:the\\s+)?(?:past|last|next|first|previous|following|coming|upcoming))\\s+)?${COUNT}${BETWEEN}${UNIT}s?(\\s+and\\s+a\\s+half)?(?![\\w-])|\\b(half\\s+an?\\s+(?:hour|day|year)|(?:the\\s+)?(?:past|last|next|coming|previous)\\s+fortnight)\\b`,
  'gi',
);

const UNIT_LETTER: ReadonlyMap<string, [string, number]> = new Map([
  ['day', ['D', 1]],
  ['business day', ['D', 1]],
  ['night', ['D', 1]],
  ['weekend', ['WE', 1]],
  ['week', ['W', 1]],
  ['fortnight', ['W', 2]],
  ['month', ['M', 1]],
  ['quarter', ['Q', 1]],
  ['year', ['Y', 1]],
  ['decade', ['Y', 10]],
  ['century', ['Y', 100]],
  ['centuries', ['Y', 100]],
  ['hour', ['TH', 1]],
  ['hr', ['TH', 1]],
  ['minute', ['TM', 1]],
  ['min', ['TM', 1]],
  ['second', ['TS', 1]],
  ['sec', ['TS', 1]],
]);

const HALVES: ReadonlyMap<string, string> = new Map([
  ['hour', 'PT30M'],
  ['day', 'PT12H'],
  ['year', 'P6M'],
  ['fortnight', 'P2W'],
]);

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['1/2', 0.5],
  ['½', 0.5],
  ['1/4', 0.25],
  ['¼', 0.25],
  ['3/4', 0.75],
  ['¾', 0.75],
]);

/** "2.5", "5 1/2" or "1½" as a number. */
function digitCount(digits: string): number {
  const m = /^(\d+)\s*([13]\/[24]|[½¼¾])$/.exec(digits);
  return m ? Number(m[1]) + (FRACTIONS.get(m[2] ?? '') ?? 0) : Number(digits);
}

/** A count read from digits ("2.5") or words ("one and a half"); null when it is none. */
function countOf(digits: string | undefined, words: string | undefined, half: boolean): number | null {
  if (digits !== undefined) return digitCount(digits) + (half ? 0.5 : 0);
  const w = (words ?? '').toLowerCase();
  const fraction = /\s+and\s+(?:a\s+)?(half|quarter)$/.exec(w);
  const n = readCount(fraction ? w.slice(0, fraction.index) : w);
  const part = fraction?.[1] === 'quarter' ? 0.25 : fraction || half ? 0.5 : 0;
  return n === null ? null : n + part;
}

/** "PT1.5H" as TimeML writes it: "PT1H30M"; whole counts and date units keep their number. */
function durationValue(n: number, letter: string, per: number): string {
  const total = n * per;
  if (!letter.startsWith('T')) return `P${String(Math.round(total * 100) / 100)}${letter}`;
  const unit = letter.slice(1);
  if (Number.isInteger(total) || unit === 'S') return `PT${String(Math.round(total * 100) / 100)}${unit}`;
  const whole = Math.floor(total);
  const rest = Math.round((total - whole) * 60);
  const lower = unit === 'H' ? 'M' : 'S';
  return whole === 0 ? `PT${String(rest)}${lower}` : `PT${String(whole)}${unit}${String(rest)}${lower}`;
}

/** The TimeML mod a qualifier before the count gives. */
function modOf(qualifier: string | undefined): Mod | null {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:nearly|almost|about|around|some|roughly|approximately)$/.test(q)) return 'APPROX';
  if (q === 'more than' || q === 'over') return 'MORE_THAN';
  if (q === 'less than' || q === 'fewer than' || q === 'under') return 'LESS_THAN';
  if (q === 'at least') return 'EQUAL_OR_MORE';
  if (q === 'at most' || q === 'up to') return 'EQUAL_OR_LESS';
  return null;
}

/** "in a quarter that...", "after a weekend of...": a single quarter or weekend names a period, not a length. */
const NEVER_SINGLE: ReadonlySet<string> = new Set(['Q', 'WE']);

/** "three quarters of" names a share, not a time. */
const FRACTION_AFTER = /^\s+of\b/i;

/**
 * After "a second", a word that is not a preposition, conjunction or "longer" makes it the ordinal ("a second
 * straight meeting", "a second term"); "for a second, he paused", "a second or two" stay a second of time.
 */
const ORDINAL_SECOND_AFTER =
  /^\s+(?!(?:and|or|but|before|after|as|when|while|until|to|in|on|at|of|for|longer|later|earlier|too)\b)[a-z]/i;

/** "five years old" is an age. */
const AGE_AFTER = /^\s*old\b/i;

/**
 * "a year" or "one day" is a duration only after a preposition or an approximation ("for a week", "within a
 * year", "nearly a decade"); after an amount it is a rate ("$2 million a year", "700 seats a week").
 */
const SINGLE_COUNT = /^(?:a|an|one)$/i;
const SINGLE_CUE_BEFORE =
  /\b(?:for|in|within|over|after|about|nearly|almost|than|only|just|barely|least|past|last|next|first|take|takes|took|spent|lasted?|up\s+to|by)\s+$/i;

/** "a day after the eruption", "an hour before polls closed": the length between two events. */
const SINGLE_CUE_AFTER = /^\s+(?:after|before)\b/i;

/** A number, "times", "twice" or "once" just before: the unit is a rate ("500 a day before the war"). */
const RATE_BEFORE = /(?:\d\S*|\b(?:times|twice|once|more|less))\s+$/i;

/** True for "a day" followed by "after" or "before", unless it is a rate. */
function singleBeforeEvent(m: RegExpMatchArray, ctx: ParseContext): boolean {
  return SINGLE_CUE_AFTER.test(after(m, ctx)) && !RATE_BEFORE.test(before(m, ctx));
}

export const durationParser: DateParser = {
  name: 'duration',
  // A unit written as its own word after a count or a word ("two days", "3.5years", "an hour"), never inside one
  // ("today", "Monday", "minister", "security").
  trigger:
    /(?:[\d½¼¾]\s*|[a-z]\s+)(?:day|night|weekend|fortnight|week|month|quarter|year|decade|centur|hour|hr|minute|min|second|sec)(?:s|ies|y)?(?![a-z])/i,
  pattern: DURATION,
  build(m, ctx: ParseContext) {
    const [, qualifier, digits, words, adds, unitWord = '', andHalf, halfOf] = m;
    if (halfOf !== undefined) {
      const value = HALVES.get((/\w+$/.exec(halfOf)?.[0] ?? '').toLowerCase());
      return value === undefined ? null : candidate(this.name, m, ctx, { kind: 'duration', value });
    }
    const count = digits ?? words ?? '';
    const n = countOf(digits, words, andHalf !== undefined);
    const unit = UNIT_LETTER.get(unitWord.toLowerCase().replace(/\s+/g, ' '));
    if (n === null || n === 0 || unit === undefined || AGE_AFTER.test(after(m, ctx))) return null;
    // "three quarters of the shares" is a fraction.
    if (unit[0] === 'Q' && FRACTION_AFTER.test(after(m, ctx))) return null;
    if (SINGLE_COUNT.test(count) && NEVER_SINGLE.has(unit[0])) return null;
    // "a second straight meeting", "for a second time": the ordinal, not a second of time.
    if (unit[0] === 'TS' && SINGLE_COUNT.test(count) && ORDINAL_SECOND_AFTER.test(after(m, ctx))) return null;
    if (
      SINGLE_COUNT.test(count) &&
      andHalf === undefined &&
      adds === undefined &&
      m[0].toLowerCase().startsWith(count.toLowerCase()) &&
      !SINGLE_CUE_BEFORE.test(before(m, ctx)) &&
      !singleBeforeEvent(m, ctx)
    )
      return null;
    const value = durationValue(n, unit[0], unit[1]);
    return candidate(this.name, m, ctx, { kind: 'duration', value }, modOf(qualifier));
  },
};
