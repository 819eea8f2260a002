// Pass 9 of name finding: the organization decision. After the document-level passes each span has one reading;
// this pass settles what earlier passes only needed to suppress: events are no organizations ("World Cup"),
// nationalities and statistics are none ("Iraqi", "GDP"), wire services and seats of government are
// organizations ("Interfax said", "the Kremlin"), a county or city in a sports report is its club, and an acronym
// defined in the text ("the Commonwealth of Independent States (CIS)") is an organization wherever it appears.
import { winkKnownWords } from '../../../adapters/wink';
import { demonymWord } from './5-evidence';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';
import { EVENT_HEADS, KIND_HEADS, KNOWN_ORGS, NON_ORG_ACRONYMS, OF_HEADS } from './org-lexicon';
import { definedAcronyms, longFormSpans } from './9a-acronyms';
import { sportsTeams } from './9b-teams';
import { shoutedOrgs, spreadDecidedOrgs } from './9c-org-spread';
import { airName, businessModifier, datelineWord, indexName, publicationName } from './9d-org-context';
import { ampersandNames, listedAfterKindNoun, partyOfMembers } from './9e-ampersand';
import { airlineMetonymy } from './9f-airlines';
import { club, resultTeam, scoreLineClub, sportsReport, venueOrSchedule } from './9g-clubs';
import type { Span } from '../../../model/span';
import { SpanIndex } from '../../../model/span-index';

/** Strength of an organization reading this pass gives. */
const DECIDED = 2.5;
/** Person readings a known organization name overrules: the weak ones ("Interfax said"). */
const WEAK_PERSON = new Set([
  'speech',
  'doc-person',
  'name-shape',
  'lexicon-person',
  'headline-person',
  'role-noun',
  'capitalized',
]);
/** The name's last word, lower case, without a trailing period. */
function lastWord(f: Finding): string {
  return (f.words[f.words.length - 1] ?? '').replace(/\.$/, '').toLowerCase();
}

/** The known-organization kind of the name, if listed; entries of three letters or fewer match in capitals only. */
export function knownOrg(text: string): boolean {
  const key = text.toLowerCase();
  if (!KNOWN_ORGS.has(key)) return false;
  return key.replace(/\./g, '').length > 3 || text === text.toUpperCase() || /^[A-Z][a-z]+$/.test(text);
}

/** One word ending in "bank" ("Rabobank", "Afreximbank", "NationsBank"): a bank, unless a place ("Dogger Bank"). */
function bankName(text: string): boolean {
  return /^[A-Z][A-Za-z]{2,}[bB]ank$/.test(text) && placeHints(text).length === 0;
}

/** An organization reading that is not one: an event, a nationality, a statistic or a common word in capitals. */
function notAnOrg(f: Finding, known: ReadonlySet<string>): boolean {
  if (knownOrg(f.text)) return false;
  if (f.rule === 'quoted-title') return true;
  if (f.words.length > 1) return EVENT_HEADS.has(lastWord(f)) && !/^(?:fc|afc)$/.test(f.words[0]?.toLowerCase() ?? '');
  const w = f.text.toLowerCase();
  if (EVENT_HEADS.has(w) || demonymWord(f.text) || f.text.replace(/\./g, '').length < 2) return true;
  const caps = f.text === f.text.toUpperCase();
  return (
    caps && (NON_ORG_ACRONYMS.has(w.replace(/\./g, '')) || (f.rule === 'acronym' && (known.has(w) || englishCaps(w))))
  );
}

/** An all-caps English word of five letters or more ("ISSUER", "ORDERS"): a table heading, not an acronym. */
function englishCaps(w: string): boolean {
  return w.length >= 5 && winkKnownWords([w]).has(w);
}

/** English words (of the body's vocabulary) above which a line-long capitalized run is a headline, not a name. */
const HEADLINE_WORDS = 2;

/** "Jury Finds Roof Guilty": a title-case run that fills its line and is mostly English words is a headline. */
function headlineFragment(f: Finding, text: string, known: ReadonlySet<string>): boolean {
  if (f.type === 'none' || f.words.length < 3 || f.strength >= 3) return false;
  const before = text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start);
  const nl = text.indexOf('\n', f.end);
  const after = text.slice(f.end, nl < 0 ? text.length : nl);
  if (before.trim() !== '' || !/^[ \t.!?]*$/.test(after)) return false;
  return (
    f.words.filter((w) => known.has(w.toLowerCase()) || winkKnownWords([w.toLowerCase()]).has(w.toLowerCase()))
      .length >= HEADLINE_WORDS
  );
}

/** One finding after the organization decision. */
function decide(
  f: Finding,
  sports: boolean,
  acronyms: ReadonlySet<string>,
  known: ReadonlySet<string>,
  text: string,
): Finding {
  const key = f.text.toLowerCase();
  if (f.type !== 'org' && acronyms.has(key)) return { ...f, type: 'org', strength: DECIDED, rule: 'acronym-defined' };
  if (f.type === 'org' && f.rule === 'acronym' && datelineWord(f, text))
    return placeHints(f.text).length > 0
      ? { ...f, type: 'place', strength: 3, rule: 'dateline' }
      : { ...f, type: 'none', strength: 0, rule: 'not-org' };
  if (f.type === 'org' && (notAnOrg(f, known) || indexName(f, text)))
    return { ...f, type: 'none', strength: 0, rule: 'not-org' };
  if (f.type !== 'org' && publicationName(f, text))
    return { ...f, type: 'org', strength: DECIDED, rule: 'publication' };
  if (headlineFragment(f, text, known)) return { ...f, type: 'none', strength: 0, rule: 'headline-fragment' };
  if (resultTeam(f, text)) return { ...f, type: 'org', strength: DECIDED, rule: 'result-team' };
  const weak =
    f.type === 'none' || (f.type === 'person' && WEAK_PERSON.has(f.rule)) || (f.type === 'place' && f.strength < 3);
  if (weak && (knownOrg(f.text) || bankName(f.text)))
    return { ...f, type: 'org', strength: DECIDED, rule: 'known-org' };
  if (f.type !== 'org' && (f.type === 'none' || weak) && airName(f))
    return { ...f, type: 'org', strength: DECIDED, rule: 'airline' };
  if (businessModifier(f, text, f.type === 'person' && WEAK_PERSON.has(f.rule) && f.role === null))
    return { ...f, type: 'org', strength: DECIDED, rule: 'org-modifier' };
  // "Moody's cut its outlook": a known name that ends in a possessive ("Moody's", "McDonald's") keeps it.
  const possessive = /^['’]s/.test(text.slice(f.end, f.end + 2)) ? f.text + text.slice(f.end, f.end + 2) : '';
  if (weak && possessive !== '' && knownOrg(possessive.replace('’', "'")))
    return { ...f, end: f.end + 2, text: possessive, type: 'org', strength: DECIDED, rule: 'known-org' };
  if (scoreLineClub(f, sports, text)) return { ...f, type: 'org', strength: DECIDED, rule: 'score-line' };
  if (club(f, sports, text)) return { ...f, type: 'org', strength: DECIDED, rule: 'sports-club' };
  return f;
}

/** Long forms of defined acronyms as one organization finding each, replacing the findings inside them. */
function withLongForms(
  findings: readonly Finding[],
  spans: readonly { start: number; end: number }[],
  text: string,
): Finding[] {
  if (spans.length === 0) return [...findings];
  const inside = (f: Finding): boolean => spans.some((s) => f.start < s.end && s.start < f.end);
  const merged = spans.map((s): Finding => {
    const t = text.slice(s.start, s.end);
    return {
      start: s.start,
      end: s.end,
      text: t,
      type: 'org',
      strength: DECIDED,
      rule: 'acronym-long-form',
      role: null,
      words: t.split(/\s+/),
    };
  });
  return [...findings.filter((f) => !inside(f)), ...merged].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What joins an organization head to its complement: "Ministry of Finance", "Bank of the South". */
const OF_GAP = /^[ \t]+of(?:[ \t]+the)?[ \t]+$/;

/** "Ministry" + "of" + "Finance": one organization "Ministry of Finance" (the head first, any reading after). */
function ofNames(findings: readonly Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    if (!f) continue;
    const head = f.type === 'org' && OF_HEADS.has(lastWord(f));
    if (!head || !g || g.type === 'person' || !OF_GAP.test(text.slice(f.end, g.start))) {
      out.push(f);
      continue;
    }
    const t = text.slice(f.start, g.end);
    out.push({
      ...f,
      end: g.end,
      text: t,
      strength: Math.max(f.strength, DECIDED),
      rule: 'org-of-name',
      words: t.split(/\s+/),
    });
    i++;
  }
  return out;
}

/** Company heads that make a place named beside them a company too ("Qatar Airways and Emirates"). */
const COMPANY_PAIR = /^[ \t]*(?:,|and|or|&|,[ \t]*and)[ \t]*$/;

/** A bare place paired with a company: the company's rival, not the country. */
function pairedCompanies(findings: readonly Finding[], text: string): Finding[] {
  const company = (f: Finding | undefined): boolean =>
    f !== undefined && f.type === 'org' && KIND_HEADS.get(lastWord(f)) === 'company';
  return findings.map((f, i) => {
    if (f.type !== 'place' || f.rule !== 'gazetteer' || f.words.length !== 1) return f;
    const [a, b] = [findings[i - 1], findings[i + 1]];
    const paired =
      (company(a) && a !== undefined && COMPANY_PAIR.test(text.slice(a.end, f.start))) ||
      (company(b) && b !== undefined && COMPANY_PAIR.test(text.slice(f.end, b.start)));
    return paired ? { ...f, type: 'org', strength: DECIDED, rule: 'paired-company' } : f;
  });
}

/**
 * "of" after an organization head reads the words after it as the organization's complement ("Ministry of
 * Finance"); where no head joined them (the head was an event, "World Series of Golf", or a company suffix,
 * "Daniels Pharmaceuticals Inc of St. Petersburg") the complement is a place if the gazetteer knows it, or nothing.
 */
function strayComplement(f: Finding): Finding {
  if (f.type !== 'org' || f.rule !== 'org-of') return f;
  return placeHints(f.text).length > 0
    ? { ...f, type: 'place', strength: 2.5, rule: 'gazetteer' }
    : { ...f, type: 'none', strength: 0, rule: 'not-org' };
}

/** Applies the organization decision to every finding (in text order). */
export function decideOrganizations(
  findings: readonly Finding[],
  text: string,
  known: ReadonlySet<string>,
  body: readonly Span[],
): Finding[] {
  const sports = sportsReport(findings, text);
  const defs = definedAcronyms(findings, text);
  const acronyms = new Set(defs.map((d) => d.acronym.toLowerCase()));
  const local = findings.map((f) => partyOfMembers(decide(f, sports, acronyms, known, text)));
  const joined = listedAfterKindNoun(ampersandNames(pairedCompanies(local, text), text), text);
  const spread = spreadDecidedOrgs(airlineMetonymy(sportsTeams(joined, text, sports), text), text).map((f): Finding =>
    venueOrSchedule(f, text) ? { ...f, type: 'place', strength: 2.5, rule: 'venue-place' } : f,
  );
  // A long form is searched in the whole text; only its uses inside the read spans (body and headline) are mentions
  // (a bug fix: the repeated title and the comment prompt of a pasted page gave organization mentions in removed
  // boilerplate). The same holds for decided names found again in a shouted headline.
  const inBody = new SpanIndex(body);
  const decided = shoutedOrgs(spread, text, (sp) => inBody.anyContains(sp));
  const longForms = longFormSpans(defs, text).filter((s) => inBody.anyContains(s));
  return ofNames(withLongForms(decided, longForms, text), text).map((f) => strayComplement(f));
}
