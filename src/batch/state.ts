import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { OptionError } from '../pipeline/options';
import type { Finished } from './article-result';
import { compareResults } from './article-result';
import { RECORD_PARTS } from './record';
import { readRecords } from './record-reader';
import { createAtomicWriter, guarded, writeAtomic } from './write-atomic';

/** Name of the run-state directory inside --out (hidden; removed when a run completes). */
export const STATE_DIR = '.news-extract-state';
const MANIFEST = 'manifest.json';
/**
 * Version of the state layout and record format (record.ts). A state written by another version is never read:
 * a fresh run discards it, --resume refuses it with E_RESUME_FORMAT. Version 1 (no `format` in the manifest)
 * stored each result as a JSON line in run-*.jsonl; version 2 had no `order` and `digest` in record headers.
 */
export const STATE_FORMAT = 3;
/** Sorted run files are named run-000001.rec ...; the number is never derived from an article id. */
const RUN_FILE = /^run-(\d{6})\.rec$/;

/** A stable fingerprint of everything that changes the output bytes. */
export function fingerprint(settings: unknown): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex');
}

/** The state's manifest: the layout version and the fingerprint of the settings. */
interface Manifest {
  readonly format?: number;
  /** RECORD_PARTS when the state was written: a version with other CSV types cannot read its records. */
  readonly parts?: readonly string[];
  readonly fingerprint?: string;
}

async function readManifest(dir: string): Promise<Manifest | null> {
  const text = await fs.readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const m = JSON.parse(text) as unknown;
    return typeof m === 'object' && m !== null ? (m as Manifest) : {};
  } catch {
    return {};
  }
}

/** Throws when --resume cannot continue the state found: written by another version, or with other settings. */
function checkResumable(found: Manifest, print: string, outDir: string): void {
  if (found.format !== STATE_FORMAT || JSON.stringify(found.parts) !== JSON.stringify(RECORD_PARTS))
    throw new OptionError(
      'E_RESUME_FORMAT',
      `news-extract: --resume: the interrupted run in ${outDir} was saved by another version of news-extract and cannot be continued; rerun without --resume to start over`,
    );
  if (found.fingerprint !== print)
    throw new OptionError(
      'E_RESUME_MISMATCH',
      `news-extract: --resume: the interrupted run in ${outDir} used other inputs or options; rerun it with the same ones, or without --resume to start over`,
    );
}

/**
 * The run state of one output directory: sorted "run" files of finished articles (each written atomically), and a
 * manifest with the fingerprint of the options. An interrupted run leaves it behind; --resume reads it back.
 */
export class RunState {
  private nextRun = 1;

  private constructor(readonly dir: string) {}

  /**
   * Opens the state: fresh (an old state is discarded) or, with `resume`, the state of a run with the same settings.
   */
  static async open(outDir: string, print: string, resume: boolean): Promise<{ state: RunState; resumed: boolean }> {
    const dir = path.join(outDir, STATE_DIR);
    const state = new RunState(dir);
    const found = await readManifest(dir);
    if (resume && found !== null) checkResumable(found, print, outDir);
    const resumed = resume && found?.fingerprint === print;
    if (!resumed) await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    if (!resumed) {
      await writeAtomic(
        path.join(dir, MANIFEST),
        JSON.stringify({ format: STATE_FORMAT, parts: RECORD_PARTS, fingerprint: print } satisfies Manifest) + '\n',
      );
    }
    const runs = await state.runFiles();
    for (const f of runs)
      state.nextRun = Math.max(state.nextRun, Number(RUN_FILE.exec(path.basename(f))?.[1] ?? 0) + 1);
    return { state, resumed };
  }

  /** The sorted run files present, in name order. */
  async runFiles(): Promise<string[]> {
    const names = (await fs.readdir(this.dir)).filter((n) => RUN_FILE.test(n)).sort();
    return names.map((n) => path.join(this.dir, n));
  }

  /** Key (resultKey) -> content digest of every article a previous attempt finished. */
  async doneKeys(): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    for (const file of await this.runFiles())
      for await (const r of readRecords(file)) keys.set(resultKey(r.head), r.head.digest);
    return keys;
  }

  /** Writes results (sorted here) as a new run file, atomically: a kill leaves the whole file or none of it. */
  async writeRun(results: Finished[]): Promise<void> {
    results.sort(compareResults);
    await this.writeRunRecords(results.map((r) => r.record));
  }

  /** Writes already-sorted records as a new run file, atomically; returns its path. */
  async writeRunRecords(records: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<string> {
    const file = path.join(this.dir, `run-${String(this.nextRun++).padStart(6, '0')}.rec`);
    const w = await createAtomicWriter(file);
    await guarded([w], async () => {
      for await (const record of records) await w.write(record);
      await w.commit();
    });
    return file;
  }

  /** Removes the state once the outputs are in place. */
  async remove(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** The key an article is known by in the run state. */
export function resultKey(r: { readonly id: string; readonly source: string; readonly order: string }): string {
  return `${r.id}\u0000${r.source}\u0000${r.order}`;
}
