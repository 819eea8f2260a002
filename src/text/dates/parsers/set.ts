// Recurring times, TimeML SET values: "every day" (P1D), "each year" (P1Y), "every three weeks" (P3W), "every
// quarter" (P1Q... written P3M by peers; TimeML's P1Q is kept), "once a week" (P1W), "daily", "weekly", "hourly",
// "every Monday", "each Thursday" (XXXX-WXX-1), "each summer" (XXXX-SU). "annual", "annually" and "quarterly" are
// left out: in news they name reports and payments far more often than a recurrence (TimeBank annotates 1
// "annual" in 9).
import { COUNT_RE, SEASONS, WEEKDAYS, WEEKDAY_RE, readCount, weekdayCase } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, before, candidate } from '../parser';

const UNIT_LETTERS: ReadonlyMap<string, string> = new Map([
  ['day', 'P1D'],
  ['week', 'P1W'],
  ['month', 'P1M'],
  ['year', 'P1Y'],
  ['quarter', 'P1Q'],
  ['hour', 'PT1H'],
]);

/**
 * "every day", "every three weeks", "every Monday" (with its part of the day: "every Tuesday evening" is TimeBank's
 * XXXX-WXX-2TEV), "once a week", "twice a year", "three times a month" (TimeML keeps the count in `freq`, the value
 * is the period: P1Y), "every weekend", "every summer" (XXXX-SU).
 */
const EVERY = new RegExp(
  `\\b(?:(?:every|each)\\s+(?:(${COUNT_RE})\\s+)?(day|week|month|year|quarter|hour)s?|(?:every|each)\\s+(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night))?|(?:once|twice|thrice|(?:${COUNT_RE})\\s+times)\\s+(?:a|an|every|each|per)\\s+(day|week|month|year)|(?:every|each)\\s+(weekday|weekend|morning|afternoon|evening|night)|(?:every|each)\\s+(spring|summer|autumn|fall|winter))\\b(?!['’-])`,
  'gi',
);

/** Recurring parts of the week and the day ("every weekend", "every morning"); seasons take SEASONS' codes. */
const PERIOD_SETS: ReadonlyMap<string, string> = new Map([
  ['weekday', 'XXXX-WXX-WD'],
  ['weekend', 'XXXX-WXX-WE'],
  ['morning', 'TMO'],
  ['afternoon', 'TAF'],
  ['evening', 'TEV'],
  ['night', 'TNI'],
]);

/** What may stand before a bare recurring plural: a preposition, a quantifier, a verb of working hours. */
const PLURAL_LEAD = '(?<=\\b(?:on|at|during|over|most|all|some|in\\s+the|works?|worked|working)\\s+)';

/** A plural weekday ("on Fridays"), or the second of two ("on Mondays and Thursdays"). */
const PLURAL_WEEKDAY = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days';

/**
 * Plurals that recur: "Tuesday nights" (TimeBank: XXXX-WXX-2TNI), "on weekends", "most mornings", "work weekends",
 * "on Fridays" (XXXX-WXX-5); a bare plural needs the preposition or quantifier before it ("weekends" alone may be
 * a count: "two weekends"; "Fridays for Future" is a name).
 */
const PLURAL_SET = new RegExp(
  `\\b(?:(${WEEKDAY_RE})\\s+(morning|afternoon|evening|night)s|${PLURAL_LEAD}(weekend|morning|afternoon|evening|night)s|(?:${PLURAL_LEAD}|(?<=\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days,?\\s+(?:and|or)\\s+))${PLURAL_WEEKDAY})\\b(?!['’-])`,
  'g',
);

const PLURAL_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Mon', 1],
  ['Tues', 2],
  ['Wednes', 3],
  ['Thurs', 4],
  ['Fri', 5],
  ['Satur', 6],
  ['Sun', 7],
]);

/**
 * "daily", "weekly", "hourly" as adverbs, in lower case ("Daily" is a name or a heading: "Daily Mail", "Daily
 * specials"); after a determiner they are adjectives or nouns ("the daily Le Monde").
 */
const ADVERB = /\b(daily|weekly|hourly)\b(?!['’-])/g;
const ADVERB_VALUES: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'],
  ['weekly', 'P1W'],
  ['hourly', 'PT1H'],
]);
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that|average)\s+$/i;

export const everyParser: DateParser = {
  name: 'set',
  trigger: /every|each|once|twice|thrice|times/i,
  pattern: EVERY,
  build(m, ctx: ParseContext) {
    const [, count, unitWord, weekday, weekdayPart, onceUnit, period, season] = m;
    if (season !== undefined) {
      const code = SEASONS.get(season.toLowerCase());
      return code === undefined ? null : candidate(this.name, m, ctx, { kind: 'set', value: `XXXX-${code}` });
    }
    if (period !== undefined) {
      const value = PERIOD_SETS.get(period.toLowerCase());
      return value === undefined ? null : candidate(this.name, m, ctx, { kind: 'set', value });
    }
    if (weekday !== undefined) {
      const n = WEEKDAYS.get(weekday.toLowerCase());
      if (n === undefined || !weekdayCase(weekday)) return null;
      const part = weekdayPart === undefined ? '' : (PERIOD_SETS.get(weekdayPart.toLowerCase()) ?? '');
      return candidate(this.name, m, ctx, { kind: 'set', value: `XXXX-WXX-${String(n)}${part}` });
    }
    // "every day of them", "each year of the plan": a quantifier over days, not a recurrence.
    if (onceUnit === undefined && /^\s+of\s+(?!the\s+(?:week|month|year)\b)/i.test(after(m, ctx, 24))) return null;
    const unit = (unitWord ?? onceUnit ?? '').toLowerCase();
    const one = UNIT_LETTERS.get(unit);
    if (one === undefined) return null;
    const n = count === undefined ? 1 : readCount(count);
    if (n === null || n === 0) return null;
    return candidate(this.name, m, ctx, { kind: 'set', value: one.replace('1', String(n)) });
  },
};

export const adverbSetParser: DateParser = {
  name: 'set',
  trigger: /daily|weekly|hourly/,
  pattern: ADVERB,
  build(m, ctx: ParseContext) {
    const value = ADVERB_VALUES.get((m[1] ?? '').toLowerCase());
    if (value === undefined || DETERMINER_BEFORE.test(before(m, ctx))) return null;
    return candidate(this.name, m, ctx, { kind: 'set', value });
  },
};

export const pluralSetParser: DateParser = {
  name: 'set',
  trigger: /(?:weekend|morning|afternoon|evening|night)s\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b/,
  pattern: PLURAL_SET,
  build(m, ctx: ParseContext) {
    const [, weekday, dayPart, plural, pluralWeekday] = m;
    if (pluralWeekday !== undefined) {
      const n = PLURAL_WEEKDAYS.get(pluralWeekday);
      return n === undefined ? null : candidate(this.name, m, ctx, { kind: 'set', value: `XXXX-WXX-${String(n)}` });
    }
    if (weekday !== undefined) {
      const n = WEEKDAYS.get(weekday.toLowerCase());
      const part = PERIOD_SETS.get((dayPart ?? '').toLowerCase());
      if (n === undefined || part === undefined) return null;
      return candidate(this.name, m, ctx, { kind: 'set', value: `XXXX-WXX-${String(n)}${part}` });
    }
    const value = PERIOD_SETS.get((plural ?? '').toLowerCase());
    return value === undefined ? null : candidate(this.name, m, ctx, { kind: 'set', value });
  },
};
