import type { Accumulator } from './accumulator';
import { newAccumulator, typeResult } from './accumulator';
import { scoreBody } from './body';
import { ErrorLog } from './error-log';
import type { JsonObject } from './json';
import { hasList } from './json';
import type { EvalOptions, SpanType } from './options';
import type { PublishedCase } from './published';
import { annotatesPublished, formatCase, scorePublished } from './published';
import { indexPredictions, recordCounts } from './records';
import type { EchoedOptions, EvalResult, NotAnnotated, PublishedResult } from './result';
import { scoreRecord } from './score-type';

function echo(opt: EvalOptions): EchoedOptions {
  return {
    types: opt.types,
    date_types: opt.dateAll ? ['all'] : [...opt.dateTypes],
    calendar_only: opt.calendarOnly,
    syntactic: opt.syntactic ? [...opt.syntactic] : null,
    quotes_all: opt.quotesAll,
    quote_kinds: opt.quoteKinds ? [...opt.quoteKinds] : null,
    strict_values: opt.strictValues,
  };
}

/** MEANTIME-style gold mixes named and other mentions: say how to get a named-entity score. */
function syntacticNote(type: SpanType, goldRecs: readonly JsonObject[], opt: EvalOptions): string | null {
  if ((type !== 'people' && type !== 'places' && type !== 'organizations') || opt.syntactic) return null;
  const has = goldRecs.some((g) =>
    (Array.isArray(g[type]) ? (g[type] as unknown[]) : []).some(
      (m) => typeof m === 'object' && m !== null && 'syntactic_type' in m,
    ),
  );
  return has
    ? `${type}: gold has syntactic_type (MEANTIME) and includes NOM/PRO mentions; use --syntactic NAM,PRE.NAM for a named-entity score`
    : null;
}

/** The published score, its error cases logged; not annotated when no gold record has a `date` field. */
function publishedType(
  goldRecs: readonly JsonObject[],
  byId: ReadonlyMap<unknown, JsonObject>,
  log: ErrorLog,
): PublishedResult | NotAnnotated {
  if (!annotatesPublished(goldRecs)) return { annotated: false };
  const cases: PublishedCase[] = [];
  const result = scorePublished(goldRecs, byId, cases);
  for (const c of cases) log.published(c.kind, formatCase(c));
  return result;
}

/**
 * Scores predictions (articles.jsonl records) against gold records exactly as the reference scorer
 * shared/eval/score.mjs does: same matching, value rules and body metrics, same result shape.
 */
export function scoreRecords(
  goldRecs: readonly JsonObject[],
  predRecs: readonly JsonObject[],
  opt: EvalOptions,
): EvalResult {
  const { byId, duplicates } = indexPredictions(predRecs);
  const log = new ErrorLog(opt.errors);
  const res: EvalResult = {
    gold: opt.goldPath,
    pred: opt.predPath,
    records: recordCounts(goldRecs, predRecs, byId, duplicates),
    options: echo(opt),
    types: {},
    notes: [],
  };
  for (const type of opt.types) {
    if (type === 'body') {
      res.types.body = scoreBody(goldRecs, byId);
      continue;
    }
    if (type === 'published') {
      res.types.published = publishedType(goldRecs, byId, log);
      continue;
    }
    const acc: Accumulator = newAccumulator();
    for (const gold of goldRecs) scoreRecord(acc, { type, gold, pred: byId.get(gold.id), opt, log });
    if (!acc.docs) {
      res.types[type] = { annotated: false };
      continue;
    }
    const result = typeResult(
      type,
      acc,
      predRecs.some((p) => hasList(p, type)),
    );
    const note = syntacticNote(type, goldRecs, opt);
    if (note) res.notes.push(note);
    res.types[type] = result;
  }
  if (opt.errors) res.errors = log.byType;
  return res;
}
