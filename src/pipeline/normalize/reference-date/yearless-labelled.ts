// Outlets drop the year from the date of a story published this year: "Published 3 June", "Last updated at 11:02
// BST on 3 June", "Posted Jun 3", or "Published" on one line and "3 June" on the next. The year comes from the page
// the same way a wire dateline's does (yearless-dateline.ts): the year nearest the page's full dates, else the
// copyright year.
import type { Ymd } from '../../../text/dates/calendar';
import { monthOf } from '../../../text/dates/lexicon';
import { cueOnlyLine, hasPublishedCue, hasUpdatedCue, withoutRelativeUpdates } from './cues';
import { MONTH, anchorYear, copyrightYear } from './yearless-dateline';

/** A labelled yearless line is short: a cue, a time, the day. */
export const MAX_YEARLESS_LINE = 60;

const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![\\p{L}])`, 'u');
const MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`, 'u');
/** A year anywhere on the line: the full-date readers handle the line. */
const YEAR = /(?<!\d)\d{4}(?!\d)/;

/** The month and day a short line without a year states, or null. */
function monthDay(line: string): { month: number; day: number } | null {
  if (line.length > MAX_YEARLESS_LINE || YEAR.test(line)) return null;
  const dm = DAY_MONTH.exec(line);
  if (dm) return { month: monthOf(dm[2] ?? '') ?? 0, day: Number(dm[1]) };
  const md = MONTH_DAY.exec(line);
  if (md) return { month: monthOf(md[1] ?? '') ?? 0, day: Number(md[2]) };
  return null;
}

/** A yearless labelled day with its line index and whether its cue is an update's. */
export interface YearlessLabelled {
  readonly day: Ymd;
  readonly index: number;
  readonly updated: boolean;
}

/**
 * The first line among `from`..`to` of `text` that gives a day without a year under a publication or update cue (on
 * the line or alone on the line above), a publication cue first; its year from `fullDays` or the copyright year.
 */
export function findYearlessLabelled(
  text: string,
  from: number,
  to: number,
  fullDays: readonly Ymd[],
): YearlessLabelled | null {
  const lines = text.split('\n');
  let update: YearlessLabelled | null = null;
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    const line = withoutRelativeUpdates(lines[i] ?? '');
    const found = monthDay(line);
    if (found === null) continue;
    const above = cueOnlyLine(lines[i - 1] ?? '');
    const published = hasPublishedCue(line) || above?.published === true;
    const updated = !published && (hasUpdatedCue(line) || above?.updated === true);
    if (!published && !updated) continue;
    const day = anchorYear(found.month, found.day, fullDays, copyrightYear(text));
    if (day === null) continue;
    if (published) return { day, index: i, updated: false };
    update ??= { day, index: i, updated: true };
  }
  return update;
}
