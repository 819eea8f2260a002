import type { DomElement } from '../../../adapters/dom';

/** Landmark bits: the kinds of ancestor a block can sit in (tag or ARIA role). */
export const IN_NAV = 1;
/** Inside `<footer>` or role=contentinfo. */
export const IN_FOOTER = 2;
/** Inside `<aside>` or role=complementary. */
export const IN_ASIDE = 4;
/** Inside `<header>` or role=banner. */
export const IN_HEADER = 8;
/** Inside `<form>`. */
export const IN_FORM = 16;
/** Inside a list item. */
export const IN_LIST = 32;
/** Inside `<figure>` / `<figcaption>`. */
export const IN_FIGURE = 64;
/** Inside `<article>`, `<main>` or role=main / role=article. */
export const IN_ARTICLE = 128;

const TAG_LANDMARK: Readonly<Record<string, number>> = {
  NAV: IN_NAV,
  FOOTER: IN_FOOTER,
  ASIDE: IN_ASIDE,
  HEADER: IN_HEADER,
  FORM: IN_FORM,
  LI: IN_LIST,
  DT: IN_LIST,
  DD: IN_LIST,
  FIGURE: IN_FIGURE,
  FIGCAPTION: IN_FIGURE,
  ARTICLE: IN_ARTICLE,
  MAIN: IN_ARTICLE,
};
const ROLE_LANDMARK: Readonly<Record<string, number>> = {
  navigation: IN_NAV,
  contentinfo: IN_FOOTER,
  complementary: IN_ASIDE,
  banner: IN_HEADER,
  main: IN_ARTICLE,
  article: IN_ARTICLE,
};

/**
 * Class and id words of page furniture (in the spirit of Readability's `unlikelyCandidates` and `negative`
 * patterns): a word must start a class/id token ("share-box", "sharedaddy", "post-comments"), so "shared" inside
 * "overshare" does not count. `ad`/`ads` and `tags` must be whole tokens (a "heading-tag-switch" class is no tag
 * list).
 */
const FURNITURE_WORDS =
  /(?:^|[^a-z])(comment|share|sharing|social|related|footer|nav|menu|sidebar|widget|breadcrumb|cookie|gdpr|consent|newsletter|subscri|signup|promo|advert|ads?(?![a-z])|banner|popup|modal|sponsor|recommend|tags(?![a-z])|tag-?(?:list|cloud|links)|byline|author|meta(?![a-z])|caption|credit|pagination|pager|masthead|outbrain|taboola|trending|popular|more-stories|login|search|toolbar|disclaimer|contributor|bio(?![a-z])|buy|donat|cta(?![a-z])|player|teaser)/;
/** Class and id words of the article's own container (Readability's `positive` pattern, trimmed). */
const CONTENT_WORDS = /(?:^|[^a-z])(article|content|entry|post|story|body|text|main|blog)/;

/** Where a block sits: landmarks around it, the nearest class/id verdict, and its ancestors for containment tests. */
export interface Context {
  /** OR of the IN_* bits of every ancestor. */
  readonly landmarks: number;
  /**
   * The nearest ancestor whose class/id names page furniture or content decides: furniture word, `content`, or null.
   */
  readonly classWord: string | null;
  /** True when the nearest class/id verdict is a furniture word. */
  readonly furnitureClass: boolean;
  /** Inside `<a>`. */
  readonly inLink: boolean;
  /** Innermost block-level tag (P, LI, H2, DIV ...), or BODY. */
  readonly blockTag: string;
  /** The element this context was entered for (null at the root) and the context around it. */
  readonly element: DomElement | null;
  readonly parent: Context | null;
}

/** The context at the walk's root. */
export const ROOT_CONTEXT: Context = {
  landmarks: 0,
  classWord: null,
  furnitureClass: false,
  inLink: false,
  blockTag: 'BODY',
  element: null,
  parent: null,
};

function landmarkOf(el: DomElement, tag: string): number {
  const role = el.getAttribute('role');
  return (TAG_LANDMARK[tag] ?? 0) | (role ? (ROLE_LANDMARK[role.trim().toLowerCase()] ?? 0) : 0);
}

/** The furniture word (or `content`) that the element's class and id name, else null. */
function classVerdict(el: DomElement): string | null {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return null;
  const bad = FURNITURE_WORDS.exec(names);
  if (bad?.[1]) return bad[1];
  return CONTENT_WORDS.test(names) ? 'content' : null;
}

/** The context inside `el`. `<body>` and `<html>` classes are page-wide labels and are not read. */
export function enterElement(ctx: Context, el: DomElement, tag: string, block: boolean): Context {
  const verdict = tag === 'BODY' || tag === 'HTML' ? null : classVerdict(el);
  return {
    landmarks: ctx.landmarks | landmarkOf(el, tag),
    classWord: verdict ?? ctx.classWord,
    furnitureClass: verdict !== null ? verdict !== 'content' : ctx.furnitureClass,
    inLink: ctx.inLink || tag === 'A',
    blockTag: block ? tag : ctx.blockTag,
    element: el,
    parent: ctx,
  };
}

/** True when `ctx` lies inside `el` (or is `el`'s own context). */
export function isInside(ctx: Context, el: DomElement): boolean {
  for (let c: Context | null = ctx; c; c = c.parent) if (c.element === el) return true;
  return false;
}
