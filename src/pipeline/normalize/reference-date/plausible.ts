// "A date in the future of the page's own dates or absurdly old is not taken." The bounds come only from what the
// page states about itself: an explicit update stamp (a story is published before it is updated) and its labelled
// lines (publication and update cues). Copyright years, related stories and dates in the story's prose give no
// bound: footers go stale, related links are older, and a story is normally later than the events it reports.
import type { Ymd } from '../../../text/dates/calendar';
import { daysBetween, formatDay } from '../../../text/dates/calendar';
import type { DateLine } from './date-lines';
import { MIN_YEAR } from './date-lines';
/** After this year it is a typo ("14 Dec 2105"); the pipeline reads no clock, so the horizon is a constant. */
export const MAX_YEAR = 2100;
/** How far past the latest day of the page's labelled lines a candidate may be (time zones, late edits). */
export const MAX_DAYS_AFTER_LABELLED = 3;

/** True when the year can be a web page's. */
export function plausibleYear(day: Ymd): boolean {
  return day.year >= MIN_YEAR && day.year <= MAX_YEAR;
}

/** The page's own bounds on its publication day, from its labelled lines. */
export interface PageBounds {
  /** The earliest explicit update stamp: publication is not later. */
  readonly updatedBy: Ymd | null;
  /** The latest labelled day: publication is not more than MAX_DAYS_AFTER_LABELLED later. */
  readonly latestLabelled: Ymd | null;
}

const earlier = (a: Ymd | null, b: Ymd): Ymd => (a === null || formatDay(b) < formatDay(a) ? b : a);
const later = (a: Ymd | null, b: Ymd): Ymd => (a === null || formatDay(b) > formatDay(a) ? b : a);

/** Bounds from `labelled`: the page's own labelled date lines (outside comments, lists and with plausible years). */
export function pageBounds(labelled: readonly DateLine[]): PageBounds {
  let updatedBy: Ymd | null = null;
  let latestLabelled: Ymd | null = null;
  for (const l of labelled) {
    if (l.updatedCue && !l.publishedCue) updatedBy = earlier(updatedBy, l.day);
    if (l.updatedCue || l.publishedCue) latestLabelled = later(latestLabelled, l.day);
  }
  return { updatedBy, latestLabelled };
}

/** True when `day` breaks none of the page's bounds (an update stamp is checked only against the labelled days). */
export function withinBounds(day: Ymd, isUpdate: boolean, bounds: PageBounds): boolean {
  if (!plausibleYear(day)) return false;
  if (!isUpdate && bounds.updatedBy !== null && daysBetween(bounds.updatedBy, day) > 0) return false;
  return bounds.latestLabelled === null || daysBetween(bounds.latestLabelled, day) <= MAX_DAYS_AFTER_LABELLED;
}
