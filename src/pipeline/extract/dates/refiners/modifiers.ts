// Widens a date over the modifier words before it and records TimeML's `mod`: "the end of 2022" (END),
// "early next year" (START), "mid-1990s" (MID), "earlier this month" (START), "late last week" (END).
import type { Candidate, Mod } from '../../../../text/dates/sem';

/** Modifier words directly before a date, anchored at the end of the text before it. */
const MODIFIER_BEFORE =
  /(?:\b(the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of)|\b((?:the\s+)?(?:early|late|earlier|later)(?:\s+in)?)|\b((?:the\s+)?mid)-?)\s*$/i;

/** How far back the modifier search looks (the longest modifier is "the very beginning of "). */
const LOOKBACK = 28;

function modOf(words: string): Mod {
  const w = words.toLowerCase();
  if (/\b(?:end|close|late|later)\b/.test(w)) return 'END';
  if (/\b(?:middle|mid)\b/.test(w) || w.endsWith('mid')) return 'MID';
  if (/\bturn\b/.test(w)) return 'APPROX';
  return 'START';
}

/** Extends every candidate that a modifier precedes; durations and *_REF values take none. */
export function applyModifiers(candidates: readonly Candidate[], text: string, sentenceStart: number): Candidate[] {
  let floor = sentenceStart;
  return candidates.map((c) => {
    const out = withModifier(c, text, floor);
    floor = out.end;
    return out;
  });
}

function withModifier(c: Candidate, text: string, floor: number): Candidate {
  if (c.sem.kind === 'duration' || c.sem.kind === 'ref' || c.sem.kind === 'set' || c.mod !== null) return c;
  const from = Math.max(floor, c.start - LOOKBACK);
  const m = MODIFIER_BEFORE.exec(text.slice(from, c.start));
  if (!m || (m.index === 0 && from > floor && /\w/.test(text[from - 1] ?? ''))) return c;
  return { ...c, start: from + m.index, mod: modOf(m[0]), rule: `${c.rule}+mod` };
}
