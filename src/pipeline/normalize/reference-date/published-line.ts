// The article's own date in pasted page text. A page shows it on a short line near the headline or byline, just
// before the body starts, or at the start of the first paragraph; the same page also carries update stamps, dates of
// related stories, comment timestamps and copyright years. Each date line is scored by its cues and its distance
// to the start of the body (boilerplate's verdict on the line itself does not matter: a date line is page furniture).
import type { Span } from '../../../model/span';
import { fullDates, pageDayFirst } from '../../../text/dates/full-dates';
import { formatDay } from '../../../text/dates/calendar';
import type { DateLine } from './date-lines';
import { dateLines } from './date-lines';
import { localeDayFirst } from './line-dates';
import { threadLines } from './comment-thread';
import { findYearlessDateline } from './yearless-dateline';

/** Lines above the body start searched for the date (menus, headline, standfirst, byline sit there). */
export const LINES_BEFORE_BODY = 80;
/** Lines into the body always searched (a date under the headline the body detector kept, a dateline paragraph). */
export const LINES_INTO_BODY = 4;
/**
 * Past LINES_INTO_BODY, lines are searched until this many prose lines of the body have gone by: the body detector
 * often starts at the headline or standfirst, and the date sits between them and the story's first paragraphs.
 */
export const PROSE_LINES_BEFORE_DATE = 3;
/** A line this long is prose. */
export const PROSE_LINE = 150;
/** Before this year a "publication date" on a web page is a historical date in the text. */
export const MIN_YEAR = 1990;
/** Other date lines this close to a candidate with other days make it part of a list (related stories, archive). */
export const LIST_RADIUS = 6;

/** Weights of the cues (see DateLine): a stated publication cue outweighs a few lines of distance. */
const WEIGHTS = { published: 3, byline: 2, updated: -2, list: -3, leadsProse: -1, perLineAway: 1 / 15 } as const;

/** The chosen day with a confidence in [0, 1]. */
export interface PublishedLine {
  readonly date: string;
  readonly confidence: number;
}

/** The index of the line holding offset `at`. */
function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The index of the line where the story's prose is under way: the PROSE_LINES_BEFORE_DATE-th long line from `from`. */
function proseLine(text: string, from: number): number {
  let index = 0;
  let seen = 0;
  for (let at = 0; at <= text.length; index++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (index >= from && end - at >= PROSE_LINE && ++seen >= PROSE_LINES_BEFORE_DATE) return index;
    if (nl < 0) break;
    at = nl + 1;
  }
  return index;
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

/** Confidence of a date taken from a cued line away from the body start, and of a last-resort update stamp. */
export const CONFIDENCE_FAR_CUE = 0.75;
export const CONFIDENCE_FAR_PLAIN = 0.6;
/** A wire dateline's day with the year taken from the page's newest date. */
export const CONFIDENCE_YEARLESS = 0.6;
export const CONFIDENCE_UPDATE_ONLY = 0.5;

/** Not a candidate anywhere: a comment timestamp, too old, or later than the page's first comment. */
function excludedAlways(line: DateLine, comment: string | null): boolean {
  return line.commentLike || line.day.year < MIN_YEAR || (comment !== null && formatDay(line.day) > comment);
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

function confidence(line: DateLine, s: number): number {
  const base = line.publishedCue || line.byline ? 0.9 : line.updatedCue ? 0.6 : line.leadsProse ? 0.7 : 0.8;
  return Math.round(Math.max(0.3, Math.min(base, base + s / 10)) * 100) / 100;
}

/**
 * The publication day of a pasted page: the best-scored date line from LINES_BEFORE_BODY above the first body span
 * to where the story's prose is under way. Comment timestamps, copyright lines, dates later than the page's first
 * comment and dates before MIN_YEAR are never taken. Null when no line qualifies.
 */
export function findPublishedLine(text: string, body: readonly Span[], dayFirstOption: boolean): PublishedLine | null {
  const dayFirst = pageDayFirst(text) ?? (dayFirstOption || localeDayFirst(text) === true);
  const bodyStart = body[0]?.start ?? 0;
  const bodyLine = lineOf(text, bodyStart);
  const lastLine = Math.max(bodyLine + LINES_INTO_BODY, proseLine(text, bodyLine));
  const all = dateLines(text, dayFirst);
  const thread = threadLines(text, all, lastLine);
  const comment = firstComment(all, bodyLine);
  const excluded = (l: DateLine): boolean => thread.has(l) || excludedAlways(l, comment);
  const near = all.filter(
    (l) => l.index >= bodyLine - LINES_BEFORE_BODY - LIST_RADIUS && l.index <= lastLine + LIST_RADIUS,
  );
  let best: { line: DateLine; s: number } | null = null;
  for (const line of near) {
    if (line.index < bodyLine - LINES_BEFORE_BODY || line.index > lastLine || excluded(line)) continue;
    const s = score(line, near, bodyLine);
    if (best === null || s > best.s) best = { line, s };
  }
  if (best !== null && (best.line.publishedCue || best.line.byline))
    return { date: formatDay(best.line.day), confidence: confidence(best.line, best.s) };
  const cued = farLine(all, excluded, 'published');
  if (cued !== null && cued !== best?.line) return { date: formatDay(cued.day), confidence: CONFIDENCE_FAR_CUE };
  // A wire dateline opening the story beats an unlabelled date below it (a related story, a photo credit).
  const pageDays = all.filter((l) => !excluded(l)).map((l) => l.day);
  const wire = findYearlessDateline(text, bodyLine - LINES_BEFORE_BODY, lastLine, pageDays);
  if (best !== null && (wire === null || best.line.index <= wire.index))
    return { date: formatDay(best.line.day), confidence: confidence(best.line, best.s) };
  if (wire !== null) return { date: formatDay(wire.day), confidence: CONFIDENCE_YEARLESS };
  const plain = farLine(all, excluded, 'plain');
  if (plain !== null) return { date: formatDay(plain.day), confidence: CONFIDENCE_FAR_PLAIN };
  const updated = farLine(all, excluded, 'updated');
  return updated === null ? null : { date: formatDay(updated.day), confidence: CONFIDENCE_UPDATE_ONLY };
}

/** Full days written in a URL path ("/2015/07/24/", "/2015-07-24-title"), as YYYY-MM-DD; null when none. */
export function urlDay(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|\.html?|$)/.exec(path);
  if (!m) return null;
  const found = fullDates(`${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`, false)[0];
  return found === undefined || found.day.year < MIN_YEAR ? null : formatDay(found.day);
}
