import type { Doc, HtmlDateSource, ReferenceDate } from '../../model/document';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import { daysBetween, parseYmd } from '../../text/dates/calendar';
import { isoDayOf } from '../../text/dates/iso-day';
import { findDateline } from './reference-date/dateline';
import { PUBLISHED_CONFIDENCE } from './reference-date/confidence';
import { findPublishedLine, urlDay } from './reference-date/published-line';

/** A YYYY-MM-DD day from a value that starts with one (a time part after it is ignored); null otherwise. */
function isoDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return isoDayOf(value);
}

/**
 * Confidence of each source besides page text (whose scale is in reference-date/confidence.ts; see also
 * ReferenceDate.confidence): a story's JSON-LD and
 * its publication meta tags are written for machines and rarely wrong; a `<time>` may belong to another block of
 * the page, a date-named element even more so.
 */
const CONFIDENCE = { input: 1, urlLocalDay: 0.9, url: 0.85, option: 0.5 } as const;
const HTML_CONFIDENCE: Readonly<Record<HtmlDateSource, number>> = {
  'html-json-ld': 0.95,
  'html-meta': 0.9,
  'html-time': 0.85,
  'html-element': 0.7,
};

/**
 * True when `a` is the day before `b`. Pages state their date as a UTC timestamp ("2023-11-09T05:30:59Z") while the
 * outlet dates the story, in its URL ("/2023/11/08/"), in its own time zone: the evening story is a day earlier.
 */
function isDayBefore(a: string, b: string): boolean {
  const [da, db] = [parseYmd(a), parseYmd(b)];
  return da !== null && db !== null && daysBetween(da, db) === 1;
}

/** The reference date by precedence: input `published`, the page's HTML, a URL path date, a date line, the option. */
export function chooseReference(doc: Doc, options: PipelineOptions): ReferenceDate | null {
  const input = isoDay(doc.inputPublished);
  if (input !== null) return { date: input, source: 'input', confidence: CONFIDENCE.input };
  const meta = isoDay(doc.meta.date);
  const url = urlDay(doc.url);
  if (meta !== null) {
    if (url !== null && isDayBefore(url, meta)) return { date: url, source: 'url', confidence: CONFIDENCE.urlLocalDay };
    const source = doc.meta.dateSource ?? 'html-meta';
    return { date: meta, source, confidence: HTML_CONFIDENCE[source] };
  }
  if (url !== null) return { date: url, source: 'url', confidence: CONFIDENCE.url };
  const line = findPublishedLine(doc.text, doc.body, options.dayFirst);
  if (line !== null) return { date: line.date, source: 'dateline', confidence: line.confidence };
  const dateline = findDateline(doc.text, options.dayFirst);
  if (dateline !== null) return { date: dateline, source: 'dateline', confidence: PUBLISHED_CONFIDENCE.bare };
  const option = isoDay(options.referenceDate);
  if (option !== null) return { date: option, source: 'option', confidence: CONFIDENCE.option };
  return null;
}

/**
 * Sets `doc.reference`, the date relative and partial dates are resolved against, and says where it came from.
 * Never the clock: without any source the reference stays null and relative dates get no value.
 */
export const referenceDate: Stage = {
  name: 'normalize/reference-date',
  run(doc: Doc, options: PipelineOptions): Doc {
    return { ...doc, reference: chooseReference(doc, options) };
  },
};
