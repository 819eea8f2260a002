// Pass 5a of name finding: evidence that a name part is a person: initials, given names, names English does not
// know, role nouns, ages and speech verbs around it, and compromise's lexicon of surnames.
import { compromiseLexiconTags } from '../../../adapters/compromise';
import { countWork } from '../../../model/work-meter';
import type { Evidence, Part } from './5-evidence';
import { NONE, best, demonymWord, joinWords, majorPlace } from './5-evidence';
import { firstNameLists } from './first-names';
import { demonym, placeHints } from './gazetteer';
import type { Token } from './1-tokens';
import { FOREIGN_ARTICLES, NOT_ROLE, PARTICLES, ROLE_MODIFIERS, ROLE_NOUN_SUFFIX, SPEECH_VERBS, TITLES } from './words';

/**
 * A single word compromise's lexicon lists as a person or surname ("Clinton", "Smith"): stronger than a small
 * town of that name (GAZETTEER_TOWN), not than a region or city (2, ties go to the place) or a place after "in".
 */
const LEXICON_PERSON = 2;
/** Most words a place name has ("Bosnia and Herzegovina", "Rio de Janeiro", "Papua New Guinea" are three or four). */
const MAX_PLACE_WORDS = 6;

/** A lower-case noun naming a role right before the name ("striker Alan Shearer", "spokesman Dmitry Peskov"). */
function roleNounBefore(p: Part): boolean {
  const prev = p.toks[p.from - 1];
  if (!prev || prev.shape !== 'lower' || prev.end < (p.toks[p.from]?.start ?? 0) - 1) return false;
  const w = prev.text.toLowerCase();
  if (ROLE_MODIFIERS.has(w)) return false;
  if (TITLES.has(w)) return true;
  return w.length > 4 && ROLE_NOUN_SUFFIX.test(w) && !NOT_ROLE.has(w) && p.known.has(w);
}

/** A speech verb right after the name ("Putin said") or right before it (", said Putin"). */
function speechAround(p: Part): boolean {
  const next = p.toks[p.to];
  const prev = p.toks[p.from - 1];
  return (
    (next !== undefined && SPEECH_VERBS.has(next.text.toLowerCase()) && !p.toks[p.to - 1]?.possessive) ||
    (prev !== undefined && SPEECH_VERBS.has(prev.text.toLowerCase()))
  );
}

/** ", 45," or "(45)" after a name gives an age: only people have one. */
function ageAfter(p: Part): boolean {
  const [a, b, c] = [p.toks[p.to], p.toks[p.to + 1], p.toks[p.to + 2]];
  return (
    (a?.text === ',' || a?.text === '(') &&
    b?.shape === 'num' &&
    /^\d{1,2}$/.test(b.text) &&
    (c?.text === ',' || c?.text === ')')
  );
}

/** Two or three capitalized words that English does not know and that are no place: a name ("Tegla Loroupe"). */
function foreignName(p: Part): boolean {
  const toks = p.toks.slice(p.from, p.to).filter((t) => !PARTICLES.has(t.text.toLowerCase()));
  const n = toks.length;
  if (n < 2 || n > 3) return false;
  if (!toks.every((t) => t.shape === 'cap' && placeHints(t.text).length === 0 && demonym(t.text) === null))
    return false;
  const unknown = (t: Token | undefined): boolean => t !== undefined && !p.known.has(t.text.toLowerCase());
  return unknown(toks[0]) && unknown(toks[n - 1]);
}

/** A known given name first, and no place or nationality words that would make it a team or a company. */
function givenName(p: Part): boolean {
  const toks = p.toks.slice(p.from, p.to);
  const first = toks[0];
  if (toks.length < 2 || first === undefined || firstNameLists(first.text) === 0) return false;
  if (majorPlace(first.text) || toks[toks.length - 1]?.shape === 'upper') return false;
  return !toks.some((t) => demonym(t.text) !== null);
}

/**
 * A known place at the start or a major place at the end of a longer run ("Kansas City Royals", "Real Madrid"):
 * clubs and companies are named that way, people are not (unless the first word is a given name, as in "Chad
 * Curtis"; small towns share many surnames, so only major places count at the end).
 */
function placeInside(p: Part): boolean {
  // Only splits whose place part has at most MAX_PLACE_WORDS words: longer strings name no place, and joining
  // every prefix and suffix of a long capitalised run would cost its length squared.
  const lo = Math.max(p.from + 1, p.to - MAX_PLACE_WORDS);
  const hi = Math.min(p.to - 1, p.from + MAX_PLACE_WORDS);
  countWork(p.to - p.from);
  for (let k = lo; k < p.to; k++) if (majorPlace(joinWords(p.toks, k, p.to))) return true;
  if (firstNameLists(p.toks[p.from]?.text ?? '') !== 0) return false;
  for (let k = p.from + 1; k <= hi; k++) if (placeHints(joinWords(p.toks, p.from, k)).length > 0) return true;
  return false;
}

/** Evidence that the part is a person, from its own words and its neighbours. */
export function personEvidence(p: Part): Evidence {
  const toks = p.toks.slice(p.from, p.to);
  if (toks.every((t) => demonymWord(t.text))) return NONE;
  if (toks.length >= 2 && FOREIGN_ARTICLES.has(toks[0]?.text.toLowerCase() ?? '')) return NONE;
  // An acronym inside a longer run ("Mac OS X", "NY Dow") belongs to a product or organization name.
  if (toks.length >= 2 && toks.some((t) => t.shape === 'upper')) return NONE;
  const shaped = nameEvidence(p);
  return shaped.score > 0 && shaped.rule !== 'initials' && placeInside(p) ? NONE : shaped;
}

/** Compass initials spelled out ("S. Korea" -> "South Korea") name a known place. */
const COMPASS: Readonly<Record<string, string>> = { N: 'North', S: 'South', E: 'East', W: 'West' };

/** Whether the run, with a leading compass initial spelled out, is a known place or nationality. */
function compassPlace(p: Part): boolean {
  const point = COMPASS[p.toks[p.from]?.text.replace('.', '') ?? ''];
  if (point === undefined) return false;
  const rest = joinWords(p.toks, p.from + 1, p.to);
  return placeHints(`${point} ${rest}`).length > 0 || demonymWord(rest);
}

/** Person evidence before the checks for places and nationalities inside the run. */
function nameEvidence(p: Part): Evidence {
  const n = p.to - p.from;
  const first = p.toks[p.from];
  const last = p.toks[p.to - 1];
  // "S. Korea", "N. Korean": a compass abbreviation before a place or nationality, not an initial.
  const placeAfter =
    last !== undefined && (placeHints(last.text).length > 0 || demonymWord(last.text) || compassPlace(p));
  const initials = first?.shape === 'initial' && last?.shape === 'cap' && n >= 2 && !placeAfter;
  const given = givenName(p);
  // A lone English word ("Olympic", "Labour") next to a role noun or a speech verb is rarely a person.
  const nameLike = n >= 2 || (first !== undefined && first.shape === 'cap' && !p.known.has(first.text.toLowerCase()));
  const single = n === 1 && first !== undefined ? first : null;
  const oov = single !== null && nameLike && !p.known.has(single.text.toLowerCase());
  // An all-caps word in prose is an acronym ("GAO"), even when a surname is spelled the same.
  const lexicon =
    single?.shape === 'cap' && compromiseLexiconTags(single.text).some((t) => t === 'Person' || t === 'LastName');
  return best(
    initials ? { score: 3, rule: 'initials' } : NONE,
    lexicon ? { score: LEXICON_PERSON, rule: 'lexicon-person' } : NONE,
    foreignName(p) ? { score: 2, rule: 'name-shape' } : NONE,
    given ? { score: 2, rule: 'first-name' } : NONE,
    nameLike && roleNounBefore(p) ? { score: 2, rule: 'role-noun' } : NONE,
    ageAfter(p) ? { score: 2, rule: 'age' } : NONE,
    nameLike && speechAround(p) ? { score: n >= 2 || oov ? 2 : 1, rule: 'speech' } : NONE,
  );
}
