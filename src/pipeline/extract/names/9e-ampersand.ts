// Pass 9e of name finding: names joined by an ampersand are one organization ("Larsen & Toubro", "Procter &
// Gamble", "Bodman, Longely & Dahling"): people and places are listed with "and" in running text, while firms,
// law partnerships and brands keep the "&" of their registered name. Two places joined so ("Trinidad & Tobago")
// stay places.
// The pass also reads two other joins of names with the words around them: a party before its members' plural
// ("Labour MPs") and a list governed by a kind noun ("housebuilders Persimmon and Barratt").
import type { Finding } from './finding';

/** The gap of an ampersand name: one "&" between spaces. */
const AMP_GAP = /^[ \t]*&[ \t]*$/;
/** Strength of the joined reading (as pass 9's decisions). */
const DECIDED = 2.5;

/** Whether a finding may be one half of an ampersand name: not a firm place, no role before it. */
function half(f: Finding | undefined): f is Finding {
  return f !== undefined && f.role === null && !(f.type === 'place' && f.strength >= 2);
}

/** Ampersand-joined names as one organization finding each (findings in text order). */
export function ampersandNames(findings: readonly Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    if (
      !half(f) ||
      !half(g) ||
      !AMP_GAP.test(text.slice(f.end, g.start)) ||
      text.slice(f.start, g.end).includes('\n')
    ) {
      if (f) out.push(f);
      continue;
    }
    // "Bodman, Longely & Dahling": partners listed before the ampersand belong to the same name.
    let start = f.start;
    while (out.length > 0) {
      const prev = out[out.length - 1];
      if (!prev || !half(prev) || !/^,[ \t]+$/.test(text.slice(prev.end, start))) break;
      start = prev.start;
      out.pop();
    }
    const t = text.slice(start, g.end);
    out.push({
      ...f,
      start,
      end: g.end,
      text: t,
      type: 'org',
      strength: DECIDED,
      rule: 'ampersand',
      words: t.split(/\s+/),
    });
    i++;
  }
  return out;
}

/** Plural nouns of a party's elected members, written capitalized right after the party ("Labour MPs"). */
const MEMBERS = new Set(['MPs', 'MEPs', 'MLAs', 'MSPs', 'TDs', 'MKs']);

/** "Labour MPs", "SNP MSPs": the party before its members' plural is an organization (the members are not). */
export function partyOfMembers(f: Finding): Finding {
  const last = f.words[f.words.length - 1];
  if (f.type !== 'none' || f.words.length < 2 || last === undefined || !MEMBERS.has(last)) return f;
  const end = f.start + f.text.lastIndexOf(last);
  const t = f.text.slice(0, end - f.start).trimEnd();
  return {
    ...f,
    end: f.start + t.length,
    text: t,
    type: 'org',
    strength: DECIDED,
    rule: 'party-members',
    words: t.split(/\s+/),
  };
}

/** What joins the members of one list. */
const LIST_GAP = /^[ \t]*(?:,|and|or|,[ \t]*and)[ \t]*$/;

/**
 * Names listed after an organization that a kind noun introduced ("housebuilders Persimmon and Barratt"): the
 * noun governs the whole list, so undecided members of it are organizations too.
 */
export function listedAfterKindNoun(findings: readonly Finding[], text: string): Finding[] {
  const out = [...findings];
  for (let i = 1; i < out.length; i++) {
    const [a, f] = [out[i - 1], out[i]];
    if (!a || !f || a.type !== 'org' || !/^(?:org-noun|listed-org)$/.test(a.rule)) continue;
    if (f.type !== 'none' || !LIST_GAP.test(text.slice(a.end, f.start))) continue;
    out[i] = { ...f, type: 'org', strength: DECIDED, rule: 'listed-org' };
  }
  return out;
}
