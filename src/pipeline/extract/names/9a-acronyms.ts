// Pass 9a of name finding: acronyms the article defines, "the South African National Roads Agency (Sanral)",
// "Commonwealth of Independent States (CIS)". The long form and every later use of the acronym are one
// organization; the acronym's canonical name is the long form.
import type { Finding } from './finding';

/** Words of a long form that its acronym may skip ("of", "the", "and", "for"). */
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'du', 'des', 'la', 'le', 'der', 'für']);
/** Fewest letters of an acronym. */
const MIN_LETTERS = 2;

/** The initials of the long form's significant words ("CIS" of "Commonwealth of Independent States"). */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toLowerCase();
}

/** Whether `a` is a subsequence of `b` that starts at b's first letter. */
function subsequence(a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0)) return false;
  let i = 0;
  for (const ch of b) if (ch === a.charAt(i)) i++;
  return i === a.length;
}

/**
 * Whether `acronym` abbreviates `words`: its letters are the initials ("CIS"), start with them ("Sanral" of South
 * African National Roads Agency Limited), or contain every initial in order and run through the words' letters
 * in order from the first ("SIA" of Singapore Airlines, "Ofgem").
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const a = acronym.replace(/[.\s]/g, '').toLowerCase();
  if (a.length < MIN_LETTERS || words.length < 2 || !/^\p{Lu}/u.test(acronym)) return false;
  const ini = initials(words);
  if (a === ini || (ini.length >= 3 && a.startsWith(ini))) return true;
  return ini.length >= 2 && subsequence(ini, a) && subsequence(a, words.join('').toLowerCase());
}

/** What may join the findings of one long form: "of", "for", "and", "the" ("Organisation for Security and ..."). */
const JOIN = /^[ \t]+(?:(?:of|for|and|on|in|de)(?:[ \t]+the)?|&)[ \t]+$/;
/** Most findings one long form spans. */
const MAX_PARTS = 4;

/** An acronym the article defines: its text and its long form as written. */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly long: string;
}

/** The long form ending at finding `i` that `short` abbreviates: the longest chain of joined findings, or null. */
function longFormBefore(
  findings: readonly Finding[],
  i: number,
  short: Finding,
  text: string,
): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  for (let j = i; j >= 0 && i - j < MAX_PARTS; j--) {
    const [a, b] = [findings[j], findings[j + 1]];
    if (j < i && (!a || !b || !JOIN.test(text.slice(a.end, b.start)))) break;
    const from = findings[j]?.start ?? 0;
    const to = findings[i]?.end ?? 0;
    if (abbreviates(short.text, text.slice(from, to).split(/\s+/))) best = { from, to };
  }
  return best;
}

/** The acronyms an article defines ("Long Form (LF)"), in text order; a strong person reading is never a long form. */
export function definedAcronyms(findings: readonly Finding[], text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i + 1 < findings.length; i++) {
    const [long, short] = [findings[i], findings[i + 1]];
    if (!long || !short || short.words.length !== 1 || !/^[ \t]*\($/.test(text.slice(long.end, short.start))) continue;
    if (text.charAt(short.end) !== ')' || (long.type === 'person' && long.strength >= 3)) continue;
    const span = longFormBefore(findings, i, short, text);
    if (span) out.push({ acronym: short.text, long: text.slice(span.from, span.to).replace(/^the\s+/i, '') });
  }
  return out;
}

/** Most distinct long forms searched for in one article: keeps the search linear in the text on hostile input. */
const MAX_LONG_FORMS = 32;

/** Every place the text writes a defined long form, as `[start, end)` ranges on word boundaries. */
export function longFormSpans(defs: readonly AcronymDefinition[], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const long of [...new Set(defs.map((d) => d.long))].slice(0, MAX_LONG_FORMS)) {
    for (let at = text.indexOf(long); at >= 0; at = text.indexOf(long, at + long.length)) {
      const bounded =
        !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + long.length));
      if (bounded) out.push({ start: at, end: at + long.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
