// Word lists of the organization decision (pass 9). General news vocabulary only: none is keyed to a document.
import type { OrganizationKind } from '../../../model/mentions';

/** Builds a lower-cased lookup set. */
function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );
}

/**
 * Last words of events, competitions and divisions: "World Cup", "U.S. Open", "Atlanta Games", "American League",
 * "Eastern Division". News annotation (CoNLL, OntoNotes) reads them as events, not organizations.
 */
export const EVENT_HEADS = set(`cup cups open opens series games olympics olympiad championship championships tour
  division league classic trophy masters marathon rally prix festival awards award prize grand-prix derby
  tournament invitational challenge world worlds summit conference euro`);

/**
 * All-caps words that name no organization: units, indices, statistics, time zones, common abbreviations of news
 * and sports tables. The all-caps reading of a word is otherwise an acronym, which is weak organization evidence.
 */
export const NON_ORG_ACRONYMS = set(`gmt bst est edt pst pdt cet cest utc am pm gdp gnp cpi ppi pmi rbi era hr
  ip bb so sb cs avg ab obp slg whip ko tko mvp ceo cfo coo cto ipo vat gst eps p/e ftse dax cac nikkei sensex
  nasdaq nyse nymex matif liffe cbot comex pibor libor euribor btp oat bund bunds eurobonds tv dvd cd pc hiv aids
  dna rna sars covid lcd led usb gps ok usa uk us note caps id faq pdf ad bc bce ce mph kph km kg lb oz mw kw gw bpd tpd ppm`);

/** Organizations news names without any head word or cue: wire services and metonymic seats of government. */
export const KNOWN_ORGS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ...[
    ...set(`reuters interfax xinhua itar-tass tass ria afp ap bloomberg kyodo yonhap bernama antara pti ians ani
    bbc cnn cnbc abc nbc cbs fox msnbc npr pbs itv sky aljazeera al-jazeera`),
  ].map((w): [string, OrganizationKind] => [w, 'media']),
  ...[...set(`kremlin pentagon fed treasury whitehall elysee bundestag knesset duma sejm storting riksdag`)].map(
    (w): [string, OrganizationKind] => [w, 'government'],
  ),
  ...[...set(`un u.n. nato eu opec wto imf who unesco unicef unhcr asean osce oecd g7 g8 g20 cis fifa uefa ioc`)].map(
    (w): [string, OrganizationKind] => [w, 'international'],
  ),
  ['federal reserve', 'government'],
  // Rating agencies and parliaments that news names bare, and the British parties written without "Party".
  ["moody's", 'company'],
  ['fitch', 'company'],
  ["standard & poor's", 'company'],
  ['lok sabha', 'government'],
  ['rajya sabha', 'government'],
  ['labour', 'party'],
  ['tories', 'party'],
  ['european union', 'international'],
  ['european commission', 'international'],
  ['united nations', 'international'],
  ['red cross', 'international'],
  ['world bank', 'international'],
]);

/**
 * Words of sports reporting: an article with several of them (or with a score line naming a club) is a sports
 * report, where a county or city name that is not after "in", "at" or "from" names its club.
 */
export const SPORT_WORDS = set(`innings wicket wickets batsman bowler bowled runs striker midfielder defender
  goalkeeper goal goals scored penalty half-time halftime touchdown quarterback pitcher inning homer homered
  rebounds semifinal semi-final quarter-final quarterfinal playoff playoffs unbeaten league cup championship
  season match matches coach tournament seeded test-match rugby soccer football cricket baseball basketball hockey
  tennis golf referee fixture fixtures relegation promoted relegated`);

/** Distinct sport words that make an article a sports report. */
export const SPORTS_DOC_WORDS = 4;

/** Head words (last word of the name, lower case, no period) that say what kind of organization it is. */
export const KIND_HEADS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ...kinds(
    'company',
    `inc incorporated corp corporation co company ltd limited plc llc gmbh ag sa nv bv holdings
    group industries enterprises partners associates airlines airways motors systems technologies bank bancorp
    securities capital insurance pharmaceuticals energy petroleum oil mining mines resources brewery`,
  ),
  ...kinds(
    'government',
    `ministry government parliament senate congress assembly court tribunal police army navy
    force forces guard treasury reserve administration cabinet presidency municipality`,
  ),
  ...kinds('party', `party`),
  ...kinds(
    'agency',
    `agency authority bureau commission office board service directorate inspectorate regulator
    council committee`,
  ),
  ...kinds('team', `fc afc united rovers wanderers athletic athletico rangers celtic club xi`),
  ...kinds(
    'media',
    `news times post journal herald tribune gazette press television tv radio broadcasting
    telegraph chronicle observer guardian mirror express daily weekly magazine newsroom`,
  ),
  ...kinds('international', `nations organisation organization commonwealth`),
  ...kinds('education', `university college school academy institute polytechnic`),
]);

function kinds(kind: OrganizationKind, words: string): [string, OrganizationKind][] {
  return [...set(words)].map((w) => [w, kind]);
}

/** Words that make a union, bank, council or community international ("Eurasian Economic Union", "World Bank"). */
export const INTERNATIONAL_WORDS = set(`international world global eurasian european african asian arab pacific
  atlantic nordic baltic caribbean andean gulf independent`);

/** Heads written before "of" in an organization's name: "Ministry of Finance", "Bank of England". */
export const OF_HEADS = set(`ministry department bank university college institute school academy office bureau
  board council commission court federation association union league chamber church society museum order
  organisation organization party government agency authority secretariat exchange fund foundation trust`);
