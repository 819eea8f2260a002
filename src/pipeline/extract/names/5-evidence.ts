// Pass 5 of name finding: the evidence that a name part is a person, a place or an organization. Each evidence
// function returns a score (0 none, 1 weak, 2 good, 3 strong) and the rule that gave it; the classifier compares
// them. This file holds what the three kinds share; person-evidence.ts and place-evidence.ts hold the rules.
import { demonym, placeHints } from './gazetteer';
import type { Token } from './1-tokens';

/** One piece of evidence: how strong, and which rule. */
export interface Evidence {
  readonly score: number;
  readonly rule: string;
}

/** The tokens of a sentence and the name part `[from, to)` being judged. */
export interface Part {
  readonly toks: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly known: ReadonlySet<string>;
}

/** No evidence at all. */
export const NONE: Evidence = { score: 0, rule: '' };
/** The strongest of several pieces of evidence. */
export function best(...all: Evidence[]): Evidence {
  return all.reduce((a, b) => (b.score > a.score ? b : a), NONE);
}

/**
 * The part's words joined by single spaces, as a gazetteer key; a token written flush against the previous one
 * (the "'s" of "People's Republic of China") stays flush.
 */
export function partText(p: Part): string {
  let out = '';
  for (let i = p.from; i < p.to; i++) {
    const [prev, t] = [p.toks[i - 1], p.toks[i]];
    if (!t) continue;
    const flush = i === p.from || (prev !== undefined && prev.end === t.start);
    out += flush ? t.text : ` ${t.text}`;
  }
  return out;
}

/** Population above which a city's name, first in a run, reads as the city ("Philadelphia Eagles"). */
const MAJOR_CITY_POPULATION = 500_000;

/** A country or a large city: such a word opening a run names a club or company, not a person's first name. */
export function majorPlace(word: string): boolean {
  const hint = placeHints(word)[0];
  return hint !== undefined && (hint.kind === 'country' || (hint.population ?? 0) >= MAJOR_CITY_POPULATION);
}

/** The words of tokens `[from, to)` joined by single spaces. */
export function joinWords(toks: readonly Token[], from: number, to: number): string {
  return toks
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** A nationality, singular or plural ("Iraqi", "Iraqis", "Afrikaners"): a group of people, not a name. */
export function demonymWord(word: string): boolean {
  return demonym(word) !== null || (word.endsWith('s') && demonym(word.slice(0, -1)) !== null);
}
