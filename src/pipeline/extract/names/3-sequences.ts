// Pass 3 of name finding: candidate sequences, i.e. runs of capitalized words (with initials, abbreviations and
// lower-case name particles inside) on one line of a sentence. Headline lines are left to the headline pass.
import { firstNameLists } from './first-names';
import { placeHints } from './gazetteer';
import type { NameText, SentenceTokens } from './2-sentences';
import type { Token } from './1-tokens';
import { withoutPeriod } from './1-tokens';
import { apostropheJoin, possessivePlace, spacedCompound } from './3a-joins';
import { CALENDAR, COMMON_CAPITALIZED, PARTICLES } from './words';

/** A run of name-like tokens `[from, to)` inside one sentence. */
export interface Candidate {
  readonly sentence: SentenceTokens;
  readonly from: number;
  readonly to: number;
  /**
   * True for an English word capitalized only because it opens the sentence ("Jobs resigned"): it is no name
   * unless the article names a person with it elsewhere, which only the document-level pass can tell.
   */
  readonly sentenceCase?: boolean;
  /** True for a spaced-hyphen compound ("Wal - Mart"): one name whose halves say nothing on their own. */
  readonly compound?: boolean;
}

/** Whether the token can be a word of a name. */
function nameWord(t: Token): boolean {
  if (t.shape === 'initial') return true;
  if (t.shape !== 'cap' && t.shape !== 'upper') return false;
  // "Ohio-based", "Hong Kong-listed": a modifier made from a name, not part of one.
  if (t.text.includes('-') && /-\p{Ll}{3,}$/u.test(t.text)) return false;
  const bare = withoutPeriod(t.text).toLowerCase();
  return !COMMON_CAPITALIZED.has(bare) && !CALENDAR.has(bare);
}

/** Whether `t` continues a run that ended with `prev` (same line, one space or none). */
function joins(prev: Token, t: Token, text: string): boolean {
  if (t.lineStart) return false;
  // What /^[ \t\u00a0]?$/ says of the gap between them, without slicing it out (this runs for every run word).
  const gap = t.start - prev.end;
  if (gap <= 0) return true;
  const c = text.charCodeAt(prev.end);
  return gap === 1 && (c === SPACE || c === TAB || c === NBSP);
}

const SPACE = 0x20;
const TAB = 0x09;
const NBSP = 0xa0;

/** Whether a lower-case particle at `i` sits between two name words ("Ludwig van Beethoven"). */
function particleAt(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || !prev || !next || t.shape !== 'lower' || !PARTICLES.has(t.text.toLowerCase())) return false;
  return nameWord(prev) && nameWord(next) && joins(prev, t, text) && joins(t, next, text);
}

/** A sentence-initial word that is capitalized only because it starts the sentence ("Trailing by 213, ..."). */
function sentenceCase(t: Token, next: Token | undefined, first: boolean, known: ReadonlySet<string>): boolean {
  if (!first || t.shape !== 'cap' || !known.has(t.text.toLowerCase())) return false;
  // A capitalized word follows on the same line: the sentence starts with a longer name ("Kremlin Spokesman ...").
  if (next !== undefined && nameWord(next) && next.start - t.end <= 1 && !t.possessive) return false;
  return firstNameLists(t.text) === 0 && placeHints(t.text).length === 0;
}

/** Longest place name the gazetteer knows starting with a common word ("New Zealand", "The Hague"). */
const LEAD_MAX_WORDS = 3;

/** End of a known place that starts at `i` with a capitalized common word, or `i` when there is none. */
function commonLead(s: SentenceTokens, i: number, text: string): number {
  const t = s.tokens[i];
  if (
    !t ||
    s.headline[i] ||
    (t.shape !== 'cap' && t.shape !== 'upper') ||
    !COMMON_CAPITALIZED.has(t.text.toLowerCase())
  )
    return i;
  for (let j = Math.min(s.tokens.length, i + LEAD_MAX_WORDS); j > i + 1; j--) {
    const run = s.tokens.slice(i, j);
    const joined = run.every((u, x) => x === 0 || (nameWord(u) && joins(run[x - 1] ?? u, u, text)));
    if (!joined) continue; // the gazetteer is asked only about a run that could be one name
    // "New York" is not York, but "The Kazakhstan" is Kazakhstan: keep the word only when it changes the place.
    const whole = placeHints(run.map((u) => u.text).join(' '))[0];
    const rest = placeHints(
      run
        .slice(1)
        .map((u) => u.text)
        .join(' '),
    )[0];
    if (whole !== undefined && whole !== rest) return j;
  }
  return i;
}

/** Most words after "of" tried as the rest of one place name ("United States of America"). */
const OF_MAX_WORDS = 3;

/**
 * End of a known place that continues the run `[i, j)` over "of" ("United States of America", "Isle of Man"),
 * or `j` when the gazetteer knows no such name: "Bank of England" stays two runs.
 */
function ofPlace(s: SentenceTokens, i: number, j: number, text: string): number {
  const of = s.tokens[j];
  const prev = s.tokens[j - 1];
  if (!of || !prev || of.text !== 'of' || prev.possessive || !joins(prev, of, text)) return j;
  let end = j + 1;
  while (end < s.tokens.length && end <= j + OF_MAX_WORDS && !s.headline[end]) {
    const u = s.tokens[end];
    const before = s.tokens[end - 1];
    if (!u || !before || !nameWord(u) || !joins(before, u, text)) break;
    end++;
  }
  for (let k = end; k > j + 1; k--)
    if (
      placeHints(
        s.tokens
          .slice(i, k)
          .map((u) => u.text)
          .join(' '),
      ).length > 0
    )
      return k;
  return j;
}

/** Where a run of name words that already covers up to `j` ends (same line, no possessive inside). */
function runEnd(s: SentenceTokens, j: number, text: string): number {
  const toks = s.tokens;
  while (j < toks.length && !s.headline[j]) {
    const u = toks[j];
    const prev = toks[j - 1];
    if (!u || !prev || prev.possessive || !joins(prev, u, text)) break;
    if (apostropheJoin(toks, j)) {
      j += 2;
      continue;
    }
    if (!nameWord(u) && !particleAt(toks, j, text)) break;
    j++;
  }
  return j;
}

/** The candidates of one sentence. */
function sentenceCandidates(s: SentenceTokens, text: string, known: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  let i = 0;
  let opening = true; // only punctuation so far: the next word starts the sentence
  while (i < toks.length) {
    const t = toks[i];
    const first = opening || t?.lineStart === true;
    if (t && t.shape !== 'punct') opening = false;
    if (spacedCompound(s, i, text, known)) {
      out.push({ sentence: s, from: i, to: i + 3, compound: true });
      i += 3;
      continue;
    }
    const lead = Math.max(commonLead(s, i, text), possessivePlace(s, i, text));
    if (lead === i && (!t || s.headline[i] || !nameWord(t))) {
      i++;
      continue;
    }
    if (lead === i && t !== undefined && sentenceCase(t, toks[i + 1], first, known)) {
      out.push({ sentence: s, from: i, to: i + 1, sentenceCase: true });
      i++;
      continue;
    }
    const j = ofPlace(s, i, runEnd(s, Math.max(lead, i + 1), text), text);
    out.push({ sentence: s, from: i, to: j });
    i = j;
  }
  return out;
}

/** Every candidate sequence of the document, in text order. */
export function candidates(nt: NameText, text: string): Candidate[] {
  return nt.sentences.flatMap((s) => sentenceCandidates(s, text, nt.known));
}
