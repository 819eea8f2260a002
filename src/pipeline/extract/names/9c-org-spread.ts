// Pass 9c of name finding: an organization decided once is the same organization at every mention of its name.
// Pass 9 decides on local evidence ("Lotte 6" in a table, "the Braves"); the article then writes the same name
// where no cue stands next to it ("Note - Lotte and Hyundai played two games"), or the short form of a team named
// with its place ("the Eagles" after "Philadelphia Eagles", "Rotor" after "Rotor Volgograd").
import type { Finding } from './finding';
import { firstNameLists } from './first-names';
import { placeHints } from './gazetteer';
import { placeAndNickname } from './9b-teams';
import { datelineWord } from './9d-org-context';

/** Organization readings firm enough to spread (pass 9's decisions, cues, heads). */
const SPREADS = 2.5;
/** Readings that a name the article decided as an organization overrules. */
const WEAK = new Set([
  'capitalized',
  'sentence-case',
  'name-shape',
  'first-name',
  'speech',
  'lexicon-person',
  'headline-person',
]);

/** Rules of team readings: a name spread from one is a team too. */
const TEAM_RULES = new Set(['team', 'doc-team', 'sports-club', 'score-line', 'result-team', 'team-name']);

/**
 * Lower-cased keys of every decided organization name, with the short forms of teams named with a place, each
 * with the rule its spread mentions get (a team's other mentions are the team).
 */
function orgKeys(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, f: Finding): void => {
    if (!out.has(key) || TEAM_RULES.has(f.rule)) out.set(key, TEAM_RULES.has(f.rule) ? 'doc-team' : 'doc-org-decided');
  };
  for (const f of findings) {
    if (f.type !== 'org' || f.strength < SPREADS) continue;
    add(f.text.replace(/['’]s?$/, '').toLowerCase(), f);
    if (placeAndNickname(f)) add((f.words[f.words.length - 1] ?? '').toLowerCase(), f);
    const first = f.words[0];
    const teamOfCity = f.rule === 'team-name' && f.words.length === 2 && !placeAndNickname(f);
    if (teamOfCity && first !== undefined && firstNameLists(first) === 0 && placeHints(first).length === 0)
      add(first.toLowerCase(), f);
  }
  return out;
}

/** Undecided or weak person readings of names the article elsewhere decides as organizations (in text order). */
export function spreadDecidedOrgs(findings: readonly Finding[], text: string): Finding[] {
  const keys = orgKeys(findings);
  if (keys.size === 0) return [...findings];
  return findings.map((f) => {
    const rule = keys.get(f.text.replace(/['’]s?$/, '').toLowerCase());
    const weak = f.type === 'none' || (f.type === 'person' && WEAK.has(f.rule) && f.role === null);
    return rule !== undefined && weak && !datelineWord(f, text) ? { ...f, type: 'org', strength: SPREADS, rule } : f;
  });
}
