/**
 * Pass 3: a currency written before a number (signs "$", "€", prefixed signs "US$", "hk $", "u.s $", codes "EUR",
 * abbreviations "Rs", "Fr.") or after it (signs "5 €", codes "115.5USD", scaled codes "30 MUSD", names
 * "420 million finnish markka", "50 cents"). Tables live in ./data; the indexes built from them are immutable.
 */
import type { Token } from './1-tokens';
import { CODE_MAGNITUDE_PREFIXES } from './data/numbers';
import { HISTORIC_CODES, ISO_CODES, LOWERCASE_CODES, NON_CURRENCY_CODES, WORDLIKE_CODES } from './data/iso-codes';
import type { CurrencyRef } from './data/symbols';
import { LETTER_SIGNS, LOCAL_ABBREVIATIONS } from './data/families';
import { CODE_ALIASES, PREFIX_ABBREVIATIONS, PREFIXED_SYMBOLS, SYMBOLS } from './data/symbols';
import { CURRENCY_WORDS } from './data/words';

/** How the currency was written. */
export type CurrencyForm = 'symbol' | 'code' | 'word' | 'abbreviation';

/** A currency found at tokens [first, end). */
export interface CurrencyMatch {
  readonly ref: CurrencyRef;
  readonly first: number;
  readonly end: number;
  readonly form: CurrencyForm;
  /** The unit is a hundredth of the main unit (cents, pence). */
  readonly minor: boolean;
  /** The word is money only after a magnitude ("361 million pounds", not "30 pounds"). */
  readonly needsMagnitude: boolean;
  /** Power of ten a scaled code carries ("MUSD" = 6), or null. */
  readonly power: number | null;
}

interface WordEntry {
  readonly ref: CurrencyRef;
  readonly minor: boolean;
  readonly magnitude: boolean;
}

const CODES: ReadonlySet<string> = new Set([...ISO_CODES, ...HISTORIC_CODES].filter((c) => !NON_CURRENCY_CODES.has(c)));

/** Currency names by phrase, and every word-prefix of a phrase (to stop the look-ahead early). */
const WORD_INDEX: {
  readonly phrases: ReadonlyMap<string, WordEntry>;
  readonly prefixes: ReadonlySet<string>;
  readonly maxWords: number;
} = (() => {
  const phrases = new Map<string, WordEntry>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const [forms, ref, ...flags] of CURRENCY_WORDS)
    for (const form of forms.split('|')) {
      const words = form.split(' ');
      maxWords = Math.max(maxWords, words.length);
      for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
      phrases.set(form, { ref, minor: flags.includes('minor'), magnitude: flags.includes('magnitude') });
    }
  return { phrases, prefixes, maxWords };
})();

/** Letters at `i`: one short word ("US", "hk", "usd") or dotted single letters ("u.s", "U.S.", "u . s ."). */
function readLetters(tokens: readonly Token[], i: number): { letters: string; end: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let letters = t.lower;
  let j = i + 1;
  while (
    letters.length < 4 &&
    tokens[j]?.text === '.' &&
    tokens[j + 1]?.kind === 'word' &&
    tokens[j + 1]?.text.length === 1
  ) {
    letters += tokens[j + 1]?.lower ?? '';
    j += 2;
  }
  if (j > i + 1 && tokens[j]?.text === '.') j++;
  return letters.length <= 4 ? { letters, end: j } : null;
}

/** True when `text` is a currency code as written: capitals, or lower case for the major codes. */
function codeRef(text: string, beforeNumber: boolean): CurrencyRef | undefined {
  if (text.length !== 3) return undefined;
  const upper = text.toUpperCase();
  const alias = CODE_ALIASES.get(upper);
  const known = alias !== undefined || CODES.has(upper);
  if (!known) return undefined;
  const ref = alias !== undefined ? alias : upper;
  if (text === upper) return beforeNumber && WORDLIKE_CODES.has(upper) ? undefined : ref;
  return text === text.toLowerCase() && (LOWERCASE_CODES.has(upper) || alias !== undefined) ? ref : undefined;
}

function match(
  ref: CurrencyRef,
  first: number,
  end: number,
  form: CurrencyForm,
  power: number | null = null,
): CurrencyMatch {
  return { ref, first, end, form, minor: false, needsMagnitude: false, power };
}

/**
 * A word before a sign that is an English word, not a country prefix: the article in "a $5 fee" (Australian
 * dollars are written "A$", glued) and the pronoun in "it cost us $5" (lower-case and spaced, in cased text).
 */
function pronounOrArticle(word: Token, sign: Token): boolean {
  if (word.lower === 'a') return word.text !== 'A' || sign.gap;
  return word.text === 'us' && sign.gap && !word.caseless;
}

/** A sign followed by glued capitals and a number, as Australian and NZ papers write "$US5m", "$NZ20". */
function signThenLetters(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const w = tokens[i + 1];
  if (!w || w.kind !== 'word' || w.gap || w.text !== w.text.toUpperCase() || tokens[i + 2]?.kind !== 'num') return null;
  const code = PREFIXED_SYMBOLS.get(w.lower + (tokens[i]?.text ?? ''));
  return code === undefined ? null : match(code, i, i + 2, 'symbol');
}

/** Apostrophes that end a possessive or a contraction ("Yahoo’s", "it's"). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u02BC', '`']);

/**
 * True when the word at `i` is glued to an apostrophe before it: the "s" of "Yahoo’s $4.8 billion" or "it’s
 * $3,000" ends a possessive or contraction and is never a country prefix of the sign ("S$").
 */
function afterApostrophe(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return i > 0 && t !== undefined && !t.gap && APOSTROPHES.has(tokens[i - 1]?.text ?? '');
}

/**
 * A local abbreviation ("KSh", "Rs.", "Sh") or one capital letter glued to the number ("R5 million", "K20,000").
 * Both need a capital first letter; the single letter must touch the number and start a word of its own.
 */
function localSign(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || afterApostrophe(tokens, i)) return null;
  const letter = LETTER_SIGNS.get(t.text);
  if (letter !== undefined) {
    const n = tokens[i + 1];
    return n?.kind === 'num' && !n.gap && (t.gap || tokens[i - 1]?.kind === 'sym')
      ? match(letter, i, i + 1, 'abbreviation')
      : null;
  }
  const abbr = PREFIX_ABBREVIATIONS.get(t.lower) ?? LOCAL_ABBREVIATIONS.get(t.lower);
  if (abbr === undefined || t.text[0] === t.lower[0]) return null;
  const dot = tokens[i + 1]?.text === '.' && !tokens[i + 1]?.gap;
  return match(abbr, i, dot ? i + 2 : i + 1, 'abbreviation');
}

/** A currency that can stand right before a number, starting at token `i`. */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t || t.kind === 'num') return null;
  const letters = afterApostrophe(tokens, i) ? null : readLetters(tokens, i);
  const sign = letters ? tokens[letters.end] : undefined;
  if (letters && sign?.kind === 'sym' && !pronounOrArticle(t, sign)) {
    const code = PREFIXED_SYMBOLS.get(letters.letters + sign.text);
    if (code !== undefined) return match(code, i, letters.end + 1, 'symbol');
  }
  const sym = SYMBOLS.get(t.text);
  if (sym !== undefined) return signThenLetters(tokens, i) ?? match(sym, i, i + 1, 'symbol');
  if (t.kind !== 'word') return null;
  const code = codeRef(t.text, true);
  if (code !== undefined) return match(code, i, i + 1, 'code');
  return localSign(tokens, i);
}

/** A currency name phrase at `i`: the longest table phrase, reading dotted letters as one word ("u.s. dollars"). */
function currencyWords(tokens: readonly Token[], i: number): CurrencyMatch | null {
  let phrase = '';
  let j = i;
  let best: CurrencyMatch | null = null;
  for (let n = 0; n < WORD_INDEX.maxWords; n++) {
    const w = readLetters(tokens, j);
    const word =
      w && w.end > j + 1 ? w : tokens[j]?.kind === 'word' ? { letters: tokens[j]?.lower ?? '', end: j + 1 } : null;
    if (!word) break;
    let { letters, end } = word;
    if (tokens[end]?.text === '-' && !tokens[end]?.gap && tokens[end + 1]?.kind === 'word' && !tokens[end + 1]?.gap) {
      letters += `-${tokens[end + 1]?.lower ?? ''}`;
      end += 2;
    }
    phrase = phrase ? `${phrase} ${letters}` : letters;
    const e = WORD_INDEX.phrases.get(phrase);
    if (e) best = { ref: e.ref, first: i, end, form: 'word', minor: e.minor, needsMagnitude: e.magnitude, power: null };
    if (!WORD_INDEX.prefixes.has(phrase)) break;
    j = end;
  }
  return best;
}

/** A currency that can stand right after a number, starting at token `i`. */
export function currencyAfter(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t || t.kind === 'num') return null;
  const sym = SYMBOLS.get(t.text);
  if (sym !== undefined) return match(sym, i, i + 1, 'symbol');
  if (t.kind !== 'word') return null;
  const code = codeRef(t.text, false);
  if (code !== undefined) return match(code, i, i + 1, 'code');
  const scaled = t.text.length === 4 ? CODE_MAGNITUDE_PREFIXES.get(t.text[0] ?? '') : undefined;
  const scaledRef =
    scaled !== undefined && t.text === t.text.toUpperCase() ? codeRef(t.text.slice(1), false) : undefined;
  if (scaled !== undefined && scaledRef !== undefined) return match(scaledRef, i, i + 1, 'code', scaled);
  return currencyWords(tokens, i);
}

/** What a currency name phrase ("canadian dollars") names, or undefined when the table has no such phrase. */
export function lookupCurrencyPhrase(phrase: string): CurrencyRef | undefined {
  return WORD_INDEX.phrases.get(phrase)?.ref;
}
