// "today", "yesterday", "tomorrow", "the day before yesterday", and weekdays: "Friday", "last Monday", "next Tuesday".
import { WEEKDAYS, WEEKDAY_RE, weekdayCase } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import { futureAt, pastOrReported } from '../tense';

const DEICTIC_DAY =
  /\b(?:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)|(today|yesterday|tomorrow))(?![\w'’]*-)/gi;

/** A weekday, optionally after last/next/this; "Fridays" (a set) and "Friday's" possessive handled by the lookahead. */
const WEEKDAY = new RegExp(
  `\\b(?:(last|next|this\\s+coming|this\\s+past|this|coming|past)\\s+)?(${WEEKDAY_RE})(?!s\\b|\\w)`,
  'gi',
);

const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['the day before yesterday', -2],
  ['the day after tomorrow', 2],
]);

const DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1],
  ['this past', -1],
  ['past', -1],
  ['next', 1],
  ['this coming', 1],
  ['coming', 1],
  ['this', 0],
]);

export const deicticDay: DateParser = {
  name: 'deictic-day',
  trigger: /today|yesterday|tomorrow/i,
  pattern: DEICTIC_DAY,
  build(m, ctx: ParseContext) {
    const offset = DAY_OFFSETS.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    return offset === undefined ? null : candidate(this.name, m, ctx, { kind: 'rel', unit: 'day', offset });
  },
};

export const weekdayParser: DateParser = {
  name: 'weekday',
  trigger: /[a-z]day\b/i,
  pattern: WEEKDAY,
  build(m, ctx: ParseContext) {
    const [, dirWord, day = ''] = m;
    const weekday = WEEKDAYS.get(day.toLowerCase());
    if (weekday === undefined || !weekdayCase(day)) return null;
    const dir = dirWord === undefined ? 0 : (DIRECTIONS.get(dirWord.toLowerCase().replace(/\s+/g, ' ')) ?? 0);
    const [at, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    const future = futureAt(ctx.sentence, at, end);
    const past = !future && pastOrReported(ctx.sentence, at, end);
    return candidate(this.name, m, ctx, { kind: 'weekday', weekday, dir, future, ...(past ? { past } : {}) });
  },
};
