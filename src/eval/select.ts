import type { JsonObject } from './json';
import { hasList, objectList } from './json';
import type { EvalOptions, SpanType } from './options';

/** The gold mentions of one type in one record: those scored, and those a filter set aside. */
export interface GoldSelection {
  readonly kept: readonly JsonObject[];
  /** Filtered-out gold: a prediction overlapping one of these (and matching nothing kept) is ignored, not a FP. */
  readonly excluded: readonly JsonObject[];
}

/** A value compared the reference scorer's way: trimmed and upper-cased; null for null or undefined. */
export function normValue(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v).trim().toUpperCase();
}

/** A value that only states a calendar date (YYYY, YYYY-MM, YYYY-MM-DD), for --calendar-only. */
const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** TimeML reference values (PRESENT_REF, PAST_REF, FUTURE_REF), kept only with --date-types REF. */
const REF_VALUE = /_REF$/;

function split(list: readonly JsonObject[], keep: (m: JsonObject) => boolean): GoldSelection {
  return { kept: list.filter(keep), excluded: list.filter((m) => !keep(m)) };
}

function keepDate(d: JsonObject, opt: EvalOptions): boolean {
  const v = normValue(d.value) || '';
  if (!opt.dateAll) {
    if (!opt.dateTypes.has(String(d.type || '').toUpperCase())) return false;
    if (REF_VALUE.test(v) && !opt.dateTypes.has('REF')) return false;
  }
  return !(opt.calendarOnly && !CALENDAR_VALUE.test(v));
}

function namedSelection(list: readonly JsonObject[], opt: EvalOptions): GoldSelection {
  const syntactic = opt.syntactic;
  if (!syntactic) return { kept: list, excluded: [] };
  return split(list, (m) =>
    syntactic.has(
      m.syntactic_type === null || m.syntactic_type === undefined ? 'NULL' : String(m.syntactic_type).toUpperCase(),
    ),
  );
}

function quoteSelection(g: JsonObject, opt: EvalOptions): GoldSelection | null {
  const quotes = objectList(g, 'quotes');
  const attributions = objectList(g, 'attributions');
  if (opt.quotesAll)
    return attributions ? { kept: attributions, excluded: [] } : quotes ? { kept: quotes, excluded: [] } : null;
  return quotes ? { kept: quotes, excluded: attributions ?? [] } : null;
}

/** The gold of one type in a record, or null when the record does not annotate that type (then it is not scored). */
export function goldFor(type: SpanType, g: JsonObject, opt: EvalOptions): GoldSelection | null {
  if (type === 'quotes') return quoteSelection(g, opt);
  const list = objectList(g, type);
  if (!list) return null;
  if (type === 'people' || type === 'places' || type === 'organizations') return namedSelection(list, opt);
  if (type === 'dates') return split(list, (d) => keepDate(d, opt));
  return { kept: list, excluded: [] };
}

/** The predictions of one type in a record (empty when absent); with --quote-kinds, quotes of other kinds drop out. */
export function predFor(type: SpanType, p: JsonObject | undefined, opt: EvalOptions): JsonObject[] {
  const list = objectList(p, type) ?? [];
  const kinds = opt.quoteKinds;
  if (type === 'quotes' && kinds) return list.filter((q) => !q.kind || kinds.has(String(q.kind).toLowerCase()));
  return list;
}

/** True when the record annotates any mention type (so a differing prediction text matters). */
export function annotatesSpans(g: JsonObject): boolean {
  return ['people', 'places', 'organizations', 'dates', 'quotes', 'money'].some((k) => hasList(g, k));
}
