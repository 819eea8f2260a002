// General English word lists used as evidence by the name passes. None of them is keyed to any document: they are
// titles, honorifics, role nouns, organization and facility heads, prepositions and function words of news English.

export { HONORIFICS, ROLE_MODIFIERS, TITLES } from '../../../text/lexicon/titles';
export { ORG_HEADS } from '../../../text/lexicon/organizations';
/** Attribution verbs: "said X", "X told", "according to X" mark X as a speaker (see text/lexicon/speech-verbs). */
export { ATTRIBUTION_VERBS as SPEECH_VERBS } from '../../../text/lexicon/speech-verbs';
/** Abbreviations that keep their period as part of the token (so "St. Petersburg" is never split). */
export { TOKEN_ABBREVIATIONS as ABBREVIATIONS } from '../../../text/lexicon/abbreviations';
/** Month and weekday names: capitalized but never people or places. */
export { CALENDAR_WORDS as CALENDAR } from '../../../text/lexicon/calendar';

/** Builds a lower-cased lookup set. */
function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );
}

/** Lower-case role nouns that, right before a capitalized sequence, mark it as a person ("striker Alan Shearer"). */
export const ROLE_NOUN_SUFFIX = /(?:er|or|ist|man|woman|men|ian|ant|ent|eer|ee|ive|ary|ess|ive)$/;

/** Words that cannot be role nouns even though they end like one. */
export const NOT_ROLE = set(`after under over other whether either neither never ever however for or nor their
  our your per ago against december november october september member mother father brother sister certain
  different recent current urgent independent percent president's present moment comment government parliament
  agreement statement department apartment tournament contract event report support effort import export`);

/** Articles of other languages that open newspaper and company names ("Le Matin", "Der Spiegel"). */
export const FOREIGN_ARTICLES = set(`le la les der die das el il lo los las`);

/** Heads that end a facility or geographic name ("Senate Square", "Grace Road"): such a sequence is a place. */
export const PLACE_HEADS = set(`street st road rd avenue ave boulevard lane square plaza park bridge river lake
  sea ocean gulf bay strait straits channel island islands isle peninsula mountain mountains mount mt hills hill
  valley desert canyon coast airport port harbour harbor station stadium arena oval ground palace castle tower
  gate wall prospekt district province region county state territory oblast krai republic heights field fields
  forest falls springs beach cape course motel hotel prison hospital garden gardens`);

/**
 * Place heads that are rarely surnames: a titled run ending in one is a site, not a person ("King Power Stadium",
 * "Queen Elizabeth Hospital"), while "Dr. Jane Hill" or "Judge Amy Park" keep their title.
 */
export const SITE_HEADS = set(`stadium arena garden gardens square plaza airport station palace hotel motel
  hospital prison avenue boulevard oval centre center`);

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

/** Name particles that may appear lower-case inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PARTICLES = set(`de del della der di da dos das du van von ten ter la le al el bin ibn bint ben abu
  y e zu af av`);

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
