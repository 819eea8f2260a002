import { INDEX_SCRIPT, TYPE_COLOURS } from './assets';
import { escapeHtml } from './escape';
import { page } from './page';
import { MENTION_LISTS } from './record';
import type { RunSummary } from './summary';
import { TOP_N } from './summary';

/** The columns of the index table; counts follow in MENTION_LISTS order. */
const COLUMNS = ['#', 'id', 'title', 'published', ...MENTION_LISTS.map((l) => l.key)];

/** A horizontal bar chart of mentions per type, as inline SVG (no script, no external image). */
function chart(summary: RunSummary): string {
  const max = Math.max(1, ...MENTION_LISTS.map(({ type }) => summary.mentions[type]));
  const bars = MENTION_LISTS.map(({ type }, i) => {
    const n = summary.mentions[type];
    const w = Math.round((n / max) * 200);
    const y = i * 22;
    return `<text x="0" y="${y + 14}">${type}</text><rect x="90" y="${y + 3}" width="${w}" height="15" fill="${TYPE_COLOURS[type]}"></rect><text x="${96 + w}" y="${y + 14}">${n}</text>`;
  });
  return `<svg class="chart" role="img" aria-label="mentions per type" width="360" height="${MENTION_LISTS.length * 22}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

function topList(title: string, rows: [string, number][], pruned: boolean): string {
  const items = rows.map(([name, n]) => `<li>${escapeHtml(name)} <span class="meta">(${n})</span></li>`).join('');
  const note = pruned ? '<p class="meta">approximate: very many distinct names</p>' : '';
  return `<section><h2>${title}</h2>${items ? `<ol>${items}</ol>` : '<p class="meta">none</p>'}${note}</section>`;
}

/** A marker no escaped text can contain, where the row data is streamed in. */
const ROWS_MARK = '\u0000ROWS\u0000';

/**
 * The index page split around its row data: the head (title, summary, the empty table the script fills, the opening
 * of the JSON data block) and the tail, so the rows can be streamed in from disk between them.
 */
export function indexParts(summary: RunSummary, source: string): { head: string; tail: string } {
  const n = summary.names;
  const summaryHtml = `<div class="summary"><section><h2>Mentions per type</h2>${chart(summary)}</section>
${topList('Most mentioned people', n.person.top(TOP_N), n.person.pruned)}
${topList('Most mentioned places', n.place.top(TOP_N), n.place.pruned)}
${topList('Most mentioned organizations', n.organization.top(TOP_N), n.organization.pruned)}
${topList('Most quoted speakers', n.speaker.top(TOP_N), n.speaker.pruned)}</div>`;
  const heads = COLUMNS.map(
    (c, i) => `<th${i >= 4 || i === 0 ? ' class="n"' : ''}><button type="button" data-key="${i}">${c}</button></th>`,
  ).join('');
  const body = `<header><h1>news-extract review</h1><p class="meta">${summary.articles} articles from ${escapeHtml(source)}</p></header>
<main>${summaryHtml}
<div class="controls"><label>filter <input id="filter" type="search" placeholder="id, title or date"></label>
<button type="button" id="prev">&larr; previous page</button><button type="button" id="next">next page &rarr;</button><span id="pageinfo" class="meta" aria-live="polite"></span></div>
<table><thead><tr>${heads}</tr></thead><tbody id="tbody"></tbody></table></main>
<script type="application/json" id="rows">${ROWS_MARK}</script>`;
  const whole = page('news-extract review', body, INDEX_SCRIPT);
  const at = whole.indexOf(ROWS_MARK);
  return { head: whole.slice(0, at), tail: whole.slice(at + ROWS_MARK.length) };
}
