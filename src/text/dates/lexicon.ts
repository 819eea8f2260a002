// General English date vocabulary: month, weekday, season and number words. Plain word lists, no article-specific
// entries. The regex sources are exported so parsers can build their patterns from one place.

import { CARDINALS, cardinalValue } from '../lexicon/numbers';

/** Month names and abbreviations (lower case) to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Regex source for a month name or abbreviation (only abbreviations take a dot). Longest alternatives first. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)';

/** Month names that are also common English words; alone they count only when capitalized in context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'dec',
  'sep',
  'jun',
  'jul',
  'aug',
  'august',
]);

/** Full month names that are also common lower-case words ("may", "march"): only capitalized do they count. */
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['may', 'march']);

/**
 * True when a month word next to a day or year counts as a month: capitalized ("June 28"), or a full name in lower
 * case that is no other word ("june 28", "june of 1992" in chat or forms; never "may 5", "march 2020").
 */
export function monthWordCounts(word: string): boolean {
  if (/^[A-Z]/.test(word)) return true;
  const w = word.toLowerCase();
  return (w.length > 4 && MONTHS.has(w) && !LOWER_CASE_WORDS.has(w)) || w === 'june' || w === 'july';
}

/** Weekday names (lower case) to ISO weekday numbers, 1 = Monday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

/**
 * True when a weekday word counts as one: capitalized, or all lower case ("next monday" in chat, transcripts);
 * lower-case weekday names are no other English word. Mixed case ("MONDAY" in a heading is fine too) counts.
 */
export function weekdayCase(word: string): boolean {
  return /^[A-Z]/.test(word) || word === word.toLowerCase();
}

/** Regex source for a weekday name. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Season words to TimeML season codes. */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Small cardinal number words ("zero" counts nothing in a date). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...[...CARDINALS].filter(([word]) => word !== 'zero'),
  ['hundred', 100],
  ['several', 3],
  ['few', 3],
  ['couple', 2],
]);

/**
 * Regex source for a count: digits or a number word (with an optional "a few", "a couple of"). A bare "few" counts
 * only after a word placing the span ("the past few weeks", "the next few days"): alone it means "not many".
 */
export const COUNT_RE =
  '(?:\\d{1,3}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few)\\s+(?:hundred|thousand)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\\w-]))?|several|a\\s+few|(?<=\\b(?:past|last|next|coming|first)\\s+)few|a\\s+couple\\s+of)';

/** Ordinal words and suffixed numerals for quarters and halves. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);

/** Reads a count written as digits or words; null when it is not one. */
export function readCount(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/ of$/, '').trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a few') return 3;
  if (w === 'a couple') return 2;
  // "two thousand years", "a few hundred years": a small count times a hundred or a thousand.
  const scaled = /^(.+) (hundred|thousand)$/.exec(w);
  if (scaled) {
    const n = readCount(scaled[1] ?? '');
    return n === null ? null : n * (scaled[2] === 'hundred' ? 100 : 1000);
  }
  return NUMBER_WORDS.get(w) ?? cardinalValue(w);
}

/** Month number of a month word (with or without its dot); null when it is not one. */
export function monthOf(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Time zones written after a clock time ("3:15 p.m. ET", "18:00 UTC"): the alternatives of the clock parsers' zone. */
export const CLOCK_ZONES = '[ECMP][SD]?T|GMT|UTC|BST|IST';

/**
 * The ISO 8601 zone designator a clock time's zone word gives its value: "Z" for UTC and GMT (both UTC+0 all year;
 * MEANTIME writes "18:00 UTC" as T18:00Z), nothing for the others, whose offsets change with summer time or are not
 * unique ("IST" is India's and Ireland's).
 */
export function zoneDesignator(zone: string | undefined): string {
  return zone !== undefined && /^(?:UTC|GMT)$/i.test(zone.trim()) ? 'Z' : '';
}
