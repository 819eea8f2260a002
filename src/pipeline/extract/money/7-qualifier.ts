/**
 * Pass 7: an approximation word or phrase right before an amount ("about", "more than", "up to", "exceed"), or
 * right after it ("or more", "or so", "-plus"). Modifiers inside the noun phrase ("about $5 million") are included
 * in the span, as MEANTIME annotates money; clause words ("might exceed $100 billion", "as high as US$100
 * billion") and words after the amount are kept in `qualifier` only. The amount stays the number stated either
 * way; `type` says what the words mean (approx, more-than, less-than, at-least, up-to).
 */
import type { Token } from './1-tokens';
import type { QualifierType } from './data/numbers';
import { MAX_QUALIFIER_WORDS, QUALIFIERS, QUALIFIERS_AFTER } from './data/numbers';

/** The qualifier of an amount: its normalized text, what it means, its first token and whether it joins the span. */
export interface Qualifier {
  readonly text: string;
  readonly type: QualifierType;
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
    if (q) best = { text: phrase, type: q.type, first: first - k, inSpan: q.span };
  }
  return best;
}

/** Two words after the amount ending at token `end` ("or more"), or a glued "-plus" ("$5 million-plus"). */
export function qualifierAfter(tokens: readonly Token[], end: number): Qualifier | null {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (!a || !b || b.kind !== 'word') return null;
  const glued = a.text === '-' && !a.gap && !b.gap;
  const phrase = glued ? `-${b.lower}` : a.kind === 'word' ? `${a.lower} ${b.lower}` : '';
  const type = QUALIFIERS_AFTER.get(phrase);
  if (type === undefined) return null;
  return { text: phrase.replace(/^-/, ''), type, first: end, inSpan: false };
}
