// Pass 6 of name finding: each candidate becomes findings. The role prefix is split off (and its places kept),
// "Title of Place Name" is cut into place and person, and the name part is typed by comparing the evidence.
import type { Evidence, Part } from './5-evidence';
import { partText } from './5-evidence';
import { personEvidence } from './5a-person-evidence';
import { orgEvidence, placeEvidence } from './5b-place-evidence';
import type { Finding, NameType } from './finding';
import { bare, corporateCut, isTitle, splitRole, splitTitleOf } from './4-roles';
import { currencyPart } from './5c-org-cues';
import { orgsInRole } from './6a-role-orgs';
import { ROLE_TAILS } from './org-words';
import { SITE_HEADS } from './words';
import type { Candidate } from './3-sequences';
import type { Token } from './1-tokens';
import { ROLE_MODIFIERS, TITLES } from './words';

/** Shared inputs of the classifier. */
export interface ClassifyContext {
  readonly text: string;
  readonly known: ReadonlySet<string>;
}

/** A finding for tokens `[from, to)`. */
export function findingOf(
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  type: NameType,
  ev: Evidence,
  role: string | null,
): Finding {
  const start = toks[from]?.start ?? 0;
  const end = toks[to - 1]?.end ?? start;
  const words = toks.slice(from, to).map((t) => t.text);
  return { start, end, text: text.slice(start, end), type, strength: ev.score, rule: ev.rule, role, words };
}

/**
 * A capitalized title word right before a name that ends in a site head ("King Power Stadium", "Queen Elizabeth
 * Hospital"): the title is the first word of the site's name, not a person's title.
 */
function siteAfterTitle(c: Candidate, role: { from: number; to: number }, nameFrom: number): boolean {
  const toks = c.sentence.tokens;
  if (role.to !== nameFrom || c.to - nameFrom < 2 || !SITE_HEADS.has(bare(toks[c.to - 1]))) return false;
  for (let i = role.from; i < role.to; i++) if (toks[i]?.shape !== 'cap') return false;
  return true;
}

/** Decides a name part's type from the three kinds of evidence (a role before it makes it a person). */
function decide(p: Part, hasRole: boolean): { type: NameType; ev: Evidence } {
  if (p.toks.slice(p.from, p.to).every((t) => isTitle(t))) return { type: 'none', ev: { score: 0, rule: 'role-only' } };
  // "Chief Operating Officer": a run that ends in a title is a role, whatever comes before the title.
  if (ROLE_TAILS.has(bare(p.toks[p.to - 1]))) return { type: 'none', ev: { score: 0, rule: 'role-only' } };
  if (currencyPart(p)) return { type: 'none', ev: { score: 3, rule: 'currency' } };
  const person = hasRole ? { score: 3, rule: 'title' } : personEvidence(p);
  const place = placeEvidence(p);
  const org = orgEvidence(p);
  if (org.score > 0 && org.score >= person.score && org.score >= place.score) return { type: 'org', ev: org };
  if (person.score > place.score) return { type: 'person', ev: person };
  if (place.score > 0) return { type: 'place', ev: place };
  return { type: 'none', ev: { score: 0, rule: 'capitalized' } };
}

/** Courtesy titles say nothing about what a person does: they mark a name but are not kept as its role. */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle)\.?$/;

/** The role text, or null for a bare courtesy title ("Mr."). */
function meaningfulRole(role: string): string | null {
  return COURTESY.test(role) ? null : role;
}

/** The lower-case title right before a person's name ("captain" in "captain Chris Lewis"), as the role. */
function roleNoun(p: Part): string | null {
  const prev = p.toks[p.from - 1];
  const adjacent = prev !== undefined && (p.toks[p.from]?.start ?? 0) - prev.end <= 1;
  return adjacent && prev.shape === 'lower' && TITLES.has(prev.text) && !ROLE_MODIFIERS.has(prev.text)
    ? prev.text
    : null;
}

/** The "Title of" run right before `from` ("President of" before "Belarus Alexander Lukashenko"), if any. */
function titleOfBefore(toks: readonly Token[], from: number): number | null {
  if (toks[from - 1]?.text !== 'of') return null;
  let i = from - 2;
  if (!isTitle(toks[i])) return null;
  while (i > 0 && isTitle(toks[i - 1])) i--;
  return i;
}

/** Findings for a run that follows "Title of": the place, then the titled person when a name follows. */
function titleOfFindings(c: Candidate, ctx: ClassifyContext, roleFrom: number): Finding[] | null {
  const toks = c.sentence.tokens;
  const cut = splitTitleOf(toks, c.from, c.to);
  if (cut === null) return null;
  const placeEv = { score: 3, rule: 'title-of' };
  const out = [findingOf(ctx.text, toks, c.from, cut, 'place', placeEv, null)];
  if (cut < c.to) {
    const role = ctx.text.slice(toks[roleFrom]?.start ?? 0, toks[cut - 1]?.end ?? 0);
    out.push(findingOf(ctx.text, toks, cut, c.to, 'person', { score: 3, rule: 'title-of' }, role));
  }
  return out;
}

/** The findings of one candidate. */
export function classify(c: Candidate, ctx: ClassifyContext): Finding[] {
  const toks = c.sentence.tokens;
  if (c.sentenceCase === true)
    return [findingOf(ctx.text, toks, c.from, c.to, 'none', { score: 0, rule: 'sentence-case' }, null)];
  // "Wal - Mart": a brand or company written with a tokenizer's spaces; neither half is a name of its own.
  if (c.compound === true)
    return [findingOf(ctx.text, toks, c.from, c.to, 'none', { score: 0, rule: 'hyphen-compound' }, null)];
  // "Apple Inc. Steve Jobs": the company, then a name read on its own.
  const corp = corporateCut(toks, c.from, c.to);
  if (corp !== null) {
    const org = findingOf(ctx.text, toks, c.from, corp, 'org', { score: 3, rule: 'org-suffix' }, null);
    return [org, ...classify({ ...c, from: corp }, ctx)];
  }
  const roleOf = titleOfBefore(toks, c.from);
  const titled = roleOf === null ? null : titleOfFindings(c, ctx, roleOf);
  if (titled) return titled;
  const split = splitRole(c);
  const out: Finding[] = split.rolePlaces.map((r) =>
    findingOf(ctx.text, toks, r.from, r.to, 'place', { score: 2, rule: 'role-place' }, null),
  );
  if (split.role)
    for (const r of orgsInRole(toks, split.role.from, split.role.to, split.rolePlaces))
      out.push(findingOf(ctx.text, toks, r.from, r.to, 'org', { score: 3, rule: 'role-org' }, null));
  out.sort((a, b) => a.start - b.start);
  const roleText = split.role
    ? meaningfulRole(ctx.text.slice(toks[split.role.from]?.start ?? 0, toks[split.role.to - 1]?.end ?? 0))
    : null;
  // "King Power Stadium": the title word is the first word of a site's name, so the whole run is read.
  const nameFrom = split.role && siteAfterTitle(c, split.role, split.nameFrom) ? split.role.from : split.nameFrom;
  const part: Part = { toks, from: nameFrom, to: c.to, text: '', known: ctx.known };
  const full = { ...part, text: partText(part) };
  const { type, ev } = decide(full, split.role !== null && nameFrom === split.nameFrom);
  out.push(
    findingOf(ctx.text, toks, nameFrom, c.to, type, ev, type === 'person' ? (roleText ?? roleNoun(full)) : null),
  );
  return out;
}
