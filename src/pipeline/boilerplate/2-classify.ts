import type { Block } from './1-blocks';
import type { BoilerRule } from './rules';
import {
  BOILER_RULES,
  CAPTION_CREDIT,
  PROSE_MIN_WORDS,
  LENGTH_HIGH,
  LENGTH_LOW,
  STOPWORDS_HIGH,
  STOPWORDS_LOW,
  STRONG_PATTERN_MAX,
  WEAK_PATTERN_MAX,
} from './rules';

/** jusText's classes: good prose, near-good, too short to tell, bad. */
export type Klass = 'good' | 'near-good' | 'short' | 'bad';

/** A block with its context-free class and, for bad blocks, the rule that made it bad. */
export interface Classified {
  readonly block: Block;
  klass: Klass;
  /** The reason id when a rule removed it; null when it is bad only for lack of prose. */
  reason: string | null;
  /** The block is an end-of-article marker (copyright, comments, related-articles heading). */
  endsArticle: boolean;
  /** The rule that fired is a strong one (copyright, cookies, paywall): it applies even to a clean text. */
  strong: boolean;
  /** How many times the block's text occurs in the page. */
  repeats: number;
}

/** The first boilerplate rule whose pattern matches the block, within the rule's length limit. */
export function matchRule(b: Block): BoilerRule | null {
  // A full sentence of some length is prose that happens to use the word ("2,000 subscribers"), not a prompt.
  const prose = b.endsSentence && b.words >= PROSE_MIN_WORDS;
  for (const rule of BOILER_RULES) {
    if (b.chars > (rule.strong ? STRONG_PATTERN_MAX : WEAK_PATTERN_MAX) || (prose && !rule.strong)) continue;
    if (rule.needs !== undefined && !b.key.includes(rule.needs)) continue;
    if (rule.patterns.some((p) => p.test(b.text))) return rule;
  }
  return null;
}

/** jusText's context-free class from length and stopword density. */
function densityClass(b: Block): Klass {
  if (b.chars < LENGTH_LOW) return 'short';
  if (b.stopDensity >= STOPWORDS_HIGH) return b.chars > LENGTH_HIGH ? 'good' : 'near-good';
  return b.stopDensity >= STOPWORDS_LOW ? 'near-good' : 'bad';
}

/**
 * Context-free classification: known boilerplate patterns first, then length and stopword density. A short
 * line the page repeats (a menu entry, a gallery label, a teaser title shown twice) is bad too.
 */
export function classifyBlocks(blocks: readonly Block[]): Classified[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
  return blocks.map((block) => {
    const repeats = counts.get(block.key) ?? 1;
    if (block.chars <= STRONG_PATTERN_MAX && CAPTION_CREDIT.test(block.text))
      return { block, klass: 'bad', reason: 'image-credit', endsArticle: false, strong: false, repeats };
    const rule = matchRule(block);
    if (rule)
      return { block, klass: 'bad', reason: rule.reason, endsArticle: rule.endsArticle, strong: rule.strong, repeats };
    if (repeats > 1 && block.chars < LENGTH_HIGH && block.key !== '')
      return { block, klass: 'bad', reason: 'repeated-line', endsArticle: false, strong: false, repeats };
    return { block, klass: densityClass(block), reason: null, endsArticle: false, strong: false, repeats };
  });
}
