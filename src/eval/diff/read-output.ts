import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { JsonObject } from '../json';
import { asObject } from '../json';
import type { OutputContent } from './compare';

/** Output files compared byte for byte: articles.jsonl, errors.jsonl and the CSVs (nothing else in the folder). */
export const OUTPUT_FILE = /^(articles\.jsonl|errors\.jsonl|[a-z]+\.csv)$/;

/** Thrown when a folder is not an output folder; the CLI reports it as a usage error. */
export class OutputReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputReadError';
  }
}

/** Article records of an articles.jsonl text by id (a repeated id gets a #2, #3 ... suffix so none is lost). */
export function articlesById(text: string, file: string): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let rec: JsonObject | null;
    try {
      rec = asObject(JSON.parse(line));
    } catch (e) {
      throw new OutputReadError(
        'E_DIFF_JSON',
        `${file}:${i + 1}: bad JSON (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    if (!rec) throw new OutputReadError('E_DIFF_RECORD', `${file}:${i + 1}: not a JSON object`);
    const id = String(rec.id);
    let key = id;
    for (let n = 2; out.has(key); n++) key = `${id}#${n}`;
    out.set(key, rec);
  });
  return out;
}

/** Reads an output folder (what a run wrote with --out): its articles and its output files. */
export function readOutput(dir: string): OutputContent {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new OutputReadError('E_DIFF_DIR', `${dir}: not a directory`);
  const articlesFile = path.join(dir, 'articles.jsonl');
  if (!existsSync(articlesFile))
    throw new OutputReadError('E_DIFF_NO_ARTICLES', `${dir}: no articles.jsonl (is it an output folder?)`);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => OUTPUT_FILE.test(n))
    .sort())
    files.set(name, readFileSync(path.join(dir, name), 'utf8'));
  return { articles: articlesById(files.get('articles.jsonl') ?? '', articlesFile), files };
}
