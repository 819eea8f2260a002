// Resolution against the story rather than the article's date: holidays ("Christmas") and anaphors ("that year",
// "the following month"), which refer to the last date the text stated.
import type { Ymd } from '../../../text/dates/calendar';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  pad,
  quarterOf,
} from '../../../text/dates/calendar';
import { MONTH_LONG_FEASTS, holidayDay, holidayKey } from '../../../text/dates/parsers/holiday';
import type { Resolved } from './resolved';
import { single, UNIT_FIELDS } from './resolved';
import type { Sem } from '../../../text/dates/sem';

/** The last date the text stated, as far as it went (year; year and month; or a full day). */
export interface Anchor {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** The value of a holiday, in its stated year or the one nearest the reference date. */
export function holiday(sem: Extract<Sem, { kind: 'holiday' }>, ref: Ymd | null): Resolved {
  const value = (day: Ymd): string => (MONTH_LONG_FEASTS.has(holidayKey(sem.name)) ? pad(day.year, 4) : formatDay(day));
  if (sem.year !== null) {
    const day = holidayDay(sem.name, sem.year);
    return single(day === null ? null : value(day), []);
  }
  if (ref === null) return single(null, ['year']);
  const years = sem.dir === 0 ? [ref.year] : [ref.year - 1, ref.year, ref.year + 1];
  let best: Ymd | null = null;
  for (const year of years) {
    const day = holidayDay(sem.name, year);
    if (day === null) continue;
    const distance = daysBetween(ref, day);
    if ((sem.dir === -1 && distance >= 0) || (sem.dir === 1 && distance <= 0)) continue;
    if (best === null || Math.abs(distance) < Math.abs(daysBetween(ref, best))) best = day;
  }
  return single(best === null ? null : value(best), ['year']);
}

/** The given weekday strictly before (`offset` -1) or after (1) a day. */
function weekdayFrom(at: Ymd, weekday: number, offset: number): Ymd {
  const diff = weekday - isoWeekday(at);
  if (offset < 0) return addDays(at, diff < 0 ? diff : diff - 7);
  return addDays(at, diff > 0 ? diff : diff + 7);
}

/** First and last month of each season (winter is counted from December). */
const SEASON_MONTHS: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/**
 * The year of "that summer" (the anchor's), "the following summer" (the next one after the anchor: the same year
 * when the anchor's month comes before it, "In the spring of 1968 ... the following summer") or "the previous
 * summer".
 */
function seasonYear(anchor: Anchor, offset: number, season: 'SP' | 'SU' | 'FA' | 'WI'): number {
  const [first, last] = SEASON_MONTHS[season];
  if (offset > 0) return anchor.month !== null && anchor.month < first ? anchor.year : anchor.year + 1;
  if (offset < 0) return anchor.month !== null && anchor.month > last ? anchor.year : anchor.year - 1;
  return anchor.year;
}

/** The value of an anaphor against the last stated date. */
export function anaphor(sem: Extract<Sem, { kind: 'anaphor' }>, anchor: Anchor | null): Resolved {
  const fields = UNIT_FIELDS[sem.unit];
  if (anchor === null) return single(null, fields);
  if (sem.season !== undefined)
    return single(`${pad(seasonYear(anchor, sem.offset, sem.season), 4)}-${sem.season}`, fields);
  if (sem.unit === 'year') return single(pad(anchor.year + sem.offset, 4), fields);
  if (anchor.month === null) return single(null, fields);
  const at = { year: anchor.year, month: anchor.month, day: anchor.day ?? 1 };
  if (sem.unit === 'month') {
    const m = addMonths(at, sem.offset);
    return single(formatMonth(m.year, m.month), fields);
  }
  if (sem.unit === 'quarter') {
    const q = addMonths(at, 3 * sem.offset);
    return single(`${pad(q.year, 4)}-Q${quarterOf(q.month)}`, fields);
  }
  if (anchor.day === null) return single(null, fields);
  if (sem.weekday !== undefined) return single(formatDay(weekdayFrom(at, sem.weekday, sem.offset)), fields);
  if (sem.unit === 'week') return single(formatWeek(addDays(at, 7 * sem.offset)), fields);
  return sem.unit === 'day' ? single(formatDay(addDays(at, sem.offset)), fields) : single(null, fields);
}

/** Kinds of mention that name a point of the story's timeline, which later anaphors may refer to. */
const ANCHOR_KINDS: ReadonlySet<Sem['kind']> = new Set(['cal', 'weekday', 'holiday', 'range']);

/** The anchor a resolved mention leaves for later anaphors ("that year" after "in June 1998"). */
export function anchorOf(sem: Sem, value: string | null): Anchor | null {
  // "at about 11:30 p.m. on Aug. 3, 2023": a clock time on a stated day leaves that day ("the next morning").
  const timed = sem.kind === 'time' && sem.day !== null && ANCHOR_KINDS.has(sem.day.kind);
  // "the next morning ... later that morning": a day the story moved on to by an anaphor is the day that follows
  // ("the day before" is an aside: "The day before, managers had met. The next day ..." counts from the event).
  const nextDay = sem.kind === 'anaphor' && sem.unit === 'day' && sem.offset > 0 && sem.weekday === undefined;
  // "In the spring of 1968 ... That summer": a season with its year stated places the story in that year.
  if (sem.kind === 'part' && sem.year !== null && sem.part in SEASON_MONTHS)
    return { year: sem.year, month: null, day: null };
  if ((!ANCHOR_KINDS.has(sem.kind) && !timed && !nextDay) || value === null) return null;
  const m = (timed ? /^(\d{4})-(\d{2})-(\d{2})T/ : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/).exec(value);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}
