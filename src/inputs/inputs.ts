import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { InputItem } from './input-item';
import { orderKey } from './input-item';
import type { JsonlOptions } from './jsonl';
import { fileLines, inputError, lineItem } from './jsonl';
import { DEFAULT_FIFO_TIMEOUT_MS, readFifo } from './special';
import { realDir, walk } from './walk';

/**
 * Default for `--max-article-bytes`: 10 MiB. A news article is rarely over 100 KB; a file or JSONL record above
 * the limit is a data error (a dump, a log, a binary blob) and is rejected with a message naming the limit
 * instead of being read into memory.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** How input files are read. */
export interface InputOptions {
  /** JSONL field holding the article id (a dotted path such as `meta.id` reaches into nested objects). */
  readonly idField: string;
  /** JSONL field holding the article text (dotted paths as for idField). */
  readonly textField: string;
  /** Largest file or JSONL record (in bytes) read as one article; default DEFAULT_MAX_ARTICLE_BYTES. */
  readonly maxArticleBytes?: number;
  /** Directories never read as input (the run's --out folder). */
  readonly exclude?: readonly string[];
  /** How long a named pipe given on the command line may stay silent (default DEFAULT_FIFO_TIMEOUT_MS). */
  readonly fifoTimeoutMs?: number;
}

const TEXT_EXT = new Set(['.txt', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function jsonlOptions(o: InputOptions): JsonlOptions {
  return {
    idField: o.idField,
    textField: o.textField,
    maxArticleBytes: o.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
  };
}

/** A JSONL file, one line at a time, so memory does not grow with the file or with one huge line. */
async function* jsonlFileItems(file: string, rel: string, o: JsonlOptions): AsyncGenerator<InputItem> {
  let lineNo = 0;
  const at = path.resolve(file);
  try {
    for await (const line of fileLines(file, o.maxArticleBytes)) {
      lineNo = line.lineNo;
      const item = lineItem(line, rel, at, o);
      if (item) yield item;
    }
  } catch (e) {
    yield inputError(rel, lineNo || null, 'E_READ', `cannot read (${reasonOf(e)})`);
  }
}

/** The id of a file article: its path relative to the input root, without extension, with forward slashes. */
function fileId(rel: string): string {
  return rel
    .slice(0, rel.length - path.extname(rel).length)
    .split(path.sep)
    .join('/');
}

/** Reads a file's bytes unless it is over the size limit; a named pipe is read with a time limit. */
async function readLimited(file: string, rel: string, max: number, fifoTimeoutMs: number): Promise<Buffer | InputItem> {
  try {
    const st = await fs.stat(file);
    if (st.isFIFO()) return await readFifo(file, max, fifoTimeoutMs);
    if (!st.isFile()) return inputError(rel, null, 'E_READ', 'not a regular file; skipped');
    if (st.size > max)
      return inputError(
        rel,
        null,
        'E_TOO_LARGE',
        `${st.size} bytes, over the --max-article-bytes limit of ${max}; skipped`,
      );
    return await fs.readFile(file);
  } catch (e) {
    return inputError(rel, null, 'E_READ', `cannot read (${reasonOf(e)})`);
  }
}

async function* fileItems(file: string, root: string, o: JsonlOptions, fifoMs: number): AsyncGenerator<InputItem> {
  const rel = path.relative(root, file) || path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* jsonlFileItems(file, rel, o);
    return;
  }
  const bytes = await readLimited(file, rel, o.maxArticleBytes, fifoMs);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  const id = fileId(rel);
  // decoded by the ingest stage (in the worker), which keeps decoding messages on the article
  const raw = {
    id,
    source: rel,
    bytes: new Uint8Array(bytes),
    format: HTML_EXT.has(ext) ? ('html' as const) : ('text' as const),
  };
  yield { kind: 'article', raw, order: orderKey(path.resolve(file), 0) };
}

/**
 * True when the inputs are one article: a single text or HTML file (not JSONL, not a directory, not stdin). A worker
 * thread would only add its own start-up to that one article's time.
 */
export async function isSingleArticle(inputs: readonly string[]): Promise<boolean> {
  const [only] = inputs;
  if (inputs.length !== 1 || only === undefined || only === '-' || JSONL_EXT.has(path.extname(only).toLowerCase()))
    return false;
  const st = await fs.stat(only).catch(() => null);
  return st?.isFile() === true;
}

/** True for files a directory walk picks up (text, HTML, JSONL); explicitly named files are always read. */
export function isInputFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext);
}

/** First byte after a UTF-8 BOM and whitespace. */
function firstByte(bytes: Buffer): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i];
}

/**
 * stdin: JSONL (UTF-8) when its first character is "{", else one article given as bytes, decoded by ingest like a
 * file (BOM, UTF-16, legacy encodings, binary detection, with their messages).
 */
function stdinItems(bytes: Buffer, o: JsonlOptions): InputItem[] {
  if (firstByte(bytes) !== 0x7b) {
    if (bytes.length > o.maxArticleBytes)
      return [
        inputError(
          'stdin',
          null,
          'E_TOO_LARGE',
          `${bytes.length} bytes, over the --max-article-bytes limit of ${o.maxArticleBytes}; skipped`,
        ),
      ];
    return [
      {
        kind: 'article',
        raw: { id: 'stdin', source: 'stdin', bytes: new Uint8Array(bytes) },
        order: orderKey('stdin', 0),
      },
    ];
  }
  const out: InputItem[] = [];
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      const item = lineItem({ lineNo: i + 1, text, bytes: Buffer.byteLength(text) }, 'stdin', 'stdin', o);
      if (item) out.push(item);
    });
  return out;
}

/** Items of a directory input: its files, and one error item per path the walk could not take. */
async function* dirItems(
  dir: string,
  o: JsonlOptions,
  exclude: ReadonlySet<string>,
  fifoMs: number,
): AsyncGenerator<InputItem> {
  for (const entry of await walk(dir, { wanted: isInputFile, exclude })) {
    if (entry.kind === 'file') yield* fileItems(entry.path, dir, o, fifoMs);
    else yield inputError(path.relative(dir, entry.path) || entry.path, null, 'E_READ', entry.reason);
  }
}

/**
 * Reads every input: `-` (stdin, JSONL when it parses as such, else one text article), files, and directories
 * (recursively, sorted; symbolic links followed, the `exclude` folders passed over). Items are yielded one at a time
 * (JSONL files are streamed line by line) so a run's memory
 * does not grow with the number of articles. Problems become error items naming the file (and line) and the
 * reason; nothing throws for a bad input. Files and records over `maxArticleBytes` are rejected unread.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: InputOptions,
  stdin: () => Promise<Buffer>,
): AsyncGenerator<InputItem> {
  const o = jsonlOptions(options);
  const fifoMs = options.fifoTimeoutMs ?? DEFAULT_FIFO_TIMEOUT_MS;
  const exclude = new Set<string>();
  for (const d of options.exclude ?? []) {
    const real = await realDir(d);
    if (real !== null) exclude.add(real);
  }
  for (const input of inputs) {
    if (input === '-') {
      yield* stdinItems(await stdin(), o);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      yield inputError(input, null, 'E_NOT_FOUND', 'no such file or directory');
      continue;
    }
    if (stat.isDirectory()) {
      yield* dirItems(input, o, exclude, fifoMs);
    } else yield* fileItems(input, path.dirname(input), o, fifoMs);
  }
}
