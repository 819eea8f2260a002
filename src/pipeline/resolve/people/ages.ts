// Ages the text states next to a person mention, as TimeML durations: "Amara Diallo, 34, said" (P34Y),
// "Diallo, aged 34,", "Diallo, a 34-year-old nurse,", "34-year-old nurse Amara Diallo",
// "six-month-old Leo Brandt" (P6M). Ages are kept on the people they describe rather than emitted as date
// mentions: TimeML corpora leave "the 65-year-old" unannotated (TimeBank marks 1 in 39, MEANTIME none), and an age
// is something a researcher asks of a person ("how old is the victim"), not a point or stretch of the story's time.
import type { Span, TextSpan } from '../../../model/span';
import { CARDINALS, cardinalValue } from '../../../text/lexicon/numbers';

/** An age phrase with its TimeML duration value (P34Y, P6M, P3W, P2D). */
export interface StatedAge extends TextSpan {
  readonly value: string;
}

const TENS = [...CARDINALS].filter(([, n]) => n >= 20 && n % 10 === 0).map(([w]) => w);
const SMALL = [...CARDINALS].filter(([, n]) => n > 0 && n < 20).map(([w]) => w);
const UNITS = [...CARDINALS].filter(([, n]) => n > 0 && n < 10).map(([w]) => w);
/** A number written in digits or words below one hundred ("34", "thirty-four", "six"). */
const NUM = `(?:\\d{1,3}|(?:${TENS.join('|')})(?:-(?:${UNITS.join('|')}))?|${SMALL.join('|')})`;
const UNIT = '(year|month|week|day)s?';
/** Most ages a text states; an older one is a typo or not an age (a score, a street number). */
const MAX_YEARS = 122;
const UNIT_LETTER: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

/**
 * "Diallo, 34," / "Diallo, 34." / "Diallo, 34, of Leeds": the bare number right after the name. Not in a list
 * ("Rogers, 27 and 29", "Adams, 65, 70"), nor inside parentheses, where team sheets put substitution minutes
 * ("(Fyvie, 75)"). The British "Grant (27)" is not read: match reports write goal minutes and tallies that way.
 */
const BARE_AFTER =
  /^,[ \t]*(\d{1,3})(?=[ \t]*;|[ \t]*,(?![ \t]*\d)|[ \t]+(?:and(?![ \t]+\d)|of|from|who|was|is|has|had|said|says)\b|\.(?:\s|$))/;
/** A bare number past this is a score or a tally far more often than an age ("Adams, 123, and O'Gorman, 109"). */
const MAX_BARE_YEARS = 105;
/** "Diallo, aged 34" / "Diallo, age 34". */
const AGED_AFTER = new RegExp(`^,[ \\t]*(aged?[ \\t]+(${NUM}))\\b`, 'i');
/** "Jobs, who died aged 56" / "Jobs died at the age of 56": the age at death. */
const DIED_AFTER = new RegExp(
  `^,?[ \\t]+(?:who[ \\t]+)?(?:died|dies|has died|passed away)[ \\t]+((?:aged|at(?: the age of)?)[ \\t]+(${NUM}))\\b`,
);
/** "Diallo, a 34-year-old nurse": the age adjective in an apposition. */
const APPOSED_AFTER = new RegExp(`^,[ \\t]*(?:a|an|the)[ \\t]+((${NUM})[- ]${UNIT}[- ]old)\\b`, 'i');
/**
 * "34-year-old nurse Amara Diallo": the adjective and up to two lower-case words before the name, none of them a
 * function word ("a 25-year-old court file on Diallo's divorce" is the file's age).
 */
const BEFORE = new RegExp(
  `\\b((${NUM})[- ]${UNIT}[- ]old)[ \\t]+(?:(?!(?:on|of|in|for|with|from|by|to|at|and|about|against|the|a|an)[ \\t])[\\p{Ll}-]+[ \\t]+){0,2}$`,
  'u',
);

/** The age as a TimeML duration, or null when the number cannot be an age in that unit. */
function durationOf(written: string, unit: string): string | null {
  const n = cardinalValue(written);
  const limit = unit === 'year' ? MAX_YEARS : 99;
  if (n === null || n < 1 || n > limit) return null;
  return `P${n}${UNIT_LETTER[unit] ?? 'Y'}`;
}

/** The span of `part` found at or after `from` in `text`, with its value; null when the value is not an age. */
function stated(text: string, from: number, part: string, value: string | null): StatedAge | null {
  if (value === null) return null;
  const start = text.indexOf(part, from);
  return start < 0 ? null : { start, end: start + part.length, text: part, value };
}

/** The age stated right after or right before the mention `m` of a person, or null. */
export function statedAge(text: string, m: Span): StatedAge | null {
  const after = text.slice(m.end, m.end + 48);
  const bare = BARE_AFTER.exec(after);
  if (bare?.[1] && Number(bare[1]) <= MAX_BARE_YEARS) return stated(text, m.end, bare[1], durationOf(bare[1], 'year'));
  const aged = AGED_AFTER.exec(after) ?? DIED_AFTER.exec(after);
  if (aged?.[1] && aged[2]) return stated(text, m.end, aged[1], durationOf(aged[2], 'year'));
  const apposed = APPOSED_AFTER.exec(after);
  if (apposed?.[1] && apposed[2] && apposed[3])
    return stated(text, m.end, apposed[1], durationOf(apposed[2], apposed[3].toLowerCase()));
  const from = Math.max(0, m.start - 64);
  const before = BEFORE.exec(text.slice(from, m.start));
  if (before?.[1] && before[2] && before[3])
    return stated(text, from + before.index, before[1], durationOf(before[2], before[3].toLowerCase()));
  return null;
}

/** The number of years of an age value ("P34Y" -> 34), or null for ages in months, weeks or days. */
export function ageYears(value: string): number | null {
  const hit = /^P(\d+)Y$/.exec(value);
  return hit ? Number(hit[1]) : null;
}
