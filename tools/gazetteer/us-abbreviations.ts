import type { GazetteerEntry } from '../../src/gazetteer/types';

/**
 * AP-style abbreviations of US states, as news writes them after a city ("Tampa, Fla.", "Detroit, Mich."),
 * mapped to the state's postal code. States AP never abbreviates (Texas, Ohio, Utah...) are absent.
 */
const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL',
  'Ariz.': 'AZ',
  'Ark.': 'AR',
  'Calif.': 'CA',
  'Colo.': 'CO',
  'Conn.': 'CT',
  'Del.': 'DE',
  'Fla.': 'FL',
  'Ga.': 'GA',
  'Ill.': 'IL',
  'Ind.': 'IN',
  'Kan.': 'KS',
  'Ky.': 'KY',
  'La.': 'LA',
  'Md.': 'MD',
  'Mass.': 'MA',
  'Mich.': 'MI',
  'Minn.': 'MN',
  'Miss.': 'MS',
  'Mo.': 'MO',
  'Mont.': 'MT',
  'Neb.': 'NE',
  'Nev.': 'NV',
  'N.H.': 'NH',
  'N.J.': 'NJ',
  'N.M.': 'NM',
  'N.Y.': 'NY',
  'N.C.': 'NC',
  'N.D.': 'ND',
  'Okla.': 'OK',
  'Ore.': 'OR',
  'Pa.': 'PA',
  'R.I.': 'RI',
  'S.C.': 'SC',
  'S.D.': 'SD',
  'Tenn.': 'TN',
  'Vt.': 'VT',
  'Va.': 'VA',
  'Wash.': 'WA',
  'W.Va.': 'WV',
  'Wis.': 'WI',
  'Wyo.': 'WY',
};

/**
 * Abbreviations that may also be written without their period ("Mich"): four letters or more and not an English
 * word. "Mass", "Wash", "Miss" or "Ill" without a period are words, never states.
 */
const MIN_BARE_ABBREVIATION = 4;

/**
 * Exact-text index of the abbreviations (case-sensitive, period kept): they bypass the folded name keys, which
 * drop periods and would turn the words "Miss" or "Mass" into states.
 */
export function abbreviationIndex(
  usStates: readonly GazetteerEntry[],
  commonWord: (w: string) => boolean,
): ReadonlyMap<string, readonly GazetteerEntry[]> {
  const byCode = new Map(usStates.map((s) => [s.admin1, s]));
  const out = new Map<string, readonly GazetteerEntry[]>();
  for (const [abbr, code] of Object.entries(US_STATE_ABBREVIATIONS)) {
    const state = byCode.get(code);
    if (!state) continue;
    out.set(abbr, Object.freeze([state]));
    const bare = abbr.replace(/\.$/, '');
    if (!bare.includes('.') && bare.length >= MIN_BARE_ABBREVIATION && !commonWord(bare.toLowerCase()))
      out.set(bare, Object.freeze([state]));
  }
  return out;
}
