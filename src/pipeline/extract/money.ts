import type { Doc } from '../../model/document';
import type { Message } from '../../model/message';
import { message } from '../../model/message';
import type { MoneyMention } from '../../model/mentions';
import type { Span } from '../../model/span';
import { compareSpans } from '../../model/span';
import { buildTokenTable } from '../../text/tokens';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import type { ResolveContext } from './money/9-currency';
import { resolveCurrency } from './money/9-currency';
import type { Found } from './money/8-scan';
import { scanSentence } from './money/8-scan';
import { currencyContext } from './money/currency-context';
import { isFamily } from './money/data/families';
import { toNumber, toPlainString } from './money/decimal';

const STAGE = 'extract/money';

/** Text between an amount and a conversion of it: an opening parenthesis, optionally "about", "or", "some". */
const CONVERSION_GAP = /^\s*[([]\s*(?:(?:about|around|roughly|approximately|some|or|or about|nearly)\s+)?$/i;

/** The currency `f` converts from when it follows `prev` in parentheses ("€5m ($5.4m)"), else null. */
function convertedFrom(text: string, prev: Found | undefined, f: Found): string | null {
  if (!prev || typeof prev.ref !== 'string' || isFamily(prev.ref) || f.start - prev.end > 24) return null;
  return CONVERSION_GAP.test(text.slice(prev.end, f.start)) ? prev.ref : null;
}

function toMention(
  text: string,
  f: Found,
  ctx: ResolveContext,
  notes: Map<string, Message>,
  prev: Found | undefined,
): MoneyMention | null {
  const r = resolveCurrency(f.ref, f.form, ctx, convertedFrom(text, prev, f));
  if (!r.keep) return null;
  const currencyText = text.slice(f.currency.start, f.currency.end);
  if (r.unresolved && !notes.has(r.unresolved.label)) {
    const codes = [...r.unresolved.codes].join(', ');
    const why = `"${currencyText}" is a ${r.unresolved.label} and the article does not say which country's (${codes}): currency left null`;
    notes.set(r.unresolved.label, message(STAGE, 'currency-ambiguous', 'info', why, { start: f.start, end: f.end }));
  }
  const amount = toNumber(f.value);
  return {
    kind: 'money',
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    stage: STAGE,
    rule: f.rule,
    amount,
    currency: r.code,
    min: f.max ? amount : null,
    max: f.max ? toNumber(f.max) : null,
    qualifier: f.qualifier,
    decimal: toPlainString(f.value),
    unit: f.minor ? 'minor' : 'major',
    currencyText,
    currencyInferred: r.source !== null && r.source !== 'symbol' && r.source !== 'code' && r.source !== 'name',
    currencySource: r.source,
    qualifierType: f.qualifierType,
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
 * Passes (./money/): 1 tokens (a view over the document's token table), 2 numbers, 3 currencies, 4 one amount,
 * 5 minor units, 6 ranges, 7 qualifiers, 8 the sentence scan, 9 ISO codes. A number inside a date mention is never
 * read as an amount. `amount` is the number stated with magnitudes applied (exact: "1.2bn" is 1200000000), the
 * lower bound for a range; `currency` is an ISO 4217 code: written, or for a unit several currencies share ("$",
 * "Rs", "R", "shillings") the one the article's statement, dateline, url domain, places or other amounts name
 * (`currencySource` says which), else the `defaultCurrency` option for dollars, or null with a message. Runs after
 * normalize/places (place countries).
 */
export const extractMoney: Stage = {
  name: STAGE,
  run(doc: Doc, options: PipelineOptions): Doc {
    // segment/ built the token table for these sentences; a document whose sentences a caller set gets its own
    const table =
      doc.tokens.sentences === doc.sentences ? doc.tokens : buildTokenTable(doc.text, doc.sentences, doc.paragraphs);
    const found = outsideDates(
      doc.sentences.flatMap((_, k) => scanSentence(doc.text, table, k)).sort(compareSpans),
      doc.dates,
    );
    const named = new Set(found.flatMap((f) => (typeof f.ref === 'string' && !isFamily(f.ref) ? [f.ref] : [])));
    const ctx: ResolveContext = { ...currencyContext(doc), named, defaultCurrency: options.defaultCurrency };
    const notes = new Map<string, Message>();
    const money = found.flatMap((f, i) => toMention(doc.text, f, ctx, notes, found[i - 1]) ?? []);
    return notes.size ? { ...doc, money, messages: [...doc.messages, ...notes.values()] } : { ...doc, money };
  },
};
