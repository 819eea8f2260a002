import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isInputFile } from '../inputs/inputs';
import { walk } from '../inputs/walk';

const JSONL = /\.(jsonl|ndjson)$/i;

/** Non-empty lines of a file, counted on bytes (no decoding), for the progress estimate. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (lineHasText) lines++;
        lineHasText = false;
      } else if (byte !== 0x0d && byte !== 0x20) lineHasText = true;
    }
  }
  return lineHasText ? lines + 1 : lines;
}

async function countFile(file: string): Promise<number> {
  return JSONL.test(file) ? countLines(file).catch(() => 0) : 1;
}

/**
 * How many articles the inputs hold, for the progress bar's time left: files plus non-empty JSONL lines. Null when
 * it cannot be known up front (stdin). An estimate: bad lines and duplicates are counted too.
 */
export async function estimateArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return null;
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) continue;
    if (stat.isDirectory()) {
      for (const f of await walk(input, { wanted: isInputFile }))
        if (f.kind === 'file') total += await countFile(f.path);
    } else total += await countFile(path.resolve(input));
  }
  return total;
}
