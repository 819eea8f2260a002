import { promises as fs } from 'node:fs';
import { compareResults } from './article-result';
import type { RunRecord } from './record';
import { readRecords } from './record-reader';
import type { RunState } from './state';
import { resultKey } from './state';

/** Most run files merged at once: keeps open files and per-step comparisons low; more runs are merged in rounds. */
export const MAX_FAN_IN = 64;

interface Head {
  readonly records: AsyncGenerator<RunRecord>;
  current: RunRecord;
}

async function nextOf(records: AsyncGenerator<RunRecord>): Promise<RunRecord | null> {
  const n = await records.next();
  return n.done ? null : n.value;
}

/**
 * K-way merge of sorted run files into one sorted stream of records, comparing header keys only. A key seen twice
 * (a compaction interrupted after writing its output but before deleting its inputs) is yielded once, so nothing
 * is ever duplicated.
 */
export async function* mergeRuns(files: readonly string[]): AsyncGenerator<RunRecord> {
  const heads: Head[] = [];
  for (const f of files) {
    const records = readRecords(f);
    const first = await nextOf(records);
    if (first) heads.push({ records, current: first });
  }
  let lastKey: string | null = null;
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++)
      if (compareResults(heads[i]!.current.head, heads[best]!.current.head) < 0) best = i;
    const head = heads[best]!;
    const key = resultKey(head.current.head);
    if (key !== lastKey) yield head.current;
    lastKey = key;
    const next = await nextOf(head.records);
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
    await state.writeRunRecords(
      (async function* () {
        for await (const r of merged) yield r.bytes;
      })(),
    );
    for (const f of group) await fs.rm(f, { force: true });
    files = await state.runFiles();
  }
  return files;
}
