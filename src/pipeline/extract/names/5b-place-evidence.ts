// Pass 5b of name finding: evidence that a name part is a place (gazetteer, prepositions, datelines, "city of",
// place head words) or lies inside an organization's name (organization heads, "X of", teams, acronyms).
import { compromiseLexiconTags } from '../../../adapters/compromise';
import type { Evidence, Part } from './5-evidence';
import { NONE, best, demonymWord, majorPlace } from './5-evidence';
import type { PlaceHint } from './gazetteer';
import { placeHints } from './gazetteer';
import { bare } from './4-roles';
import type { Token } from './1-tokens';
import { orgCues } from './5c-org-cues';
import { facilityNounAfter, facilityPlace, placePreposition, qualifiedPlace } from './5d-place-context';
import { CALENDAR, ORG_HEADS, PLACE_HEADS, RESULT_VERBS } from './words';

/** A country or a large city is rarely anything else; it beats lexicon surnames ("Jordan", "Houston"). */
const GAZETTEER_MAJOR = 2.5;
/** A city or region followed by a score or a result verb is a club: this beats even a large city (2.5). */
const TEAM = 2.7;
/** What "in", "at", "from" add to a gazetteer hit (a small town after "in" is still less sure than a city). */
const PREPOSITION_BONUS = 1;
/** Towns below this population share their names with many surnames ("Clinton", "Dole"). */
const TOWN_MAX_POPULATION = 100_000;
/** Score of a bare gazetteer hit on such a town. */
const GAZETTEER_TOWN = 1.5;

/**
 * Score of an all-caps word that the gazetteer knows only as a town or region written in lower case ("GAO" is
 * Gao, Mali, but in news an agency): an acronym, so no better than the acronym reading of an organization.
 */
const GAZETTEER_ACRONYM = 1;

/** Score of a bare gazetteer hit: by how likely the name means the place rather than a person. */
function gazetteerScore(hints: readonly PlaceHint[], text: string): number {
  if (/^\p{Lu}{2,}$/u.test(text) && !hints.some((h) => h.kind === 'country')) return GAZETTEER_ACRONYM;
  if (majorPlace(text)) return GAZETTEER_MAJOR;
  const top = hints[0];
  return top?.kind === 'city' && (top.population ?? 0) < TOWN_MAX_POPULATION ? GAZETTEER_TOWN : 2;
}
/** Lower-case nouns that introduce a place after "of" ("the Russian city of St. Petersburg"). */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'province',
  'state',
  'region',
  'republic',
  'island',
  'county',
  'district',
  'port',
  'suburb',
  'municipality',
  'kingdom',
  'emirate',
  'country',
  'area',
]);

/** What may follow a dateline place: a date ("1996-08-30", "Dec 26"), an agency in parentheses, or a dash. */
function datelineTail(t: Token | undefined, known: boolean): boolean {
  if (t !== undefined && t.shape === 'num') return /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}/.test(t.text);
  if (t !== undefined && CALENDAR.has(bare(t))) return true;
  // "MOSCOW (Reuters) -", "PARIS -": without a date the place itself must be known (not "PRESS DIGEST -").
  return known && (t === undefined || t.text === '(' || t.text === ',' || t.text === '-' || t.text === '–');
}

/** A line-initial upper-case place followed by a date or an agency: a news dateline ("LONDON 1996-08-30"). */
function dateline(p: Part, known: boolean): boolean {
  const first = p.toks[p.from];
  if (!first || !(p.from === 0 || first.lineStart)) return false;
  return p.toks.slice(p.from, p.to).every((t) => t.shape === 'upper') && datelineTail(p.toks[p.to], known);
}

/** Words neither English nor nationalities: "at Headingley", not "in English" or "in Back". */
function unknownWords(p: Part): boolean {
  return p.toks.slice(p.from, p.to).every((t) => !p.known.has(t.text.toLowerCase()) && !demonymWord(t.text));
}

/** Evidence that the part is a place. */
export function placeEvidence(p: Part): Evidence {
  const hints = placeHints(p.text);
  const known = hints.length > 0;
  const prev = p.toks[p.from - 1];
  const prep = placePreposition(p);
  const ofPlace = prev?.text === 'of' && PLACE_NOUNS.has(p.toks[p.from - 2]?.text.toLowerCase() ?? '');
  const head = p.to - p.from >= 2 && PLACE_HEADS.has(bare(p.toks[p.to - 1]));
  return best(
    dateline(p, known) ? { score: 3, rule: 'dateline' } : NONE,
    facilityPlace(p) ? { score: 3, rule: 'facility' } : NONE,
    facilityNounAfter(p) ? { score: 2, rule: 'facility-noun' } : NONE,
    ofPlace ? { score: 3, rule: 'place-noun' } : NONE,
    known && prep
      ? { score: Math.min(3, gazetteerScore(hints, p.text) + PREPOSITION_BONUS), rule: 'gazetteer-preposition' }
      : NONE,
    known ? { score: gazetteerScore(hints, p.text), rule: 'gazetteer' } : NONE,
    qualifiedPlace(p) ? { score: 3, rule: 'qualified' } : NONE,
    head ? { score: 2, rule: 'place-head' } : NONE,
    prep && unknownWords(p) ? { score: 1, rule: 'preposition' } : NONE,
  );
}

/** A sports result around the name ("Essex 372", "Leicestershire beat Somerset"): a team, not a place. */
function teamContext(p: Part): boolean {
  const next = p.toks[p.to];
  const prev = p.toks[p.from - 1];
  const score = next?.shape === 'num' && /^\d+(?:-\d+)?$/.test(next.text) && !/^(1[89]|20)\d\d$/.test(next.text);
  return score || RESULT_VERBS.has(next?.text.toLowerCase() ?? '') || RESULT_VERBS.has(prev?.text.toLowerCase() ?? '');
}

/** Evidence that the part is (inside) an organization name. */
export function orgEvidence(p: Part): Evidence {
  const n = p.to - p.from;
  const last = bare(p.toks[p.to - 1]);
  const hints = placeHints(p.text);
  const known = hints.length > 0;
  const prev = p.toks[p.from - 1];
  const head = p.toks[p.from - 2];
  const orgOf = prev?.text === 'of' && head?.shape === 'cap' && ORG_HEADS.has(bare(head));
  // An all-caps word is an acronym unless it names a country ("GAO" is no Gao, but "UK" is the UK).
  const acronym = n === 1 && p.toks[p.from]?.shape === 'upper' && !hints.some((h) => h.kind === 'country');
  // Clubs are named after cities and counties; national teams are annotated as their country (a place).
  const subnational = known && hints[0]?.kind !== 'country';
  const lexicon = compromiseLexiconTags(p.text).some((t) => t === 'Organization' || t === 'SportsTeam');
  return best(
    ORG_HEADS.has(last) && !known && !facilityPlace(p) ? { score: 3, rule: 'org-head' } : NONE,
    lexicon ? { score: 2.5, rule: 'lexicon-org' } : NONE,
    orgOf ? { score: 3, rule: 'org-of' } : NONE,
    subnational && teamContext(p) ? { score: TEAM, rule: 'team' } : NONE,
    acronym ? { score: 1, rule: 'acronym' } : NONE,
    orgCues(p),
  );
}
