/**
 * Pass 7: an approximation word or phrase right before an amount ("about", "more than", "up to", "exceed").
 * Modifiers inside the noun phrase ("about $5 million") are included in the span, as MEANTIME annotates money;
 * clause words ("might exceed $100 billion", "as high as US$100 billion") are kept in `qualifier` only. The
 * amount stays the number stated either way.
 */
import type { Token } from './1-tokenize';
import { MAX_QUALIFIER_WORDS, QUALIFIERS } from './data/numbers';

/** The qualifier before token `first`: its normalized text, first token and whether it joins the span. */
export interface Qualifier {
  readonly text: string;
  readonly first: number;
  readonly inSpan: boolean;
}

/** Looks back at most MAX_QUALIFIER_WORDS words from `first`, preferring the longest phrase. */
export function qualifierBefore(tokens: readonly Token[], first: number): Qualifier | null {
  let best: Qualifier | null = null;
  let phrase = '';
  for (let k = 1; k <= MAX_QUALIFIER_WORDS && k <= first; k++) {
    const t = tokens[first - k];
    if (!t || t.kind !== 'word') break;
    phrase = phrase ? `${t.lower} ${phrase}` : t.lower;
    const q = QUALIFIERS.get(phrase);
    if (q) best = { text: phrase, first: first - k, inSpan: q.span };
  }
  return best;
}
