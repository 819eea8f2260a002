// The output contract: every output record defined once (field tables in mentions.ts and article.ts); types,
// JSON key order, CSV columns and JSON Schemas derive from the tables.
export { CSV_TYPES, CSV_COLUMNS, CSV_SPECS, csvRows } from './csv';
export type { CsvType, Cell, Column } from './csv';
export { articleRecord, mentionRecord } from './records';
export type {
  ArticleRecord,
  DateRecord,
  EntityRecord,
  ErrorRecord,
  MentionRecordBase,
  MessageRecord,
  MoneyRecord,
  PersonRecord,
  PlaceRecord,
  QuoteRecord,
  SpanRecord,
  TextSpanRecord,
} from './records';
export { articlesSchema, errorsSchema, csvSchema, schemaText, SCHEMA_BASE, SCHEMA_DIALECT } from './json-schema';
