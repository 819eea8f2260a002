// The shape of a word as written, as far as names and speakers care: the same test the name passes always used.

/** The shape of a token: capitalized word, all-caps word or acronym, initial ("P."), lower-case word, number, other. */
export type TokenShape = 'cap' | 'upper' | 'initial' | 'lower' | 'num' | 'punct';

/** The shapes in the order of their codes in a token table (`TokenTable.shapes`). */
export const SHAPES: readonly TokenShape[] = ['cap', 'upper', 'initial', 'lower', 'num', 'punct'];

/** Letters-only ASCII words ("Putin", "said", "NATO"): most tokens, shaped without regular expressions. */
const ASCII_LETTERS = /^[A-Za-z]+$/;

/** Code of "a": in an ASCII letters-only word, a first character at or above it is lower case. */
const LOWER_A = 0x61;

/** The shape of a word as written. */
export function shapeOf(word: string): TokenShape {
  if (ASCII_LETTERS.test(word)) {
    // No period, hyphen or other letters: only lower, upper or cap apply, decided by the ASCII cases.
    const c = word.charCodeAt(0);
    if (c >= LOWER_A) return 'lower';
    return word.length >= 2 && word === word.toUpperCase() ? 'upper' : 'cap';
  }
  if (/^\d/.test(word)) return 'num';
  if (!/^\p{L}/u.test(word)) return 'punct';
  if (/^\p{Lu}\.$/u.test(word)) return 'initial';
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return 'upper';
  if (/^(?:al|el|ul|ad|ash|as|at|an|ar|az)-\p{Lu}/u.test(word)) return 'cap';
  if (!/^\p{Lu}/u.test(word)) return 'lower';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}
