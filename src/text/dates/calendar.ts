// Pure calendar arithmetic on plain year/month/day triples (UTC, no Date objects leak out). Nothing here reads the
// clock: every function is given the date it works from.

/** A calendar day. `month` is 1-12, `day` 1-31. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` (a time part after it is ignored); null when it is not a real calendar day. */
export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd.year, ymd.month, ymd.day) ? ymd : null;
}

/** Days in `month` of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year/month/day names a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toEpochDays(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

function fromEpochDays(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** `d` moved by `n` days. */
export function addDays(d: Ymd, n: number): Ymd {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return toEpochDays(b) - toEpochDays(a);
}

/** Day of the week, 1 = Monday ... 7 = Sunday (ISO 8601). */
export function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The ISO week-numbering year and week of `d`. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** First day of the month `n` months after the month of `d`. */
export function addMonths(d: Ymd, n: number): { year: number; month: number } {
  const total = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `YYYY-Wnn` for the ISO week containing `d`. */
export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Quarter (1-4) of a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
