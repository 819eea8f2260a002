import type { JsonObject } from './json';
import { asObject } from './json';
import type { RecordCounts } from './result';
import { annotatesSpans } from './select';
import { toSpan } from './spans';
import { SPAN_TYPES } from './options';

/** Predictions by id; a repeated id keeps the last record (and is counted). */
export function indexPredictions(predRecs: readonly JsonObject[]): {
  byId: Map<unknown, JsonObject>;
  duplicates: number;
} {
  const byId = new Map<unknown, JsonObject>();
  let duplicates = 0;
  for (const p of predRecs) {
    if (byId.has(p.id)) duplicates++;
    byId.set(p.id, p);
  }
  return { byId, duplicates };
}

/** Counts invalid spans and spans whose text is not the slice of the record text at their offsets. */
function checkSpans(counts: RecordCounts, g: JsonObject, p: JsonObject): void {
  const text = typeof p.text === 'string' ? p.text : g.text;
  for (const type of SPAN_TYPES) {
    const list: unknown[] = Array.isArray(p[type]) ? p[type] : [];
    for (const raw of list) {
      const s = toSpan(asObject(raw));
      if (!s) counts.pred_invalid_spans++;
      else if (
        typeof s.rec.text === 'string' &&
        typeof text === 'string' &&
        text &&
        text.slice(s.start, s.end) !== s.rec.text
      )
        counts.pred_span_text_mismatch++;
    }
  }
}

/** How gold and prediction records line up, and problems in the predictions of matched records. */
export function recordCounts(
  goldRecs: readonly JsonObject[],
  predRecs: readonly JsonObject[],
  byId: ReadonlyMap<unknown, JsonObject>,
  duplicates: number,
): RecordCounts {
  const goldIds = new Set(goldRecs.map((g) => g.id));
  const counts: RecordCounts = {
    gold: goldRecs.length,
    pred: predRecs.length,
    matched: goldRecs.filter((g) => byId.has(g.id)).length,
    missing_pred: goldRecs.filter((g) => !byId.has(g.id)).length,
    extra_pred: predRecs.filter((p) => !goldIds.has(p.id)).length,
    duplicate_pred_ids: duplicates,
    pred_text_differs: 0,
    pred_span_text_mismatch: 0,
    pred_invalid_spans: 0,
  };
  for (const g of goldRecs) {
    const p = byId.get(g.id);
    if (!p) continue;
    if (annotatesSpans(g) && typeof p.text === 'string' && typeof g.text === 'string' && p.text !== g.text)
      counts.pred_text_differs++;
    checkSpans(counts, g, p);
  }
  return counts;
}
