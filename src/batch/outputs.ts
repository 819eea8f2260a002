import * as path from 'node:path';
import { CSV_COLUMNS } from '../contract';
import type { CsvType } from '../contract';
import { csvText } from '../pipeline/emit/csv';
import type { InputError } from '../inputs/input-item';
import type { AtomicWriter } from './write-atomic';
import { createAtomicWriter, guarded } from './write-atomic';
import { publishSet } from './publish';
import { MENTION_TYPES, sourcePosition } from './article-result';
import type { MentionType, ResultFormat } from './article-result';
import { compactRuns, mergeRuns } from './merge';
import { recordParts } from './record';
import type { RunState } from './state';

/** How the final files are written. */
export interface OutputOptions extends ResultFormat {
  readonly outDir: string;
  readonly csvTypes: readonly CsvType[];
  readonly bom: boolean;
}

/** Totals over every article in the output (including ones finished by an earlier, interrupted attempt). */
export interface OutputTotals {
  readonly articles: number;
  readonly mentions: Readonly<Record<MentionType, number>>;
  readonly warnings: number;
  readonly fatalArticles: number;
  readonly errors: number;
}

/** Names of the files a run writes in --out. Fixed names only: nothing in --out is named after an input. */
export function outputNames(csvTypes: readonly CsvType[]): string[] {
  return ['articles.jsonl', ...csvTypes.map((t) => `${t}.csv`), 'errors.jsonl'];
}

const cmp = (a: string | number | null, b: string | number | null): number => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** errors.jsonl order: by path, line, code, message, so it does not depend on worker timing or input order. */
export function compareErrors(a: InputError, b: InputError): number {
  return cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message);
}

/** What the merge loop adds up. */
interface Tally {
  count: number;
  warnings: number;
  fatalArticles: number;
  readonly mentions: Record<MentionType, number>;
  readonly errors: InputError[];
}

/** The error for an article whose id an earlier input (by path and line) already has. */
function duplicateError(source: string, id: string, kept: string): InputError {
  const at = sourcePosition(source);
  return {
    ...at,
    code: 'E_DUPLICATE_ID',
    message: `${source}: duplicate id ${JSON.stringify(id)}; the input first by path and line (${kept}) was kept`,
  };
}

/** Copies the merged records into the writers; of several records with one id the first (by input order) is kept. */
async function copyRecords(
  state: RunState,
  articles: AtomicWriter,
  csv: ReadonlyMap<CsvType, AtomicWriter>,
  t: Tally,
): Promise<void> {
  let kept = null as { id: string; source: string } | null;
  for await (const record of mergeRuns(await compactRuns(state))) {
    const { head } = record;
    if (kept?.id === head.id) {
      t.errors.push(duplicateError(head.source, head.id, kept.source));
      continue;
    }
    kept = { id: head.id, source: head.source };
    t.errors.push(...head.errors);
    if (head.errors.length > 0) t.fatalArticles++;
    if (head.bytes[0] === 0) continue;
    t.count++;
    t.warnings += head.warnings;
    for (const m of MENTION_TYPES) t.mentions[m] += head.mentions[m];
    const parts = recordParts(record);
    await articles.write(parts.article);
    for (const [type, w] of csv) await w.write(parts[type]);
  }
}

/**
 * Merges the run state into articles.jsonl, the CSVs and errors.jsonl, copying each record's payload bytes as
 * they are (only the small record headers are parsed). Every file is written to a temporary sibling and synced;
 * then the set is published with its manifest (publish.ts says what a reader sees at each step). A failure
 * (disk full) closes and removes every temporary file and leaves the previous output as it was.
 */
export async function writeOutputs(
  state: RunState,
  inputErrors: readonly InputError[],
  o: OutputOptions,
): Promise<OutputTotals> {
  const names = ['articles.jsonl', ...o.csvTypes.map((t) => `${t}.csv`), 'errors.jsonl'];
  const writers: AtomicWriter[] = [];
  for (const name of names) writers.push(await guarded(writers, () => createAtomicWriter(path.join(o.outDir, name))));
  return guarded(writers, async () => {
    const [articles, ...rest] = writers as [AtomicWriter, ...AtomicWriter[]];
    const errorFile = rest.pop() as AtomicWriter;
    const csv = new Map<CsvType, AtomicWriter>(o.csvTypes.map((t, i) => [t, rest[i] as AtomicWriter]));
    for (const [type, w] of csv) await w.write((o.bom ? '\uFEFF' : '') + csvText([[...CSV_COLUMNS[type]]], o));
    const t: Tally = {
      count: 0,
      warnings: 0,
      fatalArticles: 0,
      mentions: Object.fromEntries(MENTION_TYPES.map((m) => [m, 0])) as Record<MentionType, number>,
      errors: [...inputErrors],
    };
    await copyRecords(state, articles, csv, t);
    for (const e of t.errors.sort(compareErrors)) await errorFile.write(JSON.stringify(e) + '\n');
    for (const w of writers) await w.finish();
    await publishSet(o.outDir, writers);
    return {
      articles: t.count,
      mentions: t.mentions,
      warnings: t.warnings,
      fatalArticles: t.fatalArticles,
      errors: t.errors.length,
    };
  });
}
