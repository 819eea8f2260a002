// Pass 9b of name finding: clubs named without a head word. Sports copy names teams by nickname ("the Braves",
// "Reds manager Ray Knight"), by a place and a nickname ("Florida Marlins"), or by a word and a city ("Dynamo
// Moscow", "Zvezda Saratov"); results tables name them beside scores ("Corvan 6 Tellmar 2"). None of these has
// a suffix or a head, so the evidence is the shape of the name in a sports report plus the words around it.
import { demonymWord } from './5-evidence';
import type { Finding } from './finding';
import { firstNameLists } from './first-names';
import { placeHints } from './gazetteer';

/** Strength of a team reading this pass gives (as pass 9's decisions). */
const DECIDED = 2.5;
/** Score-table lines ("Corvan 6 Tellmar 2", "Brisko 64 2 43 .596") that make an article a sports report. */
const SCORE_TABLE_LINES = 2;
/** A line of a results or standings table: a name, then a score or a row of figures. */
const SCORE_LINE =
  /^[ \t]*[A-Z][A-Za-z.'&-]*(?:[ \t]+[A-Z(][A-Za-z.'&()-]*){0,3}[ \t]+\d{1,3}[ \t]+(?:[A-Z]|\d{1,3}(?![\d,.]))/gm;

/** Whether the text holds a results or standings table (two lines or more of names followed by figures). */
export function scoreTable(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(SCORE_LINE)) if (++n >= SCORE_TABLE_LINES) return true;
  return false;
}

/**
 * Lower-case nouns of a team's people and parts written right after its name as a modifier ("Reds manager",
 * "Cubs shortstop", "Springbok scrum-half", "Eagles organisation"): a team, in a sports report.
 */
const TEAM_MODIFIED = new Set(
  `manager coach owner owners chairman president captain skipper shortstop pitcher catcher outfielder infielder
  quarterback linebacker keeper goalkeeper striker midfielder defender forward winger fullback full-back scrum-half
  fly-half hooker lock prop centre flanker fans supporters organisation organization franchise squad players
  player line-up lineup bench board`.split(/\s+/),
);

/** Geographic plurals: "Falkland Islands", "Golan Heights" are places, not a place's team. */
const PLACE_PLURALS = new Set(
  `islands isles mountains hills heights falls lakes keys plains springs states emirates territories provinces
  highlands lowlands midlands rockies alps andes himalayas glades woods fields gardens docks sands downs`.split(/\s+/),
);

/** Findings a team reading may replace: undecided runs and readings on shape or one cue alone. */
const WEAK = new Set(['capitalized', 'sentence-case', 'name-shape', 'first-name', 'doc-person', 'speech']);

/** A single capitalized plural word that is not a nationality or a place ("Braves", "Springboks"). */
function nickname(word: string | undefined): boolean {
  if (word === undefined || !/^[A-Z][a-z]+s$/.test(word) || /ss$/.test(word)) return false;
  return !demonymWord(word) && placeHints(word).length === 0 && !PLACE_PLURALS.has(word.toLowerCase());
}

/** "Florida Marlins", "Cincinnati Reds": a place (not a country) followed by a nickname. */
export function placeAndNickname(f: Finding): boolean {
  if (f.words.length < 2 || !nickname(f.words[f.words.length - 1])) return false;
  const place = f.words.slice(0, -1).join(' ');
  const kind = placeHints(place)[0]?.kind;
  return kind !== undefined && kind !== 'country';
}

/** "Dynamo Moscow", "Inter Milan": a word that is no given name or place, then a city, in a sports report. */
function wordAndCity(f: Finding): boolean {
  const [first, last] = [f.words[0], f.words[f.words.length - 1]];
  if (f.words.length !== 2 || first === undefined || last === undefined) return false;
  if (firstNameLists(first) > 0 || placeHints(first).length > 0 || demonymWord(first) || /\.$/.test(first))
    return false;
  return placeHints(last)[0]?.kind === 'city';
}

/** The lower-case word right after the finding, when one follows after a space (or a possessive). */
function nextWord(f: Finding, text: string): string {
  return /^(?:['’]s?)?[ \t]+([a-z][a-z-]*)/.exec(text.slice(f.end, f.end + 30))?.[1] ?? '';
}

/** "the Braves", "the Cubs": the article right before the name. */
function afterThe(f: Finding, text: string): boolean {
  return /\bthe[ \t]+$/i.test(text.slice(Math.max(0, f.start - 5), f.start));
}

/** One finding of a sports report, read as a team where its shape and context say so. */
function teamReading(f: Finding, text: string): Finding {
  if (f.type === 'org' || f.type === 'place' || !WEAK.has(f.rule)) return f;
  const single = f.words.length === 1;
  const nick = single && nickname(f.words[0]) && (afterThe(f, text) || TEAM_MODIFIED.has(nextWord(f, text)));
  const modified = f.rule === 'capitalized' && single && TEAM_MODIFIED.has(nextWord(f, text)) && !demonymWord(f.text);
  if (nick || modified || placeAndNickname(f) || wordAndCity(f))
    return { ...f, type: 'org', strength: DECIDED, rule: 'team-name' };
  return f;
}

/** Team readings of undecided or weakly decided names in a sports report (findings in text order). */
export function sportsTeams(findings: readonly Finding[], text: string, sports: boolean): Finding[] {
  if (sports) return findings.map((f) => teamReading(f, text));
  // Outside a sports report only "the" + place + nickname ("the Florida Marlins"): people take no article.
  return findings.map((f) =>
    f.type !== 'org' && f.type !== 'place' && WEAK.has(f.rule) && afterThe(f, text) && placeAndNickname(f)
      ? { ...f, type: 'org', strength: DECIDED, rule: 'team-name' }
      : f,
  );
}
