import { ARTICLE_SCRIPT } from './assets';
import { escapeHtml, safeHref } from './escape';
import { articleLayers, mentionId } from './layers';
import { page } from './page';
import type { MentionType, ReviewArticle, ReviewEntity } from './record';
import { MENTION_LISTS } from './record';
import type { RenderStats } from './render-text';
import { renderLayers } from './render-text';

/** Where an article page sits in the run: its number and its neighbours' page names. */
export interface PagePlace {
  readonly number: number;
  readonly total: number | null;
  readonly prev: string | null;
  readonly next: string | null;
}

/** The file name of article number n (1-based): six digits or more, never derived from the article's id. */
export function pageName(n: number): string {
  return String(n).padStart(6, '0');
}

function legend(article: ReviewArticle): string {
  const items = MENTION_LISTS.map(
    ({ type }) => `<span class="l-${type}">${type} ${article.mentions[type].length}</span>`,
  );
  return `<p class="legend" aria-label="mention types and counts">${items.join('')}<span class="l-removed">removed boilerplate</span></p>`;
}

const ENTITY_TYPES: Readonly<Record<string, MentionType>> = {
  person: 'person',
  place: 'place',
  organization: 'organization',
};

/** The first mention of an entity, as a link target, found through the `entity` field of its mentions. */
function firstMention(article: ReviewArticle, e: ReviewEntity): string | null {
  const type = ENTITY_TYPES[e.type];
  if (type === undefined) return null;
  const m = article.mentions[type].find((x) => x.fields.entity === e.id);
  return m ? mentionId(type, m.start, m.end) : null;
}

function entityTable(article: ReviewArticle): string {
  if (!article.entities.length) return '<p>No entities.</p>';
  const rows = article.entities.map((e) => {
    const first = firstMention(article, e);
    const name = first ? `<a href="#${first}">${escapeHtml(e.name)}</a>` : escapeHtml(e.name);
    return `<tr><td>${escapeHtml(e.type)}</td><td>${name}</td><td>${escapeHtml(e.roles.join(', '))}</td><td class="n">${e.mentions}</td></tr>`;
  });
  return `<table><thead><tr><th>type</th><th>name</th><th>roles</th><th class="n" title="mentions in the article">n</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function nav(place: PagePlace): string {
  const prev = place.prev ? `<a href="${place.prev}.html" rel="prev">&larr; previous</a>` : '';
  const next = place.next ? `<a href="${place.next}.html" rel="next">next &rarr;</a>` : '';
  const of = place.total !== null ? ` of ${place.total}` : '';
  return `<nav aria-label="articles"><a href="../index.html">index</a>${prev}${next}<span class="meta">article ${place.number}${of}</span></nav>`;
}

function header(article: ReviewArticle, place: PagePlace): string {
  const href = safeHref(article.url);
  const url =
    article.url === null
      ? ''
      : href
        ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(article.url)}</a>`
        : escapeHtml(article.url);
  const meta = [
    `id ${escapeHtml(article.id)}`,
    article.published ? `published ${escapeHtml(article.published)}` : 'no published date',
    url,
  ].filter(Boolean);
  return `<header>${nav(place)}<h1>${escapeHtml(article.title ?? article.id)}</h1><p class="meta">${meta.join(' · ')}</p>${legend(article)}</header>`;
}

/** The whole HTML page of one article. */
export function articlePage(article: ReviewArticle, place: PagePlace, stats?: RenderStats): string {
  const text = renderLayers(article.text, articleLayers(article), stats);
  const messages = article.messages.length
    ? `<h2>Messages</h2><ul class="messages">${article.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`
    : '';
  const body = `${header(article, place)}
<main class="layout"><article class="text" aria-label="article text">${text}</article>
<aside class="side"><h2>Entities</h2>${entityTable(article)}${messages}</aside></main>
<div id="tip" role="tooltip" hidden></div>`;
  return page(`${article.title ?? article.id} · news-extract review`, body, ARTICLE_SCRIPT);
}
