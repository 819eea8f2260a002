// Words the quote passes need beyond cues.ts (which the shared lexicon will replace): more cue verbs of documents
// and sources, and what makes reported content a clause. General English, not tied to any text.
import { DOCUMENT_HEADS, ORGANIZATION_HEADS } from '../../resolve/discourse/words';

/** Cue verbs missing from cues.ts: "the report states", "the lawsuit alleges", "the filing reveals". */
export const EXTRA_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'states',
  'alleges',
  'reveals',
  'claims',
  'asserts',
  'stresses',
  'maintains',
  'concludes',
]);

/** Heads before an extra cue that make it a verb: a document or organization, a pronoun ("the report states"). */
const EXTRA_CUE_SUBJECTS: ReadonlySet<string> = new Set([
  ...DOCUMENT_HEADS,
  ...ORGANIZATION_HEADS,
  'he',
  'she',
  'it',
  'they',
]);

/**
 * True when the extra cue word at `i` is a verb: these -s forms are often nouns ("swing states that ..."), so the
 * word before must be a capitalized name, a pronoun, or a document or organization head.
 */
export function isExtraCue(tokens: readonly WordLike[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !EXTRA_SPEECH_VERBS.has(t.lower) || !prev?.isWord) return false;
  return prev.isCap || EXTRA_CUE_SUBJECTS.has(prev.lower);
}

/** Auxiliaries and modals: a content clause has one or a finite verb ("the country needed stability"). */
const AUXILIARIES = new Set(
  "is are was were be been am has have had will would can could shall should may might must do does did won't can't couldn't wouldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't don't it's that's he's she's they're we're i'm there's".split(
    ' ',
  ),
);

/** Common irregular past forms (regular ones end in -ed). */
const IRREGULAR_PAST = new Set(
  'took made went came got gave knew saw thought found told said became began kept held brought lost won left felt meant put set ran paid sent built spent stood understood wrote led fell sat met heard let cut hit shut fought caught sought taught bought broke chose drove ate forgot froze hid rode rose shook spoke stole swore threw woke wore grew drew flew'.split(
    ' ',
  ),
);

/** Words after which an -s form reads as a verb ("the plan needs money", "it works"). */
const AFTER_VERB = new Set(
  'the a an to that his her their its our this these those no not more less about up out'.split(' '),
);
const BEFORE_VERB = new Set([
  'he',
  'she',
  'it',
  'this',
  'that',
  'who',
  'which',
  'nobody',
  'everyone',
  'everybody',
  'nothing',
]);

/** Words opening a subordinate clause: a verb after them is not the content's own. */
const SUBORDINATORS = new Set([
  'as',
  'when',
  'while',
  'because',
  'after',
  'before',
  'since',
  'if',
  'although',
  'though',
  'until',
  'where',
  'whereas',
]);

/** A token as far as the clause test needs it. */
interface WordLike {
  readonly lower: string;
  readonly isWord: boolean;
  readonly isCap: boolean;
}

/**
 * True when the tokens [a, b) hold a finite verb, so they can be reported content: "the country needed stability"
 * is, "the final wicket" (Smith claimed the final wicket) is not. Scans only the sentence's own tokens.
 */
export function hasFiniteVerb(tokens: readonly WordLike[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (!t?.isWord || t.isCap) continue;
    const w = t.lower;
    if (i > a && SUBORDINATORS.has(w)) return false; // "claimed the wicket as Australia won": that verb is not its
    if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || /n't$/.test(w)) return true;
    if (w.length > 4 && w.endsWith('ed') && i > a) return true;
    if (
      i > a &&
      w.length > 3 &&
      w.endsWith('s') &&
      !w.endsWith('ss') &&
      (BEFORE_VERB.has(tokens[i - 1]?.lower ?? '') || AFTER_VERB.has(tokens[i + 1]?.lower ?? ''))
    )
      return true;
  }
  return false;
}
