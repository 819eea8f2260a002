import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { OptionError } from '../../pipeline/options';
import type { ArticleResult, Finished } from './article-result';
import { compareResults } from './article-result';
import { completeLines } from './line-reader';
import { createAtomicWriter } from '../write-atomic';

/** Name of the run-state directory inside --out (hidden; removed when a run completes). */
export const STATE_DIR = '.news-extract-state';
const MANIFEST = 'manifest.json';
/** Sorted run files are named run-000001.jsonl ...; the number is never derived from an article id. */
const RUN_FILE = /^run-(\d{6})\.jsonl$/;


/** A stable fingerprint of everything that changes the output bytes. */
export function fingerprint(settings: unknown): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex');
}

/**
 * The run state of one output directory: sorted "run" files of finished articles (each written atomically), and a
 * manifest with the fingerprint of the options. An interrupted run leaves it behind; --resume reads it back.
 */
export class RunState {
  private nextRun = 1;

  private constructor(readonly dir: string) {}

  /** Opens the state: fresh (an old state is discarded) or, with `resume`, the state of a run with the same settings. */
  static async open(outDir: string, print: string, resume: boolean): Promise<{ state: RunState; resumed: boolean }> {
    const dir = path.join(outDir, STATE_DIR);
    const state = new RunState(dir);
    const manifest = await fs.readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null);
    const found = manifest !== null ? (JSON.parse(manifest) as { fingerprint?: string }).fingerprint : undefined;
    if (resume && found !== undefined && found !== print)
      throw new OptionError('E_RESUME_MISMATCH', `news-extract: --resume: the interrupted run in ${outDir} used other inputs or options; rerun it with the same ones, or without --resume to start over`);
    const resumed = resume && found === print;
    if (!resumed) await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    if (!resumed) {
      const w = await createAtomicWriter(path.join(dir, MANIFEST));
      await w.write(JSON.stringify({ fingerprint: print }) + '\n');
      await w.commit();
    }
    const runs = await state.runFiles();
    for (const f of runs) state.nextRun = Math.max(state.nextRun, Number(RUN_FILE.exec(path.basename(f))?.[1] ?? 0) + 1);
    return { state, resumed };
  }

  /** The sorted run files present, in name order. */
  async runFiles(): Promise<string[]> {
    const names = (await fs.readdir(this.dir)).filter((n) => RUN_FILE.test(n)).sort();
    return names.map((n) => path.join(this.dir, n));
  }

  /** Keys (id + NUL + source) of every article a previous attempt finished. */
  async doneKeys(): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const file of await this.runFiles())
      for await (const line of completeLines(file)) {
        const r = JSON.parse(line) as ArticleResult;
        keys.add(resultKey(r));
      }
    return keys;
  }

  /** Writes results (sorted here) as a new run file, atomically: a kill leaves the whole file or none of it. */
  async writeRun(results: Finished[]): Promise<void> {
    results.sort(compareResults);
    await this.writeRunLines(results.map((r) => r.line));
  }

  /** Writes already-sorted lines as a new run file, atomically; returns its path. */
  async writeRunLines(lines: Iterable<string> | AsyncIterable<string>): Promise<string> {
    const file = path.join(this.dir, `run-${String(this.nextRun++).padStart(6, '0')}.jsonl`);
    const w = await createAtomicWriter(file);
    for await (const line of lines) await w.write(line + '\n');
    await w.commit();
    return file;
  }

  /** Removes the state once the outputs are in place. */
  async remove(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** The key an article is known by in the run state. */
export function resultKey(r: { readonly id: string; readonly source: string }): string {
  return `${r.id}\u0000${r.source}`;
}
