// Speaker phrases written with capitals that the people stage did not make a person: a name after a title or
// a role ("House Speaker Paul D. Ryan", "Mr. King"), an organization ("The White House"), or a capitalized
// ordinary word that is no name at all ("Perhaps", "Partial").
import { givenNameGender } from '../../../adapters/name-gender';
import { winkKnownWords } from '../../../adapters/wink';
import type { DiscourseModel, Resolution } from './types';

const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|II|III|IV|Jr\.?)$/u;

/** The person entity whose canonical name ends with `surname`, if exactly one does. */
function bySurname(model: DiscourseModel, surname: string): Resolution | null {
  const hits = [...model.entities.values()].filter(
    (e) => (e.name.split(/\s+/).pop() ?? '').toLowerCase() === surname.toLowerCase(),
  );
  const e = hits.length === 1 ? hits[0] : undefined;
  return e
    ? {
        entity: e.id,
        name: e.name,
        type: 'person',
        rule: 'name-surname',
        confidence: 0.8,
        candidates: [{ entity: e.id, score: 1 }],
      }
    : null;
}

/** "Activist Angela Davis", "House Speaker Paul D. Ryan (R-Wis.)": the words from a known given name on. */
function nameAfterRole(words: readonly string[]): string | null {
  for (let i = 0; i < words.length - 1; i++) {
    const given = words[i] ?? '';
    if (!givenNameGender(given) || /^(?:the|a|an|this|that|his|her|their|its|our)$/i.test(given)) continue;
    // A given name that is also a common word ("Will", "Grace") needs an unknown or initial word after it.
    const next = words[i + 1] ?? '';
    if (winkKnownWords([given]).size > 0 && winkKnownWords([next]).size > 0 && !/^\p{Lu}\.$/u.test(next)) continue;
    const rest = words.slice(i, i + 5);
    const end = rest.findIndex((w) => !NAME_WORD.test(w));
    const name = end < 0 ? rest : rest.slice(0, end);
    if (name.length >= 2) return name.join(' ');
  }
  return null;
}

/** A capitalized word that the text never capitalizes mid-sentence and the dictionary knows: no name. */
function ordinaryWord(text: string, word: string): boolean {
  if (winkKnownWords([word]).size === 0) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !new RegExp(`[\\p{Ll},] ${escaped}\\b`, 'u').test(text);
}

/** Resolves a capitalized speaker phrase that overlaps no person mention; null when it reads as an organization. */
export function unlinkedName(model: DiscourseModel, text: string, speaker: string): Resolution | null {
  const titled = TITLED.exec(speaker);
  if (titled?.[1])
    return (
      bySurname(model, titled[1]) ?? {
        entity: null,
        name: speaker,
        type: 'person',
        rule: 'name-unlinked',
        confidence: 0.6,
        candidates: [],
      }
    );
  const all = speaker.replace(/\s*\(.*$/, '').split(/\s+/);
  // Only the capitalized run before any lower-case word: "A spokeswoman for Hillary Clinton" names no speaker.
  const cut = all.findIndex((w) => /^\p{Ll}/u.test(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const named = nameAfterRole(words);
  if (named)
    return (
      bySurname(model, named.split(' ').pop() ?? '') ?? {
        entity: null,
        name: named,
        type: 'person',
        rule: 'name-unlinked',
        confidence: 0.6,
        candidates: [],
      }
    );
  if (all.length === 1 && (/['’]/.test(speaker) || ordinaryWord(text, words[0] ?? '')))
    return { entity: null, name: null, type: null, rule: 'not-a-name', confidence: 0, candidates: [] };
  // A lone capitalized word may be the surname of a person named in full elsewhere ("Gingrich").
  return all.length === 1 ? bySurname(model, words[0] ?? '') : null;
}
