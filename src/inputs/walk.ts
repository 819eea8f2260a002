// The directory walk: every input file under a folder, sorted by path, with each problem reported instead of
// thrown or silently dropped (an unreadable folder, a broken or looping symbolic link, a FIFO or device).
import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** A file to read, or a path that could not be walked with the reason. */
export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'error'; readonly path: string; readonly reason: string };

/** What the walk takes and leaves. */
export interface WalkOptions {
  /** True for file names worth reading (by extension); other files are passed over without a word. */
  readonly wanted: (file: string) => boolean;
  /** Real paths of directories never entered (the run's own --out folder, so a run never reads its output). */
  readonly exclude?: ReadonlySet<string>;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** What a non-regular file is, for the message. */
function kindOf(st: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Real path of a directory, or null when it cannot be resolved. */
export async function realDir(dir: string): Promise<string | null> {
  return fs.realpath(dir).catch(() => null);
}

/** One directory entry: recurse into folders (symbolic links followed, loops reported), keep regular files. */
async function visit(
  full: string,
  e: Dirent,
  o: WalkOptions,
  ancestors: ReadonlySet<string>,
  out: WalkEntry[],
): Promise<void> {
  const st = e.isSymbolicLink() ? await fs.stat(full).catch((err: unknown) => reasonOf(err)) : e;
  if (typeof st === 'string') {
    if (o.wanted(full)) out.push({ kind: 'error', path: full, reason: `broken symbolic link (${st}); skipped` });
    return;
  }
  if (st.isDirectory()) return walkInto(full, o, ancestors, out);
  if (!o.wanted(full)) return;
  if (st.isFile()) out.push({ kind: 'file', path: full });
  else
    out.push({
      kind: 'error',
      path: full,
      reason: `${kindOf(st)}, not a regular file; skipped (name it on the command line to read it)`,
    });
}

async function walkInto(dir: string, o: WalkOptions, ancestors: ReadonlySet<string>, out: WalkEntry[]): Promise<void> {
  const real = await realDir(dir);
  if (real !== null && o.exclude?.has(real)) return;
  if (real !== null && ancestors.has(real)) {
    out.push({ kind: 'error', path: dir, reason: 'symbolic link loop (the folder contains itself); not entered' });
    return;
  }
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'error', path: dir, reason: `cannot read directory (${reasonOf(e)}); its files are skipped` });
    return;
  }
  const inside = new Set(ancestors);
  if (real !== null) inside.add(real);
  for (const e of entries.sort(byName))
    if (!e.name.startsWith('.')) await visit(path.join(dir, e.name), e, o, inside, out);
}

/**
 * Files under a directory, recursively, sorted by path so the order never depends on the file system. Symbolic
 * links are followed (a link back to a folder being walked is reported, not followed); unreadable folders, broken
 * links and non-regular files are error entries; hidden names and `exclude`d folders are passed over.
 */
export async function walk(dir: string, o: WalkOptions): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  await walkInto(dir, o, new Set(), out);
  return out;
}
