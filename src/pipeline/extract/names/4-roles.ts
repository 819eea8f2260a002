// Pass 4 of name finding: separating roles from names. Titles, honorifics, demonyms and the organization or
// country a title belongs to come before a name ("Russian President Vladimir Putin", "Kremlin Spokesman Dmitry
// Peskov", "President of Belarus Alexander Lukashenko"); they become the person's role, never part of the name.
import { firstNameLists } from './first-names';
import { demonym, placeHints } from './gazetteer';
import type { Candidate } from './3-sequences';
import type { Token } from './1-tokens';
import { withoutPeriod } from './1-tokens';
import { CORPORATE_SUFFIXES } from './org-words';
import { HONORIFICS, ORG_HEADS, TITLES } from './words';
import { OCCUPATIONS } from './occupations';

/** A candidate split into an optional role prefix and the name part `[nameFrom, to)`. */
export interface RoleSplit {
  readonly candidate: Candidate;
  /** Token range of the role inside the sentence (may start in an earlier "Title of" run), or null. */
  readonly role: { readonly from: number; readonly to: number } | null;
  /** Token ranges inside the role that are known places ("Belarus" in "President of Belarus"). */
  readonly rolePlaces: readonly { readonly from: number; readonly to: number }[];
  readonly nameFrom: number;
}

/** The word without a final period, lower-cased. */
export function bare(t: Token | undefined): string {
  return t ? withoutPeriod(t.text).toLowerCase() : '';
}

/** A title or honorific word ("President", "Gen.", "Mr"). */
export function isTitle(t: Token | undefined): boolean {
  const w = bare(t);
  return TITLES.has(w) || HONORIFICS.has(w) || OCCUPATIONS.has(w);
}

/** A word that can only be part of a role: a title, honorific or demonym. */
function roleWord(t: Token | undefined): boolean {
  return t !== undefined && (isTitle(t) || demonym(t.text) !== null);
}

/** Whether token `i` starts a personal name (a known given name or an initial). */
function nameStart(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === 'initial' || firstNameLists(t.text) > 0);
}

/** The run's words joined by single spaces (a gazetteer key). */
export function joined(toks: readonly Token[], from: number, to: number): string {
  return toks
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** Index of the last title word before the last token of `[from, to)`, or -1. */
function lastTitle(toks: readonly Token[], from: number, to: number): number {
  let k = -1;
  for (let i = from; i < to - 1; i++) if (isTitle(toks[i])) k = i;
  return k;
}

/**
 * Where the name starts in `[from, to)`: after the last title word ("Panamanian Boxing Association President |
 * Ramon Manzanares"), extended over an organization head that stands before a given name ("CIS Executive
 * Committee | Sergei Lebedev"), or after a leading demonym before a given name ("Mexican | Ariel Cruz").
 */
function leadingRole(toks: readonly Token[], from: number, to: number): number {
  if (placeHints(joined(toks, from, to)).length > 0) return from;
  let k = lastTitle(toks, from, to);
  if (k >= 0) while (k + 2 < to && ORG_HEADS.has(bare(toks[k + 1])) && nameStart(toks[k + 2])) k++;
  else if (to - from >= 3 && demonym(toks[from]?.text ?? '') !== null && nameStart(toks[from + 1])) k = from;
  if (k < 0) return from;
  return toks.slice(k + 1, to).some((t) => !roleWord(t)) ? k + 1 : from;
}

/** Runs of non-role words inside the role that are known places ("Kazakhstan" in "Kazakhstan President"). */
function placesIn(toks: readonly Token[], from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let i = from;
  while (i < to) {
    if (roleWord(toks[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && !roleWord(toks[j])) j++;
    if (placeHints(joined(toks, i, j)).length > 0) out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Splits the leading role off a candidate, when it has one. */
export function splitRole(c: Candidate): RoleSplit {
  const toks = c.sentence.tokens;
  const nameFrom = leadingRole(toks, c.from, c.to);
  if (nameFrom === c.from) return { candidate: c, role: null, rolePlaces: [], nameFrom };
  return { candidate: c, role: { from: c.from, to: nameFrom }, rolePlaces: placesIn(toks, c.from, nameFrom), nameFrom };
}

/**
 * Where the place ends in a run that follows "Title of" ("Belarus" in "Belarus Alexander Lukashenko"): the end of
 * the longest known place at the start of the run, or null when the run does not start with a known place.
 */
export function splitTitleOf(toks: readonly Token[], from: number, to: number): number | null {
  for (let k = to; k > from; k--) {
    const text = toks
      .slice(from, k)
      .map((t) => t.text)
      .join(' ');
    if (placeHints(text).length > 0) return k;
  }
  if (to - from >= 3 && nameStart(toks[from + 1])) return from + 1;
  return null;
}

/** Where a name starts after a company-form suffix inside the run ("Apple Inc. | Steve Jobs"), or null. */
export function corporateCut(toks: readonly Token[], from: number, to: number): number | null {
  for (let k = from + 1; k < to - 1; k++)
    if (CORPORATE_SUFFIXES.has(bare(toks[k])) && nameStart(toks[k + 1])) return k + 1;
  return null;
}
