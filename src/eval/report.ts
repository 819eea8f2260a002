import type { BodyResult, EvalResult, PublishedResult, SpanTypeResult } from './result';

const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
const isSpanResult = (k: string, t: EvalResult['types'][string]): t is SpanTypeResult =>
  k !== 'body' && k !== 'published' && t.annotated;

function header(res: EvalResult): string[] {
  const r = res.records;
  const out = [
    `gold ${res.gold}: ${r.gold} records; pred ${res.pred}: ${r.pred} records (${r.matched} matched, ${r.missing_pred} gold ids without pred, ${r.extra_pred} extra pred ids)`,
  ];
  if (r.duplicate_pred_ids) out.push(`WARNING: ${r.duplicate_pred_ids} duplicate pred ids (last one kept)`);
  if (r.pred_text_differs)
    out.push(
      `WARNING: ${r.pred_text_differs} pred records have a text different from the gold text (offsets may not align)`,
    );
  if (r.pred_span_text_mismatch)
    out.push(`WARNING: ${r.pred_span_text_mismatch} pred spans whose text != text.slice(start,end)`);
  if (r.pred_invalid_spans)
    out.push(`WARNING: ${r.pred_invalid_spans} pred spans without integer start <= end were skipped`);
  const o = res.options;
  out.push(
    `options: date-types=${o.date_types.join(',')}${o.calendar_only ? ' (calendar only)' : ''}${o.syntactic ? ' syntactic=' + o.syntactic.join(',') : ''}${o.quotes_all ? ' quotes=all attributions' : ''}${o.quote_kinds ? ' quote-kinds=' + o.quote_kinds.join(',') : ''}`,
  );
  return out;
}

function spanTable(res: EvalResult): string[] {
  const rows = Object.entries(res.types).filter((e): e is [string, SpanTypeResult] => isSpanResult(e[0], e[1]));
  if (!rows.length) return [];
  const out = ['', 'type      gold   pred   ign |  strict P     R    F1 | lenient P     R    F1'];
  for (const [k, t] of rows)
    out.push(
      `${k.padEnd(8)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(6)} ${String(t.ignored).padStart(5)} |    ${f3(t.strict.p)} ${f3(t.strict.r)} ${f3(t.strict.f1)} |    ${f3(t.lenient.p)} ${f3(t.lenient.r)} ${f3(t.lenient.f1)}${t.predicted ? '' : '   (no pred record has this field)'}`,
    );
  return out;
}

function bodyLines(t: BodyResult): string[] {
  const out: string[] = [];
  const sh = t.shingle;
  const sn = t.snippets;
  if (sh)
    out.push(
      `body:   shingle P/R/F1 ${f3(sh.p)} ${f3(sh.r)} ${f3(sh.f1)}, accuracy ${f3(sh.accuracy)} (${sh.docs} docs, scrapinghub evaluate.py method)`,
    );
  if (sn)
    out.push(
      `body:   with-snippets found ${f3(sn.with_found)} (${sn.with}), without-snippets absent ${f3(sn.without_absent)} (${sn.without}); trafilatura P/R/F1 ${f3(sn.precision)} ${f3(sn.recall)} ${f3(sn.f1)}, accuracy ${f3(sn.accuracy)}`,
    );
  if (t.pred_without_body_field)
    out.push(`        (${t.pred_without_body_field} pred records had no body field: whole text used)`);
  if (t.pred_without_text)
    out.push(`        (${t.pred_without_text} pred records had no text and the gold has none: empty body)`);
  return out;
}

function typeLines(k: string, t: SpanTypeResult): string[] {
  if (k === 'dates')
    return [
      `dates:  value accuracy ${f3(t.value_accuracy)} (n=${t.value_accuracy_n} lenient pairs); value P/R/F1 ${f3(t.value?.p)} ${f3(t.value?.r)} ${f3(t.value?.f1)}; ${t.excluded_gold} gold excluded by --date-types`,
    ];
  if (k === 'money')
    return [
      `money:  amount accuracy ${f3(t.amount_accuracy)} (n=${t.amount_n}); currency accuracy ${f3(t.currency_accuracy)} (n=${t.currency_n})`,
    ];
  if (k === 'quotes')
    return [
      `quotes: content token overlap P/R/F1 ${f3(t.token_overlap?.p)} ${f3(t.token_overlap?.r)} ${f3(t.token_overlap?.f1)}; match@0.5 P/R/F1 ${f3(t.match05?.p)} ${f3(t.match05?.r)} ${f3(t.match05?.f1)}`,
      `        speaker accuracy (n=${t.speaker_n} lenient pairs with a gold speaker, ${t.speaker_pred_given} with a pred speaker): span ${f3(t.speaker_acc_span)}, span|name ${f3(t.speaker_acc_span_or_name)}${t.speaker_name_n ? `; resolved name ${f3(t.speaker_acc_name)} (n=${t.speaker_name_n})` : ''}`,
    ];
  return [];
}

function publishedLines(t: PublishedResult): string[] {
  const sources = Object.entries(t.by_source)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, c]) => `${k} ${c.found}/${c.found + c.wrong}`)
    .join(', ');
  return [
    `published: found ${t.found} of ${t.dated} dated pages (accuracy ${f3(t.accuracy)}), wrong ${t.wrong}, missing ${t.missing}; precision ${f3(t.precision)}; ${t.undated_predicted} dates predicted where the gold has none`,
    `           right/given by source: ${sources || 'none'}`,
  ];
}

function errorLines(res: EvalResult): string[] {
  const out: string[] = [];
  for (const [k, e] of Object.entries(res.errors ?? {})) {
    for (const x of e.FN) out.push(`FN ${k}: ${x}`);
    for (const x of e.FP) out.push(`FP ${k}: ${x}`);
    for (const x of e.VALUE ?? []) out.push(`VALUE ${k}: ${x}`);
    for (const kind of ['MISSING', 'WRONG', 'UNDATED'] as const)
      for (const x of e[kind] ?? []) out.push(`${kind} ${k}: ${x}`);
  }
  return out;
}

/** The human-readable report, line for line the reference scorer's (newline-terminated). */
export function formatReport(res: EvalResult): string {
  const out = [...header(res), ...spanTable(res)];
  for (const [k, t] of Object.entries(res.types)) {
    if (!t.annotated) out.push(`${k}: not annotated in this gold set`);
    else if (k === 'body') out.push(...bodyLines(t as BodyResult));
    else if (k === 'published') out.push(...publishedLines(t as PublishedResult));
    else if (isSpanResult(k, t)) out.push(...typeLines(k, t));
  }
  for (const n of res.notes) out.push(`note: ${n}`);
  out.push(...errorLines(res));
  return out.map((l) => l + '\n').join('');
}
