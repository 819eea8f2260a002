// The article's own date: the predicted `published` (articles.jsonl) against the gold page date `date` (the
// boilerplate sets, whose pages show no date to the CLI). Each dated gold page is found (same day), wrong (another
// day) or missing (no prediction); a page the gold leaves undated only counts when a date was predicted.
import type { JsonObject } from './json';
import type { PublishedResult, PublishedSourceCounts } from './result';

/** The YYYY-MM-DD day a value starts with, or null (a time part after the day is ignored). */
export function dayOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m ? (m[1] ?? null) : null;
}

/** True when some gold record has a `date` field at all (null included): the set annotates page dates. */
export function annotatesPublished(goldRecs: readonly JsonObject[]): boolean {
  return goldRecs.some((g) => Object.prototype.hasOwnProperty.call(g, 'date'));
}

/** One scored page for the error listing. */
export interface PublishedCase {
  readonly id: string;
  readonly kind: 'MISSING' | 'WRONG' | 'UNDATED';
  readonly gold: string | null;
  readonly pred: string | null;
  readonly source: string | null;
}

const ratio = (ok: number, n: number): number | null => (n ? ok / n : null);

function bump(table: Record<string, PublishedSourceCounts>, source: string, found: boolean): void {
  const row = (table[source] ??= { found: 0, wrong: 0 });
  if (found) row.found++;
  else row.wrong++;
}

/**
 * Scores `published` of each prediction against the gold `date` of its record. Accuracy is found / dated gold
 * pages, precision found / (found + wrong); `undated_predicted` counts predictions on pages the gold leaves undated.
 */
export function scorePublished(
  goldRecs: readonly JsonObject[],
  byId: ReadonlyMap<unknown, JsonObject>,
  cases: PublishedCase[] = [],
): PublishedResult {
  let dated = 0;
  let found = 0;
  let wrong = 0;
  let undated = 0;
  const bySource: Record<string, PublishedSourceCounts> = {};
  for (const g of goldRecs) {
    const p = byId.get(g.id);
    const gold = dayOf(g.date);
    const pred = dayOf(p?.published);
    const source = typeof p?.publishedSource === 'string' ? p.publishedSource : null;
    const c = { id: String(g.id), gold, pred, source };
    if (gold === null) {
      if (pred === null) continue;
      undated++;
      cases.push({ ...c, kind: 'UNDATED' });
      continue;
    }
    dated++;
    if (pred === null) {
      cases.push({ ...c, kind: 'MISSING' });
      continue;
    }
    const right = pred === gold;
    bump(bySource, source ?? 'null', right);
    if (right) found++;
    else {
      wrong++;
      cases.push({ ...c, kind: 'WRONG' });
    }
  }
  return {
    annotated: true,
    docs: goldRecs.length,
    dated,
    found,
    wrong,
    missing: dated - found - wrong,
    accuracy: ratio(found, dated),
    precision: ratio(found, found + wrong),
    undated_predicted: undated,
    by_source: bySource,
  };
}

/** A case as one line of the error listing: "WRONG id gold=2020-01-19 pred=2020-01-17 (dateline)". */
export function formatCase(c: PublishedCase): string {
  return `${c.id} gold=${c.gold ?? 'null'} pred=${c.pred ?? 'null'}${c.source ? ` (${c.source})` : ''}`;
}
