// Pass 9c of name finding: an organization decided once is the same organization at every mention of its name.
// Pass 9 decides on local evidence ("Corvan 6" in a table, "the Braves"); the article then writes the same name
// where no cue stands next to it ("Note - Corvan and Brisko played two games"), or the short form of a team named
// with its place ("the Eagles" after "Philadelphia Eagles", "Zvezda" after "Zvezda Saratov").
import { SpanIndex } from '../../../model/span-index';
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

/** Most all-caps lines searched for decided names (a headline and a few table headings, not a whole shouted page). */
const CAPS_LINES_MAX = 40;

/** Spans of all-caps words in shouted lines ("SOCCER - ZVEZDA FANS LOCKED OUT") with their lower-cased text. */
function shoutedWords(text: string): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  let lines = 0;
  for (const line of text.matchAll(/^[^\n]*[A-Z][^\n]*$/gm)) {
    if (line[0] !== line[0].toUpperCase() || ++lines > CAPS_LINES_MAX) continue;
    for (const w of line[0].matchAll(/[A-Z][A-Z'-]*[A-Z]/g))
      out.push({
        start: (line.index ?? 0) + (w.index ?? 0),
        end: (line.index ?? 0) + (w.index ?? 0) + w[0].length,
        key: w[0].toLowerCase(),
      });
  }
  return out;
}

/**
 * One-word organizations the body decided, found again in an all-caps headline where no earlier pass saw a name
 * ("ZVEZDA FANS LOCKED OUT" after "Zvezda Saratov ... Zvezda would play"): the headline pass ran before pass 9
 * decided them (findings in text order).
 */
export function shoutedOrgs(
  findings: readonly Finding[],
  text: string,
  inBody: (s: { start: number; end: number }) => boolean,
): Finding[] {
  const keys = new Set(
    findings
      .filter((f) => f.type === 'org' && f.strength >= SPREADS && f.words.length === 1)
      .map((f) => f.text.replace(/['’]s?$/, '').toLowerCase()),
  );
  if (keys.size === 0) return [...findings];
  const names = new SpanIndex(findings);
  const taken = (sp: { start: number; end: number }): boolean => names.anyOverlaps(sp);
  const added: Finding[] = shoutedWords(text)
    .filter((w) => keys.has(w.key) && !taken(w) && inBody(w))
    .map((w) => ({
      start: w.start,
      end: w.end,
      text: text.slice(w.start, w.end),
      type: 'org',
      strength: SPREADS,
      rule: 'headline-org',
      role: null,
      words: [text.slice(w.start, w.end)],
    }));
  return added.length === 0
    ? [...findings]
    : [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
