/**
 * The run-file record: how one finished article is stored in the run state. A small JSON header line (sort key,
 * errors, counts and the byte length of each payload part) is followed by the payload bytes exactly as they go
 * into the output files (the articles.jsonl line with its newline, then each CSV's rows), then one newline:
 *
 *     {"id":"a1","source":"in.jsonl:1",...,"bytes":[1234,88,0,61,0,0,120]}\n<1234+88+61+120 payload bytes>\n
 *
 * Nothing in the payload is escaped, so writing a record is a UTF-8 encode (done once, where the article was
 * processed) and merging is copying byte ranges: the main thread never parses or re-encodes article text.
 */
import { CSV_TYPES } from '../contract';
import type { InputError } from '../inputs/input-item';
import type { ArticleResult, MentionType } from './types';

/** Payload parts of a record, in stored order: the articles.jsonl line (newline included), then each CSV's rows. */
export const RECORD_PARTS = ['article', ...CSV_TYPES] as const;
/** One payload part. */
export type RecordPart = (typeof RECORD_PARTS)[number];

const NEWLINE = 0x0a;

/** The header line of a record. */
export interface RecordHead {
  readonly id: string;
  readonly source: string;
  /** Where the input sits (sort key after the id: of two articles with one id the first is kept). */
  readonly order: string;
  /** Hash of the input content, checked by --resume. */
  readonly digest: string;
  readonly errors: readonly InputError[];
  readonly mentions: Readonly<Record<MentionType, number>>;
  readonly warnings: number;
  /** Byte length of each payload part, in RECORD_PARTS order; the article part is 0 for a skipped article. */
  readonly bytes: readonly number[];
}

/** A record read back from a run file. */
export interface RunRecord {
  readonly head: RecordHead;
  /** The whole record, header line through the final newline (copied unchanged when run files are merged). */
  readonly bytes: Buffer;
  /** Offset of the payload in `bytes` (just after the header's newline). */
  readonly payloadStart: number;
}

/**
 * Encodes a result as one record. The buffer owns its memory (never a slice of Node's shared pool), so a worker
 * can hand it to the main thread in a transfer list, without a copy.
 */
export function encodeRecord(result: ArticleResult): Buffer {
  const csv = CSV_TYPES.map((t) => result.csv[t]);
  // The article part is the articles.jsonl line plus its newline (none for a skipped article, whose line is empty).
  const articleSize = result.article === '' ? 0 : Buffer.byteLength(result.article, 'utf8') + 1;
  const sizes = [articleSize, ...csv.map((t) => Buffer.byteLength(t, 'utf8'))];
  const head: RecordHead = {
    id: result.id,
    source: result.source,
    order: result.order,
    digest: result.digest,
    errors: result.errors,
    mentions: result.mentions,
    warnings: result.warnings,
    bytes: sizes,
  };
  const headText = JSON.stringify(head);
  const headSize = Buffer.byteLength(headText, 'utf8');
  const out = Buffer.allocUnsafeSlow(headSize + 1 + sizes.reduce((s, n) => s + n, 0) + 1);
  let at = out.write(headText, 0, 'utf8');
  out[at++] = NEWLINE;
  if (articleSize > 0) {
    at += out.write(result.article, at, 'utf8');
    out[at++] = NEWLINE;
  }
  for (const t of csv) at += out.write(t, at, 'utf8');
  out[at] = NEWLINE;
  return out;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Parses and checks a header line; throws (naming `where`) on a header this version did not write. */
export function parseHead(text: string, where: string): RecordHead {
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch {
    head = null;
  }
  const h = head as Partial<RecordHead> | null;
  const ok =
    typeof h === 'object' &&
    h !== null &&
    typeof h.id === 'string' &&
    typeof h.source === 'string' &&
    Array.isArray(h.errors) &&
    isCount(h.warnings) &&
    typeof h.mentions === 'object' &&
    h.mentions !== null &&
    Object.values(h.mentions).every(isCount) &&
    Array.isArray(h.bytes) &&
    h.bytes.length === RECORD_PARTS.length &&
    h.bytes.every(isCount);
  if (!ok) throw new Error(`news-extract: ${where}: damaged run-state record; rerun without --resume to start over`);
  return head as RecordHead;
}

/** Total payload bytes a header announces. */
export function payloadSize(head: RecordHead): number {
  let n = 0;
  for (const b of head.bytes) n += b;
  return n;
}

/** Each payload part of a record by name, as views into its bytes (no copy). */
export function recordParts(record: RunRecord): Record<RecordPart, Buffer> {
  const parts = {} as Record<RecordPart, Buffer>;
  let at = record.payloadStart;
  RECORD_PARTS.forEach((name, i) => {
    const size = record.head.bytes[i] ?? 0;
    parts[name] = record.bytes.subarray(at, at + size);
    at += size;
  });
  return parts;
}
