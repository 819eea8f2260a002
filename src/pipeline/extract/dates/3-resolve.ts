// Pass 3: meanings to TimeML values against the reference date. Without a reference date, relative expressions
// keep their mention with a null value, and partial dates get an underspecified one (XXXX-10): never the clock.
import type { Ymd } from '../../../text/dates/calendar';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  pad,
  quarterOf,
} from '../../../text/dates/calendar';
import { impliedMonth, impliedYear, weekdayConsistent } from './nearest';
import type { Anchor } from './resolve-story';
import { anaphor, holiday } from './resolve-story';
import type { Resolved } from './resolved';
import { ALL_FIELDS, single, UNIT_FIELDS } from './resolved';
import type { ResolveHints } from './resolve-hints';
import { quarterAnaphor, yearAgoQuarter, yearPart } from './resolve-year-part';
import type { Sem } from '../../../text/dates/sem';
import { frameYear, framed } from './story-frame';

export type { Anchor } from './resolve-story';
export { anchorOf } from './resolve-story';
export type { Resolved } from './resolved';
export type { ResolveHints } from './resolve-hints';

/**
 * The year of a month named again without a cue of its own ("in April ... the summit in April"); a year far
 * from the reference only while the last date stated is still in it.
 */
function repeatedMonthYear(sem: Extract<Sem, { kind: 'cal' }>, ref: Ymd | null, hints: ResolveHints): number | null {
  if (
    sem.month === null ||
    sem.yearOffset !== null ||
    sem.dir !== undefined ||
    sem.future === true ||
    sem.past === true
  )
    return null;
  const year = hints.monthYears?.get(sem.month);
  if (year === undefined) return null;
  // A year far from the reference holds only while the story stays in it: after "collapsed in December 2001 ... a
  // run-off on November 19" (this year), "December 10" is this December, not 2001's. A near year is kept across
  // days of this week ("join NATO in April. Officials met Friday. ... the summit in April").
  const last = hints.anchor?.year;
  const far = ref !== null && Math.abs(year - ref.year) > 1;
  return !far || last === undefined || last === year ? year : null;
}

/**
 * A day written alone ("the 18th"): in the month of the last date the story stated (the next month when that
 * date is already past the day), else the nearest month to the reference date that has the day.
 */
function dayAlone(sem: Extract<Sem, { kind: 'cal' }>, day: number, ref: Ymd | null, hints: ResolveHints): Resolved {
  const anchor = hints.anchor;
  const tense = sem.future === true ? 1 : sem.past === true ? -1 : 0;
  let at: { year: number; month: number } | null = null;
  // A day due ahead ("checks due on the 15th") is the next one, whatever past month the story spoke of before.
  const planAhead = tense === 1 && ref !== null && anchor !== null && anchorBefore(anchor, ref);
  if (sem.weekday !== undefined && ref !== null) at = weekdayConsistent(ref, null, day, sem.weekday);
  else if (anchor !== null && anchor.month !== null && !planAhead)
    at = addMonths({ year: anchor.year, month: anchor.month, day: 1 }, (anchor.day ?? 1) > day ? 1 : 0);
  else if (ref !== null) at = impliedMonth(ref, day, tense);
  const valid = at !== null && day <= daysInMonth(at.year, at.month);
  if (at === null || !valid) return single(`XXXX-XX-${pad(day)}`, ['year', 'month']);
  return single(`${formatMonth(at.year, at.month)}-${pad(day)}`, ['year', 'month']);
}

/** True when the anchor's month ends before the reference date's month begins. */
function anchorBefore(anchor: Anchor, ref: Ymd): boolean {
  return anchor.year * 12 + (anchor.month ?? 12) < ref.year * 12 + ref.month;
}

/** The year in which a month and day fall on the weekday the text stated ("Monday, Dec. 14"), nearest the reference. */
function weekdayYear(sem: Extract<Sem, { kind: 'cal' }>, ref: Ymd | null): number | null {
  if (sem.weekday === undefined || ref === null || sem.month === null || sem.day === null) return null;
  if (sem.yearOffset !== null || sem.dir !== undefined) return null;
  return weekdayConsistent(ref, sem.month, sem.day, sem.weekday)?.year ?? null;
}

function calendar(sem: Extract<Sem, { kind: 'cal' }>, ref: Ymd | null, hints: ResolveHints): Resolved {
  const { month, day } = sem;
  if (month === null && day !== null && sem.year === null) return dayAlone(sem, day, ref, hints);
  let year: number | null = sem.year;
  const inferred: string[] = [];
  if (year === null) {
    inferred.push('year');
    const framedNow = hints.frame && framed(sem) ? hints.frame : null;
    const around = framedNow ? { year: framedNow.year, month: framedNow.month ?? 7, day: framedNow.day ?? 1 } : ref;
    const matching = weekdayYear(sem, around);
    if (matching !== null) year = matching;
    else if (framedNow && month !== null) year = frameYear(framedNow, month, day);
    else year = ref === null ? null : repeatedMonthYear(sem, ref, hints);
    if (ref !== null && year === null)
      year =
        sem.yearOffset !== null
          ? ref.year + sem.yearOffset
          : impliedYear(
              ref,
              month,
              day,
              sem.dir ?? null,
              sem.future === true ? 1 : sem.past === true ? -1 : 0,
              sem.done === true,
            );
  }
  const y = year === null ? 'XXXX' : pad(year, 4);
  if (month === null) return single(y, inferred);
  if (day === null) return single(`${y}-${pad(month)}`, inferred);
  if (sem.weekOf === true && year !== null) return single(formatWeek({ year, month, day }), inferred);
  return single(`${y}-${pad(month)}-${pad(day)}`, inferred);
}

/** The last stated date as a day, when it is precise enough to count `unit`s from ("two weeks later"). */
function anchorDay(anchor: Anchor | null, unit: Extract<Sem, { kind: 'rel' }>['unit']): Ymd | null {
  if (anchor === null) return null;
  if ((unit === 'day' || unit === 'week') && anchor.day === null) return null;
  if (unit !== 'year' && unit !== 'decade' && anchor.month === null) return null;
  return { year: anchor.year, month: anchor.month ?? 7, day: anchor.day ?? 1 };
}

function relative(sem: Extract<Sem, { kind: 'rel' }>, refDay: Ymd | null, hints: ResolveHints): Resolved {
  // "two weeks later", "three days earlier": counted from the story's last date when it has one.
  const fromStory = sem.anchored === true && !(sem.unit === 'year' && hints.quarterly);
  const storyDay = fromStory
    ? (anchorDay(hints.nearAnchor ?? null, sem.unit) ?? anchorDay(hints.nearDayAnchor ?? null, sem.unit))
    : null;
  const ref = storyDay ?? refDay;
  if (ref === null) return single(null, UNIT_FIELDS[sem.unit]);
  switch (sem.unit) {
    case 'day':
      return single(formatDay(addDays(ref, sem.offset)), ALL_FIELDS);
    case 'week': {
      // Counted from a stated day, weeks land on a day ("on March 7 ... Two weeks later" is March 21), as TimeML
      // keeps the anchor's precision ("a year earlier" than Nov. 2 is Nov. 2 a year before).
      if (storyDay !== null && sem.weekend !== true) return single(formatDay(addDays(ref, 7 * sem.offset)), ALL_FIELDS);
      const back = sem.latest === true && isoWeekday(ref) < 6 ? -1 : 0; // the weekend just passed
      const week = formatWeek(addDays(ref, 7 * (sem.offset + back)));
      return single(sem.weekend === true ? `${week}-WE` : week, ALL_FIELDS);
    }
    case 'month': {
      const m = addMonths(ref, sem.offset);
      return single(formatMonth(m.year, m.month), ['year', 'month']);
    }
    case 'quarter': {
      const q = addMonths(ref, 3 * sem.offset);
      return single(`${pad(q.year, 4)}-Q${quarterOf(q.month)}`, ['year', 'month']);
    }
    case 'year': {
      if (sem.ago === true && hints.quarterly) return yearAgoQuarter(ref, sem.offset, hints.reportQuarter);
      // "rose 12.7% in September from August and 138% from a year earlier": the month the sentence reports (its
      // first month named alone), a year back (TimeBank: "fell 8.4% from a year ago" in a monthly report is 1988-10).
      const here = fromStory ? (hints.sentenceAnchor ?? null) : null;
      if (here !== null && here.month !== null)
        return single(`${pad(here.year + sem.offset, 4)}-${pad(here.month)}`, ['year', 'month']);
      return single(pad(ref.year + sem.offset, 4), ['year']);
    }
    case 'decade':
      return sem.ago === true
        ? single(pad(ref.year + 10 * sem.offset, 4), ['year'])
        : single(String(Math.floor((ref.year + 10 * sem.offset) / 10)), ['year']);
  }
}

function weekday(sem: Extract<Sem, { kind: 'weekday' }>, ref: Ymd | null): Resolved {
  if (ref === null) return single(null, ALL_FIELDS);
  if (sem.week !== undefined)
    return single(formatDay(addDays(ref, 7 * sem.week + sem.weekday - isoWeekday(ref))), ALL_FIELDS);
  const diff = sem.weekday - isoWeekday(ref);
  let days: number;
  if (sem.dir === 1) days = diff > 0 ? diff : diff + 7;
  else if (sem.dir === -1) days = diff < 0 ? diff : diff - 7;
  else if (sem.future === true) days = diff >= 0 ? diff : diff + 7;
  // A bare weekday is otherwise the reference day or the most recent one: news reports the past week.
  else days = diff <= 0 ? diff : diff - 7;
  return single(formatDay(addDays(ref, days)), ALL_FIELDS);
}

/** A TIME value: the day (stated, else the reference day) with the clock time or day part appended. */
function timeOfDay(sem: Extract<Sem, { kind: 'time' }>, ref: Ymd | null, hints: ResolveHints): Resolved {
  const day = sem.day === null ? (ref === null ? null : formatDay(ref)) : resolveSem(sem.day, ref, hints).value;
  const dayValue = day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : 'XXXX-XX-XX';
  const inferred = sem.day === null ? ['year', 'month', 'day'] : resolveSem(sem.day, ref, hints).inferred;
  return { type: 'TIME', value: `${dayValue}T${sem.clock}`, rangeStart: null, rangeEnd: null, inferred };
}

/** The TimeML value (and range bounds) of one meaning. */
export function resolveSem(sem: Sem, ref: Ymd | null, hints: ResolveHints): Resolved {
  switch (sem.kind) {
    case 'cal':
      return calendar(sem, ref, hints);
    case 'rel':
      return relative(sem, ref, hints);
    case 'weekday':
      return weekday(sem, ref);
    case 'part':
      return yearPart(sem, ref, hints);
    case 'holiday':
      return holiday(sem, ref);
    case 'anaphor':
      return quarterAnaphor(sem, hints) ?? anaphor(sem, hints.anchor);
    case 'decade':
      return single(sem.prefix, []);
    case 'century':
      return single(sem.prefix, []);
    case 'ref':
      return single(sem.value, []);
    case 'duration':
      return { type: 'DURATION', value: sem.value, rangeStart: null, rangeEnd: null, inferred: [] };
    case 'set':
      return { type: 'SET', value: sem.value, rangeStart: null, rangeEnd: null, inferred: [] };
    case 'time':
      return timeOfDay(sem, ref, hints);
    case 'range': {
      const from = resolveSem(sem.from, ref, hints);
      const to = resolveSem(sem.to, ref, hints);
      const inferred = [...new Set([...from.inferred, ...to.inferred])];
      const type = from.type === 'TIME' ? 'TIME' : 'DATE';
      return { type, value: from.value, rangeStart: from.value, rangeEnd: to.value, inferred };
    }
  }
}
