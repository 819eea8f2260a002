// The quarter a financial report is about. Earnings stories state it once ("the fiscal first quarter", "third-
// quarter profit") and then say "the quarter", "the latest period", "the 1988 period" or "a year earlier". Those
// follow the first quarter the article states (the one its lead reports), rather than the last completed calendar
// quarter, because fiscal
// quarters and reports issued late shift the calendar: "the fiscal first quarter" of a company reporting in
// October is its Q1, and "the year-ago period" is that Q1 a year before.
import type { Ymd } from '../../../text/dates/calendar';
import { quarterOf } from '../../../text/dates/calendar';
import type { Sem } from '../../../text/dates/sem';

/** How many quarters before the reference date's own a stated quarter may lie and still be the one reported. */
export const REPORT_QUARTER_LOOKBACK = 4;

/** A stated quarter of a year. */
export interface ReportQuarter {
  readonly year: number;
  readonly quarter: number;
}

/**
 * The quarter a mention states, if it states one with a year the text gave or implied ("the third quarter",
 * "Q3 2022"), no later than the reference date's own quarter (forecasts are not the reported one) and at most
 * REPORT_QUARTER_LOOKBACK quarters before it (history: "stopped paying a dividend in the third quarter of 1984").
 * Quarters found by "the quarter" or "year-ago quarter" themselves do not count.
 */
export function statedQuarter(sem: Sem, value: string | null, ref: Ymd | null): ReportQuarter | null {
  if (sem.kind !== 'part' || sem.latest === true || value === null) return null;
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (!m) return null;
  const found = { year: Number(m[1]), quarter: Number(m[2]) };
  if (ref === null) return found;
  const lag = ref.year * 4 + quarterOf(ref.month) - (found.year * 4 + found.quarter);
  return lag >= 0 && lag <= REPORT_QUARTER_LOOKBACK ? found : null;
}

/** The TimeML value of the report's quarter `years` years away ("the year-ago quarter" = -1). */
export function reportQuarterValue(q: ReportQuarter, years: number): string {
  return `${String(q.year + years).padStart(4, '0')}-Q${String(q.quarter)}`;
}
