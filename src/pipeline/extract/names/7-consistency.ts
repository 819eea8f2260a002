// Pass 7 of name finding: document-level consistency. A name recognized once is recognized in every mention of
// the article: surname-only and first-name-only mentions join the people found with evidence, a word that opens
// an organization's name stays an organization, and a run left undecided takes the reading the same words got
// elsewhere in the article.
import type { Finding } from './finding';
import { placeHints } from './gazetteer';
import type { DocKnowledge } from './7-knowledge';
import { TEACHING_STRENGTH, knownPerson, learn } from './7-knowledge';
import { spreadOrgs } from './7b-org-spread';

/** Readings weak enough for a document-level reading to overrule (a bare gazetteer hit, a score line). */
const OVERRULABLE = new Set(['gazetteer', 'team', 'acronym', 'preposition', 'capitalized', 'speech', 'role-place']);
/** A place reading this strong (a country or city after "in") is never overruled by a person's surname. */
const SURE_PLACE = 3;
/** Single-word person readings that an organization reading of the same word overrules. */
const WEAK_PERSON = new Set(['speech', 'name-shape', 'lexicon-person', 'capitalized']);

/**
 * Distinct team names (places followed by scores or result verbs) that make an article a sports report, where
 * a bare county or city name is a club, not a place (national teams are annotated as their country).
 */
const SPORTS_DOC_TEAMS = 3;

/** A single word that the article uses as an organization's name and never as a person's. */
function orgWord(f: Finding, k: DocKnowledge): boolean {
  const word = f.words.length === 1 ? f.words[0]?.toLowerCase() : undefined;
  return word !== undefined && k.orgWords.has(word) && !k.personWords.has(word) && WEAK_PERSON.has(f.rule);
}

/** Person readings that an organization reading of the same words elsewhere does not overrule. */
const FIRM_PERSON = new Set(['title', 'title-of', 'initials']);
/** Organization evidence that overrules person readings of the same surface (a cue such as "airline X"). */
const ORG_CUE_STRENGTH = 3;
/**
 * Place readings below this (a small town, GAZETTEER_TOWN) yield to a word the article uses as an organization
 * ("Douglas" next to "Douglas Aircraft"); regions and cities do not, since organizations are named after them.
 */
const WEAK_PLACE = 2;

/** A person or weak place reading of words the article elsewhere reads as an organization on firm evidence. */
function orgElsewhere(f: Finding, k: DocKnowledge): boolean {
  const seen = k.surfaces.get(f.text.toLowerCase());
  if (f.type === 'person') return seen?.type === 'org' && seen.strength >= ORG_CUE_STRENGTH && !FIRM_PERSON.has(f.rule);
  const word = f.words.length === 1 ? f.words[0]?.toLowerCase() : undefined;
  const weak = f.rule === 'preposition' || (f.rule === 'gazetteer' && f.strength < WEAK_PLACE);
  return f.type === 'place' && weak && word !== undefined && k.orgWords.has(word) && !k.personWords.has(word);
}

/**
 * A two- or three-word name read as a person on its shape alone ("Lockheed Martin") whose first word the
 * article also writes alone, and never its last: people are cut to their surname, companies to their first word.
 */
function shortenedLikeCompany(f: Finding, k: DocKnowledge): boolean {
  const [first, last] = [f.words[0]?.toLowerCase(), f.words[f.words.length - 1]?.toLowerCase()];
  if (f.type !== 'person' || f.rule !== 'name-shape' || f.role !== null || f.words.length < 2 || !first || !last)
    return false;
  return k.lone.has(first) && !k.lone.has(last) && !k.personWords.has(first);
}

/** One finding after the document's knowledge is applied. */
function revise(f: Finding, k: DocKnowledge): Finding {
  if (f.type !== 'org' && (orgWord(f, k) || orgElsewhere(f, k) || shortenedLikeCompany(f, k)))
    return { ...f, type: 'org', strength: TEACHING_STRENGTH, rule: 'doc-org' };
  const weak =
    f.strength < TEACHING_STRENGTH ||
    OVERRULABLE.has(f.rule) ||
    (f.rule === 'gazetteer-preposition' && f.strength < SURE_PLACE);
  if (f.type !== 'person' && weak && knownPerson(f.words, k))
    return { ...f, type: 'person', strength: TEACHING_STRENGTH, rule: 'doc-person' };
  const seen = k.surfaces.get(f.text.toLowerCase());
  if (seen && seen.type !== f.type && f.strength < TEACHING_STRENGTH)
    return { ...f, type: seen.type, strength: TEACHING_STRENGTH, rule: `doc-${seen.type}` };
  const bare = f.type === 'place' && f.rule === 'gazetteer' && placeHints(f.text)[0]?.kind !== 'country';
  if (bare && (k.teams.has(f.text.toLowerCase()) || k.teams.size >= SPORTS_DOC_TEAMS))
    return { ...f, type: 'org', rule: 'doc-team' };
  return f;
}

/** What may separate the members of a list of names: a comma, "and", or both. */
const LIST_GAP = /^[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*$/;
/** People a list needs before its undecided members are read as people too ("Given, Breen, Staunton, ..."). */
const LIST_MIN_PEOPLE = 2;

/** Runs of findings that form one list in the text (in text order). */
function lists(findings: readonly Finding[], text: string): Finding[][] {
  const out: Finding[][] = [];
  let run: Finding[] = [];
  for (const f of findings) {
    const prev = run[run.length - 1];
    if (prev && LIST_GAP.test(text.slice(prev.end, f.start))) run.push(f);
    else {
      if (run.length > 2) out.push(run);
      run = [f];
    }
  }
  if (run.length > 2) out.push(run);
  return out;
}

/** A list member without a firm reading: undecided, or a bare small-town gazetteer hit ("Staunton"). */
function undecided(f: Finding): boolean {
  return f.type === 'none' || (f.type === 'place' && f.strength < TEACHING_STRENGTH);
}

/** Undecided members of a list whose decided members are mostly people become people. */
function listPeople(findings: readonly Finding[], text: string): Finding[] {
  const promoted = new Set<Finding>();
  for (const list of lists(findings, text)) {
    const people = list.filter((f) => f.type === 'person').length;
    const others = list.filter((f) => f.type !== 'person' && !undecided(f)).length;
    if (people >= LIST_MIN_PEOPLE && people > others) for (const f of list) if (undecided(f)) promoted.add(f);
  }
  return findings.map((f) =>
    promoted.has(f) ? { ...f, type: 'person', strength: TEACHING_STRENGTH, rule: 'list-person' } : f,
  );
}

/** What joins two names into a pair of the same kind: "and" or "or" alone ("Boeing and Lockheed Martin"). */
const PAIR_GAP = /^[ \t]+(?:and|or)[ \t]+$/;
/** Organization evidence that makes the other member of such a pair an organization too. */
const PAIR_ORG_STRENGTH = 2.5;

/** A name read as a person on its shape alone, with no role: the weakest multiword person reading. */
function shapeOnly(f: Finding): boolean {
  return f.type === 'person' && f.rule === 'name-shape' && f.role === null;
}

/** "Boeing and Lockheed Martin": a shape-only person paired with a firm organization is an organization. */
function pairedOrgs(findings: readonly Finding[], text: string): Finding[] {
  const out = [...findings];
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1], out[i]];
    if (!a || !b || !PAIR_GAP.test(text.slice(a.end, b.start))) continue;
    const firm = (f: Finding): boolean => f.type === 'org' && f.strength >= PAIR_ORG_STRENGTH;
    if (firm(a) && shapeOnly(b)) out[i] = { ...b, type: 'org', rule: 'pair-org' };
    if (firm(b) && shapeOnly(a)) out[i - 1] = { ...a, type: 'org', rule: 'pair-org' };
  }
  return out;
}

/** Applies document-level consistency to every finding (sorted by offset). */
export function harmonize(
  findings: readonly Finding[],
  text: string,
): { findings: Finding[]; knowledge: DocKnowledge } {
  const knowledge = learn(findings);
  const revised = pairedOrgs(
    listPeople(
      findings.map((f) => revise(f, knowledge)),
      text,
    ),
    text,
  );
  return { findings: spreadOrgs(revised, text), knowledge };
}
