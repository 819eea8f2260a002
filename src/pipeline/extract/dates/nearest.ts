// Which year a date written without one ("October", "December 26") means: the nearest occurrence to the reference
// date, where the future counts double (news mostly reports what happened) unless the sentence speaks of the
// future, when the past counts double instead. "October" in a December article is the October just past; "Nov. 6"
// in a November 2 article is four days ahead.
import type { Ymd } from '../../../text/dates/calendar';
import { daysBetween, daysInMonth, isoWeekday } from '../../../text/dates/calendar';

/** How much further a date on the disfavoured side of the reference date seems. */
export const TENSE_WEIGHT = 2;

/**
 * The same, when the clause states its tense ("will ... in December", "the year ended Jan. 31"): the other side
 * stays possible (plans slip, "until" looks both ways) but needs to be four times nearer.
 */
export const STATED_TENSE_WEIGHT = 4;

/**
 * The year of month/day relative to the reference date. `dir` -1 ("last April") and 1 ("next April") force the
 * latest occurrence before or the first after the reference (strictly, for a month, when `strict`); 0 ("this
 * April") is the reference year; `tense` weighs the nearest choice: 1 for a future-tense clause, -1 for a plainly
 * past one, 0 when the clause says nothing (news reports the past, so the past is still favoured); `done` (a past
 * verb governs the month) rules out a month that has not begun.
 */
export function impliedYear(
  ref: Ymd,
  month: number | null,
  day: number | null,
  dir: -1 | 0 | 1 | null,
  tense: -1 | 0 | 1,
  done = false,
): number {
  if (month === null || dir === 0) return ref.year;
  let best = ref.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const last = daysInMonth(year, month);
    const distance = daysBetween(ref, { year, month, day: Math.min(day ?? Math.ceil(last / 2), last) });
    const sameMonth = year === ref.year && month === ref.month && day === null;
    if (dir === -1 && (distance > 0 || sameMonth)) continue;
    if (dir === 1 && (distance < 0 || sameMonth)) continue;
    if (done && daysBetween(ref, { year, month, day: 1 }) > 0) continue;
    const favoured = tense === 0 ? -1 : tense;
    const weight = tense === 0 ? TENSE_WEIGHT : STATED_TENSE_WEIGHT;
    const score = sameMonth ? 0 : Math.abs(distance) * (Math.sign(distance) === favoured ? 1 : weight);
    if (score < bestScore) {
      best = year;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The month of a day written alone ("the 18th"): the nearest month (the one before the reference's, its own, or
 * the next) that has the day, weighed like impliedYear. Returns the first day of that month's year and month.
 */
export function impliedMonth(ref: Ymd, day: number, tense: -1 | 0 | 1): { year: number; month: number } {
  let best = { year: ref.year, month: ref.month };
  let bestScore = Number.POSITIVE_INFINITY;
  for (const shift of [-1, 0, 1]) {
    const total = ref.year * 12 + ref.month - 1 + shift;
    const at = { year: Math.floor(total / 12), month: (total % 12) + 1 };
    if (day > daysInMonth(at.year, at.month)) continue;
    const distance = daysBetween(ref, { ...at, day });
    const favoured = tense === 0 ? -1 : tense;
    const weight = tense === 0 ? TENSE_WEIGHT : STATED_TENSE_WEIGHT;
    const score = Math.abs(distance) * (Math.sign(distance) === favoured ? 1 : weight);
    if (score < bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** How many years or months either side of the reference date a stated weekday may move a date to. */
export const WEEKDAY_SEARCH = 6;

/**
 * The year (when `month` is given) or the month (when only `day` is) nearest the reference date in which the day
 * falls on `weekday`: "Monday, Dec. 14" with no year, "Friday the 26th". Null when none within WEEKDAY_SEARCH.
 */
export function weekdayConsistent(
  ref: Ymd,
  month: number | null,
  day: number,
  weekday: number,
): { year: number; month: number } | null {
  let best: { year: number; month: number } | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let shift = -WEEKDAY_SEARCH; shift <= WEEKDAY_SEARCH; shift++) {
    const total = ref.year * 12 + ref.month - 1 + shift;
    const at =
      month === null ? { year: Math.floor(total / 12), month: (total % 12) + 1 } : { year: ref.year + shift, month };
    if (day > daysInMonth(at.year, at.month) || isoWeekday({ ...at, day }) !== weekday) continue;
    const distance = Math.abs(daysBetween(ref, { ...at, day }));
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  }
  return best;
}
