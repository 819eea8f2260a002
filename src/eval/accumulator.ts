import type { SpanTypeResult } from './result';
import { prf } from './spans';

/** Running counts for one type over all records. */
export interface Accumulator {
  docs: number;
  gold: number;
  pred: number;
  ignored: number;
  excludedGold: number;
  strict: number;
  lenient: number;
  /** Date value accuracy over lenient pairs, and value TPs (overlap and equal value, one-to-one). */
  valueN: number;
  valueOk: number;
  valueTp: number;
  amountN: number;
  amountOk: number;
  currencyN: number;
  currencyOk: number;
  /** Quote content tokens: shared, predicted, gold; and match@0.5 pairs. */
  tokOverlap: number;
  tokPred: number;
  tokGold: number;
  match05: number;
  speakerN: number;
  speakerSpan: number;
  speakerName: number;
  speakerGiven: number;
  /** Pairs whose gold names the resolved speaker, and those whose predicted speakerName is that person. */
  speakerCanonN: number;
  speakerCanon: number;
}

/** All counts at zero. */
export function newAccumulator(): Accumulator {
  return {
    docs: 0,
    gold: 0,
    pred: 0,
    ignored: 0,
    excludedGold: 0,
    strict: 0,
    lenient: 0,
    valueN: 0,
    valueOk: 0,
    valueTp: 0,
    amountN: 0,
    amountOk: 0,
    currencyN: 0,
    currencyOk: 0,
    tokOverlap: 0,
    tokPred: 0,
    tokGold: 0,
    match05: 0,
    speakerN: 0,
    speakerSpan: 0,
    speakerName: 0,
    speakerGiven: 0,
    speakerCanonN: 0,
    speakerCanon: 0,
  };
}

const ratio = (ok: number, n: number): number | null => (n ? ok / n : null);

/** The result of one type from its counts, with the extra metrics of dates, money and quotes. */
export function typeResult(type: string, acc: Accumulator, predicted: boolean): SpanTypeResult {
  const t: SpanTypeResult = {
    annotated: true,
    predicted,
    docs: acc.docs,
    gold: acc.gold,
    pred: acc.pred,
    ignored: acc.ignored,
    excluded_gold: acc.excludedGold,
    strict: prf(acc.strict, acc.pred, acc.gold),
    lenient: prf(acc.lenient, acc.pred, acc.gold),
  };
  if (type === 'dates') {
    t.value_accuracy = ratio(acc.valueOk, acc.valueN);
    t.value_accuracy_n = acc.valueN;
    t.value = prf(acc.valueTp, acc.pred, acc.gold);
  }
  if (type === 'money') {
    t.amount_accuracy = ratio(acc.amountOk, acc.amountN);
    t.amount_n = acc.amountN;
    t.currency_accuracy = ratio(acc.currencyOk, acc.currencyN);
    t.currency_n = acc.currencyN;
  }
  if (type === 'quotes') {
    t.token_overlap = prf(acc.tokOverlap, acc.tokPred, acc.tokGold);
    t.match05 = prf(acc.match05, acc.pred, acc.gold);
    t.speaker_n = acc.speakerN;
    t.speaker_pred_given = acc.speakerGiven;
    t.speaker_acc_span = ratio(acc.speakerSpan, acc.speakerN);
    t.speaker_acc_span_or_name = ratio(acc.speakerName, acc.speakerN);
    t.speaker_name_n = acc.speakerCanonN;
    t.speaker_acc_name = ratio(acc.speakerCanon, acc.speakerCanonN);
  }
  return t;
}
