import type { Classified } from './2-classify';
import type { Run } from './4-region';
import { TITLE_LOOKBACK_BLOCKS, TITLE_MAX_CHARS, TITLE_MAX_WORDS, TITLE_MIN_WORDS } from './rules';

/** The article's title and the blocks that show it (removed from the body as `repeated-title` or `title`). */
export interface TitleFind {
  readonly title: string | null;
  readonly indices: ReadonlySet<number>;
}

const keyOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A line that could be a headline: a handful of words, not a sentence (a question or exclamation may be). */
function titleShaped(c: Classified): boolean {
  const b = c.block;
  const okReason = c.reason === null || c.reason === 'repeated-line';
  return (
    okReason &&
    b.chars <= TITLE_MAX_CHARS &&
    b.words >= TITLE_MIN_WORDS &&
    b.words <= TITLE_MAX_WORDS &&
    !/[.:;,]["'”’]?$/.test(b.text)
  );
}

/** Blocks showing a title the input already gave: the same words, or the heading inside "Title | Site". */
export function showingGiven(cs: readonly Classified[], given: string): Set<number> {
  const g = keyOf(given);
  const out = new Set<number>();
  cs.forEach((c, i) => {
    const k = c.block.key;
    if (k === g || (k.length >= g.length / 2 && titleShaped(c) && g.includes(k) && c.block.words >= TITLE_MIN_WORDS))
      out.add(i);
  });
  return out;
}

/**
 * The title line when the input gave none: a line the page repeats near the article's start, else the nearest
 * headline-shaped line before the first paragraph.
 */
function detect(cs: readonly Classified[], region: Run): number | null {
  let first = region.from;
  while (first <= region.to && !(cs[first]?.klass === 'good' && cs[first]?.block.endsSentence)) first++;
  const from = Math.max(0, region.from - TITLE_LOOKBACK_BLOCKS);
  let nearest: number | null = null;
  for (let i = first - 1; i >= from; i--) {
    const c = cs[i];
    if (!c || !titleShaped(c)) continue;
    if (c.repeats > 1) return i;
    nearest ??= i;
  }
  return nearest;
}

/**
 * Finds the title: the given one's occurrences in the text, or a detected one (a repeated line, else the nearest
 * headline before the article). Every block with the title's words is marked, so a repeated title goes twice.
 */
export function findTitle(cs: readonly Classified[], region: Run, given: string | null): TitleFind {
  if (given) return { title: given, indices: showingGiven(cs, given) };
  const at = detect(cs, region);
  if (at === null) return { title: null, indices: new Set() };
  const hit = cs[at];
  if (!hit) return { title: null, indices: new Set() };
  const indices = new Set<number>();
  cs.forEach((c, i) => {
    if (c.block.key === hit.block.key) indices.add(i);
  });
  return { title: hit.block.text.replace(/\s+/g, ' '), indices };
}
