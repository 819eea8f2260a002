import type { JsonObject } from './json';

/** A mention read from gold or predictions that has integer offsets (`isSpan` held). */
export interface EvalSpan {
  readonly start: number;
  readonly end: number;
  /** The record the span came from, for value, speaker and error fields. */
  readonly rec: JsonObject;
}

/** Precision, recall, F1 and the true-positive count, as the reference scorer reports them. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
}

/** A span pair: a prediction and the gold mention it matched. */
export type Pair = readonly [EvalSpan, EvalSpan];

/** The record as an EvalSpan when it has integer start <= end (the reference scorer's `isSpan`), else null. */
export function toSpan(rec: JsonObject | null): EvalSpan | null {
  if (!rec) return null;
  const { start, end } = rec;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  return (end as number) >= (start as number) ? { start: start as number, end: end as number, rec } : null;
}

/** Every record of the list that is a valid span, in order. */
export function spansOf(list: readonly JsonObject[]): EvalSpan[] {
  return list.map(toSpan).filter((s): s is EvalSpan => s !== null);
}

/** True when the spans share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Number of characters the spans share. */
export const overlapLength = (a: EvalSpan, b: EvalSpan): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** P/R/F1 from a TP count and the prediction and gold totals (0 when a total is 0). */
export function prf(tp: number, npred: number, ngold: number): Prf {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp };
}

/** Exact (start,end) matches, one-to-one (a multiset intersection). */
export function strictTP(preds: readonly EvalSpan[], golds: readonly EvalSpan[]): number {
  const count = new Map<string, number>();
  for (const g of golds) count.set(`${g.start}:${g.end}`, (count.get(`${g.start}:${g.end}`) ?? 0) + 1);
  let tp = 0;
  for (const p of preds) {
    const k = `${p.start}:${p.end}`;
    const c = count.get(k) ?? 0;
    if (c > 0) {
      tp++;
      count.set(k, c - 1);
    }
  }
  return tp;
}

/**
 * One-to-one greedy matching: every (pred, gold) edge the score function allows, highest score first, ties by
 * prediction index then gold index; each side is used once.
 */
export function greedy<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number | null): [P, G][] {
  const edges: [number, number, number][] = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const s = score(p, g);
      if (s !== null) edges.push([s, i, j]);
    }),
  );
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [P, G][] = [];
  for (const [, i, j] of edges) {
    const p = preds[i];
    const g = golds[j];
    if (usedP.has(i) || usedG.has(j) || p === undefined || g === undefined) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([p, g]);
  }
  return out;
}

/** Weight of an exact pair: above any overlap score, so exact pairs are always taken first. */
const EXACT_BONUS = 1e9;
/** Overlap length weight; the boundary distance (capped below this) only breaks ties between equal overlaps. */
const OVERLAP_WEIGHT = 1000;
const MAX_DISTANCE_PENALTY = 999;

/** The lenient edge score: null without overlap; exact pairs first, then larger overlap, then closer ends. */
export function lenientScore(p: EvalSpan, g: EvalSpan): number | null {
  const o = overlapLength(p, g);
  if (o <= 0) return null;
  const exact = p.start === g.start && p.end === g.end ? EXACT_BONUS : 0;
  return (
    exact + o * OVERLAP_WEIGHT - Math.min(MAX_DISTANCE_PENALTY, Math.abs(p.start - g.start) + Math.abs(p.end - g.end))
  );
}
