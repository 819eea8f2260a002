// Dates given relative to another date of the story, not to the article's date: "that year", "the following
// month", "the same day", "the previous year", "the previous Friday". They resolve against the last date the text
// stated (3-resolve).
import { SEASONS, WEEKDAYS, WEEKDAY_RE } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { before, candidate } from '../parser';
import type { Unit } from '../sem';

const ANAPHOR =
  /\b(that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior|the\s+preceding)\s+(day|week|month|year|quarter)\b(?!['’-])/gi;

/** "the day before", "the day after" (not "the day before yesterday", a deictic day). */
const DAY_BEFORE_AFTER = /\bthe\s+(day|week|month|year)\s+(before|after)\b(?!\s+(?:yesterday|tomorrow))/gi;

const OFFSETS: ReadonlyMap<string, number> = new Map([
  ['that', 0],
  ['the same', 0],
  ['that same', 0],
  ['the following', 1],
  ['the next', 1],
  ['the previous', -1],
  ['the prior', -1],
  ['the preceding', -1],
]);

/** "the previous Friday", "the following Monday": the weekday before or after the last day the text stated. */
const WEEKDAY_ANAPHOR = new RegExp(
  `\\b(the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding)\\s+(${WEEKDAY_RE})\\b`,
  'gi',
);

export const weekdayAnaphorParser: DateParser = {
  name: 'weekday-anaphor',
  trigger: /following|previous|prior|preceding/i,
  pattern: WEEKDAY_ANAPHOR,
  build(m, ctx: ParseContext) {
    const offset = OFFSETS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    const weekday = WEEKDAYS.get((m[2] ?? '').toLowerCase());
    if (offset === undefined || weekday === undefined) return null;
    return candidate(this.name, m, ctx, { kind: 'anaphor', unit: 'day', offset, weekday });
  },
};

export const anaphorParser: DateParser = {
  name: 'anaphor',
  trigger: /day|week|month|year|quarter/i,
  pattern: ANAPHOR,
  build(m, ctx: ParseContext) {
    const offset = OFFSETS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    // "that day" is mostly a figure of speech ("redemptions that day"), unless "earlier" or "later" places it.
    if (offset === undefined) return null;
    if (/^that\s+day$/i.test(m[0]) && !/\b(?:earlier|later)\s+$/i.test(before(m, ctx, 10))) return null;
    return candidate(this.name, m, ctx, { kind: 'anaphor', unit: (m[2] ?? '').toLowerCase() as Unit, offset });
  },
};

export const dayBeforeAfterParser: DateParser = {
  name: 'anaphor',
  trigger: /before|after/i,
  pattern: DAY_BEFORE_AFTER,
  build(m, ctx: ParseContext) {
    const unit = (m[1] ?? '').toLowerCase() as Unit;
    return candidate(this.name, m, ctx, {
      kind: 'anaphor',
      unit,
      offset: (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1,
    });
  },
};

/**
 * "that night", "the next morning", "the following evening": the day before, of or after the last date, given as
 * that day (a DATE), as TimeBank annotates "the next morning"; "Thursday night" stays a TIME (time-of-day.ts).
 */
const DAY_PART_ANAPHOR =
  /\b(that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(morning|afternoon|evening|night)\b/gi;

export const dayPartAnaphorParser: DateParser = {
  name: 'anaphor',
  trigger: /morning|afternoon|evening|night/i,
  pattern: DAY_PART_ANAPHOR,
  build(m, ctx: ParseContext) {
    const offset = OFFSETS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (offset === undefined) return null;
    return candidate(this.name, m, ctx, { kind: 'anaphor', unit: 'day', offset });
  },
};

/** "that summer", "that same spring", "the following winter": a season of the year the story last stated. */
const SEASON_ANAPHOR =
  /\b(that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(spring|summer|autumn|fall|winter)\b/gi;

export const seasonAnaphorParser: DateParser = {
  name: 'anaphor',
  trigger: /spring|summer|autumn|fall|winter/i,
  pattern: SEASON_ANAPHOR,
  build(m, ctx: ParseContext) {
    const offset = OFFSETS.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
    const season = SEASONS.get((m[2] ?? '').toLowerCase());
    if (offset === undefined || season === undefined) return null;
    return candidate(this.name, m, ctx, { kind: 'anaphor', unit: 'year', offset, season });
  },
};
