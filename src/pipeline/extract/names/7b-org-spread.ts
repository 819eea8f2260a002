// Pass 7b of name finding: organization readings spread to weak person readings of the same name. Companies are
// often named like people ("Lockheed Martin", "Northrop Grumman"); the article gives them away elsewhere: the same
// words with a company-form suffix ("Lockheed Martin Corp"), the same words paired with a company ("Boeing and
// Lockheed Martin"), or an apposition naming a company's rival or partner ("Lockheed Martin, Boeing's rival").
import type { Finding } from './finding';
import { CORPORATE_SUFFIXES } from './org-words';

/** Person readings that document-level organization evidence does not overrule. */
const FIRM_PERSON = new Set(['title', 'title-of', 'initials', 'role-noun', 'age']);
/** Organization evidence firm enough to make a rival or partner an organization too. */
const FIRM_ORG_STRENGTH = 2.5;
/** What a company's rival or partner is called after its possessive ("Boeing's rival", "Airbus' partner"). */
const PEER =
  /^['’]s?[ \t]+(?:main[ \t]+|chief[ \t]+|biggest[ \t]+|closest[ \t]+|arch-?)?(?:rival|rivals|competitor|competitors|partner|partners|parent|subsidiary|supplier|customer)\b/;

/** The name's words, lower-cased and joined: the key two mentions of one name share. */
function key(words: readonly string[]): string {
  return words.join(' ').toLowerCase();
}

/** Names the article writes with a company-form suffix, without the suffix ("lockheed martin" of "... Corp"). */
function corporateStems(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    const last = f.words[f.words.length - 1]?.replace(/\.$/, '').toLowerCase() ?? '';
    if (f.type === 'org' && f.words.length >= 2 && CORPORATE_SUFFIXES.has(last)) out.add(key(f.words.slice(0, -1)));
  }
  return out;
}

/** Whether `f` (a person) is followed by ", <firm organization>'s rival" or the like. */
function peerOfOrg(f: Finding, next: Finding | undefined, text: string): boolean {
  if (!next || next.type !== 'org' || next.strength < FIRM_ORG_STRENGTH) return false;
  return /^,[ \t]+(?:the[ \t]+)?$/.test(text.slice(f.end, next.start)) && PEER.test(text.slice(next.end));
}

/** Names the article shows to be organizations by their suffix elsewhere, a pairing or a rival apposition. */
function orgNames(findings: readonly Finding[], text: string): Set<string> {
  const out = corporateStems(findings);
  findings.forEach((f, i) => {
    if (f.type === 'org' && f.rule === 'pair-org') out.add(key(f.words));
    if (f.type === 'person' && peerOfOrg(f, findings[i + 1], text)) out.add(key(f.words));
  });
  return out;
}

/** Person readings of names the article shows to be organizations become organizations (findings in text order). */
export function spreadOrgs(findings: readonly Finding[], text: string): Finding[] {
  const names = orgNames(findings, text);
  if (names.size === 0) return [...findings];
  return findings.map((f) =>
    f.type === 'person' && !FIRM_PERSON.has(f.rule) && f.role === null && names.has(key(f.words))
      ? { ...f, type: 'org', rule: 'doc-org-name' }
      : f,
  );
}
