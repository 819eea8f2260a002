// The only module that imports wink-nlp and its model. Token offsets are recovered by walking the text, and
// every token is checked against it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { LibrarySpan } from './checked-span';
import { checkedSpan } from './checked-span';

// Loading the model takes ~100 ms; load once per process (immutable after load).
let engine: ReturnType<typeof winkNLP> | null = null;
function wink(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model);
  return engine;
}

// A second engine with an empty pipeline (tokens and lexicon only, about 4x faster than the full one) for
// vocabulary lookups, and its vocabulary size: the id a word no lexicon has gets right after loading.
const SENTINEL = 'qxzqjvxkq';
let lexicon: { readonly nlp: ReturnType<typeof winkNLP>; readonly size: number } | null = null;
function lexiconEngine(): { readonly nlp: ReturnType<typeof winkNLP>; readonly size: number } {
  if (lexicon === null) {
    const nlp = winkNLP(model, []);
    const ids = nlp.readDoc(SENTINEL).tokens().out(nlp.its.uniqueId) as unknown as number[];
    lexicon = { nlp, size: ids[0] ?? 0 };
  }
  return lexicon;
}

/**
 * The words (lower-cased, letters only) that wink's English vocabulary knows. Words outside it are mostly names
 * and foreign words; words inside it are English words, though some are also surnames ("Smith", "Miller").
 */
export function winkKnownWords(words: readonly string[]): ReadonlySet<string> {
  const { nlp, size } = lexiconEngine();
  const asked = new Set(words.map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
  if (asked.size === 0) return asked;
  const doc = nlp.readDoc([...asked].join(' '));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const ids = doc.tokens().out(nlp.its.uniqueId) as unknown as number[];
  const known = new Set<string>();
  values.forEach((v, i) => {
    if ((ids[i] ?? size) < size && asked.has(v)) known.add(v);
  });
  return known;
}

/** A token with its character offsets and wink's part of speech. */
export interface WinkToken extends LibrarySpan {
  /** Universal POS tag (PROPN, NOUN, VERB, ...). */
  readonly pos: string;
}

/** wink's analysis of one text: tokens and named entities (DATE, MONEY, CARDINAL, ...) as checked spans. */
export interface WinkResult {
  readonly tokens: readonly WinkToken[];
  readonly entities: readonly LibrarySpan[];
  readonly dropped: number;
}

/** Runs wink's `readDoc` over `text` (about 265,000 tokens/s) and returns tokens and entities with offsets. */
export function winkAnalyse(text: string): WinkResult {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: WinkToken[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let dropped = 0;
  let cursor = 0;
  values.forEach((v, i) => {
    const at = text.indexOf(v, cursor);
    if (at < 0) {
      dropped++;
      starts.push(-1);
      ends.push(-1);
      return;
    }
    cursor = at + v.length;
    starts.push(at);
    ends.push(cursor);
    const s = checkedSpan(text, at, cursor, v, 'token');
    if (s) tokens.push({ ...s, pos: pos[i] ?? 'X' });
  });
  const entities: LibrarySpan[] = [];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  spans.forEach(([first, last], i) => {
    const s = starts[first] ?? -1;
    const e = ends[last] ?? -1;
    const span = s >= 0 && e > s ? checkedSpan(text, s, e, text.slice(s, e), details[i]?.type ?? 'ENTITY') : null;
    if (span) entities.push(span);
    else dropped++;
  });
  return { tokens, entities, dropped };
}
