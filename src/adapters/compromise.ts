// The only module that imports compromise. It converts compromise's results to checked spans of the input.
import nlp from 'compromise';
import type { LibrarySpan } from './checked-span';
import { checkedSpan } from './checked-span';

/** What compromise can be asked for. */
export type CompromiseKind = 'people' | 'places' | 'organizations' | 'quotations' | 'money';

interface OffsetJson {
  readonly text: string;
  readonly offset?: { readonly start: number; readonly length: number };
}

/** Result of one compromise call: the spans, and how many results were dropped for not matching the text. */
export interface CompromiseResult {
  readonly spans: readonly LibrarySpan[];
  readonly dropped: number;
}

/**
 * Runs compromise's full tagger over `text` and returns the spans of the requested kinds, each checked against
 * the text. Costly (about 17,000 tokens/s): callers decide where it earns that cost.
 */
export function compromiseSpans(text: string, kinds: readonly CompromiseKind[]): CompromiseResult {
  const doc = nlp(text);
  const spans: LibrarySpan[] = [];
  let dropped = 0;
  for (const kind of kinds) {
    const view = kind === 'people' ? doc.people() : kind === 'places' ? doc.places() : kind === 'organizations' ? doc.organizations() : kind === 'quotations' ? doc.quotations() : doc.money();
    for (const item of view.json({ offset: true }) as OffsetJson[]) {
      const off = item.offset;
      if (!off) {
        dropped++;
        continue;
      }
      // compromise's text may carry trailing punctuation that its offset excludes; trust the offset, check the slice.
      const s = checkedSpan(text, off.start, off.start + off.length, text.slice(off.start, off.start + off.length), kind);
      if (s && s.text.trim() !== '') spans.push(s);
      else dropped++;
    }
  }
  return { spans, dropped };
}

// compromise's lexicon (about 25,000 words with tags such as LastName, MaleName, Person, Organization): read
// once, never changed. A lexicon lookup costs nothing next to running the tagger.
let lexicon: ReadonlyMap<string, readonly string[]> | null = null;

/** compromise's built-in lexicon as a map from lower-cased word to its tags. */
function lexiconMap(): ReadonlyMap<string, readonly string[]> {
  if (lexicon === null) {
    const model = nlp.model() as { one?: { lexicon?: Record<string, unknown> } };
    const raw = model.one?.lexicon ?? {};
    const tags = (t: unknown): string[] => (typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : []);
    lexicon = new Map(Object.entries(raw).map(([w, t]) => [w, tags(t)]));
  }
  return lexicon;
}

/**
 * The tags compromise's lexicon gives a word ("clinton" -> ["Person"], "smith" -> ["LastName"], "john" ->
 * ["MaleName"]), or [] when the lexicon does not know it. Case-insensitive.
 */
export function compromiseLexiconTags(word: string): readonly string[] {
  return lexiconMap().get(word.toLowerCase()) ?? [];
}
