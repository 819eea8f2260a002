// Pass 3 for parts of a year: quarters, halves and seasons ("the third quarter", "Q4 2021", "this summer", "the
// September quarter"), the quarter a financial report follows ("a year earlier" = the same quarter a year before),
// and "the prior quarter" counted from the last quarter the story named.
import type { Ymd } from '../../../text/dates/calendar';
import { addMonths, pad, quarterOf } from '../../../text/dates/calendar';
import type { Sem } from '../../../text/dates/sem';
import { impliedYear } from './nearest';
import type { ReportQuarter } from './report-quarter';
import { reportQuarterValue } from './report-quarter';
import type { ResolveHints } from './resolve-hints';
import type { Resolved } from './resolved';
import { single } from './resolved';

/** "the prior quarter", "that quarter": counted from the last quarter the story named, when it named one. */
export function quarterAnaphor(sem: Extract<Sem, { kind: 'anaphor' }>, hints: ResolveHints): Resolved | null {
  const m = sem.unit === 'quarter' ? /^(\d{4})-Q([1-4])$/.exec(hints.lastQuarter ?? '') : null;
  if (!m) return null;
  const q = addMonths({ year: Number(m[1]), month: 3 * Number(m[2]) - 1, day: 1 }, 3 * sem.offset);
  return single(`${pad(q.year, 4)}-Q${quarterOf(q.month)}`, ['year', 'month']);
}

/**
 * The report's quarter (else the last completed one), `years` years away (financial news: "up 5% from a year
 * earlier").
 */
export function yearAgoQuarter(ref: Ymd, years: number, report: ReportQuarter | null | undefined): Resolved {
  if (report) return single(reportQuarterValue(report, years), ['year', 'quarter']);
  const last = addMonths(ref, -3);
  return single(`${pad(last.year + years, 4)}-Q${quarterOf(last.month)}`, ['year', 'quarter']);
}

/** First month of each quarter and half. */
const PART_START: Readonly<Partial<Record<string, number>>> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, H2: 7 };

/**
 * A year-less quarter or half in a plainly past clause that has not begun by the reference date ("the economy
 * expanded 5.2% in the fourth quarter", written in January): the text reports it, so it is last year's.
 */
function notBegun(sem: Extract<Sem, { kind: 'part' }>, ref: Ymd): boolean {
  const start = PART_START[sem.part];
  return sem.past === true && sem.yearOffset === null && start !== undefined && start > ref.month;
}

export function yearPart(sem: Extract<Sem, { kind: 'part' }>, ref: Ymd | null, hints: ResolveHints): Resolved {
  const inferred: string[] = sem.year === null ? ['year'] : [];
  if (sem.latest === true && sem.year !== null) {
    if (sem.period === true && !hints.quarterly) return single(pad(sem.year, 4), []);
    const report = hints.reportQuarter;
    if (report) return single(reportQuarterValue({ ...report, year: sem.year }, 0), ['quarter']);
    if (ref === null) return single(`${pad(sem.year, 4)}-QX`, ['quarter']);
    return single(`${pad(sem.year, 4)}-Q${quarterOf(addMonths(ref, -3).month)}`, ['quarter']);
  }
  if (sem.latest === true) {
    if (hints.reportQuarter)
      return yearAgoQuarter(ref ?? { year: 0, month: 1, day: 1 }, sem.yearOffset ?? 0, hints.reportQuarter);
    return ref === null ? single(null, ['year', 'quarter']) : yearAgoQuarter(ref, sem.yearOffset ?? 0, null);
  }
  let year = sem.year;
  if (year === null && ref !== null)
    year =
      sem.month !== undefined && sem.yearOffset === null
        ? impliedYear(ref, sem.month, null, null, sem.future === true ? 1 : 0)
        : ref.year + (sem.yearOffset ?? 0) - (notBegun(sem, ref) ? 1 : 0);
  return single(`${year === null ? 'XXXX' : pad(year, 4)}-${sem.part}`, inferred);
}
