import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { RawArticle } from '../model/document';
import type { InputError, InputItem } from './input-item';

/** How input files are read. */
export interface InputOptions {
  /** JSONL field holding the article id. */
  readonly idField: string;
  /** JSONL field holding the article text. */
  readonly textField: string;
}

const TEXT_EXT = new Set(['.txt', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

const error = (p: string, line: number | null, code: string, message: string): InputItem => ({ kind: 'error', error: { path: p, line, code, message } satisfies InputError });

/** Files under a directory, recursively, sorted by path so the order never depends on the file system. */
async function walk(dir: string): Promise<string[]> {
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

const strField = (rec: Record<string, unknown>, key: string): string | undefined => (typeof rec[key] === 'string' ? (rec[key] as string) : undefined);

/** One JSONL line -> an article or an error naming file:line. */
function jsonlItem(line: string, lineNo: number, rel: string, seen: Set<string>, options: InputOptions): InputItem | null {
  if (line.trim() === '') return null;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return error(rel, lineNo, 'E_JSONL_PARSE', `${rel}:${lineNo}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return error(rel, lineNo, 'E_JSONL_RECORD', `${rel}:${lineNo}: a record must be a JSON object`);
  const r = rec as Record<string, unknown>;
  const rawId = r[options.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${rel}:${lineNo}`;
  const text = strField(r, options.textField);
  const html = strField(r, 'html');
  if (text === undefined && html === undefined) return error(rel, lineNo, 'E_NO_TEXT', `${rel}:${lineNo}: record ${JSON.stringify(id)} has no string "${options.textField}" (or "html") field`);
  if (seen.has(id)) return error(rel, lineNo, 'E_DUPLICATE_ID', `${rel}:${lineNo}: duplicate id ${JSON.stringify(id)}; the first record with this id was kept`);
  seen.add(id);
  const raw: RawArticle = {
    id,
    source: `${rel}:${lineNo}`,
    ...(text !== undefined ? { text } : { html: html ?? '' }),
    published: strField(r, 'published') ?? null,
    title: strField(r, 'title') ?? null,
    url: strField(r, 'url') ?? null,
  };
  return { kind: 'article', raw };
}

function jsonlItems(content: string, rel: string, seen: Set<string>, options: InputOptions): InputItem[] {
  const out: InputItem[] = [];
  content.split('\n').forEach((line, i) => {
    const item = jsonlItem(line.replace(/\r$/, ''), i + 1, rel, seen, options);
    if (item) out.push(item);
  });
  return out;
}

/** The id of a file article: its path relative to the input root, without extension, with forward slashes. */
function fileId(rel: string): string {
  return rel.slice(0, rel.length - path.extname(rel).length).split(path.sep).join('/');
}

async function fileItems(file: string, root: string, seen: Set<string>, options: InputOptions): Promise<InputItem[]> {
  const rel = path.relative(root, file) || path.basename(file);
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return [error(rel, null, 'E_READ', `${rel}: cannot read (${e instanceof Error ? e.message : String(e)})`)];
  }
  if (JSONL_EXT.has(ext)) return jsonlItems(bytes.toString('utf8').replace(/^\uFEFF/, ''), rel, seen, options);
  const id = fileId(rel);
  if (seen.has(id)) return [error(rel, null, 'E_DUPLICATE_ID', `${rel}: duplicate id ${JSON.stringify(id)}; the first input with this id was kept`)];
  seen.add(id);
  if (HTML_EXT.has(ext)) return [{ kind: 'article', raw: { id, source: rel, html: bytes.toString('utf8').replace(/^\uFEFF/, '') } }];
  return [{ kind: 'article', raw: { id, source: rel, bytes: new Uint8Array(bytes) } }];
}

/** True for files a directory walk picks up (text, HTML, JSONL); explicitly named files are always read. */
export function isInputFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext);
}

/**
 * Reads every input: `-` (stdin, JSONL when it parses as such, else one text article), files, and directories
 * (recursively, sorted). Problems become error items; nothing throws for a bad input.
 */
export async function readInputs(inputs: readonly string[], options: InputOptions, stdin: () => Promise<string>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      const content = await stdin();
      const first = content.trimStart()[0];
      out.push(...(first === '{' ? jsonlItems(content, 'stdin', seen, options) : [{ kind: 'article' as const, raw: { id: 'stdin', source: 'stdin', text: content.replace(/^\uFEFF/, '') } }]));
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push(error(input, null, 'E_NOT_FOUND', `${input}: no such file or directory`));
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of (await walk(input)).filter(isInputFile)) out.push(...(await fileItems(f, input, seen, options)));
    } else out.push(...(await fileItems(input, path.dirname(input), seen, options)));
  }
  return out;
}
