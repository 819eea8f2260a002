// Refiners that join two neighbouring candidates into one expression: "October this year", "Saturday, April 12",
// "from March to May 2021", "between 2019 and 2021".
import type { Candidate, Sem } from '../../../../text/dates/sem';
import { dateAndTime, weekThenWeekday } from './date-time';
import { durationParts } from './durations';

/**
 * What may stand between a month (or season, quarter) and a relative year: "October this year", "June of last year".
 */
const BEFORE_RELATIVE_YEAR = /^\s*(?:of\s+)?$/i;

/** Between a weekday and the date it names: "Saturday, April 12", "Friday Oct. 13". */
const WEEKDAY_JOIN = /^\s*,?\s*(?:the\s+)?$/;

/** Range connectors; "and" only after "between". */
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
const RANGE_OPEN = /\b(from|between)\s+$/i;

type Join = (left: Candidate, right: Candidate, gap: string, text: string, floor: number) => Candidate | null;

function yearlessMonth(sem: Sem): boolean {
  return (
    (sem.kind === 'cal' && sem.year === null && sem.yearOffset === null && sem.month !== null) ||
    (sem.kind === 'part' && sem.year === null && sem.yearOffset === null && !sem.latest)
  );
}

/** "January nineteen ninety-seven", "the winter of 1994" when the parts were found apart. */
const statedYear: Join = (left, right, gap) => {
  if (!yearlessMonth(left.sem) || !BEFORE_RELATIVE_YEAR.test(gap.replace(/,/, ''))) return null;
  if (right.sem.kind !== 'cal' || right.sem.year === null || right.sem.month !== null) return null;
  const sem: Sem = { ...left.sem, year: right.sem.year } as Sem;
  return { start: left.start, end: right.end, rule: `${left.rule}+year`, sem, mod: left.mod };
};

const relativeYear: Join = (left, right, gap) => {
  if (!yearlessMonth(left.sem) || !BEFORE_RELATIVE_YEAR.test(gap)) return null;
  if (right.sem.kind !== 'rel' || right.sem.unit !== 'year' || right.sem.ago === true) return null;
  const sem: Sem = { ...left.sem, yearOffset: right.sem.offset } as Sem;
  return { start: left.start, end: right.end, rule: `${left.rule}+relative-year`, sem, mod: left.mod };
};

const weekdayDate: Join = (left, right, gap) => {
  if (left.sem.kind !== 'weekday' || left.sem.dir !== 0 || !WEEKDAY_JOIN.test(gap)) return null;
  if (right.sem.kind !== 'cal' || right.sem.day === null) return null;
  const sem: Sem = { ...right.sem, weekday: left.sem.weekday };
  return { start: left.start, end: right.end, rule: `weekday+${right.rule}`, sem, mod: right.mod };
};

/** "Tuesday of next week", "Monday of last week": the weekday inside a week named relative to the reference. */
const weekdayOfWeek: Join = (left, right, gap) => {
  if (left.sem.kind !== 'weekday' || left.sem.dir !== 0 || !/^\s+of\s+$/i.test(gap)) return null;
  if (right.sem.kind !== 'rel' || right.sem.unit !== 'week' || right.sem.weekend === true) return null;
  if (right.sem.ago === true || right.sem.anchored === true) return null;
  const sem: Sem = { ...left.sem, week: right.sem.offset };
  return { start: left.start, end: right.end, rule: 'weekday+week', sem, mod: null };
};

/** A range end that states a year lends it to a start that does not ("from March to May 2021"). */
function lendYear(from: Sem, to: Sem): Sem {
  if (from.kind === 'cal' && to.kind === 'cal' && from.year === null && from.yearOffset === null && to.year !== null)
    return { ...from, year: to.year };
  return from;
}

function rangeable(sem: Sem): boolean {
  return sem.kind === 'cal' || sem.kind === 'part' || sem.kind === 'weekday';
}

const range: Join = (left, right, gap, text, floor) => {
  if (!rangeable(left.sem) || !rangeable(right.sem) || !RANGE_JOIN.test(gap)) return null;
  const open = RANGE_OPEN.exec(text.slice(Math.max(floor, left.start - 12), left.start));
  const isAnd = /and/i.test(gap);
  if (isAnd ? open?.[1]?.toLowerCase() !== 'between' : open === null && !/[-–—]/.test(gap)) return null;
  const start = open ? left.start - open[0].length : left.start;
  const from = lendYear(left.sem, right.sem);
  const sem: Sem = { kind: 'range', from, to: right.sem };
  return { start, end: right.end, rule: 'range', sem, mod: null, ends: [{ ...left, sem: from }, right] };
};

/**
 * Joins that build one date out of parts, run over the whole sentence before any range is formed, so that a range
 * end is whole ("from Thursday, April 20 to Sunday, April 23": "Sunday, April 23" before the range, not "Sunday").
 */
const PART_JOINS: readonly Join[] = [
  dateAndTime,
  weekThenWeekday,
  durationParts,
  relativeYear,
  statedYear,
  weekdayDate,
  weekdayOfWeek,
];

const RANGE_JOINS: readonly Join[] = [range];

/**
 * Joins neighbouring candidates (sorted, non-overlapping) wherever one of the joins applies, left to right: first
 * the parts of one date, then ranges between whole dates; no join reaches before `floor` (the sentence start).
 */
export function mergeNeighbours(candidates: readonly Candidate[], text: string, floor: number): Candidate[] {
  return joinAll(joinAll(candidates, PART_JOINS, text, floor), RANGE_JOINS, text, floor);
}

function joinAll(candidates: readonly Candidate[], joins: readonly Join[], text: string, floor: number): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const joined = prev ? joinPair(prev, c, joins, text, floor) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
}

/** Longest stretch of text between two candidates that a join may bridge ("October of this year", " - "). */
const MAX_GAP = 12;

function joinPair(
  left: Candidate,
  right: Candidate,
  joins: readonly Join[],
  text: string,
  floor: number,
): Candidate | null {
  const gap = text.slice(left.end, right.start);
  if (gap.length > MAX_GAP) return null;
  for (const join of joins) {
    const joined = join(left, right, gap, text, floor);
    if (joined) return joined;
  }
  return null;
}
