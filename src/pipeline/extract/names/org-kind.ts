// What kind of organization a name is, from the name's words and the rule that found it; `other` when neither
// says. Kinds follow news usage: company, government, party, agency, team, media, international, education.
import type { OrganizationKind } from '../../../model/mentions';
import type { Finding } from './finding';
import { placeAndNickname } from './9b-teams';
import { INTERNATIONAL_WORDS, KIND_HEADS, KNOWN_ORGS } from './org-lexicon';

/** Rules that find clubs. */
const TEAM_RULES = new Set(['team', 'doc-team', 'sports-club', 'score-line', 'result-team', 'team-name']);
/** Heads that an international word before them makes international ("World Bank", "Eurasian Economic Union"). */
const INTERNATIONAL_HEADS = new Set([
  'union',
  'bank',
  'council',
  'community',
  'organisation',
  'organization',
  'court',
  'fund',
  'forum',
  'federation',
  'committee',
  'agency',
]);

/** The kind of the organization called `name`, found by finding `f`. */
export function knownOrgKind(name: string, f: Finding): OrganizationKind {
  const listed = KNOWN_ORGS.get(name.toLowerCase());
  if (listed) return listed;
  if (TEAM_RULES.has(f.rule) || placeAndNickname(f)) return 'team';
  if (f.rule === 'publication') return 'media';
  if (f.rule === 'airline' || f.rule === 'ampersand') return 'company';
  if (f.rule === 'party-members') return 'party';
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, ''));
  const last = words[words.length - 1] ?? '';
  // The international word opens the name: "African Union", not "South African National Roads Agency".
  if (INTERNATIONAL_HEADS.has(last) && INTERNATIONAL_WORDS.has(words[0] ?? '')) return 'international';
  const head = KIND_HEADS.get(last);
  if (head) return head;
  // "Ministry of Defence", "Department of Health", "Bank of England": the head comes first.
  const first = KIND_HEADS.get(words[0] ?? '');
  if (first && words.includes('of')) return first;
  if (
    f.rule === 'paired-company' ||
    f.rule === 'ticker' ||
    f.rule === 'org-possessor' ||
    f.rule === 'product' ||
    f.rule === 'org-relation'
  )
    return 'company';
  return 'other';
}
