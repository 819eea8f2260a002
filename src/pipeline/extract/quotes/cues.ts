// Tuning data: the words that introduce or attribute speech. General English lists, not tied to any text.
// The verbs of saying and the role nouns live in text/lexicon (shared with the name passes).
import { WEEKDAYS } from '../../../text/lexicon/calendar';
export { SPEECH_VERBS } from '../../../text/lexicon/speech-verbs';
export { SPEAKER_ROLE_NOUNS as ROLE_NOUNS } from '../../../text/lexicon/titles';

/** Cue verbs that need a particle to be a speech cue: "pointed out", "went on". */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['points', 'out'],
  ['pointed', 'out'],
  ['pointing', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
]);

/** Cues of direct quotes that do not introduce reported content ("went on to win", "asked him to", "called it"). */
export const DIRECT_ONLY_CUES: ReadonlySet<string> = new Set([
  'called',
  'described',
  'went',
  'goes',
  'continued',
  'ask',
  'asks',
  'asked',
  'asking',
  'sings',
  'sang',
  'chanted',
  'chanting',
  'demanded',
  'answered',
  'scolded',
  'promised',
  'vowed',
  'vowing',
  'pledged',
  'urged',
  'urging',
]);

/** Verbs whose content may follow without "that": "Peskov stated no such meeting took place". */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'stated',
  'states',
  'noted',
  'notes',
  'added',
  'adds',
  'claimed',
  'claims',
  'insisted',
  'argued',
  'argues',
  'warned',
  'told',
  'tells',
  'wrote',
  'writes',
  'predicted',
  'acknowledged',
  'admitted',
  'suggested',
  'confirmed',
  'explained',
]);

/** Verbs that take a listener before the content: "told reporters that", "warned Congress that". */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'tells',
  'told',
  'telling',
  'warn',
  'warns',
  'warned',
  'ask',
  'asks',
  'asked',
  'urge',
  'urges',
  'urged',
  'assure',
  'assured',
  'remind',
  'reminded',
  'inform',
  'informed',
]);

/** Words that may stand between a speaker and the cue verb: auxiliaries, negation and common adverbs. */
export const CUE_GAP_WORDS: ReadonlySet<string> = new Set(
  'has have had was is were are will would could also later then again previously recently once earlier further just even often repeatedly reportedly simply never did does do initially originally first subsequently still already'.split(
    ' ',
  ),
);

/** Pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);

/** Determiners and possessives that can open a speaker description ("the spokesman", "his aide"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'another',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'one',
  'some',
  'many',
  'several',
  'both',
  'two',
  'three',
  'other',
  'each',
  'most',
  'all',
]);

/** Words that end a speaker phrase when walking away from the cue: clause words and prepositions. */
export const NP_BREAKERS: ReadonlySet<string> = new Set(
  "of despite although though whereas unless and or but that which who whom whose when where while if as because since than so yet to in on at by for with from into about after before during under over against without through between among not no it's there here".split(
    ' ',
  ),
);

/** Words that open a sentence without being part of the speaker: "However, ...", "Meanwhile Smith said". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'however',
  'meanwhile',
  'still',
  'instead',
  'later',
  'then',
  'now',
  'also',
  'but',
  'and',
  'so',
  'yet',
  'indeed',
  'earlier',
  'separately',
  'previously',
  'ultimately',
  'finally',
]);

/** Time words that may follow a cue without being its subject: "said Tuesday", "said last week". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'early',
  'late',
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'last',
  'this',
  'earlier',
  'later',
  'recently',
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'when',
  'while',
]);

/** Prepositions a speaker description may run through: "a spokesman for the campaign", "President of Kazakhstan". */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'with']);

/**
 * Before a cue a description may also run through "in"/"on": "a narrator in the Clinton ad asks", "a source on the
 * panel said".
 */
export const NP_PREPOSITIONS_BEFORE_CUE: ReadonlySet<string> = new Set([...NP_PREPOSITIONS, 'in', 'on']);

/** Nouns before a short Title Case quote that make it a title, not a quote: the film “Shark Tank”. */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'book',
  'film',
  'movie',
  'song',
  'album',
  'show',
  'series',
  'article',
  'column',
  'essay',
  'op-ed',
  'poem',
  'play',
  'titled',
  'entitled',
  'headlined',
  'magazine',
  'program',
  'programme',
  'episode',
  'report',
  'documentary',
  'novel',
  'hashtag',
  'slogan',
  'campaign',
  'operation',
  'dubbed',
  'nicknamed',
  'named',
  'so-called',
  'term',
  'word',
  'phrase',
  'nickname',
  'nicknames',
  'headline',
  'title',
]);

/** Nouns of a time phrase that may stand between a speaker and the cue ("Trump this week also said"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'today',
  'yesterday',
  'tonight',
  ...WEEKDAYS,
]);

/** Cues that may come before their speaker ("…,” said Smith). */
export const INVERSION_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'asks',
  'wrote',
  'writes',
  'explained',
  'explains',
  'continued',
  'recalled',
  'noted',
  'argued',
  'replied',
  'answered',
  'insisted',
  'warned',
  'countered',
  'declared',
  'tweeted',
  'quipped',
  'joked',
  'concluded',
  'reads',
  'stated',
]);

/** Words that open an adverbial before the subject of a sentence ("In July, ...", "Meanwhile, ..."). */
export const OPENING_ADVERBIALS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'with',
  'since',
  'for',
  'when',
  'while',
  'as',
  'although',
  'though',
  'last',
  'this',
  'earlier',
  'meanwhile',
  'however',
  'still',
  'but',
  'and',
  'so',
  'yet',
  'now',
  'then',
  'also',
  'later',
  'separately',
  'speaking',
  'asked',
  'over',
  'throughout',
  'despite',
  'instead',
  'under',
  'unlike',
  'like',
  'by',
  'from',
  'until',
  'once',
  'if',
  'because',
]);

/** Relative pronouns: never a speaker themselves ("anybody who complains"), so the search goes on. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
