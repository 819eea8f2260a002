// Pass 9g of name finding: which names of a sports report are clubs and which stay places. A report is told by
// its sport words, its results tables or its clubs' score lines; in one, a bare county or city is its club unless
// a preposition, a venue or a dateline puts it on the map, an undecided name beside a score is a club, and a town
// playing a result is a team anywhere. Layout keeps places places: a venue heading ("Leicester:") and the home town
// of a fixture line ("KANSAS CITY AT DETROIT").
import { demonymWord } from './5-evidence';
import { lexiconWordsIn } from './doc-words';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';
import { EVENT_HEADS, SPORTS_DOC_WORDS, SPORT_WORDS } from './org-lexicon';
import { scoreTable } from './9b-teams';

/** Place rules that a sports report turns into its club: a bare name, not after "in", "at" or "from". */
const BARE_PLACE = new Set(['gazetteer', 'headline-gazetteer', 'doc-place']);

/** Distinct names read as teams by their score line that make an article a sports report on their own. */
const SPORTS_DOC_TEAM_NAMES = 2;

/** Whether the article reads as a sports report: clubs found by their score lines, a results table, sport words. */
export function sportsReport(findings: readonly Finding[], text: string): boolean {
  const teams = new Set(findings.filter((f) => f.rule === 'team').map((f) => f.text.toLowerCase()));
  if (teams.size >= SPORTS_DOC_TEAM_NAMES || scoreTable(text)) return true;
  return lexiconWordsIn(text, SPORT_WORDS, /[a-z][a-z-]+/g).size >= SPORTS_DOC_WORDS;
}

/** Words before a place name that keep it a place even in a sports report ("Espanyol of Barcelona"). */
const PLACE_BEFORE = /\b(?:of|in|at|from|to|near|into|across|around|outside)[ \t]+(?:the[ \t]+)?$/i;
/** A venue then its town ("(at The Oval, London)"), or a dateline's place then its region ("ARLINGTON, Texas"). */
const VENUE_OR_DATELINE_BEFORE = /(?:\bat[ \t]+[A-Z][^,()\n]{0,30},[ \t]+|^[A-Z][A-Z .'-]+,[ \t]+)$/;

/**
 * A bare county or city (never a country: national teams are written as their country; never a continent or a
 * sea) in a sports report, unless a preposition puts it on the map or it modifies a noun ("the Moscow club").
 */
export function club(f: Finding, sports: boolean, text: string): boolean {
  if (!sports || f.type !== 'place' || !BARE_PLACE.has(f.rule)) return false;
  const hint = placeHints(f.text)[0];
  if (hint === undefined || hint.kind === 'country' || (hint.kind === 'region' && hint.country === null)) return false;
  const before = text.slice(Math.max(0, f.start - 40, text.lastIndexOf('\n', f.start - 1) + 1), f.start);
  if (PLACE_BEFORE.test(before) || VENUE_OR_DATELINE_BEFORE.test(before)) return false;
  return !/^[ \t]+(?:club|side|team|squad)\b/.test(text.slice(f.end, f.end + 8));
}

/**
 * A score or a result verb right after the name, or a result verb right before it ("Corvan 5", "beat Brisko"); a
 * country or town in parentheses may stand between the club and its score ("Dinamo (Russia) 81").
 */
const SCORE_AFTER =
  /^(?:[ \t]+\([A-Z][A-Za-z. ]{0,20}\))?[ \t]+(?:\d{1,3}(?:-\d{1,3})?(?![\d.,:-])|(?:beat|beats|drew|defeated|edged|routed|thrashed|crushed|v|vs\.?)\b)/;
const RESULT_BEFORE = /\b(?:beat|beats|drew with|defeated|lost to|edged|routed|thrashed|crushed|v|vs\.?)[ \t]+$/;

/** An undecided name in a score line of a sports report: a club the gazetteer does not know ("Corvan 5 Brisko 3"). */
export function scoreLineClub(f: Finding, sports: boolean, text: string): boolean {
  if (!sports || f.type !== 'none' || f.rule !== 'capitalized' || demonymWord(f.text)) return false;
  if (EVENT_HEADS.has(f.text.toLowerCase())) return false; // "Euro 96" is a championship
  if (/^[A-Z]\.[ \t]*[A-Z]/.test(f.text)) return false; // "I. Austin 4-37": a bowler's figures, not a club
  if (/\b(?:b|c|lbw|st)[ \t]+$/.test(text.slice(Math.max(0, f.start - 5), f.start))) return false; // "b Gough 4"
  return (
    SCORE_AFTER.test(text.slice(f.end, f.end + 16)) ||
    RESULT_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))
  );
}

/** A result verb right after or before the name: "Michigan State beat Ohio State" names two teams. */
const RESULT_AFTER = /^[ \t]+(?:beat|beats|defeated|edged|routed|thrashed|crushed|drew with|lost to)\b/;

/** A county, city or college name (never a country) playing a result: a team, even outside a sports report. */
export function resultTeam(f: Finding, text: string): boolean {
  if (
    f.type !== 'place' ||
    f.rule === 'dateline' ||
    f.rule === 'gazetteer-preposition' ||
    placeHints(f.text)[0]?.kind === 'country'
  )
    return false;
  return (
    RESULT_AFTER.test(text.slice(f.end, f.end + 16)) ||
    RESULT_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))
  );
}

/** Team readings of a place that a table's layout keeps a place. */
const PLACE_TEAM_RULES = new Set(['doc-team', 'sports-club', 'headline-org', 'team']);

/**
 * A place read as its club where the layout says venue or fixture: a line opening "Leicester:" or "At Headingley
 * (Leeds):" heads a match report with the ground's town, and an all-caps fixture line without figures ("KANSAS
 * CITY AT DETROIT") names the visiting club, then the town it plays at (results with scores name two clubs).
 */
export function venueOrSchedule(f: Finding, text: string): boolean {
  if (f.type !== 'org' || !PLACE_TEAM_RULES.has(f.rule) || placeHints(f.text).length === 0) return false;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  if (f.start === lineStart && text.charAt(f.end) === ':') return true;
  if (text.charAt(f.start - 1) === '(' && text.slice(f.end, f.end + 2) === '):') return true;
  // "KANSAS CITY AT DETROIT": the visiting club, then the home club's town.
  return line === line.toUpperCase() && !/\d/.test(line) && /\bAT[ \t]+$/.test(text.slice(lineStart, f.start));
}
