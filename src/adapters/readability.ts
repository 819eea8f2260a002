import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom';

/** What Readability found on a page; `content` is whatever the caller's serializer made of the main node. */
export interface ReadabilityResult<T> {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedTime: string | null;
  readonly content: T | null;
}

/** Readability's character threshold: below this much text it retries with looser rules (its default, 500). */
const CHAR_THRESHOLD = 500;

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
