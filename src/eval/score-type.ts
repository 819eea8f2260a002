import type { Accumulator } from './accumulator';
import type { ErrorLog } from './error-log';
import type { JsonObject } from './json';
import type { EvalOptions, SpanType } from './options';
import { addQuoteTokens, addSpeakers } from './quote-metrics';
import { goldFor, predFor } from './select';
import type { EvalSpan, Pair } from './spans';
import { greedy, lenientScore, overlaps, spansOf, strictTP } from './spans';
import { amountEqual, currencyEqual, dateValueEqual } from './values';

/** What scoring one record of one type needs besides the accumulator. */
export interface RecordContext {
  readonly type: SpanType;
  readonly gold: JsonObject;
  readonly pred: JsonObject | undefined;
  readonly opt: EvalOptions;
  readonly log: ErrorLog;
}

/** Predictions not matched to kept gold that overlap excluded gold are set aside (counted as ignored). */
function dropIgnored(
  acc: Accumulator,
  preds: readonly EvalSpan[],
  pairs: readonly Pair[],
  excluded: readonly EvalSpan[],
): EvalSpan[] {
  const matched = new Set(pairs.map((x) => x[0]));
  const kept: EvalSpan[] = [];
  for (const q of preds) {
    if (!matched.has(q) && excluded.some((x) => overlaps(q, x))) acc.ignored++;
    else kept.push(q);
  }
  return kept;
}

function logUnmatched(
  ctx: RecordContext,
  preds: readonly EvalSpan[],
  golds: readonly EvalSpan[],
  pairs: readonly Pair[],
): void {
  if (!ctx.opt.errors) return;
  const mp = new Set(pairs.map((x) => x[0]));
  const mg = new Set(pairs.map((x) => x[1]));
  for (const x of golds) if (!mg.has(x)) ctx.log.span(ctx.type, 'FN', ctx.gold, x);
  for (const x of preds) if (!mp.has(x)) ctx.log.span(ctx.type, 'FP', ctx.gold, x);
}

function addDateValues(
  acc: Accumulator,
  ctx: RecordContext,
  preds: readonly EvalSpan[],
  golds: readonly EvalSpan[],
  pairs: readonly Pair[],
): void {
  const eq = (p: EvalSpan, g: EvalSpan): boolean => dateValueEqual(p.rec, g.rec, ctx.opt.strictValues);
  for (const [pp, gg] of pairs) {
    acc.valueN++;
    if (eq(pp, gg)) acc.valueOk++;
    else ctx.log.value(ctx.gold, pp.rec, gg.rec);
  }
  acc.valueTp += greedy(preds, golds, (p, g) => (eq(p, g) ? lenientScore(p, g) : null)).length;
}

function addMoneyValues(acc: Accumulator, pairs: readonly Pair[]): void {
  for (const [pp, gg] of pairs) {
    if (gg.rec.amount !== null && gg.rec.amount !== undefined) {
      acc.amountN++;
      if (amountEqual(pp.rec, gg.rec)) acc.amountOk++;
    }
    if (gg.rec.currency) {
      acc.currencyN++;
      if (currencyEqual(pp.rec, gg.rec)) acc.currencyOk++;
    }
  }
}

/** Scores one gold record for one type into the accumulator (nothing when the record does not annotate it). */
export function scoreRecord(acc: Accumulator, ctx: RecordContext): void {
  const sel = goldFor(ctx.type, ctx.gold, ctx.opt);
  if (!sel) return;
  acc.docs++;
  let preds = spansOf(predFor(ctx.type, ctx.pred, ctx.opt));
  const golds = spansOf(sel.kept);
  const excluded = spansOf(sel.excluded);
  acc.excludedGold += excluded.length;
  const pairs: Pair[] = greedy(preds, golds, lenientScore);
  if (excluded.length) preds = dropIgnored(acc, preds, pairs, excluded);
  acc.gold += golds.length;
  acc.pred += preds.length;
  acc.strict += strictTP(preds, golds);
  acc.lenient += pairs.length;
  logUnmatched(ctx, preds, golds, pairs);
  if (ctx.type === 'dates') addDateValues(acc, ctx, preds, golds, pairs);
  if (ctx.type === 'money') addMoneyValues(acc, pairs);
  if (ctx.type === 'quotes') {
    addQuoteTokens(acc, ctx.gold, preds, golds);
    addSpeakers(acc, pairs);
  }
}
