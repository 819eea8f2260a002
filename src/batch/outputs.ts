import * as path from 'node:path';
import { CSV_COLUMNS } from '../contract';
import type { CsvType } from '../contract';
import { csvText } from '../pipeline/emit/csv';
import type { InputError } from '../inputs/input-item';
import type { AtomicWriter } from './write-atomic';
import { createAtomicWriter } from './write-atomic';
import { MENTION_TYPES } from './article-result';
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

/**
 * Merges the run state into articles.jsonl, the CSVs and errors.jsonl, copying each record's payload bytes as
 * they are (only the small record headers are parsed). Every file is written to a temporary sibling, synced, and
 * only then renamed over the previous output, so an interruption at any point leaves the previous run's files (or
 * complete new ones), never a truncated file.
 */
export async function writeOutputs(state: RunState, inputErrors: readonly InputError[], o: OutputOptions): Promise<OutputTotals> {
  const articles = await createAtomicWriter(path.join(o.outDir, 'articles.jsonl'));
  const csv = new Map<CsvType, AtomicWriter>();
  for (const type of o.csvTypes) {
    const w = await createAtomicWriter(path.join(o.outDir, `${type}.csv`));
    await w.write((o.bom ? '\uFEFF' : '') + csvText([[...CSV_COLUMNS[type]]], o));
    csv.set(type, w);
  }
  const errors: InputError[] = [...inputErrors];
  const mentions = Object.fromEntries(MENTION_TYPES.map((t) => [t, 0])) as Record<MentionType, number>;
  let count = 0;
  let warnings = 0;
  let fatalArticles = 0;
  for await (const record of mergeRuns(await compactRuns(state))) {
    const { head } = record;
    errors.push(...head.errors);
    if (head.errors.length > 0) fatalArticles++;
    if (head.bytes[0] === 0) continue;
    count++;
    warnings += head.warnings;
    for (const t of MENTION_TYPES) mentions[t] += head.mentions[t];
    const parts = recordParts(record);
    await articles.write(parts.article);
    for (const [type, w] of csv) await w.write(parts[type]);
  }
  const errorFile = await createAtomicWriter(path.join(o.outDir, 'errors.jsonl'));
  for (const e of errors.sort(compareErrors)) await errorFile.write(JSON.stringify(e) + '\n');
  const all = [articles, ...csv.values(), errorFile];
  for (const w of all) await w.finish();
  for (const w of all) await w.publish();
  return { articles: count, mentions, warnings, fatalArticles, errors: errors.length };
}
