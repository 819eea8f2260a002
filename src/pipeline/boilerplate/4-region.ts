import type { Classified } from './2-classify';
import {
  AFTER_COMMENTS_WEIGHT,
  AFTER_FOOTER_WEIGHT,
  COMMENTS_AFTER_PROSE_MIN,
  FAR_RUN_SHARE,
  FAR_RUN_SHARE_AFTER_END,
  MAX_GAP_BLOCKS,
} from './rules';

/** A stretch of blocks `[from, to]` (inclusive indices) holding good blocks close together. */
export interface Run {
  from: number;
  to: number;
  /** Characters of good text in the run. */
  score: number;
}

/** End markers that nothing after them joins the article across: the page footer and the comment section. */
const HARD_END = new Set(['copyright', 'comment-prompt']);

/**
 * Splits the blocks into runs of good blocks; a run ends at a gap of too many non-good blocks or an end marker.
 * Good text after the copyright line counts AFTER_FOOTER_WEIGHT as much: it is the site's own blurb; after a
 * comment heading that follows an article's worth of prose, AFTER_COMMENTS_WEIGHT (the readers' comments).
 */
function findRuns(cs: readonly Classified[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let gap = 0;
  let weight = 1;
  let before = 0;
  cs.forEach((c, i) => {
    if (c.endsArticle) {
      if (c.reason === 'copyright') weight = AFTER_FOOTER_WEIGHT;
      // A comment section after an article-sized stretch of prose is readers' text, however long it grows.
      if (c.reason === 'comment-prompt' && before >= COMMENTS_AFTER_PROSE_MIN)
        weight = Math.min(weight, AFTER_COMMENTS_WEIGHT);
      cur = null;
      return;
    }
    if (c.klass !== 'good') {
      gap++;
      if (gap > MAX_GAP_BLOCKS) cur = null;
      return;
    }
    gap = 0;
    if (cur === null) {
      cur = { from: i, to: i, score: 0 };
      runs.push(cur);
    }
    cur.to = i;
    cur.score += c.block.chars * weight;
    before += c.block.chars;
  });
  return runs;
}

/** The strongest end marker between blocks a and b (exclusive): 'hard', 'soft' (related articles) or null. */
function endBetween(cs: readonly Classified[], a: number, b: number): 'hard' | 'soft' | null {
  let found: 'soft' | null = null;
  for (let i = a + 1; i < b; i++) {
    const c = cs[i];
    if (c?.endsArticle && HARD_END.has(c.reason ?? '')) return 'hard';
    if (c?.endsArticle) found = 'soft';
  }
  return found;
}

type End = 'hard' | 'soft' | null;

const stronger = (x: End, y: End): End => (x === 'hard' || y === 'hard' ? 'hard' : (x ?? y));

/**
 * Walks the runs after (`step` 1) or before (-1) the best one and widens the region over every run big enough
 * to join: FAR_RUN_SHARE of the best run, FAR_RUN_SHARE_AFTER_END across a related-articles heading; a hard end
 * marker stops the walk. Each gap between runs is scanned once, so the walk is linear.
 */
function extend(
  cs: readonly Classified[],
  runs: readonly Run[],
  k: number,
  step: 1 | -1,
  region: Run,
  best: Run,
): void {
  let end: End = null;
  let edge = step === 1 ? best.to : best.from;
  for (let j = k + step; j >= 0 && j < runs.length; j += step) {
    const r = runs[j];
    if (!r) break;
    end = stronger(end, step === 1 ? endBetween(cs, edge, r.from) : endBetween(cs, r.to, edge));
    if (end === 'hard') break;
    if (r.score >= best.score * (end === 'soft' ? FAR_RUN_SHARE_AFTER_END : FAR_RUN_SHARE)) {
      if (step === 1) region.to = r.to;
      else region.from = r.from;
      end = null;
    }
    edge = step === 1 ? r.to : r.from;
  }
}

/**
 * The article: the run with the most good text, joined by neighbouring runs that are themselves big enough
 * (FAR_RUN_SHARE of it, FAR_RUN_SHARE_AFTER_END across a related-articles heading) and not cut off by the
 * footer or the comment section. A long footer blurb after the copyright line therefore stays out, while a
 * short real paragraph between two long ones is inside the run.
 * Returns null when no block is good.
 */
export function selectRegion(cs: readonly Classified[]): Run | null {
  const runs = findRuns(cs);
  let best: Run | null = null;
  for (const r of runs) if (!best || r.score > best.score) best = r;
  if (!best) return null;
  const region: Run = { ...best };
  const k = runs.indexOf(best);
  extend(cs, runs, k, 1, region, best);
  extend(cs, runs, k, -1, region, best);
  return region;
}
