import type { Message } from './message';
import type {
  DateMention,
  Entity,
  MoneyMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  QuoteMention,
} from './mentions';
import type { Span } from './span';
import type { TokenTable } from '../text/tokens';
import { NO_TOKENS } from '../text/tokens';

/** One article as handed to the pipeline, before decoding: what the CLI read, or what a library caller passes. */
export interface RawArticle {
  readonly id: string;
  /** Where it came from: a path relative to the input root, `file.jsonl:12`, or `stdin`. */
  readonly source: string;
  /** Undecoded bytes (files, stdin); decoded by the ingest stage. */
  readonly bytes?: Uint8Array;
  /** What `bytes` hold: `html` for a page (decoded honouring its `<meta charset>`, then read as HTML); default text. */
  readonly format?: 'text' | 'html';
  /** Already-decoded text (JSONL `text` field, library callers). */
  readonly text?: string;
  /** Raw HTML (`.html` files, JSONL `html` field). */
  readonly html?: string;
  readonly published?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
}

/**
 * Where a page's HTML stated its date: JSON-LD (`datePublished`), a `<meta>` tag, a `<time datetime>` of the article
 * header, or an element whose class names a date (`post-date`, `entry-date`).
 */
export type HtmlDateSource = 'html-json-ld' | 'html-meta' | 'html-time' | 'html-element';

/** Where the reference date for relative dates came from. */
export type ReferenceSource = 'input' | HtmlDateSource | 'url' | 'dateline' | 'option';

/** The article's reference date (YYYY-MM-DD) and where it was found. */
export interface ReferenceDate {
  readonly date: string;
  readonly source: ReferenceSource;
  /**
   * How sure the pipeline is that `date` is the article's own publication date, in [0, 1]: 1 for an input value,
   * lower for a date read from page text; 0.5 for the `referenceDate` option, which is a fallback, not a finding.
   */
  readonly confidence: number;
}

/** A span removed as boilerplate, with the reason (a rule id) it was removed. */
export interface RemovedSpan extends Span {
  readonly reason: string;
}

/**
 * The document every stage reads and returns. `text` is fixed at ingest and never changes: every later stage
 * only adds spans and mentions that point into it.
 */
export interface Doc {
  readonly id: string;
  readonly source: string;
  readonly format: 'text' | 'html';
  readonly text: string;
  readonly url: string | null;
  readonly title: string | null;
  /** The `published` value the input gave (validated YYYY-MM-DD), if any. */
  readonly inputPublished: string | null;
  /** HTML metadata found at ingest (Readability byline, page date and where the page stated it). */
  readonly meta: {
    readonly byline: string | null;
    readonly date: string | null;
    readonly dateSource?: HtmlDateSource | null;
  };
  readonly reference: ReferenceDate | null;
  readonly body: readonly Span[];
  readonly removed: readonly RemovedSpan[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** The text layer's tokens of every sentence, built once by segment/ (see text/tokens). */
  readonly tokens: TokenTable;
  readonly people: readonly PersonMention[];
  readonly places: readonly PlaceMention[];
  readonly organizations: readonly OrganizationMention[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly QuoteMention[];
  readonly money: readonly MoneyMention[];
  readonly entities: readonly Entity[];
  readonly messages: readonly Message[];
}

/** A fresh document for `text`, with nothing found yet; the whole text is body until boilerplate says otherwise. */
export function emptyDoc(fields: {
  id: string;
  source: string;
  text: string;
  format?: 'text' | 'html';
  url?: string | null;
  title?: string | null;
  inputPublished?: string | null;
  meta?: Doc['meta'];
  messages?: readonly Message[];
}): Doc {
  return {
    id: fields.id,
    source: fields.source,
    format: fields.format ?? 'text',
    text: fields.text,
    url: fields.url ?? null,
    title: fields.title ?? null,
    inputPublished: fields.inputPublished ?? null,
    meta: fields.meta ?? { byline: null, date: null },
    reference: null,
    body: fields.text.length ? [{ start: 0, end: fields.text.length }] : [],
    removed: [],
    paragraphs: [],
    sentences: [],
    tokens: NO_TOKENS,
    people: [],
    places: [],
    organizations: [],
    dates: [],
    quotes: [],
    money: [],
    entities: [],
    messages: fields.messages ?? [],
  };
}
