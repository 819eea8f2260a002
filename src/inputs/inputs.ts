import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes } from '../pipeline/ingest/decode';
import type { InputItem } from './input-item';
import type { JsonlOptions } from './jsonl';
import { fileLines, inputError, lineItem } from './jsonl';

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
}

const TEXT_EXT = new Set(['.txt', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function jsonlOptions(o: InputOptions): JsonlOptions {
  return { idField: o.idField, textField: o.textField, maxArticleBytes: o.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES };
}

/** Files under a directory, recursively, sorted by path so the order never depends on the file system. */
export async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** A JSONL file, one line at a time, so memory does not grow with the file or with one huge line. */
async function* jsonlFileItems(file: string, rel: string, seen: Set<string>, o: JsonlOptions): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    for await (const line of fileLines(file, o.maxArticleBytes)) {
      lineNo = line.lineNo;
      const item = lineItem(line, rel, seen, o);
      if (item) yield item;
    }
  } catch (e) {
    yield inputError(rel, lineNo || null, 'E_READ', `cannot read (${reasonOf(e)})`);
  }
}

/** The id of a file article: its path relative to the input root, without extension, with forward slashes. */
function fileId(rel: string): string {
  return rel.slice(0, rel.length - path.extname(rel).length).split(path.sep).join('/');
}

/** Reads a file's bytes unless it is over the size limit. */
async function readLimited(file: string, rel: string, max: number): Promise<Buffer | InputItem> {
  try {
    const { size } = await fs.stat(file);
    if (size > max) return inputError(rel, null, 'E_TOO_LARGE', `${size} bytes, over the --max-article-bytes limit of ${max}; skipped`);
    return await fs.readFile(file);
  } catch (e) {
    return inputError(rel, null, 'E_READ', `cannot read (${reasonOf(e)})`);
  }
}

/** An HTML file: decoded here (BOM, UTF-8, `<meta charset>`, detection) since ingest takes HTML as a string. */
function htmlItem(bytes: Uint8Array, id: string, rel: string): InputItem {
  const d = decodeBytes(bytes, { html: true });
  const fatal = d.messages.find((m) => m.severity === 'fatal');
  if (fatal) return inputError(rel, null, fatal.ruleId, fatal.message);
  return { kind: 'article', raw: { id, source: rel, html: d.text } };
}

async function* fileItems(file: string, root: string, seen: Set<string>, o: JsonlOptions): AsyncGenerator<InputItem> {
  const rel = path.relative(root, file) || path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* jsonlFileItems(file, rel, seen, o);
    return;
  }
  const bytes = await readLimited(file, rel, o.maxArticleBytes);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  const id = fileId(rel);
  if (seen.has(id)) {
    yield inputError(rel, null, 'E_DUPLICATE_ID', `duplicate id ${JSON.stringify(id)}; the first input with this id was kept`);
    return;
  }
  seen.add(id);
  // text files are decoded by the ingest stage (in the worker), which keeps decoding warnings on the article
  if (HTML_EXT.has(ext)) yield htmlItem(new Uint8Array(bytes), id, rel);
  else yield { kind: 'article', raw: { id, source: rel, bytes: new Uint8Array(bytes) } };
}

/**
 * True when the inputs are one article: a single text or HTML file (not JSONL, not a directory, not stdin). A worker
 * thread would only add its own start-up to that one article's time.
 */
export async function isSingleArticle(inputs: readonly string[]): Promise<boolean> {
  const [only] = inputs;
  if (inputs.length !== 1 || only === undefined || only === '-' || JSONL_EXT.has(path.extname(only).toLowerCase())) return false;
  const st = await fs.stat(only).catch(() => null);
  return st?.isFile() === true;
}

/** True for files a directory walk picks up (text, HTML, JSONL); explicitly named files are always read. */
export function isInputFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext);
}

/** stdin: JSONL when it starts with "{", else one text article. */
function stdinItems(content: string, seen: Set<string>, o: JsonlOptions): InputItem[] {
  const body = content.replace(/^\uFEFF/, '');
  if (body.trimStart()[0] !== '{') {
    const bytes = Buffer.byteLength(body);
    if (bytes > o.maxArticleBytes) return [inputError('stdin', null, 'E_TOO_LARGE', `${bytes} bytes, over the --max-article-bytes limit of ${o.maxArticleBytes}; skipped`)];
    return [{ kind: 'article', raw: { id: 'stdin', source: 'stdin', text: body } }];
  }
  const out: InputItem[] = [];
  body.split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    const item = lineItem({ lineNo: i + 1, text, bytes: Buffer.byteLength(text) }, 'stdin', seen, o);
    if (item) out.push(item);
  });
  return out;
}

/**
 * Reads every input: `-` (stdin, JSONL when it parses as such, else one text article), files, and directories
 * (recursively, sorted). Items are yielded one at a time (JSONL files are streamed line by line) so a run's memory
 * does not grow with the number of articles. Problems become error items naming the file (and line) and the
 * reason; nothing throws for a bad input. Files and records over `maxArticleBytes` are rejected unread.
 */
export async function* readInputs(inputs: readonly string[], options: InputOptions, stdin: () => Promise<string>): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  const o = jsonlOptions(options);
  for (const input of inputs) {
    if (input === '-') {
      yield* stdinItems(await stdin(), seen, o);
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
      for (const f of (await walk(input)).filter(isInputFile)) yield* fileItems(f, input, seen, o);
    } else yield* fileItems(input, path.dirname(input), seen, o);
  }
}
