// The article's own date in pasted page text. A page shows it on a short line near the headline or byline, just
// before the body starts, or at the start of the first paragraph; the same page also carries update stamps, dates of
// related stories, comment timestamps and copyright years. Each date line is scored by its cues and its distance
// to the start of the body (boilerplate's verdict on the line itself does not matter: a date line is page furniture).
import type { Span } from '../../../model/span';
import { pageDayFirst } from '../../../text/dates/full-dates';
import type { Ymd } from '../../../text/dates/calendar';
import { formatDay } from '../../../text/dates/calendar';
import type { DateLine } from './date-lines';
import { dateLines } from './date-lines';
import { localeDayFirst } from './day-order';
import { threadLines } from './comment-thread';
import { findYearlessDateline } from './yearless-dateline';
import { findYearlessLabelled } from './yearless-labelled';
import { lineOf, proseLines } from './prose-lines';
import type { EvidenceKind } from './confidence';
import { PUBLISHED_CONFIDENCE } from './confidence';
import { pageBounds, plausibleYear, withinBounds } from './plausible';
import { relatedLines } from './related-links';

/** Lines above the body start searched for the date (menus, headline, standfirst, byline sit there). */
export const LINES_BEFORE_BODY = 80;
/** Lines into the body always searched (a date under the headline the body detector kept, a dateline paragraph). */
export const LINES_INTO_BODY = 4;
/**
 * Past LINES_INTO_BODY, lines are searched until this many prose lines of the body have gone by: the body detector
 * often starts at the headline or standfirst, and the date sits between them and the story's first paragraphs.
 */
export const PROSE_LINES_BEFORE_DATE = 3;
/** Other date lines this close to a candidate with other days make it part of a list (related stories, archive). */
export const LIST_RADIUS = 6;

/** Weights of the cues (see DateLine): a stated publication cue outweighs a few lines of distance. */
const WEIGHTS = { published: 3, byline: 2, updated: -2, list: -3, leadsProse: -1, perLineAway: 1 / 15 } as const;

/** The chosen day with a confidence in [0, 1]. */
export interface PublishedLine {
  readonly date: string;
  readonly confidence: number;
}

/** The earliest day a comment timestamp on the page gives: the article was published before its comments. */
function firstComment(lines: readonly DateLine[], bodyLine: number): string | null {
  const days = lines.filter((l) => l.commentLike && l.index > bodyLine).map((l) => formatDay(l.day));
  return days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b));
}

/** Other date lines within LIST_RADIUS of `line` that give another day. */
function neighboursWithOtherDays(line: DateLine, all: readonly DateLine[]): number {
  const key = formatDay(line.day);
  return all.filter((o) => o !== line && Math.abs(o.index - line.index) <= LIST_RADIUS && formatDay(o.day) !== key)
    .length;
}

/** Lines around a bare date on its own that must hold no other day (a chronology spaces its dates widely). */
export const ALONE_RADIUS = 3 * LIST_RADIUS;

/** No other date line within ALONE_RADIUS gives another day. */
function alone(line: DateLine, all: readonly DateLine[]): boolean {
  const key = formatDay(line.day);
  return !all.some((o) => Math.abs(o.index - line.index) <= ALONE_RADIUS && formatDay(o.day) !== key);
}

function score(line: DateLine, all: readonly DateLine[], bodyLine: number): number {
  const away = Math.abs(bodyLine - line.index);
  let s = -away * WEIGHTS.perLineAway;
  if (line.publishedCue) s += WEIGHTS.published;
  if (line.byline) s += WEIGHTS.byline;
  if (line.updatedCue) s += WEIGHTS.updated;
  if (line.leadsProse) s += WEIGHTS.leadsProse;
  if (neighboursWithOtherDays(line, all) >= 2) s += WEIGHTS.list;
  return s;
}

/** Not a candidate anywhere: a comment timestamp, an absurd year, or later than the page's first comment. */
function excludedAlways(line: DateLine, comment: string | null): boolean {
  return line.commentLike || !plausibleYear(line.day) || (comment !== null && formatDay(line.day) > comment);
}

/** What a line far from the body start must say to be taken: a publication cue, nothing, or an update cue. */
type FarKind = 'published' | 'plain' | 'updated';

const FAR_TEST: Record<FarKind, (l: DateLine) => boolean> = {
  published: (l) => l.publishedCue && !l.updatedCue,
  plain: (l) => !l.updatedCue && l.bare,
  updated: (l) => l.updatedCue,
};

/**
 * Past the window around the body start (the body detector can start the body at the menu or end it early), the
 * first line of the page of a kind, outside any list of dates and not opening prose: a line with a publication cue
 * (a footer "Published: 03 December 2019", a "Posted on" under the post), then a bare date with no other date line
 * near it (not a list of related stories or a comment thread), then as a last resort an update stamp ("last edited
 * 2019-11-10").
 */
function farLine(all: readonly DateLine[], excluded: (l: DateLine) => boolean, kind: FarKind): DateLine | null {
  for (const l of all) {
    if (excluded(l) || l.leadsProse || (kind === 'plain' ? !alone(l, all) : neighboursWithOtherDays(l, all) >= 2))
      continue;
    if (FAR_TEST[kind](l)) return l;
  }
  return null;
}

/**
 * The kind of evidence a line of the window around the body start gives (see confidence.ts); a publication cue
 * below the story's second paragraph is a footer's.
 */
function windowKind(line: DateLine, p: PageLines): EvidenceKind {
  if (line.publishedCue) return line.index > p.secondProseLine ? 'labelled-far' : 'labelled';
  if (line.byline) return 'byline';
  if (line.updatedCue) return 'update';
  return line.leadsProse ? 'body' : 'bare';
}

/** A page's date lines with the window around its body start and what is never a candidate. */
interface PageLines {
  readonly text: string;
  readonly all: readonly DateLine[];
  readonly bodyLine: number;
  /** The last line of the window (where the story's prose is under way). */
  readonly lastLine: number;
  readonly excluded: (l: DateLine) => boolean;
  /** The index of the story's second prose line. */
  readonly secondProseLine: number;
  /** The days of the page's date lines outside comments (related stories included). */
  readonly yearDays: readonly Ymd[];
}

function readPage(text: string, body: readonly Span[], dayFirstOption: boolean): PageLines {
  const dayFirst = pageDayFirst(text) ?? (dayFirstOption || localeDayFirst(text) === true);
  const bodyLine = lineOf(text, body[0]?.start ?? 0);
  const prose = proseLines(text, bodyLine, Math.max(PROSE_LINES_BEFORE_DATE, 2));
  const lastLine = Math.max(bodyLine + LINES_INTO_BODY, prose.nth(PROSE_LINES_BEFORE_DATE));
  const all = dateLines(text, dayFirst);
  // Threads and related lists are searched once the story is under way: from its second paragraph (a standfirst can
  // be the first, with a "12 Comments" link or a "Latest" sidebar between it and the byline).
  const secondProseLine = prose.nth(2);
  const underWay = prose.underWay;
  const thread = threadLines(text, all, underWay);
  const related = relatedLines(text, all, underWay);
  const comment = firstComment(all, bodyLine);
  // A footer sentence about the page itself ("This article was first published on …") is no related story's date.
  const furniture = (l: DateLine): boolean =>
    thread.has(l) || (related.has(l) && !l.selfStamp) || excludedAlways(l, comment);
  // The page's own labelled lines (outside comments, related lists and lists of dates) bound its publication day.
  const labelled = all.filter(
    (l) => (l.publishedCue || l.updatedCue) && !furniture(l) && neighboursWithOtherDays(l, all) < 2,
  );
  const bounds = pageBounds(labelled);
  const excluded = (l: DateLine): boolean =>
    furniture(l) || !withinBounds(l.day, l.updatedCue && !l.publishedCue, bounds);
  // Related stories' dates are no candidates but still tell a yearless dateline its year.
  const yearDays = all.filter((l) => !thread.has(l) && !excludedAlways(l, comment)).map((l) => l.day);
  return { text, all, bodyLine, lastLine, excluded, yearDays, secondProseLine };
}

/** The best-scored candidate from LINES_BEFORE_BODY above the body start to the window's last line. */
function bestInWindow(p: PageLines): { line: DateLine; s: number } | null {
  const from = p.bodyLine - LINES_BEFORE_BODY;
  const near = p.all.filter((l) => l.index >= from - LIST_RADIUS && l.index <= p.lastLine + LIST_RADIUS);
  let best: { line: DateLine; s: number } | null = null;
  for (const line of near) {
    if (line.index < from || line.index > p.lastLine || p.excluded(line)) continue;
    const s = score(line, near, p.bodyLine);
    if (best === null || s > best.s) best = { line, s };
  }
  return best;
}

const dated = (day: Ymd, kind: EvidenceKind): PublishedLine => ({
  date: formatDay(day),
  confidence: PUBLISHED_CONFIDENCE[kind],
});

/**
 * The publication day of a pasted page. Comment timestamps and threads, related-story lists, copyright lines,
 * dates later than the page's first comment, years outside MIN_YEAR..MAX_YEAR and days the page's own labelled lines
 * rule out (plausible.ts) are never taken. In order: the best-scored line of the window
 * around the body start when it has a publication cue or is a byline; a publication cue with a day but no year
 * above the story's second paragraph; a line with a publication cue anywhere; the
 * window's best line unless a wire dateline without a year opens the story above it; that dateline; a lone bare
 * date anywhere; an update stamp, with or without its year. Null when nothing qualifies.
 */
export function findPublishedLine(text: string, body: readonly Span[], dayFirstOption: boolean): PublishedLine | null {
  const p = readPage(text, body, dayFirstOption);
  const best = bestInWindow(p);
  if (best !== null && (best.line.publishedCue || best.line.byline))
    return dated(best.line.day, windowKind(best.line, p));
  // "Published 3 June" above the story: the outlet left out this year's year.
  const from = p.bodyLine - LINES_BEFORE_BODY;
  const yearless = findYearlessLabelled(text, from, Math.min(p.lastLine, p.secondProseLine), p.yearDays);
  if (yearless !== null && !yearless.updated) return dated(yearless.day, 'yearless');
  const cued = farLine(p.all, p.excluded, 'published');
  if (cued !== null && cued !== best?.line) return dated(cued.day, 'labelled-far');
  // A wire dateline opening the story beats an unlabelled date below it (a related story, a photo credit).
  const wire = findYearlessDateline(text, from, p.lastLine, p.yearDays);
  if (best !== null && (wire === null || best.line.index <= wire.index))
    return dated(best.line.day, windowKind(best.line, p));
  if (wire !== null) return dated(wire.day, 'yearless');
  const plain = farLine(p.all, p.excluded, 'plain');
  if (plain !== null) return dated(plain.day, 'bare-far');
  const updated = farLine(p.all, p.excluded, 'updated');
  if (updated !== null) return dated(updated.day, 'update');
  return yearless === null ? null : dated(yearless.day, 'update');
}

export { urlDay } from './url-day';
export { MIN_YEAR } from './date-lines';
export { MAX_YEAR } from './plausible';
