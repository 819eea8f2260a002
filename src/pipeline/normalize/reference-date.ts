import type { Doc, ReferenceDate } from '../../model/document';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import { isoDayOf } from '../../text/dates/iso-day';
import { findDateline } from './reference-date/dateline';
import { findPublishedLine, urlDay } from './reference-date/published-line';

/** A YYYY-MM-DD day from a value that starts with one (a time part after it is ignored); null otherwise. */
function isoDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return isoDayOf(value);
}

/** Confidence of each source that gives no score of its own (see ReferenceDate.confidence). */
const CONFIDENCE = { input: 1, htmlMeta: 0.9, url: 0.85, topDateline: 0.8, option: 0.5 } as const;

/** The reference date by precedence: input `published`, HTML metadata, a URL path date, a date line, the option. */
export function chooseReference(doc: Doc, options: PipelineOptions): ReferenceDate | null {
  const input = isoDay(doc.inputPublished);
  if (input !== null) return { date: input, source: 'input', confidence: CONFIDENCE.input };
  const meta = isoDay(doc.meta.date);
  if (meta !== null) return { date: meta, source: 'html-meta', confidence: CONFIDENCE.htmlMeta };
  const url = urlDay(doc.url);
  if (url !== null) return { date: url, source: 'url', confidence: CONFIDENCE.url };
  const line = findPublishedLine(doc.text, doc.body, options.dayFirst);
  if (line !== null) return { date: line.date, source: 'dateline', confidence: line.confidence };
  const dateline = findDateline(doc.text, options.dayFirst);
  if (dateline !== null) return { date: dateline, source: 'dateline', confidence: CONFIDENCE.topDateline };
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
