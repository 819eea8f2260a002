import type { PageBlock } from './blocks';
import type { BlockFeatures } from './features';
import { blockFeatures } from './features';

/** Share of a block's characters Readability must have kept for the block to count as Readability's. */
export const READABILITY_BLOCK_SHARE = 0.5;

/**
 * A block Readability dropped comes back when it reads as prose on its own (jusText's "good" block, with DOM
 * link density in place of guesses): at least this many characters ...
 */
export const GOOD_MIN_CHARS = 80;
/** ... at least this share of function words (jusText's low stopword bar: German and Italian pages score low) ... */
export const GOOD_MIN_STOPWORDS = 0.2;
/**
 * ... at most this share of its text in links, and outside nav/footer/aside and furniture-named containers. After
 * the article a heading never comes back (a promo or teaser title); before it, it may be the standfirst.
 */
export const GOOD_MAX_LINK_DENSITY = 0.3;
/**
 * A block with more of its text in links than this, or in a nav/footer/aside landmark, is "bad": a menu, a teaser
 * list. (A furniture-named box without links, such as a buy box or an author card, is neutral: it is not
 * brought back but does not end the search either.)
 */
export const BAD_LINK_DENSITY = 0.5;
/**
 * Growing outwards from Readability's first and last block, the search stops after this many bad blocks in a row
 * (short and neutral blocks such as bylines and subheads do not count): a menu or a teaser list ends the article.
 * Dev set: 2, 3 and 5 keep the same must-appear snippets; 3 lets one more must-not-appear snippet in, 5 three more.
 */
export const MAX_BAD_RUN = 2;

/**
 * The headline (the last `<h1>` before Readability's first block) is looked for at most this many blocks back:
 * between it and the body sit the standfirst, the byline and the share buttons.
 */
export const DEK_WINDOW = 20;
/** A block between the headline and the body with at least this many words (and no furniture) is its standfirst. */
export const DEK_MIN_WORDS = 8;

/**
 * Most of Readability's text that furniture classes may drop (see pruneFurniture). Dev set: 0.3 and 0.5 give the
 * same result; 0.1 lets two more must-not-appear snippets in.
 */
export const MAX_PRUNE_SHARE = 0.3;

/** Share of each block's text that Readability kept. */
export function keptShares(blocks: readonly PageBlock[], kept: ReadonlyMap<number, number>): number[] {
  return blocks.map((b, i) => {
    const n = kept.get(i) ?? 0;
    return b.chars > 0 ? Math.min(1, n / b.chars) : 0;
  });
}

/** A good block (see GOOD_MIN_CHARS); `before`: before the article's start, where a heading may be its standfirst. */
const isGood = (f: BlockFeatures, before = false): boolean =>
  (before || !f.heading) &&
  f.chars >= GOOD_MIN_CHARS &&
  f.stopwordShare >= GOOD_MIN_STOPWORDS &&
  f.linkDensity <= GOOD_MAX_LINK_DENSITY &&
  !f.furniture;
/** A bad block (see BAD_LINK_DENSITY). */
const isBad = (f: BlockFeatures): boolean => f.landmark || f.linkDensity > BAD_LINK_DENSITY;

/** Adds the good blocks met walking from `start` by `step` until MAX_BAD_RUN bad blocks in a row. */
function grow(
  fs: readonly BlockFeatures[],
  kept: ReadonlySet<number>,
  start: number,
  step: 1 | -1,
  out: Set<number>,
): void {
  let badRun = 0;
  for (let i = start; i >= 0 && i < fs.length; i += step) {
    const f = fs[i];
    if (!f || kept.has(i)) continue;
    if (isGood(f, step < 0)) {
      out.add(i);
      badRun = 0;
    } else if (isBad(f) && ++badRun > MAX_BAD_RUN) return;
  }
}

/**
 * A standfirst is word-rich, link-poor, not furniture nor a figure caption, and reads as a sentence: it ends like
 * one, or has prose's share of function words (a subtitle may have no final stop). Length alone does not count.
 */
const isDek = (f: BlockFeatures): boolean =>
  f.words >= DEK_MIN_WORDS &&
  f.linkDensity <= GOOD_MAX_LINK_DENSITY &&
  !f.furniture &&
  !f.figure &&
  (f.sentenceEnd || f.stopwordShare >= GOOD_MIN_STOPWORDS);

/**
 * Adds the headline and the standfirst: the `<h1>` and the dek blocks between it and Readability's first block.
 * Readability leaves the headline out of its content; the text keeps it so its dates and names can be read (the
 * boilerplate stage marks it `repeated-title`, out of the body, and the extractors read it as the headline).
 */
function addDek(blocks: readonly PageBlock[], fs: readonly BlockFeatures[], first: number, out: Set<number>): void {
  let h = first - 1;
  while (h >= 0 && first - h <= DEK_WINDOW && blocks[h]?.context.blockTag !== 'H1') h--;
  if (h < 0 || first - h > DEK_WINDOW) return;
  if (!fs[h]?.landmark) out.add(h);
  for (let i = h + 1; i < first; i++) {
    const f = fs[i];
    if (f && isDek(f)) out.add(i);
  }
}

/**
 * Readability's blocks without an <aside>, <nav> or <footer> next to the article that scored well, and without
 * the share bars, author cards and newsletter boxes it keeps inside the article's container. When the furniture
 * classes would drop more than MAX_PRUNE_SHARE of the text, the furniture word is on the article's own wrapper
 * (a theme's "post comments-open" class) and they drop nothing; landmarks never drop every block.
 */
function pruneFurniture(order: readonly number[], fs: readonly BlockFeatures[]): number[] {
  const outside = order.filter((i) => !fs[i]?.landmark);
  const base = outside.length > 0 ? outside : order;
  const keep = base.filter((i) => !fs[i]?.strongFurniture);
  const chars = (ix: readonly number[]): number => ix.reduce((n, i) => n + (fs[i]?.chars ?? 0), 0);
  return chars(keep) < (1 - MAX_PRUNE_SHARE) * chars(base) ? [...base] : keep;
}

/**
 * Indices of the blocks that make the article's text. Readability's choice is the prior, not the last word:
 * its blocks minus those under a strong furniture class/id; plus the good blocks it dropped between them (its
 * conditional cleaning removes whole paragraphs next to a link list or an image); the standfirst under the
 * headline; and the good blocks around them up to the first run of bad blocks (an opening paragraph or a
 * closing one Readability left outside the container it picked).
 */
export function selectBlocks(blocks: readonly PageBlock[], shares: readonly number[]): number[] {
  const kept = new Set<number>();
  shares.forEach((s, i) => {
    if (s >= READABILITY_BLOCK_SHARE) kept.add(i);
  });
  if (kept.size === 0) return [];
  const fs = blocks.map(blockFeatures);
  const order = [...kept].sort((a, b) => a - b);
  const first = order[0] ?? 0;
  const last = order[order.length - 1] ?? 0;
  const out = new Set(pruneFurniture(order, fs));
  for (let i = first; i <= last; i++) {
    const f = fs[i];
    if (f && isGood(f)) out.add(i);
  }
  addDek(blocks, fs, first, out);
  grow(fs, kept, first - 1, -1, out);
  grow(fs, kept, last + 1, 1, out);
  return [...out].sort((a, b) => a - b);
}
