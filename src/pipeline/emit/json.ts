import type { Doc } from '../../model/document';
import { compareSpans } from '../../model/span';
import { mentionRecord } from './mention-fields';
import type { ArticleRecord, MessageRecord } from './records';

/** Mentions sorted by offset (start, then end); equal spans keep the stage's order (a stable sort). */
const sorted = <T extends { start: number; end: number }>(list: readonly T[]): T[] => [...list].sort(compareSpans);

function messageRecord(m: Doc['messages'][number]): MessageRecord {
  const span = m.span ? { start: m.span.start, end: m.span.end } : null;
  return { severity: m.severity, ruleId: m.ruleId, source: m.source, message: m.message, span, ...(m.line !== undefined ? { line: m.line } : {}) };
}

/** The articles.jsonl record for one document: fixed key order, mentions sorted by offset. */
export function articleRecord(doc: Doc): ArticleRecord {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    published: doc.reference?.date ?? null,
    publishedSource: doc.reference?.source ?? null,
    publishedConfidence: doc.reference?.confidence ?? null,
    format: doc.format,
    text: doc.text,
    body: doc.body.map((s) => ({ start: s.start, end: s.end })),
    removed: doc.removed.map((s) => ({ start: s.start, end: s.end, reason: s.reason })),
    people: sorted(doc.people).map((m) => mentionRecord(m)),
    places: sorted(doc.places).map((m) => mentionRecord(m)),
    organizations: sorted(doc.organizations).map((m) => mentionRecord(m)),
    dates: sorted(doc.dates).map((m) => mentionRecord(m)),
    quotes: sorted(doc.quotes).map((m) => mentionRecord(m)),
    money: sorted(doc.money).map((m) => mentionRecord(m)),
    entities: doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, roles: [...e.roles], mentions: e.mentions })),
    messages: doc.messages.map(messageRecord),
  };
}

/** One articles.jsonl line (without the newline). */
export function articleJsonLine(doc: Doc): string {
  return JSON.stringify(articleRecord(doc));
}
