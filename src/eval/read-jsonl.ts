import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { JsonObject } from './json';
import { asObject } from './json';

/** Thrown when a gold or prediction file cannot be read or parsed; names the file and line. */
export class EvalInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EvalInputError';
  }
}

/** gzip magic bytes: a .jsonl.gz gold set is recognised by content, not by name. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Reads a JSONL file (gzip-compressed or not) into objects, skipping blank lines. This is the evaluator's only disk
 * access besides the CLI: scoring itself (score.ts) is pure.
 */
export function readJsonl(file: string): JsonObject[] {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new EvalInputError(
      'E_EVAL_READ',
      `news-extract eval: cannot read ${file} (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (buf[0] === GZIP_MAGIC[0] && buf[1] === GZIP_MAGIC[1]) buf = gunzipSync(buf);
  const out: JsonObject[] = [];
  buf
    .toString('utf8')
    .split('\n')
    .forEach((line, i) => {
      const l = line.trim();
      if (!l) return;
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch (e) {
        throw new EvalInputError(
          'E_EVAL_JSON',
          `${file}:${i + 1}: bad JSON (${e instanceof Error ? e.message : String(e)})`,
        );
      }
      out.push(asObject(v) ?? {});
    });
  return out;
}

/** A prediction path: a directory means its articles.jsonl. */
export function predictionFile(p: string): string {
  return existsSync(p) && statSync(p).isDirectory() ? path.join(p, 'articles.jsonl') : p;
}
