import type { DomDocument } from '../../../adapters/dom';
import type { HtmlDateSource } from '../../../model/document';
import { readJsonLd } from './json-ld';
import { firstOf, metaTable } from './meta-table';
import { readPageDate } from './page-date';

/** The page's own statement of title, author and publication date, read before Readability touches the DOM. */
export interface PageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  /** YYYY-MM-DD. */
  readonly date: string | null;
  /** Where the HTML stated `date`. */
  readonly dateSource: HtmlDateSource | null;
}

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

const notUrl = (v: string): boolean => !/^https?:|^\/\/|^@/.test(v);

/** Title, byline and date from meta tags, JSON-LD and `<time>`; null where the page states nothing usable. */
export function readPageMeta(doc: DomDocument): PageMeta {
  const table = metaTable(doc);
  const ld = readJsonLd(doc);
  const date = readPageDate(doc, table, ld);
  const title = ld.headline ?? firstOf(table, TITLE_META);
  const byline = ld.author ?? firstOf(table, AUTHOR_META, notUrl);
  return { title: tidy(title), byline: tidy(byline), date: date?.date ?? null, dateSource: date?.source ?? null };
}

function tidy(s: string | null): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
