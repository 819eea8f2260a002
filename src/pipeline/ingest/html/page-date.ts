// The page's own publication date as its HTML states it, with where it was stated. Order of trust: the story's
// JSON-LD `datePublished`, a publication meta tag, JSON-LD `dateCreated`, a `<time>` marked as the publication date
// or in the article header, an element whose class names a date; a modification date (meta or JSON-LD) only when
// nothing states the publication.
import type { DomDocument, DomElement } from '../../../adapters/dom';
import { attr } from '../../../adapters/dom';
import type { HtmlDateSource } from '../../../model/document';
import { toIsoDay } from './dates';
import type { JsonLdFacts } from './json-ld';
import { firstOf } from './meta-table';

/** A page date (YYYY-MM-DD) and where the page stated it. */
export interface PageDate {
  readonly date: string;
  readonly source: HtmlDateSource;
}

/** Meta tags (name, property or itemprop; content or value) that carry the publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datePublished',
  'publication_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'date',
  'cxenseparse:recs:publishtime',
  'article.published',
];
/** Meta tags that carry a later revision's date: read only when nothing gives the publication date. */
export const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified'];

/** Longest element text read as a date: longer is a paragraph that merely mentions one. */
const MAX_DATE_TEXT = 80;

function pick(list: ArrayLike<DomElement>): string | null {
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    const d = el ? toIsoDay(attr(el, 'datetime') ?? attr(el, 'content') ?? el.textContent) : null;
    if (d) return d;
  }
  return null;
}

/**
 * `<time datetime>`: the one marked as the publication date, else the first in the article's header or byline,
 * else the first in the article, else the first on the page.
 */
function timeElementDate(doc: DomDocument): string | null {
  return (
    pick(doc.querySelectorAll('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"]')) ??
    pick(
      doc.querySelectorAll('article header time[datetime], header time[datetime], [class*="byline"] time[datetime]'),
    ) ??
    pick(doc.querySelectorAll('article time[datetime], main time[datetime]')) ??
    pick(doc.querySelectorAll('time[datetime]'))
  );
}

/** Elements whose class or id names a publication date (`post-date`, `published`, `entry-date` ...). */
const DATE_CLASS_SELECTOR = [
  '[class*="publish"]',
  '[class*="post-date"]',
  '[class*="entry-date"]',
  '[class*="article-date"]',
  '[class*="date-header"]',
  '[class*="byline"]',
  '[class*="dateline"]',
  '[id*="publish"]',
  '[class*="date"]',
].join(', ');

/** The first date-named element whose datetime/title attribute or short text reads as a date. */
function classNamedDate(doc: DomDocument): string | null {
  const els = doc.querySelectorAll(DATE_CLASS_SELECTOR);
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (!el) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const d =
      toIsoDay(attr(el, 'datetime')) ??
      toIsoDay(attr(el, 'title')) ??
      (text.length <= MAX_DATE_TEXT ? toIsoDay(text) : null);
    if (d) return d;
  }
  return null;
}

/** The page's date by the order of trust above; null when the HTML states none. */
export function readPageDate(doc: DomDocument, table: Map<string, string>, ld: JsonLdFacts): PageDate | null {
  const metaDay = (keys: readonly string[]): string | null =>
    toIsoDay(firstOf(table, keys, (v) => toIsoDay(v) !== null));
  const steps: readonly [HtmlDateSource, () => string | null][] = [
    ['html-json-ld', () => toIsoDay(ld.datePublished)],
    ['html-meta', () => metaDay(PUBLISHED_META)],
    ['html-json-ld', () => toIsoDay(ld.dateCreated)],
    ['html-time', () => timeElementDate(doc)],
    ['html-element', () => classNamedDate(doc)],
    ['html-meta', () => metaDay(MODIFIED_META)],
    ['html-json-ld', () => toIsoDay(ld.dateModified)],
  ];
  for (const [source, read] of steps) {
    const date = read();
    if (date !== null) return { date, source };
  }
  return null;
}
