/**
 * JSONL input: one article per line. A line is read as bytes with a size limit (a 5 GB line never reaches
 * memory), parsed, and checked: each problem (not JSON, not an object, a bad id, no text, a duplicate id, too
 * large) becomes an error item naming file:line and the reason, and the next line is read.
 */
import { createReadStream } from 'node:fs';
import type { RawArticle } from '../model/document';
import type { InputError, InputItem } from './input-item';
import { orderKey } from './input-item';
import { wellFormed } from '../pipeline/ingest/surrogates';

/** Field names and limits for JSONL records. */
export interface JsonlOptions {
  readonly idField: string;
  readonly textField: string;
  readonly maxArticleBytes: number;
}

/** An error item for `path` (and `line`), with the message prefixed by where it happened. */
export function inputError(path: string, line: number | null, code: string, reason: string): InputItem {
  const where = line === null ? path : `${path}:${line}`;
  return { kind: 'error', error: { path, line, code, message: `${where}: ${reason}` } satisfies InputError };
}

/** A field by name, or by a dotted path into nested objects ("meta.id") when no key has the whole name. */
export function fieldOf(rec: Record<string, unknown>, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(rec, name)) return rec[name];
  let cur: unknown = rec;
  for (const key of name.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The record's id: a string or a number as given, the file:line when absent, or an error reason. */
function idOf(rec: Record<string, unknown>, o: JsonlOptions, where: string): { id: string } | { reason: string } {
  const raw = fieldOf(rec, o.idField);
  if (raw === undefined || raw === null) return { id: where };
  // Lone surrogates become U+FFFD here, as ingest does for text, so the id is the same in every output file.
  if ((typeof raw === 'string' && raw.trim() !== '') || (typeof raw === 'number' && Number.isFinite(raw)))
    return { id: wellFormed(String(raw)) };
  return { reason: `the "${o.idField}" field must be a non-empty string or a number, found ${JSON.stringify(raw)}` };
}

/**
 * One JSONL line -> an article, an error naming file:line, or null for a blank line. `at`: the file's absolute path.
 */
export function jsonlItem(line: string, lineNo: number, rel: string, at: string, o: JsonlOptions): InputItem | null {
  if (line.trim() === '') return null;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return inputError(rel, lineNo, 'E_JSONL_PARSE', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec))
    return inputError(rel, lineNo, 'E_JSONL_RECORD', 'a record must be a JSON object');
  const r = rec as Record<string, unknown>;
  const id = idOf(r, o, `${rel}:${lineNo}`);
  if ('reason' in id) return inputError(rel, lineNo, 'E_BAD_ID', id.reason);
  const text = str(fieldOf(r, o.textField));
  const html = str(r['html']);
  if (text === undefined && html === undefined)
    return inputError(
      rel,
      lineNo,
      'E_NO_TEXT',
      `record ${JSON.stringify(id.id)} has no string "${o.textField}" (or "html") field`,
    );
  const raw: RawArticle = {
    id: id.id,
    source: `${rel}:${lineNo}`,
    ...(text !== undefined ? { text } : { html: html ?? '' }),
    published: str(r['published']) ?? null,
    title: str(r['title']) ?? null,
    url: str(r['url']) ?? null,
  };
  return { kind: 'article', raw, order: orderKey(at, lineNo) };
}

/** A line of a file: its text, or null when it is longer than the limit (only its size is known then). */
export interface Line {
  readonly lineNo: number;
  readonly text: string | null;
  readonly bytes: number;
}

/** Builds lines from chunks: keeps at most `max` bytes of the current line, counts the rest. */
class LineBuffer {
  private parts: Buffer[] = [];
  private size = 0;
  lineNo = 0;
  constructor(private readonly max: number) {}

  add(part: Buffer): void {
    this.size += part.length;
    if (this.size <= this.max) this.parts.push(part);
    else this.parts = [];
  }

  /** The finished line; `\r` before the newline and a BOM at the start of the file are not part of it. */
  take(): Line {
    this.lineNo++;
    const over = this.size > this.max;
    let text = over ? null : Buffer.concat(this.parts).toString('utf8');
    if (text !== null && this.lineNo === 1) text = text.replace(/^\uFEFF/, '');
    const line: Line = { lineNo: this.lineNo, text: text === null ? null : text.replace(/\r$/, ''), bytes: this.size };
    this.parts = [];
    this.size = 0;
    return line;
  }

  get pending(): boolean {
    return this.size > 0;
  }
}

/** Lines of a file split on \n (like an editor numbers them), streamed; a line over `max` bytes is not kept. */
export async function* fileLines(file: string, max: number): AsyncGenerator<Line> {
  const buf = new LineBuffer(max);
  for await (const chunk of createReadStream(file)) {
    const b = chunk as Buffer;
    let start = 0;
    for (let nl = b.indexOf(10, start); nl >= 0; nl = b.indexOf(10, start)) {
      buf.add(b.subarray(start, nl));
      yield buf.take();
      start = nl + 1;
    }
    if (start < b.length) buf.add(b.subarray(start));
  }
  if (buf.pending) yield buf.take();
}

/** A line (from a file or stdin) -> an item, or an E_TOO_LARGE error when it is over the limit. */
export function lineItem(line: Line, rel: string, at: string, o: JsonlOptions): InputItem | null {
  if (line.text === null || line.bytes > o.maxArticleBytes)
    return inputError(
      rel,
      line.lineNo,
      'E_TOO_LARGE',
      `the record is ${line.bytes} bytes, over the --max-article-bytes limit of ${o.maxArticleBytes}; skipped`,
    );
  return jsonlItem(line.text, line.lineNo, rel, at, o);
}
