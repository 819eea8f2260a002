import type { JsonObject } from './json';
import { str } from './json';
import type { BodyResult, SnippetScores } from './result';
import type { ShingleCounts } from './shingles';
import { shingleCounts, shingleScores } from './shingles';
import { toSpan } from './spans';

const wsNorm = (s: unknown): string => String(s).replace(/\s+/g, ' ').trim();

interface SnippetCounts {
  docs: number;
  withN: number;
  withFound: number;
  withoutN: number;
  withoutFound: number;
}

interface PredBody {
  readonly text: string;
  readonly noBody: number;
  readonly noText: number;
}

/** The predicted body text: the pred's body spans of its text (or the gold text) joined by newlines. */
function predBody(g: JsonObject, p: JsonObject | undefined): PredBody {
  if (!p) return { text: '', noBody: 0, noText: 0 };
  const base = str(p, 'text') ?? str(g, 'text');
  if (base === null) return { text: '', noBody: 0, noText: 1 };
  if (!Array.isArray(p.body)) return { text: base, noBody: 1, noText: 0 };
  const spans = p.body.map((s: unknown) =>
    toSpan(typeof s === 'object' && s !== null && !Array.isArray(s) ? (s as JsonObject) : null),
  );
  return { text: spans.flatMap((s) => (s ? [base.slice(s.start, s.end)] : [])).join('\n'), noBody: 0, noText: 0 };
}

function addSnippets(c: SnippetCounts, g: JsonObject, predText: string): void {
  c.docs++;
  const pn = wsNorm(predText);
  for (const w of Array.isArray(g.with) ? g.with : []) {
    c.withN++;
    if (pn.includes(wsNorm(w))) c.withFound++;
  }
  for (const w of Array.isArray(g.without) ? g.without : []) {
    c.withoutN++;
    if (pn.includes(wsNorm(w))) c.withoutFound++;
  }
}

/** trafilatura's count_item metrics: tp = with-snippets found, fp = without-snippets found. */
function snippetScores(c: SnippetCounts): SnippetScores {
  const tp = c.withFound;
  const fp = c.withoutFound;
  const fn = c.withN - c.withFound;
  const tn = c.withoutN - c.withoutFound;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return {
    docs: c.docs,
    with: c.withN,
    with_found: c.withN ? c.withFound / c.withN : null,
    without: c.withoutN,
    without_absent: c.withoutN ? tn / c.withoutN : null,
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    accuracy: (tp + tn) / Math.max(1, c.withN + c.withoutN),
  };
}

/** Body scores: shingles against a full gold `body` string, snippets against `with`/`without` lists. */
export function scoreBody(goldRecs: readonly JsonObject[], predById: ReadonlyMap<unknown, JsonObject>): BodyResult {
  const sh: ShingleCounts[] = [];
  const snip: SnippetCounts = { docs: 0, withN: 0, withFound: 0, withoutN: 0, withoutFound: 0 };
  let noBody = 0;
  let noText = 0;
  for (const g of goldRecs) {
    const hasBody = typeof g.body === 'string';
    const hasSnips = Array.isArray(g.with) || Array.isArray(g.without);
    if (!hasBody && !hasSnips) continue;
    const pb = predBody(g, predById.get(g.id));
    noBody += pb.noBody;
    noText += pb.noText;
    if (typeof g.body === 'string') sh.push(shingleCounts(g.body, pb.text));
    if (hasSnips) addSnippets(snip, g, pb.text);
  }
  const annotated = sh.length > 0 || snip.docs > 0;
  if (!annotated) return { annotated };
  const t: BodyResult = { annotated, pred_without_body_field: noBody, pred_without_text: noText };
  if (sh.length) t.shingle = shingleScores(sh);
  if (snip.docs) t.snippets = snippetScores(snip);
  return t;
}
