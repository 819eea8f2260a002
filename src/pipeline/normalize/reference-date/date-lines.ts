// Lines of pasted page text that state a full date the way a page shows its own date: a short line holding a day
// ("July 11, 2011", "Published 24 July 2015", "By Jane Roe | January 5, 2015", "Friday 13 March 2015 10.46 GMT").
// Each is read with the shared date grammar and labelled with the cues a reader would use to tell a publication
// date from an update stamp, a comment timestamp or a copyright notice.
import type { Ymd } from '../../../text/dates/calendar';
import type { FullDate } from '../../../text/dates/full-dates';
import { asciiDigits, hasNativeDigits, lineDates } from './line-dates';
import { MAX_LINE_LENGTH, SELF_STAMP, bylineHead, publishedLed, selfStampHead, unglue } from './line-heads';
import { trailingStamp } from './trailing-stamp';

export { MAX_LINE_LENGTH } from './line-heads';
import {
  cueOnlyLine,
  hasPublishedCue,
  hasUpdatedCue,
  namesOtherDate,
  updatedCueOfTime,
  withoutRelativeUpdates,
} from './cues';

/** Before this year a "publication date" on a web page is a historical date in the text. */
export const MIN_YEAR = 1990;

/** Words a date line may hold besides the date, times, weekdays and cue words (a place, a byline, a category). */
export const MAX_OTHER_WORDS = 9;

/** One line that states a full date. */
export interface DateLine {
  /** Index of the line among all lines of the text. */
  readonly index: number;
  /** Offset of the line's first character in the text. */
  readonly start: number;
  readonly day: Ymd;
  /** "Published", "Posted", "First published", "Date:": the line says this is the publication date. */
  readonly publishedCue: boolean;
  /** "Updated", "Modified", "Edited", "Last reviewed": the line gives a later revision's date. */
  readonly updatedCue: boolean;
  /** "By <name>": a byline with its date. */
  readonly byline: boolean;
  /** "at 2:54 pm", "Reply", "says:": shaped like a comment's timestamp. */
  readonly commentLike: boolean;
  /** The date opens a longer line of prose (a dateline at the start of the first paragraph). */
  readonly leadsProse: boolean;
  /** A footer sentence about the page itself: "This article was first published on 27 November 2023". */
  readonly selfStamp: boolean;
  /** The line holds little but its date ("Thursday, August 6, 2020 9:09 AM", "10. September 2017"). */
  readonly bare: boolean;
}

/** Other words a bare date line may hold (a cue, a name). */
export const MAX_BARE_WORDS = 3;

/**
 * "By Jane Roe", "Par Jeanine Jalkh", "AFP / By Jane Roe", "OLJ / Par …": a byline, maybe after the source's short
 * name and a slash or bar. A digit after the word is no name: Dutch "di 12 mrt 2024" is Tuesday, not Italian "di".
 */
const BYLINE =
  /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.'-]{0,15}\s*[/|]\s*)?(?:by|written\s+by|words\s+by|posted\s+by|author:?|par|por|von|di|door|autor:?|auteur:?)\s+(?!\d)\S/iu;
/** "September 12, 2024 by Jane Roe", "March 3, 2022 at 9:15 am by Jane Roe": a blog's date before its author. */
const BY_AFTER_DATE = /^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(?:[-–—|·•,]\s*)?by\s+\p{Lu}/u;
const COPYRIGHT = /©|\(c\)|\bcopyright\b|all\s+rights\s+reserved/i;
/** "Other articles published on Dec 13, 2015", "More stories posted May 2": the heading of a list of other stories. */
const LIST_HEADING =
  /\b(?:other|more|related|similar|previous|earlier|recent)\s+(?:\p{L}+\s+)?(?:articles|stories|posts|news|items|reports|headlines)\s+(?:published|posted|from)\b/iu;
const COMMENT = /\breply\b|\bsays:|\bwrote:|\bcomments?\s+on\b|\bpermalink\b/i;
/** A full stop after a lower-case word: the line is a sentence of prose, not page furniture. */
const SENTENCE_END = /\p{Ll}{2}[.!?](?:\s|$)/u;
/**
 * Two clock times joined as a span ("7pm to 11pm", "10:00–18:00"): the line gives an event's hours, and a page
 * stamps its own date with one time.
 */
const TIME_RANGE =
  /(?<![\d.:])\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*(?:-|–|—|to|until|till)\s*\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\.?)/i;
/** A full stop closing the line right after its last date: "… is due on January 1, 2024." */
const CLOSES_SENTENCE = /^\s*[.!?]["”’)]?\s*$/;

/** Times of day and zones, dropped before counting the other words of a line. */
const TIME =
  /\bkl\.?(?=\s*\d)|\b\d{1,2}(?:[:.h]\d{2})?(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)?(?=\W|$)|\b(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|IST|AEST|AEDT|SAST|WAT|EAT|HKT|SGT|JST|KST)\b/gi;
const FILLER =
  /(?<!\p{L})(?:published|posted|first|updated|modified|last|on|at|date|by|and|min|read|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|le|il|am|um|de|del|a\s+las|à|alle|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\p{L})/giu;

/** The words of `rest` that are not times, zones, weekdays or cue words. */
function otherWords(rest: string): number {
  return (
    rest
      .replace(TIME, ' ')
      .replace(FILLER, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).length;
}

/**
 * "Updated Mar 4, 2020 | Published Mar 3, 2020": when the line's first date carries an update cue and a later date
 * a publication cue, the later date is the line's day. Null otherwise.
 */
function publishedAfterUpdate(line: string, dates: readonly FullDate[]): FullDate | null {
  const first = dates[0];
  if (first === undefined || !hasUpdatedCue(line.slice(0, first.start))) return null;
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i];
    const between = line.slice(dates[i - 1]?.end ?? 0, d?.start ?? 0);
    if (d !== undefined && hasPublishedCue(between) && !hasUpdatedCue(between)) return d;
  }
  return null;
}

/** The fields of a date line that do not depend on which of its dates is the line's day. */
function lineShape(
  line: string,
  first: FullDate | undefined,
  leadsProse: boolean,
  rest: string,
): Pick<DateLine, 'byline' | 'commentLike' | 'leadsProse' | 'bare' | 'selfStamp'> {
  return {
    selfStamp: first !== undefined && SELF_STAMP.test(line.slice(0, first.start)),
    byline: BYLINE.test(line) || (first !== undefined && BY_AFTER_DATE.test(line.slice(first.end))),
    commentLike: COMMENT.test(line),
    leadsProse,
    bare: !leadsProse && otherWords(rest) <= MAX_BARE_WORDS,
  };
}

/** The date line `line` (at `index`, offset `start`) states, or null when it is not dateline-shaped. */
export function readDateLine(whole: string, index: number, start: number, dayFirst: boolean): DateLine | null {
  if (whole.trim().length === 0 || COPYRIGHT.test(whole) || LIST_HEADING.test(whole) || TIME_RANGE.test(whole))
    return null;
  const unglued = unglue(whole);
  const stamped = selfStampHead(unglued, dayFirst);
  const fielded = stamped === unglued && (BYLINE.test(unglued) || publishedLed(unglued, dayFirst));
  const line = fielded ? bylineHead(unglued, dayFirst) : stamped;
  const head = line.length > MAX_LINE_LENGTH ? line.slice(0, 60) : line;
  const dates = lineDates(head, dayFirst);
  const first = dates[0];
  if (first === undefined) return null;
  let rest = head;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  // Tested without the dates and times, so the dots of "Feb. 19, 2020" and "09:01 hrs." do not end a sentence.
  const leadsProse =
    line.length > MAX_LINE_LENGTH ||
    SENTENCE_END.test(rest.replace(TIME, ' ')) ||
    closedByDate(line, dates) ||
    (first.start <= 30 && otherWords(line.slice(first.end)) > MAX_OTHER_WORDS);
  if (leadsProse && !isLeadingDate(line, first.start, first.end)) return null;
  if (!leadsProse) {
    const byline = BYLINE.test(line);
    if (otherWords(rest) > MAX_OTHER_WORDS + (byline ? 4 : 0)) return null;
  }
  const stated = publishedAfterUpdate(line, dates);
  if (stated !== null)
    return {
      index,
      start,
      day: stated.day,
      publishedCue: true,
      updatedCue: false,
      ...lineShape(line, first, leadsProse, rest),
    };
  const before = line.slice(0, first.start);
  if (namesOtherDate(before) || dateInClause(line, before)) return null;
  const cued = withoutRelativeUpdates(line);
  // "14/12/2015 10h31 - Atualizado em 15/12/2015": an update cue just before a later date is that date's.
  const second = dates[1];
  const cueOfLater =
    (second !== undefined && hasUpdatedCue(line.slice(first.end, second.start))) ||
    updatedCueOfTime(line.slice(first.end));
  return {
    index,
    start,
    day: first.day,
    publishedCue: hasPublishedCue(before) || (!hasUpdatedCue(before) && hasPublishedCue(cued)),
    updatedCue: hasUpdatedCue(before) || (hasUpdatedCue(cued) && !hasPublishedCue(cued) && !cueOfLater),
    ...lineShape(line, first, leadsProse, rest),
  };
}

/** Lower-case words a headline or clause holds before a date it carries as an argument. */
const MIN_CLAUSE_WORDS = 3;
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}'’-]{2,}/gu;

/**
 * A headline or clause that carries the date as its argument, with no full stop to close it ("Центробанк может
 * повысить ставку на заседании 15 декабря 2023 года", "Fed may raise rates at its meeting on December 15, 2023"):
 * three or more lower-case words of three letters or more before the date, no cue, and no byline. A date line's
 * lead holds a cue, a byline, a place, a weekday or capitals ("Published on", "By Jane Roe on", "Madrid, martes").
 */
function dateInClause(line: string, before: string): boolean {
  if (before.length < 12 || BYLINE.test(line) || hasPublishedCue(before) || hasUpdatedCue(before)) return false;
  return (before.match(LOWER_WORD)?.length ?? 0) >= MIN_CLAUSE_WORDS;
}

/**
 * A sentence of prose that ends on its date ("The bank's next decision is due on January 1, 2024."): more words than
 * a bare date line holds before the date, no cue among them, and a full stop right after the last date.
 */
function closedByDate(line: string, dates: readonly FullDate[]): boolean {
  const [first, last] = [dates[0], dates[dates.length - 1]];
  if (first === undefined || last === undefined || !CLOSES_SENTENCE.test(line.slice(last.end))) return false;
  const before = line.slice(0, first.start);
  return otherWords(before) > MAX_BARE_WORDS && !hasPublishedCue(before) && !hasUpdatedCue(before);
}

/**
 * A place written in title case before a comma, as many outlets open their stories ("Addis Abeba, November 14/2023
 * –", "Dar es Salaam, 14 November 2023:"): up to four capitalized words, with the particles of place names between.
 */
const TITLE_CASE_PLACE =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:es|de|del|da|do|al|el|la|le|of|on|upon)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s*,\s*$/u;

/** "December 16, 2009 — Boeing's …", "LONDON, 1 April 2014 (Reuters) - …": a date opening a paragraph. */
function isLeadingDate(line: string, start: number, end: number): boolean {
  const lead = line.slice(0, start);
  if (!/^[\p{Lu}\s,.()/'-]*$/u.test(lead) && !TITLE_CASE_PLACE.test(lead)) return false; // only a place name
  return /^\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—:|]|\.\s|,\s)/.test(line.slice(end));
}

/**
 * A date line under a line holding only a cue ("Published" above "24 July 2015") takes that cue when it has none of
 * its own.
 */
function withCueAbove(found: DateLine, above: string): DateLine {
  const cue = found.publishedCue || found.updatedCue ? null : cueOnlyLine(above);
  return cue === null ? found : { ...found, publishedCue: cue.published, updatedCue: cue.updated && !cue.published };
}

/** Every date line of `text`, with line indexes and offsets. */
export function dateLines(text: string, dayFirst: boolean): DateLine[] {
  const out: DateLine[] = [];
  let index = 0;
  let from = 0;
  let above = '';
  // Native digits are looked for once per page: most pages have none, and then no line is rewritten.
  const native = hasNativeDigits(text);
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const line = native ? asciiDigits(text.slice(from, end)) : text.slice(from, end);
    if (/\d/.test(line)) {
      const stampAt = (): number => (line.length > MAX_OTHER_WORDS * 4 ? trailingStamp(line, dayFirst) : -1);
      let found = readDateLine(line, index, from, dayFirst);
      if (found === null) {
        const stamp = stampAt();
        found = stamp > 0 ? readDateLine(line.slice(stamp), index, from + stamp, dayFirst) : null;
      }
      if (found !== null) out.push(withCueAbove(found, above));
    }
    if (text.slice(from, end).trim().length > 0) above = text.slice(from, end);
    index++;
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}
