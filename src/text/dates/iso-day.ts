// The one validator for calendar days given from outside the text: the `referenceDate` option and an input record's
// `published`. Both were checked by shape only, so "2022-02-30" passed and was then silently dropped downstream.
import { isValidDay } from './calendar';

/** YYYY-MM-DD, optionally followed by a time part ("T10:30:00Z", " 10:30"). */
const ISO_DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;

/**
 * The calendar day `value` starts with, as YYYY-MM-DD, when it is a real day (2022-02-28, not 2022-02-30);
 * null otherwise. A time part after the day is allowed and ignored: the day is taken as written.
 */
export function isoDayOf(value: string): string | null {
  const m = ISO_DAY_PREFIX.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** True when `value` is exactly a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDayOf(value) !== null;
}
