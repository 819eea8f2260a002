// Verbs of saying, in one place. Two lists with two jobs: SPEECH_VERBS are the cues of quotes and reported speech
// (every inflection, leaving out -s forms that are mostly nouns: "claims of fraud", "the states"); ATTRIBUTION_VERBS
// are the verbs whose subject or inverted subject next to a capitalized word is evidence of a person ("said
// Peskov", "Smith told"), which may include those noun-like forms because the name passes only ask them next to a
// capitalized word, plus "denied"/"denies"; it leaves out cues that also name things ("called", "described",
// "reads"). tests/lexicon.test.ts pins the words ATTRIBUTION_VERBS has and SPEECH_VERBS has not.
import { wordSet } from './word-set';

/** Verbs of saying, every inflection listed (lower case). A cue attributes a direct quote or reported speech. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    // Base and -s forms are listed only where they are rarely nouns ("reports" stays: "The Post reports that").
    'say says said saying', 'tell tells told telling', 'add adds added adding', 'stated', 'note notes noted noting',
    'explain explains explained explaining', 'write writes wrote writing', 'claim claimed claiming', 'argue argues argued arguing',
    'insist insists insisted insisting', 'warn warns warned warning', 'ask asks asked asking', 'replied replies replying',
    'responded responding', 'continued', 'recall recalls recalled recalling', 'declare declares declared declaring',
    'announce announces announced announcing', 'acknowledge acknowledges acknowledged acknowledging', 'admit admits admitted admitting',
    'suggest suggests suggested suggesting', 'tweeted tweeting', 'posted', 'reports reported', 'remarked',
    'commented', 'observed', 'stressed stressing', 'emphasize emphasizes emphasized emphasizing emphasised', 'concluded',
    'predict predicts predicted predicting', 'urged urging', 'assert asserts asserted asserting', 'contends contended',
    'complain complains complained complaining', 'conceded conceding', 'confirm confirms confirmed confirming', 'promised',
    'vowed vowing', 'pledged', 'joked', 'quipped', 'shouted', 'yelled', 'chanted chanting', 'testified',
    'mentioned', 'boasted', 'lamented', 'reiterated', 'alleged', 'estimated', 'indicated', 'revealed', 'disclosed',
    'cautioned', 'countered', 'retorted', 'whispered', 'recounted', 'described', 'called', 'blasted', 'scoffed',
    'sings sang', 'demanded', 'scolded', 'exclaimed', 'pleaded', 'wondered', 'mused', 'bragged', 'proclaimed', 'answered',
    'interjected', 'maintained', 'agreed', 'thundered', 'snapped', 'reads',
  ].flatMap((s) => s.split(' ')),
);

/** Attribution verbs: "said X", "X told", "according to X" mark X as a speaker, almost always a person. */
export const ATTRIBUTION_VERBS = wordSet(`said says say told tells asked asks added adds noted notes stated states
  declared declares explained explains warned warns insisted insists claimed claims argued argues
  announced announces replied replies wrote writes commented comments acknowledged acknowledges urged urges
  confirmed confirms denied denies recalled recalls quipped admitted admits`);
