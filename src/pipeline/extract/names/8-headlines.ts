// Pass 8 of name finding: all-caps and Title Case headline lines. Capitals say nothing there, so a run of words is a
// name only when the article body already read the same words as one, or when the gazetteer knows it as a place.
import type { DocKnowledge } from './7-knowledge';
import { knownPerson } from './7-knowledge';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';
import type { NameText } from './2-sentences';
import type { Token } from './1-tokens';
import { CALENDAR, COMMON_CAPITALIZED } from './words';

/** Longest run of words tried as one name. */
const MAX_NAME_WORDS = 4;

/** "LEICESTERSHIRE" -> "Leicestershire", "CHESTER-LE-STREET" -> "Chester-Le-Street"; "McDonald" stays. */
function titleCase(t: Token): string {
  if (t.shape !== 'upper') return t.text;
  return t.text.toLowerCase().replace(/(^|[-\s'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** An upper-case (or, in a Title Case line, capitalized) word that may belong to a name. */
function headlineWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return (t.shape === 'upper' || t.shape === 'cap') && !COMMON_CAPITALIZED.has(w) && !CALENDAR.has(w);
}

/** The reading of tokens `[i, j)` of a headline, or null. */
function readRun(toks: readonly Token[], i: number, j: number, text: string, k: DocKnowledge): Finding | null {
  const words = toks.slice(i, j).map(titleCase);
  const start = toks[i]?.start ?? 0;
  const end = toks[j - 1]?.end ?? 0;
  const base = { start, end, text: text.slice(start, end), role: null, words };
  const seen = k.surfaces.get(words.join(' ').toLowerCase());
  if (seen) return { ...base, type: seen.type, strength: 2, rule: `headline-${seen.type}` };
  if (knownPerson(words, k)) return { ...base, type: 'person', strength: 2, rule: 'headline-person' };
  if (placeHints(words.join(' ')).length > 0)
    return { ...base, type: 'place', strength: 2, rule: 'headline-gazetteer' };
  return null;
}

/** Findings in the headline lines of the document: greedy longest known runs. */
export function headlineFindings(nt: NameText, text: string, k: DocKnowledge): Finding[] {
  const out: Finding[] = [];
  for (const s of nt.sentences) {
    const toks = s.tokens;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!t || !s.headline[i] || !headlineWord(t)) {
        i++;
        continue;
      }
      let found: Finding | null = null;
      let j = Math.min(toks.length, i + MAX_NAME_WORDS);
      for (; j > i && !found; j--) {
        const run = toks.slice(i, j);
        if (run.every((u, x) => headlineWord(u) && s.headline[i + x] === true)) found = readRun(toks, i, j, text, k);
      }
      if (found) out.push(found);
      i = found ? j + 1 : i + 1;
    }
  }
  return out;
}
