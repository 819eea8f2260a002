// Publishing a run's output set. Files are renamed into --out one by one, so a reader could otherwise see new and
// old files side by side; the manifest says which set is whole. What a reader sees at each moment:
//   1. while articles are processed and merged: the previous run's files and its manifest, untouched;
//   2. the old manifest is deleted: from here on the set is in flux (no manifest = do not read);
//   3. each new file is renamed over the old one (each file is complete: written, synced, then renamed);
//   4. outputs of other CSV types that this run did not write are deleted;
//   5. the new manifest is renamed into place: it names every file of the set with its size and SHA-256.
// A kill between 2 and 5 leaves no manifest; the next run (or --resume) publishes again.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CSV_TYPES } from '../contract';
import { createHash } from 'node:crypto';
import type { AtomicWriter } from './write-atomic';
import { writeAtomic } from './write-atomic';

/** The manifest's file name in --out. */
export const MANIFEST_FILE = 'manifest.json';
/** Every name a run may write in --out: a file of this list not written by the current run is stale. */
export const ALL_OUTPUTS: readonly string[] = ['articles.jsonl', ...CSV_TYPES.map((t) => `${t}.csv`), 'errors.jsonl'];

/** One file of the set in the manifest. */
interface ManifestEntry {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * The manifest's content: a run id (a hash of the file hashes: the same output gives the same id, and the file
 * has no timestamp, so output stays byte-identical between runs) and each file's size and hash.
 */
function manifestText(files: readonly AtomicWriter[]): string {
  const entries: Record<string, ManifestEntry> = {};
  for (const w of files) entries[path.basename(w.file)] = { bytes: w.size(), sha256: w.sha256() };
  const run = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
  return JSON.stringify({ tool: 'news-extract', run, files: entries }, null, 2) + '\n';
}

/** Publishes finished writers (synced, not yet renamed) as the output set of `outDir`, in the order above. */
export async function publishSet(outDir: string, files: readonly AtomicWriter[]): Promise<void> {
  await fs.rm(path.join(outDir, MANIFEST_FILE), { force: true });
  for (const w of files) await w.publish();
  const written = new Set(files.map((w) => path.basename(w.file)));
  for (const name of ALL_OUTPUTS) if (!written.has(name)) await fs.rm(path.join(outDir, name), { force: true });
  await writeAtomic(path.join(outDir, MANIFEST_FILE), manifestText(files));
}
