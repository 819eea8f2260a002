import { createHash } from 'node:crypto';
import type { RawArticle } from '../model/document';
import { CSV_TYPES, csvRows } from '../contract';
import type { CsvType } from '../contract';
import { csvText } from '../pipeline/emit/csv';
import { articleJsonLine } from '../pipeline/emit/json';
import type { Pipeline } from '../pipeline/pipeline';
import type { StageTimer } from '../pipeline/stage';
import type { InputError } from '../inputs/input-item';
import { encodeRecord } from './record';
import { MENTION_TYPES } from './types';
import type { ArticleResult, BatchArticle, Finished, MentionType, ResultFormat, SortKey, StageTimes } from './types';

export { MENTION_TYPES } from './types';
export type { ArticleResult, BatchArticle, Finished, MentionType, ResultFormat, SortKey, StageTimes } from './types';

/** A timer that adds each stage's time into `into`. */
export function accumulatingTimer(into: StageTimes): StageTimer {
  return (stage, ms) => {
    into[stage] = (into[stage] ?? 0) + ms;
  };
}

/** `file.jsonl:12` -> path and line; a file source has no line. */
export function sourcePosition(source: string): { path: string; line: number | null } {
  const m = /^(.*):(\d+)$/.exec(source);
  return m?.[1] !== undefined && m[2] !== undefined ? { path: m[1], line: Number(m[2]) } : { path: source, line: null };
}

/** Errors for an article's fatal messages, one per message, in the errors.jsonl shape. */
function fatalErrors(
  source: string,
  messages: readonly { severity: string; ruleId: string; message: string; line?: number }[],
): InputError[] {
  const at = sourcePosition(source);
  return messages
    .filter((m) => m.severity === 'fatal')
    .map((m) => ({ path: at.path, line: m.line ?? at.line, code: m.ruleId, message: `${source}: ${m.message}` }));
}

/** Runs the pipeline over one article and formats everything the writer needs. Never throws for a bad article. */
export function processArticle(
  pipeline: Pipeline,
  task: BatchArticle,
  format: ResultFormat,
  timer?: StageTimer,
): ArticleResult {
  const doc = pipeline.run(task.raw, timer);
  const csv = {} as Record<CsvType, string>;
  for (const type of CSV_TYPES) csv[type] = csvText(csvRows(doc, type), format);
  const mentions = {} as Record<MentionType, number>;
  for (const type of MENTION_TYPES) mentions[type] = doc[type].length;
  return {
    id: doc.id,
    source: doc.source,
    order: task.order,
    digest: task.digest,
    article: articleJsonLine(doc),
    csv,
    errors: fatalErrors(doc.source, doc.messages),
    mentions,
    warnings: doc.messages.filter((m) => m.severity === 'warning').length,
  };
}

/**
 * A result for an article whose worker died (out of memory, stack overflow) or ran out of time: reported, the batch
 * goes on.
 */
export function crashedResult(task: BatchArticle, code: string, why: string): ArticleResult {
  const { raw } = task;
  const csv = {} as Record<CsvType, string>;
  for (const type of CSV_TYPES) csv[type] = '';
  const mentions = {} as Record<MentionType, number>;
  for (const type of MENTION_TYPES) mentions[type] = 0;
  const error: InputError = {
    ...sourcePosition(raw.source),
    code,
    message: `${raw.source}: ${why}; the article was skipped`,
  };
  return {
    id: raw.id,
    source: raw.source,
    order: task.order,
    digest: task.digest,
    article: '',
    csv,
    errors: [error],
    mentions,
    warnings: 0,
  };
}

/** Encodes a result for the run state. */
export function finished(result: ArticleResult): Finished {
  return {
    id: result.id,
    source: result.source,
    order: result.order,
    errors: result.errors,
    record: encodeRecord(result),
  };
}

/**
 * Sort order of articles in every output file: by id (UTF-16 code unit order, locale-independent), then by where
 * the input sits (absolute path, line), then source. The first of an id is the one kept (see writeOutputs).
 */
export function compareResults(a: SortKey, b: SortKey): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** The digest of an article's content (bytes or text, HTML and the fields that change the output). */
export function articleDigest(raw: RawArticle): string {
  const h = createHash('sha256');
  if (raw.bytes) h.update(raw.bytes);
  h.update(
    JSON.stringify([
      raw.id,
      raw.format ?? null,
      raw.text ?? null,
      raw.html ?? null,
      raw.published ?? null,
      raw.title ?? null,
      raw.url ?? null,
    ]),
  );
  return h.digest('hex').slice(0, 32);
}
