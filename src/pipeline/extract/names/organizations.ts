// Organization findings as the mentions extract/names emits: a canonical name (the long form of a defined
// acronym, without "the", in the article's own mixed-case spelling when a headline shouts it), a kind where the
// name or its reading says one, and one entity per organization.
import type { OrganizationKind, OrganizationMention } from '../../../model/mentions';
import type { Finding } from './finding';
import { definedAcronyms } from './9a-acronyms';
import { knownOrgKind } from './org-kind';
import { knownOrg } from './9-organizations';

/** Provenance of organization mentions. */
export const ORGANIZATION_SOURCE = 'extract/organizations';

/** Organizations need this much evidence (an acronym alone is 1). */
export const ORG_MIN_STRENGTH = 1;

/** The findings that are organizations. */
export function orgFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.type === 'org' && f.strength >= ORG_MIN_STRENGTH);
}

/** The name as written without a leading article or a trailing possessive (unless its own: "Moody's"). */
function bareName(f: Finding): string {
  const name = f.text.replace(/^(?:the|The|THE)\s+/, '');
  return knownOrg(name.replace('’', "'")) ? name : name.replace(/['’]s?$/, '');
}

/** True for a name written all in capitals (a headline or a table line). */
function shouted(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/** Company-form suffixes that do not change which organization a name means ("Apple Inc." is Apple). */
const SUFFIX = /[ \t]+(?:Inc|Corp|Co|Ltd|Plc|plc|LLC|GmbH|AG|SA|NV|BV|Limited|Incorporated|Corporation)\.?$/i;

/** The organization mentions of the findings, in text order, with names, kinds and entity ids (O1, O2 ...). */
export function organizationMentions(findings: readonly Finding[], text: string): OrganizationMention[] {
  const orgs = orgFindings(findings);
  const names = new Map<string, string>();
  for (const d of definedAcronyms(findings, text))
    if (!names.has(d.acronym.toLowerCase())) names.set(d.acronym.toLowerCase(), d.long);
  const nameOf = (f: Finding): string => names.get(bareName(f).toLowerCase()) ?? bareName(f);
  const keyOf = (f: Finding): string => nameOf(f).replace(SUFFIX, '').toLowerCase();
  // Per entity: the canonical name (the longest mixed-case spelling, so "Apple Inc." over "Apple") and the first
  // kind that is not `other` (a suffix or a cue on one mention says what the organization is on every mention).
  const canonical = new Map<string, string>();
  const kinds = new Map<string, OrganizationKind>();
  for (const f of orgs) {
    const [key, name] = [keyOf(f), nameOf(f)];
    const had = canonical.get(key);
    if (
      had === undefined ||
      (shouted(had) && !shouted(name)) ||
      (shouted(had) === shouted(name) && name.length > had.length)
    )
      canonical.set(key, name);
    const kind = knownOrgKind(name, f);
    if (kind !== 'other' && !kinds.has(key)) kinds.set(key, kind);
  }
  const ids = new Map<string, string>();
  return orgs.map((f) => {
    const key = keyOf(f);
    if (!ids.has(key)) ids.set(key, `O${ids.size + 1}`);
    const name = canonical.get(key) ?? f.text;
    return {
      kind: 'organization',
      start: f.start,
      end: f.end,
      text: f.text,
      name,
      orgKind: kinds.get(key) ?? 'other',
      entity: ids.get(key) ?? '',
      stage: ORGANIZATION_SOURCE,
      rule: f.rule,
    };
  });
}
