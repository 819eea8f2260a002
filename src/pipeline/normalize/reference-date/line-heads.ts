// The part of a pasted line that is its date field: the line with glued words spaced apart, a footer sentence up to
// the page's own date ("This article was first published on 27 November 2023 in ..."), a line opening with a
// publication cue or a byline up to the end of its date's field. date-lines.ts reads the field that remains.
import { hasPublishedCue, hasUpdatedCue } from './cues';
import { lineDates } from './line-dates';

/** A date line is short; a longer line is prose that happens to mention a date. */
export const MAX_LINE_LENGTH = 160;

/**
 * "This article was first published on 27 November 2023 in …": a footer sentence stating the page's own date; the
 * line is read up to that date (the rest names the outlet or section).
 */
export const SELF_STAMP =
  /(?<!\p{L})(?:this|the\s+original)\s+(?:article|story|post|blog\s+post|piece|column|interview|item)\s+(?:was|is|has\s+been)\s+(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|modified)\s+(?:on\s+)?$/iu;

/**
 * Page text pasted from HTML often loses the space between a byline or label and the date ("Shana Nys
 * DambrotNovember 6, 2023", "Original Research7 April 2020") or between two forms of the date ("11/07/2023November
 * 7, 2023"); the line is read with that space put back.
 */
export function unglue(line: string): string {
  const spaced = line.replace(
    /(\p{Ll}(?=\d)|[\p{Ll}\d](?=(?:January|February|March|April|June|July|August|September|October|November|December)\b))/gu,
    '$1 ',
  );
  // "May 17, 20235:00 AM ET": the year glued to the clock time after it (US radio pages); read only on lines with
  // a clock time, and only a year after a space or comma, so "1:20235" and ids are left alone.
  return spaced.includes(':') ? spaced.replace(/(?<=[\s,](?:19|20)\d\d)(?=\d{1,2}:[0-5]\d(?!\d))/g, ' ') : spaced;
}

/**
 * A line opening with a publication cue ("Created … Sunday, October 18th, 2020. Edited … 2020."): read up to the end
 * of its first date's field, like a byline, so a second stamp's words do not make it prose. A cue inside a sentence
 * ("Mercurial 5.2 was released on November 5, 2019. It is …") does not make a field.
 */
export function publishedLed(line: string, dayFirst: boolean): boolean {
  const date = lineDates(line.slice(0, MAX_LINE_LENGTH), dayFirst)[0];
  if (date === undefined) return false;
  const before = line.slice(0, date.start);
  const lead = /^\s*\p{L}+(?:\s+\p{L}+)?/u.exec(before)?.[0] ?? '';
  return hasPublishedCue(lead) && !hasUpdatedCue(before);
}

/** A byline up to the end of the field holding its date: "By Ela on 31. October, 2023 | 18 Comments. This post …". */
export function bylineHead(line: string, dayFirst: boolean): string {
  const date = lineDates(line.slice(0, MAX_LINE_LENGTH), dayFirst)[0];
  if (date === undefined) return line;
  const cut = /\s\|\s|\.\s+\p{Lu}|\s[•·]\s/u.exec(line.slice(date.end));
  return cut === null ? line : line.slice(0, date.end + cut.index);
}

/** A footer sentence stating the page's own date, up to that date (SELF_STAMP); other lines unchanged. */
export function selfStampHead(line: string, dayFirst: boolean): string {
  const date = lineDates(line.slice(0, MAX_LINE_LENGTH), dayFirst)[0];
  return date !== undefined && SELF_STAMP.test(line.slice(0, date.start)) ? line.slice(0, date.end) : line;
}
