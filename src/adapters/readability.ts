import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom';

/** What Readability found on a page; `content` is whatever the caller's serializer made of the main node. */
export interface ReadabilityResult<T> {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedTime: string | null;
  readonly content: T | null;
}

/**
 * Readability's character threshold: below this much text it retries with looser rules and keeps the longest try.
 * Its default is 500; news teasers, short blog posts and product pages often yield a 500-1000 character first
 * try that is a promo box or one block of the article, so it retries up to 1000 (dev set: +0.004 found, same
 * absent; higher values start to pick whole sidebars).
 */
const CHAR_THRESHOLD = 1000;

/**
 * The only importer of @mozilla/readability. Runs it over an already-parsed page (Readability mutates the
 * document, so read anything else from the page first) and turns the main-content node into `T` with
 * `serialize`, so the page is never parsed a second time. Returns null when Readability finds no article.
 */
export function readArticle<T>(doc: DomDocument, serialize: (node: DomNode) => T): ReadabilityResult<T> | null {
  const reader = new Readability<T>(doc, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node: unknown) => serialize(node as DomNode),
  });
  const out = reader.parse();
  if (!out) return null;
  return {
    title: clean(out.title),
    byline: clean(out.byline),
    publishedTime: clean(out.publishedTime),
    content: out.content ?? null,
  };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
