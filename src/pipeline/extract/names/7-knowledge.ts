// What an article teaches about its own names: the words of people found with evidence, the words that open
// organization names, the reading each surface form got, and the teams of a sports report.
import type { Finding } from './finding';
import { firstNameLists } from './first-names';

/** Evidence a finding needs before it can teach the rest of the document. */
export const TEACHING_STRENGTH = 2;
/** Organization evidence strong enough to teach (an organization head word, "X of", a lexicon entry, a team). */
const ORG_TEACHING_STRENGTH = 2.5;
/** Person rules that cannot teach on a single word: "Boeing said" is a company as often as a person. */
const SINGLE_WORD_WEAK = new Set(['speech', 'doc-person', 'headline-person']);

/** What the document has taught. */
export interface DocKnowledge {
  /** Lower-cased surface forms read as sports teams somewhere in the article. */
  readonly teams: ReadonlySet<string>;
  /** Lower-cased words of names read as people with evidence (given names and surnames, no initials). */
  readonly personWords: ReadonlySet<string>;
  /** Lower-cased words that name organizations ("magna" of "Magna International Inc"). */
  readonly orgWords: ReadonlySet<string>;
  /** Lower-cased surface text -> the strongest reading it got. */
  readonly surfaces: ReadonlyMap<string, Finding>;
  /** Lower-cased words written alone somewhere in the article ("Lockheed") with no person reading there. */
  readonly lone: ReadonlySet<string>;
}

/** Whether a word can link a short mention to a person (not an initial, not a one-letter word). */
export function linkWord(w: string): boolean {
  return w.length > 1 && !/^\p{Lu}\.$/u.test(w);
}

/**
 * The words of a person's name that later mentions may use alone: the surname (last word) always, the first word
 * when it is a known given name ("Nasser" of "Nasser Hussain").
 */
function personLinks(f: Finding): string[] {
  if (f.words.length === 1 && SINGLE_WORD_WEAK.has(f.rule)) return [];
  const last = f.words[f.words.length - 1];
  const first = f.words[0];
  const out = last !== undefined && linkWord(last) ? [last] : [];
  if (first !== undefined && f.words.length >= 2 && linkWord(first) && firstNameLists(first) > 0) out.push(first);
  return out.map((w) => w.toLowerCase());
}

/**
 * The words that name an organization on its own: the whole name and its first word ("Magna" of "Magna
 * International Inc"). They only ever overrule weak single-word person readings, never places.
 */
function orgLinks(f: Finding): string[] {
  if (f.strength < ORG_TEACHING_STRENGTH) return [];
  const first = f.words[0];
  const own = first !== undefined && f.words.length >= 2;
  return [f.text.toLowerCase(), ...(own && first ? [first.toLowerCase()] : [])];
}

/** Collects what the findings with enough evidence say. */
export function learn(findings: readonly Finding[]): DocKnowledge {
  const personWords = new Set<string>();
  const orgWords = new Set<string>();
  const surfaces = new Map<string, Finding>();
  const teams = new Set<string>();
  const lone = new Set<string>();
  for (const f of findings) {
    if (f.words.length === 1 && f.words[0] !== undefined && f.type !== 'person') lone.add(f.words[0].toLowerCase());
    if (f.rule === 'team') teams.add(f.text.toLowerCase());
    if (f.strength < TEACHING_STRENGTH || f.type === 'none') continue;
    if (f.type === 'person') for (const w of personLinks(f)) personWords.add(w);
    if (f.type === 'org') for (const w of orgLinks(f)) orgWords.add(w);
    const key = f.text.toLowerCase();
    const had = surfaces.get(key);
    if (!had || f.strength > had.strength) surfaces.set(key, f);
  }
  return { personWords, orgWords, surfaces, teams, lone };
}

/** Whether every linking word of `words` names a person the document already knows. */
export function knownPerson(words: readonly string[], k: DocKnowledge): boolean {
  const linking = words.filter(linkWord);
  return linking.length > 0 && linking.every((w) => k.personWords.has(w.toLowerCase()));
}
