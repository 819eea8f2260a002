import type { DomDocument } from '../../../adapters/dom';

/** What the page's JSON-LD says about the article. */
export interface JsonLdFacts {
  readonly headline: string | null;
  readonly author: string | null;
  /** `datePublished` of the article object (a news or blog type before a generic page), raw. */
  readonly datePublished: string | null;
  readonly dateCreated: string | null;
  readonly dateModified: string | null;
}

/** How deep the JSON-LD walk goes: article facts sit in the top levels or an `@graph`; deeper is noise. */
const MAX_DEPTH = 6;

/** JSON-LD `@type`s that describe the page's own article (not a breadcrumb, organisation or image). */
const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|WebPage|CreativeWork|Recipe|Review/i;
/** Types that are the story itself (NewsArticle, ReportageNewsArticle, BlogPosting ...): read before a WebPage. */
const STORY_TYPE = /Article|Posting|Report/i;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstString(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v))
    for (const x of v) {
      const s = firstString(x);
      if (s) return s;
    }
  if (isObject(v)) return firstString(v['name']);
  return null;
}

function collect(v: Json, depth: number, out: { [k: string]: Json }[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) for (const x of v) collect(x, depth + 1, out);
  else if (isObject(v)) {
    const type = firstString(v['@type']);
    if (type && ARTICLE_TYPE.test(type)) out.push(v);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const inner = v[key];
      if (inner !== undefined) collect(inner, depth + 1, out);
    }
  }
}

/** Reads `script[type="application/ld+json"]` blocks; unparsable blocks are skipped (pages often ship broken ones). */
export function readJsonLd(doc: DomDocument): JsonLdFacts {
  const found: { [k: string]: Json }[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i]?.textContent ?? '') as Json, 0, found);
    } catch {
      continue;
    }
  }
  const story = (o: { [k: string]: Json }): boolean => STORY_TYPE.test(firstString(o['@type']) ?? '');
  // Stories first, then the other article-like objects, each group in page order.
  const ordered = [...found.filter(story), ...found.filter((o) => !story(o))];
  const pick = (key: string): string | null => {
    for (const o of ordered) {
      const s = firstString(o[key]);
      if (s) return s;
    }
    return null;
  };
  return {
    headline: pick('headline') ?? pick('name'),
    author: pick('author') ?? pick('creator'),
    datePublished: pick('datePublished'),
    dateCreated: pick('dateCreated'),
    dateModified: pick('dateModified'),
  };
}
