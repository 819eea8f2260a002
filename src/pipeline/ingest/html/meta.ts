import type { DomDocument, DomElement } from '../../../adapters/dom';
import { attr } from '../../../adapters/dom';
import { toIsoDay } from './dates';
import { readJsonLd } from './json-ld';

/** The page's own statement of title, author and publication date, read before Readability touches the DOM. */
export interface PageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  /** YYYY-MM-DD. */
  readonly date: string | null;
}

/** Meta tags (name, property or itemprop) that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datePublished',
  'publication_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'article.published',
  'og:updated_time',
  'article:modified_time',
];
/** Meta tags that carry the headline. */
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title'];
/** Meta tags that carry the author's name. */
const AUTHOR_META = [
  'author',
  'article:author',
  'dc.creator',
  'byl',
  'parsely-author',
  'sailthru.author',
  'twitter:creator',
];

/** Every meta tag's key (name, property, itemprop; lower-cased) with its content, in page order. */
function metaTable(doc: DomDocument): Map<string, string> {
  const table = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m ? (attr(m, 'content') ?? attr(m, 'value') ?? attr(m, 'datetime')) : null;
    if (!m || !content) continue;
    for (const k of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = attr(m, k)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

function firstOf(
  table: Map<string, string>,
  keys: readonly string[],
  ok: (v: string) => boolean = () => true,
): string | null {
  for (const k of keys) {
    const v = table.get(k.toLowerCase());
    if (v && ok(v)) return v;
  }
  return null;
}

/** `<time datetime>`: the one marked as the publication date if any, else the first on the page. */
function timeElementDate(doc: DomDocument): string | null {
  const marked = doc.querySelectorAll('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"]');
  const all = doc.querySelectorAll('time[datetime]');
  const pick = (list: ArrayLike<DomElement>): string | null => {
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      const d = el ? toIsoDay(attr(el, 'datetime') ?? attr(el, 'content') ?? el.textContent) : null;
      if (d) return d;
    }
    return null;
  };
  return pick(marked) ?? pick(all);
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

/** Last resort: the first date-named element whose title/datetime attribute or text reads as a date. */
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

/** Longest element text read as a date: longer is a paragraph that merely mentions one. */
const MAX_DATE_TEXT = 80;

const notUrl = (v: string): boolean => !/^https?:|^\/\/|^@/.test(v);

/** Title, byline and date from meta tags, JSON-LD and `<time>`; null where the page states nothing usable. */
export function readPageMeta(doc: DomDocument): PageMeta {
  const table = metaTable(doc);
  const ld = readJsonLd(doc);
  const date =
    toIsoDay(ld.datePublished) ??
    toIsoDay(firstOf(table, DATE_META, (v) => toIsoDay(v) !== null)) ??
    timeElementDate(doc) ??
    classNamedDate(doc);
  const title = ld.headline ?? firstOf(table, TITLE_META);
  const byline = ld.author ?? firstOf(table, AUTHOR_META, notUrl);
  return { title: tidy(title), byline: tidy(byline), date };
}

function tidy(s: string | null): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
