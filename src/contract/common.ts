// Definitions the records share (`$defs` of articles.schema.json): offsets, spans, provenance, entity ids.
import type { RecordOf } from './fields';
import { field, objectOf } from './fields';
import { described, int, ref, str } from './shapes';

/** A calendar date, YYYY-MM-DD. */
export const ISO_DATE = str({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
/** A JavaScript string (UTF-16) index into the article text. */
export const OFFSET = int({ minimum: 0 });
const offset = ref('offset', OFFSET);

const SPAN_FIELDS = { start: field(offset), end: field(offset) };
/** A `[start, end)` range of the article text. */
export const SPAN = objectOf(SPAN_FIELDS);
/** A range with the text it covers: `text === article.text.slice(start, end)`. */
export const TEXT_SPAN = objectOf({ ...SPAN_FIELDS, text: field(str({ minLength: 1 })) });
/** A boilerplate span with the rule that removed it. */
export const REMOVED_SPAN = objectOf(
  { ...SPAN_FIELDS, reason: field(str(), 'The boilerplate rule that removed the span.') },
  { closed: true },
);
/** Provenance of a mention: `stage:rule`. */
export const RULE = described(
  str({ pattern: '^[^:]+:.+$' }),
  'Provenance: `stage:rule` of the stage and rule that produced the mention.',
);
/** An entity id within the article: a letter for the type and a number (P1, L2, O3 ...). */
export const ENTITY_ID = described(str({ pattern: '^[A-Z][0-9]+$' }), 'Entity id within the article (P1, L2, O3 ...).');

/** A `[start, end)` range of the article text. */
export type SpanRecord = RecordOf<typeof SPAN_FIELDS>;
/** A range with the text it covers. */
export type TextSpanRecord = SpanRecord & { readonly text: string };
