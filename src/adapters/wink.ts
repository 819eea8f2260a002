// The only module that imports wink-nlp and its model. Token offsets are recovered by walking the text, and
// every token is checked against it. The library and model are loaded on first use of the analyser: the default
// pipeline only asks which words wink's vocabulary knows, answered from a snapshot (./lexicons), and so never
// pays the ~0.25 s the model takes to load.
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';
import type { LibrarySpan } from './checked-span';
import { checkedSpan } from './checked-span';
import snapshot from './lexicons/wink-words.json';

type Wink = ReturnType<typeof winkNLPType>;
interface Library {
  readonly winkNLP: typeof winkNLPType;
  readonly model: typeof modelType;
}

let library: Library | null = null;
function load(): Library {
  library ??= {
    winkNLP: require('wink-nlp') as typeof winkNLPType,
    model: require('wink-eng-lite-web-model') as typeof modelType,
  };
  return library;
}

// One engine per process (immutable after load).
let engine: Wink | null = null;
function wink(): Wink {
  if (engine === null) {
    const { winkNLP, model } = load();
    engine = winkNLP(model);
  }
  return engine;
}

const SENTINEL = 'qxzqjvxkq';

/**
 * The snapshot of wink's English vocabulary: every lower-case letters-only word whose token wink's tokenizer gives
 * an id inside the model's own lexicon (a word no lexicon has gets an id after it). Built from the live model with
 * an empty pipeline (tokens only); `npm run lexicons` writes it, tests/lexicon-snapshots.test.ts checks it.
 */
export function winkVocabularySnapshot(): string {
  const { winkNLP, model } = load();
  const nlp = winkNLP(model, []);
  const size = (nlp.readDoc(SENTINEL).tokens().out(nlp.its.uniqueId) as unknown as number[])[0] ?? 0;
  const core = (model as unknown as { core(): { features: { lexeme: { list: string[] } } } }).core();
  const words = core.features.lexeme.list.filter((w) => /^[a-z]+$/.test(w));
  const doc = nlp.readDoc(words.join(' '));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const ids = doc.tokens().out(nlp.its.uniqueId) as unknown as number[];
  const asked = new Set(words);
  const known = new Set<string>();
  values.forEach((v, i) => {
    if ((ids[i] ?? size) < size && asked.has(v)) known.add(v);
  });
  return [...known].sort().join(' ');
}

// The snapshot's words as a set, built on first lookup (immutable afterwards).
let vocabulary: ReadonlySet<string> | null = null;

/**
 * The words (lower-cased, letters only) that wink's English vocabulary knows. Words outside it are mostly names
 * and foreign words; words inside it are English words, though some are also surnames ("Smith", "Miller").
 */
export function winkKnownWords(words: readonly string[]): ReadonlySet<string> {
  vocabulary ??= new Set((snapshot as { words: string }).words.split(' '));
  const known = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    if (vocabulary.has(lower)) known.add(lower);
  }
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

// An engine that tags parts of speech only (no negation, sentiment or entities): the text layer's lazy POS.
let tagger: Wink | null = null;

/**
 * wink's universal POS tag of each token of `text`, with offsets (tokens whose text cannot be found in order are
 * dropped). It costs more than the text layer's own tokenizer (README "Text layer"), so it runs only on text a
 * pass asks about (text/pos.ts).
 */
export function winkTags(text: string): WinkToken[] {
  if (tagger === null) {
    const { winkNLP, model } = load();
    tagger = winkNLP(model, ['sbd', 'pos']);
  }
  const its = tagger.its;
  const doc = tagger.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: WinkToken[] = [];
  let cursor = 0;
  values.forEach((v, i) => {
    const at = text.indexOf(v, cursor);
    if (at < 0) return;
    cursor = at + v.length;
    out.push({ start: at, end: cursor, text: v, label: 'token', pos: pos[i] ?? 'X' });
  });
  return out;
}
