// Joins a day and a clock time the text wrote side by side into one TIME, as TimeML does ("5 p.m. EST, Nov. 6" and
// "noon Thursday" are one TIMEX3 each): "today at 6pm", "Monday, 9:30 a.m.", "Jan. 15 at 1:00 p.m.", "tonight at
// 11", "10:30 a.m. on March 3". The day-word forms ("Thursday at 7 p.m.") are already one match of time-of-day.
import type { Candidate, Sem } from '../../../../text/dates/sem';

/** Between a day and the time after it: nothing, a comma, "at", "@", "around". */
const DAY_THEN_TIME = /^\s*(?:,\s*)?(?:(?:at|@|around|about|from)\s*)?$/i;
/** Between a time and the day after it: nothing, a comma, "on". */
const TIME_THEN_DAY = /^\s*(?:,\s*)?(?:on\s+)?$/i;

/** A meaning that names one day: "March 3", "tomorrow", "Friday", "Christmas Day". */
function namesDay(sem: Sem): boolean {
  if (sem.kind === 'cal') return sem.day !== null && sem.weekOf !== true;
  if (sem.kind === 'rel' || sem.kind === 'anaphor') return sem.unit === 'day';
  return sem.kind === 'weekday' || sem.kind === 'holiday';
}

/** A clock time with no day of its own ("6pm", "half past three"). */
function bareClock(sem: Sem): sem is Extract<Sem, { kind: 'time' }> {
  return sem.kind === 'time' && sem.day === null && /^\d/.test(sem.clock);
}

/** The day of a left-hand candidate: a day itself, or the day of a part of a day ("tonight", "Monday morning"). */
function dayOf(sem: Sem): Sem | null {
  if (namesDay(sem)) return sem;
  if (sem.kind === 'time' && sem.day !== null && !/^\d/.test(sem.clock)) return sem.day;
  return null;
}

/** A clock time or a range of clock times (time-range.ts) with no day of its own. */
function clockOrRange(sem: Sem): boolean {
  return bareClock(sem) || (sem.kind === 'range' && bareClock(sem.from) && bareClock(sem.to));
}

/** The clock time or range placed on `day`. */
function onDay(sem: Sem, day: Sem): Sem {
  if (sem.kind === 'range') return { kind: 'range', from: onDay(sem.from, day), to: onDay(sem.to, day) };
  return sem.kind === 'time' ? { ...sem, day } : sem;
}

/** One TIME (or range of times) for a day and a clock time next to each other, or null when they are not. */
export function dateAndTime(left: Candidate, right: Candidate, gap: string): Candidate | null {
  if (clockOrRange(right.sem) && DAY_THEN_TIME.test(gap)) {
    const day = dayOf(left.sem);
    if (day === null) return null;
    const sem = onDay(right.sem, day);
    return { start: left.start, end: right.end, rule: `${left.rule}+${right.rule}`, sem, mod: right.mod };
  }
  if (clockOrRange(left.sem) && namesDay(right.sem) && TIME_THEN_DAY.test(gap)) {
    const sem = onDay(left.sem, right.sem);
    return { start: left.start, end: right.end, rule: `${left.rule}+${right.rule}`, sem, mod: left.mod };
  }
  return null;
}
