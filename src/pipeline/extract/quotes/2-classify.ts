// Pass 2: what kind of quoted text a region holds: a full quote, a short fragment (a partial quote when someone
// is said to have said it, else scare quotes), or a title.
import { TITLE_NOUNS } from './cues';
import type { QuoteRegion } from './1-marks';
import type { Token } from './tokens';
import { tokenAt } from './tokens';

/** Fewer words than this, with no sentence punctuation inside, make a fragment rather than a full quote. */
export const MIN_FULL_QUOTE_WORDS = 4;
/** Single-quoted text is a quote only with at least this many words (shorter ones are scare quotes or titles). */
export const MIN_SINGLE_QUOTE_WORDS = 4;
/** Longest Title Case text read as a title ("Gone With the Wind"). */
export const MAX_TITLE_WORDS = 7;
/** How many tokens before the opening mark a title noun may stand (the hit song “...”). */
const TITLE_NOUN_WINDOW = 3;

/**
 * The shape of a region: `full` quotes stand alone; `fragment`s need an attribution; `ignored` ones (titles, short
 * single-quoted words) are dropped.
 */
export type QuoteShape = 'full' | 'fragment' | 'ignored';

// Prepositions before a Title Case quote that make it a title (on “Face the Nation”, in “13th”).
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'of', 'from', 'to']);

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'at',
  'by',
  'with',
  'from',
  'is',
]);

function isTitleCase(words: readonly Token[]): boolean {
  return (
    words.length > 0 &&
    words.length <= MAX_TITLE_WORDS &&
    (words[0]?.isCap ?? false) &&
    words.every((w) => w.isCap || SMALL_WORDS.has(w.lower) || /^\d/.test(w.text))
  );
}

/** Classifies `region` from its words and the tokens of its paragraph. */
export function classifyRegion(text: string, region: QuoteRegion, tokens: readonly Token[]): QuoteShape {
  const a = tokenAt(tokens, region.start);
  const b = tokenAt(tokens, region.end);
  const words = tokens.slice(a, b).filter((t) => t.isWord);
  const single = region.family === 'single-curly' || region.family === 'single-straight';
  const o = tokenAt(tokens, region.open?.start ?? region.start);
  const before = tokens.slice(Math.max(0, o - TITLE_NOUN_WINDOW), o);
  if (isTitleCase(words)) {
    // the film “Shark Tank”, CNN’s “State of the Union”, on “Face the Nation”: a title, not a quote.
    const prev = before[before.length - 1];
    const titled =
      before.some((t) => TITLE_NOUNS.has(t.lower)) ||
      (prev !== undefined && (/'s$/.test(prev.lower) || TITLE_PREPOSITIONS.has(prev.lower)));
    if (titled) return 'ignored';
    if (!single) return 'fragment';
  }
  if (/^\(.*\)[.]?$/.test(text.slice(region.start, region.end))) return 'ignored'; // “(CROSSTALK.)”: a stage direction
  if (single) return words.length >= MIN_SINGLE_QUOTE_WORDS ? 'fragment' : 'ignored';
  const punctuated = /[.!?,;:…]$/.test(text.slice(region.start, region.end)) && words.length >= 2;
  return words.length >= MIN_FULL_QUOTE_WORDS || punctuated || !region.close ? 'full' : 'fragment';
}
