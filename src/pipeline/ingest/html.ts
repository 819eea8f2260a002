import { parseHtml } from '../../adapters/dom';
import type { DomDocument, DomNode } from '../../adapters/dom';
import { readArticle } from '../../adapters/readability';
import type { HtmlDateSource } from '../../model/document';
import type { Message } from '../../model/message';
import { message } from '../../model/message';
import { blocksText, pageBlocks } from './html/blocks';
import type { PageShape } from './html/blocks';
import { pageShape } from './html/shape';
import { toIsoDay } from './html/dates';
import { keptBlockChars } from './html/kept';
import type { PageMeta } from './html/meta';
import { readPageMeta } from './html/meta';
import { keptShares, selectBlocks } from './html/select';

/** Text and metadata taken from an HTML page at ingest. */
export interface HtmlExtract {
  /** The page's main content as text, paragraphs separated by blank lines; the offsets of every later span. */
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string | null;
  /** Where the page stated `date` (JSON-LD, a meta tag, a `<time>`, a date-named element). */
  readonly dateSource: HtmlDateSource | null;
  /** `readability` when the main content was found, `whole-page` when the whole `<body>` text was kept instead. */
  readonly extractor: 'readability' | 'whole-page';
  /** Problems found reading the page (a page too deep or too large for Readability). */
  readonly messages: readonly Message[];
}

/**
 * Below this share of the page's text the Readability result is taken as a miss (a cookie banner, a teaser, one
 * block of a page Readability could not read) and the whole page text is used instead, for the text rules to
 * sort out.
 */
const MIN_MAIN_SHARE = 0.1;
/**
 * Readability's time grows much faster than the page with nesting depth (1,000 nested divs: 22 s; 4,000: over
 * 300 s) and with element count. Real news pages nest 20-60 deep and hold a few thousand elements; beyond these
 * caps the page is read by the block reader alone (whole-page text, boilerplate text rules after it), with a
 * warning. At the caps Readability takes well under a second.
 */
export const MAX_READABILITY_DEPTH = 200;
export const MAX_READABILITY_ELEMENTS = 30_000;

/** Why Readability is not run on a page of this shape, or null when it is. */
function tooLarge(shape: PageShape): string | null {
  if (shape.maxDepth > MAX_READABILITY_DEPTH)
    return `elements nest ${shape.maxDepth} deep (over ${MAX_READABILITY_DEPTH})`;
  if (shape.elements > MAX_READABILITY_ELEMENTS) return `${shape.elements} elements (over ${MAX_READABILITY_ELEMENTS})`;
  return null;
}

const NO_META = { title: null, byline: null, date: null, dateSource: null };
const NO_PAGE: HtmlExtract = {
  text: '',
  title: null,
  byline: null,
  date: null,
  dateSource: null,
  extractor: 'whole-page',
  messages: [],
};

/** Readability's result, or null with a warning when it fails on a malformed page (no <body>, a broken tree). */
function readOrNull(doc: DomDocument, messages: Message[]): ReturnType<typeof readArticle<Map<number, number>>> {
  try {
    return readArticle(doc, keptBlockChars);
  } catch (e) {
    messages.push(
      message(
        'ingest/html',
        'readability-failed',
        'warning',
        `Readability failed on this page (${e instanceof Error ? e.message : String(e)}); the whole page text is kept`,
      ),
    );
    return null;
  }
}

/** The page's date: what the HTML states, else Readability's `publishedTime` (it reads meta tags and JSON-LD). */
function pageDate(meta: PageMeta, readability: string | null): Pick<HtmlExtract, 'date' | 'dateSource'> {
  if (meta.date !== null) return { date: meta.date, dateSource: meta.dateSource };
  const date = toIsoDay(readability);
  return { date, dateSource: date === null ? null : 'html-meta' };
}

/**
 * HTML page -> text + metadata. The page is parsed once (linkedom); metadata (meta tags, JSON-LD, `<time>`)
 * and the page's blocks with their DOM features are read first, because Readability then rewrites the DOM to
 * find the main content. Readability's choice is a prior: the blocks it kept are traced back to the page's
 * blocks (html/kept.ts), and html/select.ts decides the article's blocks from it and the blocks' own features.
 * The boilerplate stage's text rules still run on the result.
 */
export function htmlToText(html: string): HtmlExtract {
  const doc = parseHtml(html);
  // Empty or comment-only input: linkedom builds no element at all, and nothing can be read from it.
  if (!doc.documentElement) return NO_PAGE;
  // The outermost <html> element. A fragment without one ("<p>...<div>...") has several top-level elements and
  // linkedom's documentElement is only the first: the whole document is walked then.
  const root: DomNode = doc.querySelectorAll('html')[0] ?? (doc as unknown as DomNode);
  const skip = tooLarge(pageShape(root));
  const meta = skip ? NO_META : readPageMeta(doc);
  const pageTitle = doc.title.replace(/\s+/g, ' ').trim() || null;
  const blocks = pageBlocks(root);
  const wholePage = blocksText(blocks);
  const messages = skip
    ? [
        message(
          'ingest/html',
          'readability-skipped',
          'warning',
          `page not read by Readability or for metadata: ${skip}; the whole page text is kept`,
        ),
      ]
    : [];
  const article = skip ? null : readOrNull(doc, messages);
  const shares = article?.content ? keptShares(blocks, article.content) : [];
  const main = skip ? '' : blocksText(selectBlocks(blocks, shares).flatMap((i) => blocks[i] ?? []));
  const useMain = main.length > 0 && main.length >= MIN_MAIN_SHARE * wholePage.length;
  return {
    text: useMain ? main : wholePage,
    title: meta.title ?? article?.title ?? pageTitle,
    byline: meta.byline ?? article?.byline ?? null,
    ...pageDate(meta, article?.publishedTime ?? null),
    extractor: useMain ? 'readability' : 'whole-page',
    messages,
  };
}
