import { words } from './tokens';

/** Shingle length of the scrapinghub article-extraction benchmark. */
const SHINGLE_SIZE = 4;
/** Joins a shingle's tokens into a map key (a character no token contains). */
const JOIN = '\u0001';

/** Per-document shingle scores, normalised so tp + fp + fn = 1; acc = 1 when the token lists are identical. */
export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly acc: number;
}

function shingles(text: string): { m: Map<string, number>; toks: string[] } {
  const toks = words(text);
  const m = new Map<string, number>();
  const upto = Math.max(1, toks.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < upto; i++) {
    const sh = toks.slice(i, i + SHINGLE_SIZE);
    if (!sh.length) continue;
    const k = sh.join(JOIN);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return { m, toks };
}

/** scrapinghub evaluate.py string_shingle_matching: multiset TP/FP/FN of 4-gram shingles, normalised to sum 1. */
export function shingleCounts(trueText: string, predText: string): ShingleCounts {
  const t = shingles(trueText);
  const p = shingles(predText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...t.m.keys(), ...p.m.keys()])) {
    const tc = t.m.get(k) ?? 0;
    const pc = p.m.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  const same = t.toks.length === p.toks.length && t.toks.every((x, i) => x === p.toks[i]);
  return { tp, fp, fn, acc: same ? 1 : 0 };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const precision = (x: ShingleCounts): number =>
  x.fp === 0 && x.fn === 0 ? 1 : x.tp === 0 && x.fp === 0 ? 0 : x.tp / (x.tp + x.fp);
const recall = (x: ShingleCounts): number =>
  x.fp === 0 && x.fn === 0 ? 1 : x.tp === 0 && x.fn === 0 ? 0 : x.tp / (x.tp + x.fn);

/** metrics_from_tp_fp_fns: mean precision and recall over the documents where each is defined, F1 of the means. */
export function shingleScores(docs: readonly ShingleCounts[]): {
  docs: number;
  p: number;
  r: number;
  f1: number;
  accuracy: number;
} {
  const P = mean(docs.filter((x) => x.tp + x.fp > 0).map(precision));
  const R = mean(docs.filter((x) => x.tp + x.fn > 0).map(recall));
  return {
    docs: docs.length,
    p: P,
    r: R,
    f1: P + R ? (2 * P * R) / (P + R) : 0,
    accuracy: mean(docs.map((x) => x.acc)),
  };
}
