import type { Doc, ReferenceDate } from '../../model/document';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import { isoDayOf } from '../../text/dates/iso-day';
import { findDateline } from './reference-date/dateline';
import { findPublishedLine } from './reference-date/published-line';

/** A YYYY-MM-DD day from a value that starts with one (a time part after it is ignored); null otherwise. */
function isoDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return isoDayOf(value);
}

/** The reference date by precedence: input `published`, HTML metadata, dateline, then the option. */
export function chooseReference(doc: Doc, options: PipelineOptions): ReferenceDate | null {
  const input = isoDay(doc.inputPublished);
  if (input !== null) return { date: input, source: 'input' };
  const meta = isoDay(doc.meta.date);
  if (meta !== null) return { date: meta, source: 'html-meta' };
  const line = findPublishedLine(doc.text, doc.body, options.dayFirst);
  if (line !== null) return { date: line.date, source: 'dateline' };
  const dateline = findDateline(doc.text, options.dayFirst);
  if (dateline !== null) return { date: dateline, source: 'dateline' };
  const option = isoDay(options.referenceDate);
  if (option !== null) return { date: option, source: 'option' };
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
