// Pass 2 of name finding: every sentence read (body and headline) as tokens, with a flag for all-caps and Title Case
// headline lines (whose capitals say nothing about names) and the words that wink's English vocabulary knows. wink's
// full analysis (POS tags) measured at about 30,000 words/s on news, too slow to run on every article; a vocabulary
// lookup of the distinct words around capitals is enough for the passes.
import { winkKnownWords } from '../../../adapters/wink';
import { appendAll } from '../../../model/append-all';
import type { Doc } from '../../../model/document';
import { headlineSpans } from '../../../model/read-spans';
import type { Token } from './1-tokens';
import { docSentenceTokens } from './1-tokens';

/** Share of upper-case words above which a line is an all-caps headline rather than prose. */
const HEADLINE_UPPER_SHARE = 0.7;
/** Fewest words a line needs before it can be judged all-caps (a lone "LONDON" is a dateline, not a headline). */
const HEADLINE_MIN_WORDS = 3;

/** A sentence's tokens, in order, with line-level facts. */
export interface SentenceTokens {
  readonly tokens: readonly Token[];
  /** True for tokens of an all-caps line (headline), where capitalization is no evidence. */
  readonly headline: readonly boolean[];
}

/** Tokens of every body sentence, plus the English words among the capitalized words and their neighbours. */
export interface NameText {
  readonly sentences: readonly SentenceTokens[];
  /** Lower-cased capitalized words of the body that are English words (in wink's vocabulary). */
  readonly known: ReadonlySet<string>;
}

/** Whether the line made of `tokens[from, to)` is written in capitals (counted in place: no copies per line). */
function isCapsLine(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const shape = tokens[i]?.shape;
    if (shape === 'cap' || shape === 'upper' || shape === 'lower' || shape === 'initial') words++;
    if (shape === 'upper') upper++;
  }
  if (words < HEADLINE_MIN_WORDS) return false;
  return upper / words >= HEADLINE_UPPER_SHARE;
}

/** Fewest words a Title Case headline has ("Putin Meets Xi in Moscow"); shorter capitalized lines are names. */
const TITLE_CASE_MIN_WORDS = 5;
/**
 * English words written capitalized (not first on the line) that a Title Case line needs: "Meets", "Talks",
 * "Stall" say the capitals are the headline's style; a line of names ("Vladimir Putin and Xi Jinping") has none.
 */
const TITLE_CASE_MIN_ENGLISH = 2;
/** Most commas in a Title Case headline ("Putin, Xi Meet in Moscow"); more make a list of names. */
const TITLE_CASE_MAX_COMMAS = 1;
/** The lower-case words a Title Case headline keeps: articles, conjunctions, prepositions, "to". */
const TITLE_CASE_LOWER = new Set(
  `a an the and but or nor for so yet of in on at to by as vs via with from into onto over off up out per than
  after amid about among before during under upon near like since until without against across`.split(/\s+/),
);

/**
 * Whether the line `tokens[from, to)` is a Title Case headline ("Putin Meets Xi in Moscow as Ukraine Talks
 * Stall"): five words or more, every lower-case word a function word, two capitalized English words after the
 * first, no list (commas, brackets) and no sentence end. Its capitals are style, as in an all-caps line.
 */
function isTitleCaseLine(tokens: readonly Token[], from: number, to: number, known: ReadonlySet<string>): boolean {
  let words = 0;
  let english = 0;
  let commas = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    // A list of names ("Billy Andrade, Duffy Waldorf, Jesper Parnevik (Sweden)") is no headline.
    if (t.text === ',' && ++commas > TITLE_CASE_MAX_COMMAS) return false;
    if (t.text === '(') return false;
    // "iPhone", "eBay": lower-case first letter, but a brand's capitals.
    if (t.shape === 'lower' && !TITLE_CASE_LOWER.has(t.text) && t.text === t.text.toLowerCase()) return false;
    if (t.shape === 'cap' || t.shape === 'upper' || t.shape === 'lower') words++;
    if (t.shape === 'cap' && i > from && known.has(t.text.toLowerCase())) english++;
  }
  const last = tokens[to - 1]?.text;
  return words >= TITLE_CASE_MIN_WORDS && english >= TITLE_CASE_MIN_ENGLISH && last !== '.';
}

/** Marks the tokens of each all-caps or Title Case line inside a sentence. */
function headlineFlags(
  tokens: readonly Token[],
  known: ReadonlySet<string>,
  mayTitleCase: (at: number) => boolean,
): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]?.lineStart) continue;
    const at = tokens[from]?.start ?? -1;
    if (isCapsLine(tokens, from, i) || (mayTitleCase(at) && isTitleCaseLine(tokens, from, i, known)))
      flags.fill(true, from, i);
    from = i;
  }
  return flags;
}

/**
 * Capitalized words and the lower-case words right before them: the words whose Englishness the passes ask.
 * Each distinct word once: names recur through an article, and the vocabulary answer depends on the word alone.
 */
function askedWords(sentences: readonly (readonly Token[])[]): string[] {
  const out = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (t.shape === 'cap' || (t.shape === 'lower' && next?.shape === 'cap')) out.add(t.text);
    });
  }
  return [...out];
}

/**
 * Sentence token lists, rejoining a sentence that ends in an initial with the next one on the same line: a
 * sentence splitter may cut "(A. Dale 69" after "A.", which would separate the initial from the surname.
 */
function sentenceTokens(doc: Doc): Token[][] {
  const out: Token[][] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const tokens = docSentenceTokens(doc, k);
    const prev = out[out.length - 1];
    const last = prev?.[prev.length - 1];
    const first = tokens[0];
    if (prev && last?.shape === 'initial' && first && !/\n/.test(doc.text.slice(last.end, first.start)))
      appendAll(prev, tokens);
    else out.push(tokens);
  }
  return out;
}

/** Tokenizes the body sentences and looks their capitalized words up in wink's vocabulary once per document. */
export function nameText(doc: Doc): NameText {
  const tokenLists = sentenceTokens(doc);
  const known = winkKnownWords(askedWords(tokenLists));
  const mayTitleCase = titleCaseLines(doc);
  const sentences = tokenLists.map((tokens) => ({ tokens, headline: headlineFlags(tokens, known, mayTitleCase) }));
  return { sentences, known };
}

/**
 * Where a Title Case line is taken for a headline: the headline and standfirst lines the boilerplate stage found,
 * and the text's first line (a clean text's headline). Elsewhere capitalized lines are the article's own: table
 * rows and field lines ("Lead Underwriter Bear Stearns & Co Inc", "The National Bank of Poland") name things.
 */
function titleCaseLines(doc: Doc): (at: number) => boolean {
  const heads = headlineSpans(doc);
  const firstLineEnd = doc.text.indexOf('\n');
  return (at) =>
    (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd) && doc.text.slice(0, at).trim() === '') ||
    heads.some((h) => h.start <= at && at < h.end);
}
