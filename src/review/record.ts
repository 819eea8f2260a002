/**
 * The part of one articles.jsonl line the review reads, narrowed from `unknown` field by field: a line written by
 * another version (or by hand) with a missing or odd field still renders, with that field left out.
 */

/** One mention, whatever its type: the span and the fields the tooltip shows. */
export interface ReviewMention {
  readonly start: number;
  readonly end: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The mention lists a page shows, in the order of the legend. */
export const MENTION_LISTS = [
  { key: 'people', type: 'person' },
  { key: 'places', type: 'place' },
  { key: 'organizations', type: 'organization' },
  { key: 'dates', type: 'date' },
  { key: 'money', type: 'money' },
  { key: 'quotes', type: 'quote' },
] as const;

/** A mention type as written in `data-type`. */
export type MentionType = (typeof MENTION_LISTS)[number]['type'];

export interface ReviewEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly mentions: number;
}

export interface ReviewRemoved {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

/** One article as the review sees it. */
export interface ReviewArticle {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly text: string;
  readonly removed: readonly ReviewRemoved[];
  readonly mentions: Readonly<Record<MentionType, readonly ReviewMention[]>>;
  readonly entities: readonly ReviewEntity[];
  readonly messages: readonly string[];
}

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function list(v: unknown): readonly Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

/** A span that lies inside the text, or null (a span that does not is skipped, never clamped). */
function span(o: Obj, textLength: number): { start: number; end: number } | null {
  const { start, end } = o;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) return null;
  return { start, end };
}

function mentions(o: Obj, key: string, textLength: number): ReviewMention[] {
  const out: ReviewMention[] = [];
  for (const m of list(o[key])) {
    const s = span(m, textLength);
    if (s) out.push({ ...s, fields: m });
  }
  return out;
}

function entity(e: Obj): ReviewEntity {
  const roles = Array.isArray(e.roles) ? e.roles.filter((r): r is string => typeof r === 'string') : [];
  return {
    id: str(e.id) ?? '',
    type: str(e.type) ?? '',
    name: str(e.name) ?? '',
    roles,
    mentions: typeof e.mentions === 'number' ? e.mentions : 0,
  };
}

/** Narrows one parsed line; throws an Error naming what is missing when it is not an article at all. */
export function toReviewArticle(value: unknown): ReviewArticle {
  if (!isObj(value)) throw new Error('not a JSON object');
  const text = str(value.text);
  const id = str(value.id);
  if (text === null || id === null) throw new Error('no "id" or "text" string');
  const byType = {} as Record<MentionType, readonly ReviewMention[]>;
  for (const { key, type } of MENTION_LISTS) byType[type] = mentions(value, key, text.length);
  const removed: ReviewRemoved[] = [];
  for (const r of list(value.removed)) {
    const s = span(r, text.length);
    if (s) removed.push({ ...s, reason: str(r.reason) ?? 'removed' });
  }
  return {
    id,
    title: str(value.title),
    url: str(value.url),
    published: str(value.published),
    source: str(value.source),
    text,
    removed,
    mentions: byType,
    entities: list(value.entities).map(entity),
    messages: list(value.messages).map(
      (m) => `${str(m.severity) ?? 'info'} ${str(m.ruleId) ?? ''}: ${str(m.message) ?? ''}`,
    ),
  };
}
