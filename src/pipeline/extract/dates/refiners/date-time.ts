// Joins a day and a time of day the text wrote side by side into one TIME, as TimeML does ("5 p.m. EST, Nov. 6" and
// "noon Thursday" are one TIMEX3 each): "today at 6pm", "Monday, 9:30 a.m.", "Jan. 15 at 1:00 p.m.", "tonight at
// 11", "10:30 a.m. on March 3", "Tuesday in the morning", "Sunday early morning at 8:00". The day-word forms
// ("Thursday at 7 p.m.") are already one match of time-of-day.
import type { Candidate, Sem } from '../../../../text/dates/sem';

/** Between a day (or part of a day) and the time after it: nothing, a comma, "at", "@", "in" ("Friday in the"). */
const DAY_THEN_TIME = /^\s*(?:,\s*)?(?:(?:at|@|around|about|from|in)\s*)?$/i;
/** Between a time and the day (or part of a day) after it: nothing, a comma, "on", "in". */
const TIME_THEN_DAY = /^\s*(?:,\s*)?(?:(?:on|in)\s+)?$/i;

type TimeSem = Extract<Sem, { kind: 'time' }>;

/** A meaning that names one day: "March 3", "tomorrow", "Friday", "Christmas Day". */
function namesDay(sem: Sem): boolean {
  if (sem.kind === 'cal') return sem.day !== null && sem.weekOf !== true;
  if (sem.kind === 'rel' || sem.kind === 'anaphor') return sem.unit === 'day';
  return sem.kind === 'weekday' || sem.kind === 'holiday';
}

function isTime(sem: Sem): sem is TimeSem {
  return sem.kind === 'time';
}

/** A clock reading ("18:00") rather than a part of the day ("MO"). */
function isClock(sem: TimeSem): boolean {
  return /^\d/.test(sem.clock);
}

/** A time of day or a range of clock times (time-range.ts) with no day of its own. */
function dayless(sem: Sem): boolean {
  if (sem.kind === 'range') return isTime(sem.from) && isTime(sem.to) && sem.from.day === null;
  return isTime(sem) && sem.day === null;
}

/** The time or range placed on `day`. */
function onDay(sem: Sem, day: Sem): Sem {
  if (sem.kind === 'range') return { kind: 'range', from: onDay(sem.from, day), to: onDay(sem.to, day) };
  return sem.kind === 'time' ? { ...sem, day } : sem;
}

function joined(left: Candidate, right: Candidate, sem: Sem, from: Candidate): Candidate {
  return { start: left.start, end: right.end, rule: `${left.rule}+${right.rule}`, sem, mod: from.mod };
}

/** A part of a day and a clock time in either order ("the morning at 9", "8:00 early morning"): the clock time. */
function partAndClock(left: Candidate, right: Candidate, gap: string): Candidate | null {
  const [a, b] = [left.sem, right.sem];
  if (!isTime(a) || !isTime(b) || isClock(a) === isClock(b)) return null;
  const clock = isClock(a) ? a : b;
  const part = isClock(a) ? b : a;
  if (!(isClock(a) ? TIME_THEN_DAY : DAY_THEN_TIME).test(gap)) return null;
  if (clock.day !== null && part.day !== null) return null;
  return joined(left, right, { ...clock, day: clock.day ?? part.day }, clock === a ? left : right);
}

/** The day a candidate names: a day itself, or the day of a part of a day ("Monday morning", "tonight"). */
function dayOf(sem: Sem): Sem | null {
  if (namesDay(sem)) return sem;
  return isTime(sem) && !isClock(sem) ? sem.day : null;
}

/** "every day at 7 p.m." (T19:00), "every Monday at 9 a.m." (XXXX-WXX-1T09:00): a recurring clock time. */
function setAtClock(left: Candidate, right: Candidate, gap: string): Candidate | null {
  if (left.sem.kind !== 'set' || !isTime(right.sem) || !isClock(right.sem) || right.sem.day !== null) return null;
  if (!/^\s+at\s+$/i.test(gap)) return null;
  const value = left.sem.value === 'P1D' ? '' : left.sem.value;
  if (value !== '' && !/^XXXX-WXX-\d$/.test(value)) return null;
  return joined(left, right, { kind: 'set', value: `${value}T${right.sem.clock}` }, left);
}

/** "next week on Tuesday", "next week Mon 9 am": the weekday (or the time on it) inside the week named first. */
export function weekThenWeekday(left: Candidate, right: Candidate, gap: string): Candidate | null {
  const week = left.sem;
  if (week.kind !== 'rel' || week.unit !== 'week' || week.weekend === true || week.ago === true) return null;
  if (week.anchored === true || week.latest === true || !/^\s*(?:,\s*)?(?:on\s+)?$/i.test(gap)) return null;
  const inWeek = (sem: Sem): Sem | null =>
    sem.kind === 'weekday' && sem.dir === 0 ? { ...sem, week: week.offset } : null;
  const r = right.sem;
  const sem: Sem | null =
    r.kind === 'time' && r.day !== null ? ((day) => (day === null ? null : { ...r, day }))(inWeek(r.day)) : inWeek(r);
  return sem === null ? null : joined(left, right, sem, right);
}

/** One TIME (or range of times) for a day and a time next to each other, or null when they are not. */
export function dateAndTime(left: Candidate, right: Candidate, gap: string): Candidate | null {
  const leftDay = dayless(right.sem) && DAY_THEN_TIME.test(gap) ? dayOf(left.sem) : null;
  if (leftDay !== null) return joined(left, right, onDay(right.sem, leftDay), right);
  const rightDay = dayless(left.sem) && TIME_THEN_DAY.test(gap) ? dayOf(right.sem) : null;
  if (rightDay !== null && (namesDay(right.sem) || left.sem.kind === 'range'))
    return joined(left, right, onDay(left.sem, rightDay), left);
  return partAndClock(left, right, gap) ?? setAtClock(left, right, gap);
}
