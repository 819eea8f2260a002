// Pass 3a of name finding: runs that the plain "capitalized words in a row" rule of pass 3 would cut in the wrong
// place. A possessive inside a known place's own name ("People's Republic of China") must not end the run, and a
// spaced hyphen between two one-word halves ("Wal - Mart", as tokenized news text writes "Wal-Mart") must not
// leave each half to be read as a name of its own.
import { placeHints } from './gazetteer';
import type { SentenceTokens } from './2-sentences';
import type { Token } from './1-tokens';
import { demonym } from './gazetteer';
import { firstNameLists } from './first-names';

/** Most tokens a place name with a possessive inside may span ("People", "'s", "Republic", "of", "China"). */
const POSSESSIVE_PLACE_MAX_TOKENS = 6;

/**
 * End of a known place whose name contains a possessive and starts at `i` ("People's Republic of China"), or `i`
 * when the gazetteer knows no such name. The text is looked up as written, apostrophe included.
 */
export function possessivePlace(s: SentenceTokens, i: number, text: string): number {
  const t = s.tokens[i];
  if (!t || !t.possessive || t.shape !== 'cap' || s.headline[i]) return i;
  for (let k = Math.min(s.tokens.length, i + POSSESSIVE_PLACE_MAX_TOKENS); k > i + 2; k--) {
    const last = s.tokens[k - 1];
    const span = last ? text.slice(t.start, last.end) : '';
    if (last?.shape === 'cap' && !span.includes('\n') && placeHints(span).length > 0) return k;
  }
  return i;
}

/**
 * A word that may be one half of a spaced-hyphen compound: capitalized, two letters or more, no place or nationality.
 */
function half(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.shape === 'cap' &&
    t.text.length >= 2 &&
    placeHints(t.text).length === 0 &&
    demonym(t.text) === null
  );
}

/**
 * Whether tokens `i`, `i + 1`, `i + 2` are "Word - Word" with single spaces around the hyphen and no other name
 * word joined on either side: one compound name written with a tokenizer's spaces ("Wal - Mart"). Longer runs
 * ("Romania - Cosmin Contra", "Jean - Pierre Raffarin") are lists or given names and are left alone, and so is
 * a first half that is an English word or a given name (a headline's topic before a dash, "Soccer - McCarthy").
 */
export function spacedCompound(s: SentenceTokens, i: number, text: string, known: ReadonlySet<string>): boolean {
  const [a, dash, b, after] = [s.tokens[i], s.tokens[i + 1], s.tokens[i + 2], s.tokens[i + 3]];
  if (!a || !dash || !b || dash.text !== '-' || !half(a) || !half(b) || s.headline[i] || s.headline[i + 2])
    return false;
  // "Soccer - McCarthy names team", "Chelsea - Arsenal": a topic or a name before a dash, not the first half of one.
  if (known.has(a.text.toLowerCase()) || firstNameLists(a.text) > 0) return false;
  if (text.slice(a.end, dash.start) !== ' ' || text.slice(dash.end, b.start) !== ' ') return false;
  const before = s.tokens[i - 1];
  const capped = (t: Token | undefined): boolean =>
    t?.shape === 'cap' || t?.shape === 'upper' || t?.shape === 'initial';
  const joinsBefore = before !== undefined && capped(before) && a.start - before.end <= 1;
  const joinsAfter = after !== undefined && capped(after) && after.start - b.end <= 1;
  return !joinsBefore && !joinsAfter;
}

/** Irish and Norman-French surname prefixes written with an apostrophe ("O'Leary", "D'Arcy"). */
const APOSTROPHE_PREFIXES: ReadonlySet<string> = new Set(['O', 'D']);

/**
 * Whether token `j` is the apostrophe of a surname prefix that a tokenizer spaced apart from the rest ("Michael
 * O' Leary"): the prefix right before it, a capitalized word one space or none after it.
 */
export function apostropheJoin(toks: readonly Token[], j: number): boolean {
  const [prefix, mark, rest] = [toks[j - 1], toks[j], toks[j + 1]];
  if (!prefix || !mark || !rest || (mark.text !== "'" && mark.text !== '’')) return false;
  return (
    APOSTROPHE_PREFIXES.has(prefix.text) &&
    mark.start === prefix.end &&
    rest.shape === 'cap' &&
    rest.start - mark.end <= 1
  );
}
