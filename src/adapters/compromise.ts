// The only module that imports compromise. It converts compromise's results to checked spans of the input.
// compromise is loaded on first use of its tagger: the default pipeline only reads its lexicon, from a snapshot
// (./lexicons), and so never pays the ~0.3 s it takes to load.
import type nlpType from 'compromise';
import type { LibrarySpan } from './checked-span';
import { checkedSpan } from './checked-span';
import snapshot from './lexicons/compromise-names.json';

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

let library: typeof nlpType | null = null;
function nlp(): typeof nlpType {
  library ??= require('compromise') as typeof nlpType;
  return library;
}

/**
 * Runs compromise's full tagger over `text` and returns the spans of the requested kinds, each checked against
 * the text. Costly (about 17,000 tokens/s): callers decide where it earns that cost.
 */
export function compromiseSpans(text: string, kinds: readonly CompromiseKind[]): CompromiseResult {
  const doc = nlp()(text);
  const spans: LibrarySpan[] = [];
  let dropped = 0;
  for (const kind of kinds) {
    const view =
      kind === 'people'
        ? doc.people()
        : kind === 'places'
          ? doc.places()
          : kind === 'organizations'
            ? doc.organizations()
            : kind === 'quotations'
              ? doc.quotations()
              : doc.money();
    for (const item of view.json({ offset: true }) as OffsetJson[]) {
      const off = item.offset;
      if (!off) {
        dropped++;
        continue;
      }
      // compromise's text may carry trailing punctuation that its offset excludes; trust the offset, check the slice.
      const s = checkedSpan(
        text,
        off.start,
        off.start + off.length,
        text.slice(off.start, off.start + off.length),
        kind,
      );
      if (s && s.text.trim() !== '') spans.push(s);
      else dropped++;
    }
  }
  return { spans, dropped };
}

/** The lexicon tags the pipeline asks about; the snapshot keeps the words that carry one of them. */
export const SNAPSHOT_TAGS = [
  'FemaleName',
  'FirstName',
  'LastName',
  'MaleName',
  'Organization',
  'Person',
  'SportsTeam',
] as const;

/** The snapshot's shape: per tag, its words (lower-cased, may contain spaces) joined by "|". */
export type CompromiseLexiconSnapshot = Record<(typeof SNAPSHOT_TAGS)[number], string>;

/**
 * Builds the snapshot from compromise's live lexicon (about 25,000 words; ~5,000 carry a name or organization tag).
 * `npm run lexicons` writes it to src/adapters/lexicons/; tests/lexicon-snapshots.test.ts checks it is current.
 */
export function compromiseLexiconSnapshot(): CompromiseLexiconSnapshot {
  const raw = (nlp().model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  const words = new Map<string, string[]>(SNAPSHOT_TAGS.map((t) => [t, []]));
  for (const [word, tags] of Object.entries(raw)) {
    const list: unknown[] = Array.isArray(tags) ? tags : [tags];
    // "|" separates words in the snapshot; only emoticons (":-|") contain it, and they carry no name tag.
    if (!word.includes('|')) for (const t of list) if (typeof t === 'string') words.get(t)?.push(word);
  }
  const out = {} as CompromiseLexiconSnapshot;
  for (const t of SNAPSHOT_TAGS) out[t] = [...new Set(words.get(t))].sort().join('|');
  return out;
}

// Word -> its snapshot tags, built once on first lookup (immutable afterwards).
let lexicon: ReadonlyMap<string, readonly string[]> | null = null;
function lexiconMap(): ReadonlyMap<string, readonly string[]> {
  if (lexicon === null) {
    const map = new Map<string, string[]>();
    const tags = snapshot as CompromiseLexiconSnapshot;
    for (const t of SNAPSHOT_TAGS) for (const w of tags[t].split('|')) if (w) map.set(w, [...(map.get(w) ?? []), t]);
    lexicon = map;
  }
  return lexicon;
}

/**
 * The name and organization tags (SNAPSHOT_TAGS) compromise's lexicon gives a word ("clinton" -> ["Person"],
 * "smith" -> ["LastName"], "john" -> ["MaleName"]), or [] when it gives none of them. Case-insensitive.
 */
export function compromiseLexiconTags(word: string): readonly string[] {
  return lexiconMap().get(word.toLowerCase()) ?? [];
}
