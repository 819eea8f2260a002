import { promises as fs } from 'node:fs';
import type { ArticleResult } from './article-result';
import { compareResults } from './article-result';
import { completeLines } from './line-reader';
import type { RunState } from './state';
import { resultKey } from './state';

/** Most run files merged at once: keeps open files and per-step comparisons low; more runs are merged in rounds. */
export const MAX_FAN_IN = 64;

/** One result from a run file with the line it was read from (re-written unchanged when runs are compacted). */
export interface MergedResult {
  readonly result: ArticleResult;
  readonly line: string;
}

interface Head {
  readonly lines: AsyncGenerator<string>;
  current: MergedResult;
}

async function nextOf(lines: AsyncGenerator<string>): Promise<MergedResult | null> {
  const n = await lines.next();
  if (n.done) return null;
  return { result: JSON.parse(n.value) as ArticleResult, line: n.value };
}

/**
 * K-way merge of sorted run files into one sorted stream. A key seen twice (a compaction interrupted after writing
 * its output but before deleting its inputs) is yielded once, so nothing is ever duplicated.
 */
export async function* mergeRuns(files: readonly string[]): AsyncGenerator<MergedResult> {
  const heads: Head[] = [];
  for (const f of files) {
    const lines = completeLines(f);
    const first = await nextOf(lines);
    if (first) heads.push({ lines, current: first });
  }
  let lastKey: string | null = null;
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) if (compareResults(heads[i]!.current.result, heads[best]!.current.result) < 0) best = i;
    const head = heads[best]!;
    const key = resultKey(head.current.result);
    if (key !== lastKey) yield head.current;
    lastKey = key;
    const next = await nextOf(head.lines);
    if (next) head.current = next;
    else heads.splice(best, 1);
  }
}

/** Merges run files in rounds until at most MAX_FAN_IN remain; each round's output is written atomically first. */
export async function compactRuns(state: RunState): Promise<string[]> {
  let files = await state.runFiles();
  while (files.length > MAX_FAN_IN) {
    const group = files.slice(0, MAX_FAN_IN);
    const merged = mergeRuns(group);
    await state.writeRunLines((async function* () {
      for await (const m of merged) yield m.line;
    })());
    for (const f of group) await fs.rm(f, { force: true });
    files = await state.runFiles();
  }
  return files;
}
