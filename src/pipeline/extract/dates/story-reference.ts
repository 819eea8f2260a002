// A stand-in reference date for articles that give none (no published date, metadata, dateline or option):
// the full dates the text itself states ("December 26-27, 2022"). Like a narrative-mode tagger, it lends them
// only the YEAR: a partial date ("December 26", "October") or a year-level relative one ("this year", "the end of
// this year", "October this year", "the third quarter") takes its year from the nearest full date stated before
// it (or, before the first one, from the first one). Day-, week- and month-level relatives ("yesterday", "last
// week", "Friday") keep a null value: the story's date says nothing about the day the article was written.
import type { Ymd } from '../../../text/dates/calendar';
import { parseYmd } from '../../../text/dates/calendar';
import type { Sem } from '../../../text/dates/sem';

/** True for meanings whose value needs only a year from the reference date. */
export function yearLevel(sem: Sem): boolean {
  switch (sem.kind) {
    case 'cal':
    case 'part':
    case 'holiday':
      return true;
    case 'rel':
      return sem.unit === 'year' || sem.unit === 'decade';
    case 'range':
      return yearLevel(sem.from) && yearLevel(sem.to);
    default:
      return false;
  }
}

/** A full calendar day stated by the text (a single date, or a range's first day), else null. */
export function statedDay(sem: Sem): Ymd | null {
  if (sem.kind === 'range') return statedDay(sem.from);
  if (sem.kind !== 'cal' || sem.year === null || sem.month === null || sem.day === null) return null;
  return parseYmd(
    `${String(sem.year).padStart(4, '0')}-${String(sem.month).padStart(2, '0')}-${String(sem.day).padStart(2, '0')}`,
  );
}
