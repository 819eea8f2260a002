// What every mention record shares: its text span first, then the table's fields, then extra fields any stage
// set (in name order), then `rule`, the provenance `stage:rule`. Also the mention CSVs' four leading columns.
import type { Mention } from '../model/mentions';
import type { TextSpanRecord } from './common';
import { RULE, TEXT_SPAN } from './common';
import type { Column, Fields, RecordOf } from './fields';
import { columnsOf, field, objectSchema, plain, valueOf } from './fields';
import type { JsonSchema } from './shapes';
import { ref } from './shapes';

/** Fields every mention record has besides its table's: the span and the provenance. */
export interface MentionRecordBase extends TextSpanRecord {
  readonly rule: string;
  /** Extra fields stages add (e.g. money `decimal`, `currencyText`; date `mod`): extend, never rename. */
  readonly [extra: string]: unknown;
}

/** The record type of a mention table. */
export type MentionRecordOf<F> = MentionRecordBase & RecordOf<F>;

/** Model fields that are never written as such (`stage` and `rule` become the one `rule` field). */
const INTERNAL = ['kind', 'stage', 'rule', 'start', 'end', 'text'];

/** The first four columns of every mention CSV. */
function spanColumns<T extends Mention>(): Column<T>[] {
  return [
    {
      name: 'article_id',
      kind: 'text',
      nullable: false,
      description: 'The article id (as in articles.jsonl).',
      get: (_m, row) => row.articleId,
    },
    {
      name: 'start',
      kind: 'offset',
      nullable: false,
      description: 'Start offset: a JavaScript string (UTF-16) index into the article text.',
      get: (m) => m.start,
    },
    { name: 'end', kind: 'offset', nullable: false, description: 'End offset, exclusive.', get: (m) => m.end },
    {
      name: 'text',
      kind: 'text',
      nullable: false,
      description: 'The mention as written: text.slice(start, end).',
      get: (m) => m.text,
    },
  ];
}

/**
 * The sources `published` can have: the input, the page's HTML (JSON-LD, a meta tag, a `<time>` of the article
 * header, a date-named element), the URL, a dateline or date line of the text, the option.
 */
export const PUBLISHED_SOURCES = [
  'input',
  'html-json-ld',
  'html-meta',
  'html-time',
  'html-element',
  'url',
  'dateline',
  'option',
] as const;

/**
 * The two last columns of every mention CSV: the article's reference date and where it came from, so a
 * spreadsheet user can read a relative date without joining to articles.jsonl.
 */
function publishedColumns<T extends Mention>(): Column<T>[] {
  return [
    {
      name: 'published',
      kind: 'text',
      nullable: true,
      description: "The article's reference date (YYYY-MM-DD) its relative dates were resolved against.",
      get: (_m, row) => row.published?.date ?? null,
    },
    {
      name: 'published_source',
      kind: 'enum',
      nullable: true,
      description: 'Where published came from.',
      values: PUBLISHED_SOURCES,
      get: (_m, row) => row.published?.source ?? null,
    },
  ];
}

/** A mention kind's record: its JSON Schema definition, CSV columns and writer, all from one field table. */
export interface MentionContract<T extends Mention> {
  readonly fields: Fields<T>;
  readonly schema: JsonSchema;
  readonly columns: readonly Column<T>[];
  readonly write: (m: T) => Record<string, unknown>;
}

/** The contract of one mention kind from its field table. */
export function mentionContract<T extends Mention>(fields: Fields<T>): MentionContract<T> {
  const own = Object.entries(fields).filter(([, f]) => !f.optional);
  const consumed = new Set([...INTERNAL, ...own.map(([k, f]) => f.from ?? k)]);
  const write = (m: T): Record<string, unknown> => {
    const out: Record<string, unknown> = { start: m.start, end: m.end, text: m.text };
    for (const [k, f] of own) out[k] = valueOf(k, f, m);
    const model = m as unknown as Record<string, unknown>;
    for (const k of Object.keys(model)
      .filter((key) => !consumed.has(key))
      .sort())
      out[k] = plain(model[k]);
    out.rule = `${m.stage}:${m.rule}`;
    return out;
  };
  const withRule: Fields<never> = { ...(fields as Fields<never>), rule: field(ref('rule', RULE)) };
  const schema = objectSchema(withRule, { allOf: [ref('textSpan', TEXT_SPAN).schema] });
  const tableColumns = columnsOf(fields);
  const columns = [
    ...spanColumns<T>(),
    ...tableColumns.filter((c) => !c.appended),
    ...publishedColumns<T>(),
    ...tableColumns.filter((c) => c.appended),
  ];
  return { fields, schema, columns, write };
}
