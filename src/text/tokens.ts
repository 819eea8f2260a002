// The text layer's tokens: built once per document by segment/ and read by every extractor. Stored as parallel
// typed arrays (about 22 bytes a token) rather than one object per token, so a long article costs a few arrays,
// not tens of thousands of small objects; `tokenAt` gives an object view where a pass wants one.
import type { Span } from '../model/span';
import { scanTokens } from './tokenize';
import type { TokenShape } from './token-shape';
import { SHAPES } from './token-shape';

/** Bit in `TokenTable.flags`: a line break separates the token from the previous one (or it starts a sentence). */
export const LINE_START = 1;
/** Bit in `TokenTable.flags`: a possessive ("'s", "’s") follows the token directly, as the next token. */
export const POSSESSIVE = 2;

/**
 * Every token of the document's sentences, in text order, as parallel arrays indexed by token number. Tokens never
 * cross a sentence; text outside sentences (boilerplate, blank lines) has none.
 */
export interface TokenTable {
  /** Number of tokens. */
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index into `SHAPES` of each token's shape. */
  readonly shapes: Uint8Array;
  /** `LINE_START` and `POSSESSIVE` bits. */
  readonly flags: Uint8Array;
  /** Index into `sentences` (the document's) of each token's sentence. */
  readonly sentence: Int32Array;
  /** Index into the document's paragraphs of each token's paragraph. */
  readonly paragraph: Int32Array;
  /** First token of each sentence, plus one final entry (`length`): sentence k has tokens [first[k], first[k+1]). */
  readonly sentenceFirst: Int32Array;
  /** The sentence spans the table was built from: a stage that changes the sentences must rebuild it. */
  readonly sentences: readonly Span[];
}

/** One token as an object: what `tokenAt` returns. */
export interface TokenView extends Span {
  readonly text: string;
  readonly lower: string;
  readonly shape: TokenShape;
  readonly lineStart: boolean;
  readonly possessive: boolean;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Growable columns while a table is built. */
class Columns {
  n = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  shapes = new Uint8Array(64);
  flags = new Uint8Array(64);
  sentence = new Int32Array(64);
  paragraph = new Int32Array(64);

  push(start: number, end: number, shape: number, flags: number, sentence: number, paragraph: number): void {
    if (this.n === this.starts.length) this.grow();
    const i = this.n++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.shapes[i] = shape;
    this.flags[i] = flags;
    this.sentence[i] = sentence;
    this.paragraph[i] = paragraph;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const more = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts, (k) => new Int32Array(k));
    this.ends = more(this.ends, (k) => new Int32Array(k));
    this.shapes = more(this.shapes, (k) => new Uint8Array(k));
    this.flags = more(this.flags, (k) => new Uint8Array(k));
    this.sentence = more(this.sentence, (k) => new Int32Array(k));
    this.paragraph = more(this.paragraph, (k) => new Int32Array(k));
  }
}

const SHAPE_CODE: ReadonlyMap<TokenShape, number> = new Map(SHAPES.map((s, i) => [s, i]));

/** The paragraph index of each sentence: the paragraph containing its start (-1 when none does). */
function paragraphOf(sentences: readonly Span[], paragraphs: readonly Span[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p < paragraphs.length && (paragraphs[p] as Span).end <= s.start) p++;
    const para = paragraphs[p];
    out.push(para && para.start <= s.start ? p : -1);
  }
  return out;
}

/**
 * Tokenizes every sentence of `text` (sentences and paragraphs sorted by start, as segment/ gives them) into one
 * table. Linear in the text: one regular-expression scan per sentence.
 */
export function buildTokenTable(text: string, sentences: readonly Span[], paragraphs: readonly Span[]): TokenTable {
  const cols = new Columns();
  const first = new Int32Array(sentences.length + 1);
  const paras = paragraphOf(sentences, paragraphs);
  sentences.forEach((s, k) => {
    first[k] = cols.n;
    const para = paras[k] ?? -1;
    scanTokens(text, s.start, s.end, (start, end, shape, lineStart, possessive) => {
      const flags = (lineStart ? LINE_START : 0) | (possessive ? POSSESSIVE : 0);
      cols.push(start, end, SHAPE_CODE.get(shape) ?? 0, flags, k, para);
    });
  });
  first[sentences.length] = cols.n;
  const n = cols.n;
  return {
    length: n,
    starts: cols.starts.slice(0, n),
    ends: cols.ends.slice(0, n),
    shapes: cols.shapes.slice(0, n),
    flags: cols.flags.slice(0, n),
    sentence: cols.sentence.slice(0, n),
    paragraph: cols.paragraph.slice(0, n),
    sentenceFirst: first,
    sentences,
  };
}

/** The shape of token `i`. */
export function shapeAt(table: TokenTable, i: number): TokenShape {
  return SHAPES[table.shapes[i] ?? 0] ?? 'punct';
}

/** Token `i` as an object (text and lower-case form sliced from `text`, the document text). */
export function tokenAt(table: TokenTable, text: string, i: number): TokenView {
  const start = table.starts[i] ?? 0;
  const end = table.ends[i] ?? 0;
  const flags = table.flags[i] ?? 0;
  const t = text.slice(start, end);
  return {
    start,
    end,
    text: t,
    lower: t.toLowerCase(),
    shape: shapeAt(table, i),
    lineStart: (flags & LINE_START) !== 0,
    possessive: (flags & POSSESSIVE) !== 0,
    sentence: table.sentence[i] ?? -1,
    paragraph: table.paragraph[i] ?? -1,
  };
}

/** The index range [from, to) of the tokens of sentence `k`. */
export function sentenceTokenRange(table: TokenTable, k: number): readonly [number, number] {
  return [table.sentenceFirst[k] ?? 0, table.sentenceFirst[k + 1] ?? 0];
}

/** An empty table (a document before segment/). */
export const NO_TOKENS: TokenTable = buildTokenTable('', [], []);
