import type { Doc } from '../../model/document';
import type { Mention } from '../../model/mentions';
import { compareSpans } from '../../model/span';
import { mentionRecord } from './mention-fields';

function sorted<T extends Mention>(list: readonly T[]): Record<string, unknown>[] {
  return [...list].sort(compareSpans).map(mentionRecord);
}

/** The articles.jsonl record for one document: fixed key order, mentions sorted by offset. */
export function articleRecord(doc: Doc): Record<string, unknown> {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    published: doc.reference?.date ?? null,
    publishedSource: doc.reference?.source ?? null,
    format: doc.format,
    text: doc.text,
    body: doc.body.map((s) => ({ start: s.start, end: s.end })),
    removed: doc.removed.map((s) => ({ start: s.start, end: s.end, reason: s.reason })),
    people: sorted(doc.people),
    places: sorted(doc.places),
    dates: sorted(doc.dates),
    quotes: sorted(doc.quotes),
    money: sorted(doc.money),
    entities: doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, roles: e.roles, mentions: e.mentions })),
    messages: doc.messages.map((m) => ({ severity: m.severity, ruleId: m.ruleId, source: m.source, message: m.message, span: m.span, ...(m.line !== undefined ? { line: m.line } : {}) })),
  };
}

/** One articles.jsonl line (without the newline). */
export function articleJsonLine(doc: Doc): string {
  return JSON.stringify(articleRecord(doc));
}
