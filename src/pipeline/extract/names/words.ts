// General English word lists used as evidence by the name passes. None of them is keyed to any document: they are
// titles, honorifics, role nouns, organization and facility heads, prepositions and function words of news English.

/** Builds a lower-cased lookup set. */
function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));
}

/** Honorifics written before a name (with or without a period): strong evidence that a person follows. */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof sir dame lord lady sen rep gov gen lt col capt maj sgt cpl
  adm cmdr rev fr sheikh sheik imam rabbi pope king queen prince princess emperor mme mlle herr frau senor sra sr`);

/**
 * Title words that head a role before a name ("President", "Prime Minister", "Kremlin Spokesman"). Capitalized in
 * front of a name they are part of the role, never of the name.
 */
export const TITLES = set(`president vice premier minister chancellor secretary spokesman spokeswoman spokesperson
  chairman chairwoman chairperson chair governor mayor senator congressman congresswoman representative ambassador
  envoy general admiral colonel commander marshal lieutenant captain sergeant officer chief director deputy head
  leader judge justice attorney prosecutor commissioner inspector superintendent detective coach manager ceo cfo coo
  founder cofounder co-founder executive analyst economist professor doctor bishop archbishop cardinal patriarch
  ayatollah mullah cleric monarch sultan emir tsar czar crown pm foreign defence defense interior finance trade
  economy justice energy health education prime acting former late ex- then-president striker midfielder defender
  goalkeeper forward winger skipper batsman bowler spinner pitcher quarterback rider driver champion veteran
  playmaker keeper all-rounder opener allrounder referee umpire negotiator mediator lawyer spokesmen chancellor
  dictator strongman rebel warlord leader-elect president-elect nominee candidate`);

/** Words that qualify a title ("former", "acting") but, lower-case before a name, say nothing about a person. */
export const ROLE_MODIFIERS = set(`former acting late ex- then then-president crown prime vice deputy foreign
  defence defense interior finance trade economy energy health education justice`);

/** Lower-case role nouns that, right before a capitalized sequence, mark it as a person ("striker Alan Shearer"). */
export const ROLE_NOUN_SUFFIX = /(?:er|or|ist|man|woman|men|ian|ant|ent|eer|ee|ive|ary|ess|ive)$/;

/** Words that cannot be role nouns even though they end like one. */
export const NOT_ROLE = set(`after under over other whether either neither never ever however for or nor their
  our your per ago against december november october september member mother father brother sister certain
  different recent current urgent independent percent president's present moment comment government parliament
  agreement statement department apartment tournament contract event report support effort import export`);

/**
 * Heads that end an organization or facility name ("Boris Yeltsin Presidential Library", "Acme Inc"): a
 * capitalized sequence ending in one of these is an organization, so neither a person nor a place.
 */
export const ORG_HEADS = set(`library university college school academy institute institution foundation
  association federation union league party committee council commission ministry department agency authority
  bureau office board bank exchange fund trust group holdings inc incorporated corp corporation co company ltd
  limited plc llc gmbh ag sa nv bv partners associates industries enterprises systems technologies airlines
  airways motors communications telecom network networks news times post journal herald tribune gazette press
  agency service services reuters television tv radio museum clinic church cathedral mosque temple
  court tribunal parliament congress senate assembly duma government administration army navy force forces
  police guard brigade regiment club fc afc united rovers wanderers athletic city county rangers celtic
  orchestra band society institute center centre laboratory labs festival cup championship championships
  open games olympics tour series summit conference forum commonwealth organisation organization movement
  front alliance coalition command corps unit division cabinet secretariat mission bros brothers spa ab asa
  oy oyj kk bhd pte tbk zeitung daily standard observer chronicle courier monitor magazine review telegraph
  express mail globe star sun computer computers software electronics aircraft aerospace pharmaceuticals
  pharma chemicals steel foods insurance securities investments house prize award awards trophy medal
  factory theater theatre courts program programme project flight airplanes`);

/** Articles of other languages that open newspaper and company names ("Le Matin", "Der Spiegel"). */
export const FOREIGN_ARTICLES = set(`le la les der die das el il lo los las`);

/** Heads that end a facility or geographic name ("Senate Square", "Grace Road"): such a sequence is a place. */
export const PLACE_HEADS = set(`street st road rd avenue ave boulevard lane square plaza park bridge river lake
  sea ocean gulf bay strait straits channel island islands isle peninsula mountain mountains mount mt hills hill
  valley desert canyon coast airport port harbour harbor station stadium arena oval ground palace castle tower
  gate wall prospekt district province region county state territory oblast krai republic heights field fields
  forest falls springs beach cape course motel hotel prison hospital`);

/**
 * Heads of built facilities that are places when the text puts them somewhere ("at the Moscone Center", "at their
 * Everett Factory") but organizations otherwise ("the Carter Center said"); see FACILITY_HEADS' use in 5b.
 */
export const FACILITY_HEADS = set(`center centre factory plant complex campus terminal`);

/** Determiners and possessive pronouns that may stand between a preposition and a name ("at the", "at their"). */
export const DETERMINERS = set(`the a an its their his her our your this that`);

/** Prepositions after which a capitalized sequence that is not a person is usually a place. */
export const PLACE_PREPOSITIONS = set(`in at from to near outside inside across into via toward towards through
  throughout around within across between`);

/** Attribution verbs: "said X", "X told", "according to X" mark X as a speaker, almost always a person. */
export const SPEECH_VERBS = set(`said says say told tells asked asks added adds noted notes stated states
  declared declares explained explains warned warns insisted insists claimed claims argued argues
  announced announces replied replies wrote writes commented comments acknowledged acknowledges urged urges
  confirmed confirms denied denies recalled recalls quipped admitted admits`);

/** Name particles that may appear lower-case inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PARTICLES = set(`de del della der di da dos das du van von ten ter la le al el bin ibn bint ben abu
  y e zu af av`);

/** Abbreviations that keep their period as part of the token (so "St. Petersburg" is never split). */
export const ABBREVIATIONS = set(`st mt ft mr mrs ms dr prof sen rep gov gen lt col capt maj sgt cpl adm cmdr rev
  jr sr fr co corp inc ltd no vs mme mlle`);

/** Month and weekday names: capitalized but never people or places. */
export const CALENDAR = set(`january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
  sunday christmas easter`);

/**
 * Function and common words that are capitalized only at a sentence start or in all-caps headlines; they never
 * begin or make up a name on their own.
 */
export const COMMON_CAPITALIZED = set(`a an the this that these those there here it its he she they we you i his
  her their our my your and or but nor so yet if then than when while where why how what who whom whose which
  as at by for from in into of off on onto out over to up upon with without after before during since until
  about above against among around because despite except like near per through under unlike via all any both
  each every few many most much no none not only other some also however meanwhile still just even now
  later earlier today yesterday tomorrow tonight last next new top first second third one two three four five
  six seven eight nine ten is are was were be been has have had will would can could may might must shall
  should do does did said says update updated breaking report reports exclusive analysis
  editorial opinion photo video live result results scores standings table summary page vs v`);

/** Verbs of sports results: "X beat Y" means teams, which news annotation calls organizations, not places. */
export const RESULT_VERBS = set(`beat beats drew draw defeated defeat lost lose won win routed thrashed edged
  crushed stunned upset overcame trounced`);
