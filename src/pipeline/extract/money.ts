import type { Doc } from '../../model/document';
import type { MoneyMention } from '../../model/mentions';
import type { Span } from '../../model/span';
import { compareSpans } from '../../model/span';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import { resolveCurrency, statedDollar } from './money/9-currency';
import type { Found } from './money/8-scan';
import { scanSentence } from './money/8-scan';
import { toNumber, toPlainString } from './money/decimal';

const STAGE = 'extract/money';

function toMention(text: string, f: Found, dollar: string): MoneyMention {
  const { code, inferred } = resolveCurrency(f.ref, dollar);
  const amount = toNumber(f.value);
  return {
    kind: 'money',
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    stage: STAGE,
    rule: f.rule,
    amount,
    currency: code,
    min: f.max ? amount : null,
    max: f.max ? toNumber(f.max) : null,
    qualifier: f.qualifier,
    decimal: toPlainString(f.value),
    unit: f.minor ? 'minor' : 'major',
    currencyText: text.slice(f.currency.start, f.currency.end),
    currencyInferred: inferred,
  };
}

/** Drops amounts whose number lies in a date mention ("2022" in "December 2022"); both lists sorted by start. */
function outsideDates(found: readonly Found[], dates: readonly Span[]): Found[] {
  const sorted = [...dates].sort(compareSpans);
  const out: Found[] = [];
  let d = 0;
  let reach = -1;
  for (const f of found) {
    // advance over dates that start before this number, remembering how far they reach
    while (d < sorted.length && (sorted[d]?.start ?? 0) < f.number.end) reach = Math.max(reach, sorted[d++]?.end ?? 0);
    if (reach <= f.number.start) out.push(f);
  }
  return out;
}

/**
 * `extract/money`: money amounts inside the body's sentences, as numbers a spreadsheet can sum.
 *
 * Passes (./money/): 1 tokenize, 2 numbers, 3 currencies, 4 one amount, 5 minor units, 6 ranges, 7 qualifiers,
 * 8 the sentence scan, 9 ISO codes. A number inside a date mention is never read as an amount. `amount` is the
 * number stated with magnitudes applied (exact: "1.2bn" is 1200000000), the lower bound for a range; `currency`
 * is an ISO 4217 code, the `defaultCurrency` option for a bare "$", or null when the unit names no single one.
 */
export const extractMoney: Stage = {
  name: STAGE,
  run(doc: Doc, options: PipelineOptions): Doc {
    const dollar = statedDollar(doc.text, doc.body) ?? options.defaultCurrency;
    const found = doc.sentences.flatMap((s) => scanSentence(doc.text, s.start, s.end)).sort(compareSpans);
    const money = outsideDates(found, doc.dates).map((f) => toMention(doc.text, f, dollar));
    return { ...doc, money };
  },
};
