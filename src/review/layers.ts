import { escapeHtml } from './escape';
import type { MentionType, ReviewArticle, ReviewMention } from './record';
import { MENTION_LISTS } from './record';
import type { Layer } from './render-text';
import { tipLines } from './tips';

/**
 * The marked spans of one article page: removed boilerplate (shaded, labelled with its reason), every mention as a
 * focusable element carrying data-type / data-start / data-end and its normalized value, and the speaker spans that
 * quotes link to.
 */

/** Rank per layer kind: boilerplate outermost, then quotes, then speaker spans, then names, dates and money. */
const RANK: Readonly<Record<MentionType | 'removed' | 'speaker', number>> = {
  removed: 0,
  quote: 1,
  speaker: 2,
  person: 3,
  organization: 3,
  place: 3,
  date: 4,
  money: 4,
};

/** The element id of a mention: its type and offsets, unique within a page. */
export function mentionId(type: MentionType, start: number, end: number): string {
  return `m-${type}-${start}-${end}`;
}

function speakerSpan(m: ReviewMention): { start: number; end: number; text: string } | null {
  const s = m.fields.speaker;
  if (typeof s !== 'object' || s === null || !('start' in s) || !('end' in s)) return null;
  const { start, end } = s;
  const text = 'text' in s && typeof s.text === 'string' ? s.text : '';
  return typeof start === 'number' && typeof end === 'number' && start < end ? { start, end, text } : null;
}

function mentionLayer(type: MentionType, m: ReviewMention, after?: string): Layer {
  const tip = escapeHtml(tipLines(type, m).join('\n'));
  const id = mentionId(type, m.start, m.end);
  const attrs = `class="m m-${type}" data-type="${type}" data-start="${m.start}" data-end="${m.end}" data-tip="${tip}"`;
  return {
    start: m.start,
    end: m.end,
    rank: RANK[type],
    // A continuation part is not a second mention: no id, not in the tab order, and marked so counts skip it.
    open: (cont) => (cont ? `<mark ${attrs} data-cont="1">` : `<mark ${attrs} id="${id}" tabindex="0">`),
    close: '</mark>',
    ...(after !== undefined ? { after } : {}),
  };
}

/** Where a quote's speaker link points: a person or organization mention with the same span, else the span itself. */
function speakerTarget(article: ReviewArticle, s: { start: number; end: number }): { id: string; isMention: boolean } {
  for (const type of ['person', 'organization'] as const) {
    if (article.mentions[type].some((m) => m.start === s.start && m.end === s.end))
      return { id: mentionId(type, s.start, s.end), isMention: true };
  }
  return { id: `s-${s.start}-${s.end}`, isMention: false };
}

function quoteLayers(article: ReviewArticle): Layer[] {
  const out: Layer[] = [];
  const speakerSpans = new Map<string, Layer>();
  for (const q of article.mentions.quote) {
    const s = speakerSpan(q);
    if (s === null) {
      out.push(mentionLayer('quote', q));
      continue;
    }
    const target = speakerTarget(article, s);
    const name = typeof q.fields.speakerName === 'string' ? q.fields.speakerName : s.text;
    const link = `<a class="to-speaker" href="#${target.id}" title="go to the speaker">&#8599;&#xFE0E; ${escapeHtml(name)}</a>`;
    out.push(mentionLayer('quote', q, link));
    if (!target.isMention && !speakerSpans.has(target.id)) {
      speakerSpans.set(target.id, {
        start: s.start,
        end: s.end,
        rank: RANK.speaker,
        open: (cont) => (cont ? '<span class="speaker">' : `<span class="speaker" id="${target.id}">`),
        close: '</span>',
      });
    }
  }
  return [...out, ...speakerSpans.values()];
}

/** Every layer of the article page. */
export function articleLayers(article: ReviewArticle): Layer[] {
  const layers: Layer[] = article.removed.map((r) => {
    const reason = escapeHtml(r.reason);
    return {
      start: r.start,
      end: r.end,
      rank: RANK.removed,
      open: () => `<span class="boiler" data-reason="${reason}" title="removed: ${reason}">`,
      close: '</span>',
    };
  });
  for (const { type } of MENTION_LISTS) {
    if (type !== 'quote') for (const m of article.mentions[type]) layers.push(mentionLayer(type, m));
  }
  return [...layers, ...quoteLayers(article)];
}
