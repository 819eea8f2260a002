import type { Classified, Klass } from './2-classify';
import {
  HEADING_MAX_DISTANCE,
  HEADING_MIN_WORDS,
  SHORT_PROSE_MIN_WORDS,
  STOPWORDS_HIGH,
  TITLE_MAX_WORDS,
} from './rules';

/** A heading-like short block: a few words, no sentence end, no rule against it. */
export function headingLike(c: Classified): boolean {
  const b = c.block;
  return c.reason === null && b.words >= HEADING_MIN_WORDS && b.words <= TITLE_MAX_WORDS && !b.endsSentence;
}

/** A short block that reads as a sentence of prose: sentence end, a few words, stopwords like running text. */
function shortProse(c: Classified): boolean {
  const b = c.block;
  return c.reason === null && b.endsSentence && b.words >= SHORT_PROSE_MIN_WORDS && b.stopDensity >= STOPWORDS_HIGH;
}

/** jusText's heading rule: a short heading followed by good prose within the distance becomes near-good. */
function promoteHeadings(cs: Classified[]): void {
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (!c || c.klass !== 'short' || !headingLike(c)) continue;
    let distance = 0;
    for (let j = i + 1; j < cs.length && distance <= HEADING_MAX_DISTANCE; j++) {
      const n = cs[j];
      // A boilerplate line in between means the prose below is not this heading's.
      if (!n || n.reason !== null) break;
      if (n.klass === 'good') {
        c.klass = 'near-good';
        break;
      }
      distance += n.block.chars;
    }
  }
}

/**
 * For each index, the class of the nearest block before it (`forward`) or after it: `strict` among good/bad only,
 * `loose` among good/bad/near-good. One linear pass each way.
 */
function nearest(classes: readonly Klass[], forward: boolean): { strict: Klass[]; loose: Klass[] } {
  const strict: Klass[] = new Array<Klass>(classes.length).fill('bad');
  const loose: Klass[] = new Array<Klass>(classes.length).fill('bad');
  let s: Klass = 'bad';
  let l: Klass = 'bad';
  for (let k = 0; k < classes.length; k++) {
    const i = forward ? k : classes.length - 1 - k;
    strict[i] = s;
    loose[i] = l;
    const c = classes[i] ?? 'bad';
    if (c === 'good' || c === 'bad') s = c;
    if (c !== 'short') l = c;
  }
  return { strict, loose };
}

/**
 * jusText's context-sensitive pass: short blocks take the class their good/bad neighbours agree on (a short
 * paragraph between two good ones is good), near-good blocks are good unless both neighbours are bad.
 * Page edges count as bad neighbours. Linear: neighbour classes are precomputed in two passes.
 */
export function resolveContext(cs: Classified[]): void {
  promoteHeadings(cs);
  const classes = cs.map((c) => c.klass);
  const prev = nearest(classes, true);
  const next = nearest(classes, false);
  cs.forEach((c, i) => {
    const p = prev.strict[i] ?? 'bad';
    const n = next.strict[i] ?? 'bad';
    if (c.klass === 'short') {
      if (p === 'good' && n === 'good') c.klass = 'good';
      // Beyond jusText: a short sentence of prose right after a paragraph already judged good is the article's last
      // paragraph ("The last strike, in 1999, lasted nine days.") even when the byline above and the related-links
      // heading below are the only good/bad blocks around (a short story whose paragraphs are all near-good).
      else if (p === 'bad' && n === 'bad' && !(shortProse(c) && cs[i - 1]?.klass === 'good')) c.klass = 'bad';
      else if ((p === 'bad' && prev.loose[i] === 'near-good') || (n === 'bad' && next.loose[i] === 'near-good'))
        c.klass = 'good';
      // Beyond jusText: a short sentence of prose next to prose is the article's (a one-line first paragraph).
      else if (shortProse(c) && (prev.loose[i] !== 'bad' || next.loose[i] !== 'bad')) c.klass = 'good';
      else c.klass = 'bad';
    } else if (c.klass === 'near-good') {
      // Unlike jusText, a near-good neighbour counts: news paragraphs are often one 100-200 character sentence.
      const pl = prev.loose[i] ?? 'bad';
      const nl = next.loose[i] ?? 'bad';
      c.klass = pl === 'bad' && nl === 'bad' ? 'bad' : 'good';
    }
  });
}
