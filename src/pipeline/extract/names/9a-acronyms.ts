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
  return words.filter((w) => !MINOR.has(w.toLowerCase())).map((w) => w.charAt(0)).join('').toLowerCase();
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
 * African National Roads Agency Limited), or run through the words' letters in order from the first ("Ofgem").
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const a = acronym.replace(/[.\s]/g, '').toLowerCase();
  if (a.length < MIN_LETTERS || words.length < 2 || !/^\p{Lu}/u.test(acronym)) return false;
  const ini = initials(words);
  if (a === ini || (ini.length >= 3 && a.startsWith(ini))) return true;
  return ini.length >= 2 && a.startsWith(ini.slice(0, 2)) && subsequence(a, words.join('').toLowerCase());
}

/** The acronyms an article defines (lower case) and the long-form findings that define them. */
export function definedAcronyms(findings: readonly Finding[], text: string): { acronyms: Set<string>; longForms: Set<Finding>; names: Map<string, string> } {
  const acronyms = new Set<string>();
  const longForms = new Set<Finding>();
  const names = new Map<string, string>();
  for (let i = 0; i + 1 < findings.length; i++) {
    const [long, short] = [findings[i], findings[i + 1]];
    if (!long || !short || short.words.length !== 1 || !/^[ \t]*\($/.test(text.slice(long.end, short.start))) continue;
    if (text.charAt(short.end) !== ')' || !abbreviates(short.text, long.words)) continue;
    if (long.type === 'person' && long.strength >= 3) continue;
    acronyms.add(short.text.toLowerCase());
    longForms.add(long);
    if (!names.has(short.text.toLowerCase())) names.set(short.text.toLowerCase(), long.text.replace(/^the\s+/i, ''));
  }
  return { acronyms, longForms, names };
}
