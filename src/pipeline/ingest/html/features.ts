import { STOPWORDS } from '../../boilerplate/stopwords';
import type { PageBlock } from './blocks';
import { IN_ASIDE, IN_FIGURE, IN_FOOTER, IN_NAV } from './context';

/** Landmarks whose text is site furniture whatever it says. */
const FURNITURE_LANDMARKS = IN_NAV | IN_FOOTER | IN_ASIDE;

/**
 * Furniture class words that do not drop a block Readability kept (see strongFurniture): sites also use them on
 * wrappers of the article's own text (caption, widget, sidebar ...), or the text rules remove such lines with a
 * reason a user can audit (a "By ..." byline line).
 */
const WEAK_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'caption',
  'credit',
  'widget',
  'sidebar',
  'meta',
  'footer',
  'banner',
  'masthead',
  'nav',
  'menu',
  'byline',
]);

/** What the block selection needs to know about one page block. */
export interface BlockFeatures {
  readonly chars: number;
  readonly words: number;
  /** Share of the text inside links. */
  readonly linkDensity: number;
  /** Share of words that are function words (jusText's stopword density). */
  readonly stopwordShare: number;
  /** In a nav/footer/aside landmark or under a class/id naming page furniture. */
  readonly furniture: boolean;
  /** In a nav/footer/aside landmark. */
  readonly landmark: boolean;
  /**
   * Under a class/id naming furniture that never wraps article text (share, comments, related, newsletter,
   * author box ...), unlike `caption`, `credit`, `widget` or `sidebar`, which sites also put on content wrappers.
   */
  readonly strongFurniture: boolean;
  /** A heading element (H1-H6). */
  readonly heading: boolean;
  /** Inside `<figure>`: a caption or an embedded player's title. */
  readonly figure: boolean;
  /** Ends like a sentence (., !, ?, …, optionally followed by a closing quote or bracket). */
  readonly sentenceEnd: boolean;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;
const WORD = /[\p{L}\p{N}'’]+/gu;

/** The block's features, from its text and its DOM context. */
export function blockFeatures(b: PageBlock): BlockFeatures {
  const words = b.text.toLowerCase().match(WORD) ?? [];
  const stop = words.filter((w) => STOPWORDS.has(w)).length;
  const landmark = (b.context.landmarks & FURNITURE_LANDMARKS) !== 0;
  return {
    chars: b.chars,
    words: words.length,
    linkDensity: b.chars > 0 ? b.linkChars / b.chars : 0,
    stopwordShare: words.length > 0 ? stop / words.length : 0,
    furniture: landmark || b.context.furnitureClass,
    landmark,
    strongFurniture:
      b.context.furnitureClass && b.context.classWord !== null && !WEAK_FURNITURE_WORDS.has(b.context.classWord),
    heading: /^H[1-6]$/.test(b.context.blockTag),
    figure: (b.context.landmarks & IN_FIGURE) !== 0,
    sentenceEnd: SENTENCE_END.test(b.text),
  };
}
