// Deterministic "predictions" made from gold records by perturbing them (drop, shift, widen, wrong values, spurious
// spans, odd records), so the evaluator's agreement with the reference scorer is tested on every rule: strict vs
// lenient pairs, ignored predictions, value wildcards, amounts, currencies, speakers, body spans and record warnings.

type Rec = Record<string, unknown>;
const SPAN_TYPES = ['people', 'places', 'dates', 'money'] as const;

const list = (r: Rec, k: string): Rec[] => (Array.isArray(r[k]) ? (r[k] as Rec[]) : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Moves a span by the counter: exact, start+1, end+3, start-2 (clamped), so pairs are exact or only overlapping. */
function moved(m: Rec, i: number, textLen: number): { start: number; end: number } {
  const s = num(m.start);
  const e = num(m.end);
  switch (i % 4) {
    case 1:
      return { start: Math.min(s + 1, e), end: e };
    case 2:
      return { start: s, end: Math.min(e + 3, textLen) };
    case 3:
      return { start: Math.max(0, s - 2), end: e };
    default:
      return { start: s, end: e };
  }
}

function dateValue(m: Rec, i: number): unknown {
  const v = typeof m.value === 'string' ? m.value : null;
  if (i % 5 === 0) return 'XXXX';
  if (i % 5 === 1 && v) return v.replace(/X/g, '2').toLowerCase();
  if (i % 5 === 2) return null;
  return v;
}

function moneyFields(m: Rec, i: number): Rec {
  const a = typeof m.amount === 'number' ? m.amount : null;
  const amount = a === null ? (i % 2 ? 5 : null) : i % 4 === 1 ? a * 2 : i % 4 === 2 ? String(a * (1 + 1e-7)) : a;
  const c = typeof m.currency === 'string' ? m.currency : null;
  const currency = i % 3 === 1 ? (c ? c.toLowerCase() : 'USD') : i % 3 === 2 ? null : c;
  return { amount, currency };
}

function quoteFields(m: Rec, i: number, text: string): Rec {
  const ss = m.speaker_start;
  const se = m.speaker_end;
  const hasSpeaker = typeof ss === 'number' && typeof se === 'number';
  const speaker =
    hasSpeaker && i % 3 !== 2
      ? i % 3 === 0
        ? { start: ss, end: se, text: text.slice(ss, se) }
        : { start: 0, end: 1, text: text.slice(0, 1) }
      : null;
  const speakerName = i % 4 === 0 ? null : typeof m.speaker === 'string' ? `Mr. ${m.speaker}'s` : 'Nobody';
  return { kind: i % 2 ? 'direct' : 'indirect', speaker, speakerName };
}

function perturbList(type: string, gold: Rec[], text: string, counter: { i: number }): Rec[] {
  const out: Rec[] = [];
  for (const m of gold) {
    const i = counter.i++;
    if (i % 7 === 6) continue;
    const span = moved(m, i, text.length);
    const base: Rec = { ...span, text: text.slice(span.start, span.end) };
    if (type === 'dates') base.value = dateValue(m, i);
    if (type === 'money') Object.assign(base, moneyFields(m, i));
    if (type === 'quotes') Object.assign(base, quoteFields(m, i, text));
    out.push(base);
  }
  if (text.length > 12 && counter.i % 3 === 0)
    out.push({
      start: 2,
      end: 9,
      text: text.slice(2, 9),
      value: '2020',
      amount: 1,
      currency: 'EUR',
      kind: 'direct',
      speaker: null,
      speakerName: null,
    });
  return out;
}

/** Prediction records for gold records: perturbed mentions, body spans, and a few malformed records. */
export function perturbedPredictions(goldRecs: readonly Rec[]): Rec[] {
  const counter = { i: 0 };
  const out: Rec[] = [];
  goldRecs.forEach((g, n) => {
    if (n % 11 === 10) return;
    const text = typeof g.text === 'string' ? g.text : '';
    const p: Rec = { id: g.id, text: n % 13 === 12 ? text + ' ' : text };
    for (const t of SPAN_TYPES) if (Array.isArray(g[t]) || n % 2) p[t] = perturbList(t, list(g, t), text, counter);
    const quoteGold = Array.isArray(g.quotes) ? list(g, 'quotes') : list(g, 'attributions');
    p.quotes = perturbList('quotes', quoteGold.concat(n % 2 ? list(g, 'attributions').slice(0, 2) : []), text, counter);
    if (n % 5 !== 4)
      p.body =
        n % 3
          ? [
              { start: 0, end: Math.floor(text.length / 2) },
              { start: Math.floor(text.length * 0.7), end: text.length },
            ]
          : [{ start: 0, end: text.length }];
    if (n === 3) list(p, 'people').push({ start: 9, end: 4, text: 'bad' }, { start: 0, end: 3, text: 'not the text' });
    out.push(p);
  });
  if (goldRecs[0]) out.push({ ...out[0], id: goldRecs[0].id }, { id: 'not-in-gold', text: 'x', people: [] });
  return out;
}
