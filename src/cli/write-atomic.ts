import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Bytes gathered before one write call: large enough to keep syscalls rare, small enough to keep memory flat. */
const WRITE_BUFFER_CHARS = 1 << 20;

/** The hidden temporary sibling a file is written to before it is renamed into place. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

const TEMP_NAME = /^\.(.+)\.\d+\.tmp$/;

/**
 * Removes temporary files a killed run left next to `names` in `dir` (only ours: `.<name>.<pid>.tmp`). They never
 * look complete, since the real name only appears on rename, but they would pile up.
 */
export async function removeStaleTemps(dir: string, names: readonly string[]): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  for (const e of entries) {
    const m = TEMP_NAME.exec(e);
    if (m?.[1] !== undefined && names.includes(m[1])) await fs.rm(path.join(dir, e), { force: true });
  }
}

/** A file being written: text goes to a temporary sibling; `commit` syncs it to disk and renames it into place. */
export interface AtomicWriter {
  readonly file: string;
  write(text: string): Promise<void>;
  /** Flushes, fsyncs and closes the temporary file (first half of commit). */
  finish(): Promise<void>;
  /** Renames the finished temporary file into place (second half of commit). */
  publish(): Promise<void>;
  /** Flushes, fsyncs and renames: the file appears complete or not at all. */
  commit(): Promise<void>;
  /** Closes and deletes the temporary file; the previous file (if any) stays untouched. */
  abort(): Promise<void>;
}

/** Opens an atomic writer for `file` (buffered; never holds more than about 1 MB of text). */
export async function createAtomicWriter(file: string): Promise<AtomicWriter> {
  const tmp = tempPathFor(file);
  const handle = await fs.open(tmp, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const text = buffer.join('');
    buffer = [];
    size = 0;
    await handle.write(text, null, 'utf8');
  };
  const writer: AtomicWriter = {
    file,
    async write(text: string): Promise<void> {
      buffer.push(text);
      size += text.length;
      if (size >= WRITE_BUFFER_CHARS) await flush();
    },
    async finish(): Promise<void> {
      await flush();
      await handle.sync();
      await handle.close();
    },
    async publish(): Promise<void> {
      await fs.rename(tmp, file);
    },
    async commit(): Promise<void> {
      await writer.finish();
      await writer.publish();
    },
    async abort(): Promise<void> {
      await handle.close().catch(() => undefined);
      await fs.rm(tmp, { force: true });
    },
  };
  return writer;
}

/** Writes a whole file by writing a temporary sibling and renaming it, so a reader never sees a half-written file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const w = await createAtomicWriter(file);
  await w.write(content);
  await w.commit();
}
