import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Doc } from '../model/document';
import { CSV_COLUMNS, CSV_TYPES, csvRows } from '../pipeline/emit/csv-columns';
import type { Cell, CsvType } from '../pipeline/emit/csv-columns';
import { csvText } from '../pipeline/emit/csv';
import { articleJsonLine } from '../pipeline/emit/json';
import type { PipelineOptions } from '../pipeline/options';
import { createPipeline } from '../pipeline/pipeline';
import type { InputError } from './input-item';
import type { InputOptions } from './inputs';
import { readInputs } from './inputs';
import { writeAtomic } from './write-atomic';

/** Everything the run command needs. */
export interface RunOptions extends InputOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly pipeline: Partial<PipelineOptions>;
  readonly csvTypes: readonly CsvType[];
  readonly escapeFormulas: boolean;
  readonly bom: boolean;
  readonly quiet: boolean;
}

/** What a run did, for the summary and the exit code. */
export interface RunSummary {
  readonly articles: number;
  readonly failedInputs: number;
  readonly fatalArticles: number;
  readonly mentions: Readonly<Record<string, number>>;
}

const byId = (a: Doc, b: Doc): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function writeOutputs(docs: readonly Doc[], errors: readonly InputError[], o: RunOptions): Promise<void> {
  await fs.mkdir(o.outDir, { recursive: true });
  await writeAtomic(path.join(o.outDir, 'articles.jsonl'), docs.map((d) => articleJsonLine(d) + '\n').join(''));
  for (const type of o.csvTypes) {
    const rows: Cell[][] = [[...CSV_COLUMNS[type]]];
    for (const d of docs) rows.push(...csvRows(d, type));
    await writeAtomic(path.join(o.outDir, `${type}.csv`), (o.bom ? '\uFEFF' : '') + csvText(rows, { escapeFormulas: o.escapeFormulas }));
  }
  await writeAtomic(path.join(o.outDir, 'errors.jsonl'), errors.map((e) => JSON.stringify(e) + '\n').join(''));
}

/** Reads the inputs, runs the pipeline over each article, and writes articles.jsonl, the CSVs and errors.jsonl. */
export async function runJob(o: RunOptions): Promise<RunSummary> {
  const pipeline = createPipeline(o.pipeline);
  const items = await readInputs(o.inputs, o, readStdin);
  const docs: Doc[] = [];
  const errors: InputError[] = [];
  for (const item of items) {
    if (item.kind === 'error') {
      errors.push(item.error);
      if (!o.quiet) process.stderr.write(`news-extract: ${item.error.message}\n`);
      continue;
    }
    const doc = pipeline.run(item.raw);
    for (const m of doc.messages.filter((x) => x.severity === 'fatal')) {
      const e: InputError = { path: doc.source, line: m.line ?? null, code: m.ruleId, message: `${doc.source}: ${m.message}` };
      errors.push(e);
      if (!o.quiet) process.stderr.write(`news-extract: ${e.message}\n`);
    }
    docs.push(doc);
  }
  docs.sort(byId);
  await writeOutputs(docs, errors, o);
  const mentions: Record<string, number> = {};
  for (const t of CSV_TYPES.filter((x) => x !== 'entities')) mentions[t] = docs.reduce((n, d) => n + d[t].length, 0);
  return {
    articles: docs.length,
    failedInputs: errors.length,
    fatalArticles: docs.filter((d) => d.messages.some((m) => m.severity === 'fatal')).length,
    mentions,
  };
}
