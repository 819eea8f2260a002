// The day a URL path states ("/2015/07/24/", "/2015-07-24-title"): outlets date their story URLs in their own time.
import { formatDay } from '../../../text/dates/calendar';
import { fullDates } from '../../../text/dates/full-dates';
import { MIN_YEAR } from './date-lines';

/** Full days written in a URL path ("/2015/07/24/", "/2015-07-24-title"), as YYYY-MM-DD; null when none. */
export function urlDay(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|\.html?|$)/.exec(path);
  if (!m) return null;
  const found = fullDates(`${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`, false)[0];
  return found === undefined || found.day.year < MIN_YEAR ? null : formatDay(found.day);
}
