// Pass 2 of name finding: every body sentence as tokens, with a flag for all-caps headline lines (whose capitals
// say nothing about names) and the words that wink's English vocabulary knows. wink's full analysis (POS tags)
// measured at about 30,000 words/s on news, too slow to run on every article; a vocabulary lookup of the distinct
// words around capitals is enough for the passes.
import { winkKnownWords } from '../../../adapters/wink';
import { appendAll } from '../../../model/append-all';
import type { Doc } from '../../../model/document';
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

/** Marks the tokens of each all-caps line inside a sentence. */
function headlineFlags(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]?.lineStart) continue;
    if (isCapsLine(tokens, from, i)) flags.fill(true, from, i);
    from = i;
  }
  return flags;
}

/**
 * Capitalized words and the lower-case words right before them: the words whose Englishness the passes ask.
 * Each distinct word once: names recur through an article, and the vocabulary answer depends on the word alone.
 */
function askedWords(sentences: readonly SentenceTokens[]): string[] {
  const out = new Set<string>();
  for (const { tokens } of sentences) {
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
  const sentences = sentenceTokens(doc).map((tokens) => ({ tokens, headline: headlineFlags(tokens) }));
  return { sentences, known: winkKnownWords(askedWords(sentences)) };
}
