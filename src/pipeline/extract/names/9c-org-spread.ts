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

/** Lower-cased keys of every decided organization name, with the short forms of teams named with a place. */
function orgKeys(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.type !== 'org' || f.strength < SPREADS) continue;
    out.add(f.text.replace(/['’]s?$/, '').toLowerCase());
    if (placeAndNickname(f)) out.add((f.words[f.words.length - 1] ?? '').toLowerCase());
    const first = f.words[0];
    const teamOfCity = f.rule === 'team-name' && f.words.length === 2 && !placeAndNickname(f);
    if (teamOfCity && first !== undefined && firstNameLists(first) === 0 && placeHints(first).length === 0)
      out.add(first.toLowerCase());
  }
  return out;
}

/** Undecided or weak person readings of names the article elsewhere decides as organizations (in text order). */
export function spreadDecidedOrgs(findings: readonly Finding[], text: string): Finding[] {
  const keys = orgKeys(findings);
  if (keys.size === 0) return [...findings];
  return findings.map((f) =>
    (f.type === 'none' || (f.type === 'person' && WEAK.has(f.rule) && f.role === null)) &&
    !datelineWord(f, text) &&
    keys.has(f.text.replace(/['’]s?$/, '').toLowerCase())
      ? { ...f, type: 'org', strength: SPREADS, rule: 'doc-org-decided' }
      : f,
  );
}
