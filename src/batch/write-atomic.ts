import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Bytes gathered before one write call: large enough to keep syscalls rare, small enough to keep memory flat. Small
 * writes are copied into this buffer (a memcpy, far cheaper than a syscall); a chunk this large or larger is written
 * directly, so the writer never holds on to (and keeps alive) the caller's buffers.
 */
const WRITE_BUFFER_BYTES = 1 << 20;
/** Most UTF-8 bytes one UTF-16 code unit can take: a string of n units always fits in 3n bytes. */
const MAX_UTF8_PER_UNIT = 3;

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

/** A file being written: bytes go to a temporary sibling; `commit` syncs it to disk and renames it into place. */
export interface AtomicWriter {
  readonly file: string;
  /** Bytes written so far, and their SHA-256 (hex) once finished. */
  readonly size: () => number;
  readonly sha256: () => string;
  /** Appends text (encoded as UTF-8) or bytes; await each write before the next. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes, fsyncs and closes the temporary file (first half of commit). */
  finish(): Promise<void>;
  /** Renames the finished temporary file into place (second half of commit). */
  publish(): Promise<void>;
  /** Flushes, fsyncs and renames: the file appears complete or not at all. */
  commit(): Promise<void>;
  /** Closes and deletes the temporary file; the previous file (if any) stays untouched. */
  abort(): Promise<void>;
}

/** Writes every byte of `bytes` at the file position, repeating the call after a short write. */
export async function writeAll(handle: Pick<FileHandle, 'write'>, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    if (bytesWritten <= 0) throw new Error('news-extract: the disk accepted no bytes');
    done += bytesWritten;
  }
}

/** Opens an atomic writer for `file` (buffered; never holds more than WRITE_BUFFER_BYTES). */
export async function createAtomicWriter(file: string): Promise<AtomicWriter> {
  const tmp = tempPathFor(file);
  const handle = await fs.open(tmp, 'w');
  const stage = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  const hash = createHash('sha256');
  let digest: string | null = null;
  let used = 0;
  let total = 0;
  const flush = async (): Promise<void> => {
    const n = used;
    used = 0;
    if (n === 0) return;
    hash.update(stage.subarray(0, n));
    total += n;
    await writeAll(handle, stage.subarray(0, n));
  };
  const writeBytes = async (bytes: Uint8Array): Promise<void> => {
    if (bytes.length > stage.length - used) await flush();
    if (bytes.length >= stage.length) {
      hash.update(bytes);
      total += bytes.length;
      return writeAll(handle, bytes);
    }
    stage.set(bytes, used);
    used += bytes.length;
  };
  const writer: AtomicWriter = {
    file,
    size: () => total + used,
    sha256: () => (digest ??= hash.digest('hex')),
    async write(chunk: string | Uint8Array): Promise<void> {
      if (typeof chunk !== 'string') return writeBytes(chunk);
      if (chunk.length * MAX_UTF8_PER_UNIT <= stage.length - used) used += stage.write(chunk, used, 'utf8');
      else await writeBytes(Buffer.from(chunk, 'utf8'));
    },
    async finish(): Promise<void> {
      try {
        await flush();
        await handle.sync();
      } finally {
        await handle.close().catch(() => undefined);
      }
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
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    },
  };
  return writer;
}

/** Writes `content` and commits; on any failure the temporary file is closed and removed before the error goes on. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const w = await createAtomicWriter(file);
  await guarded([w], async () => {
    await w.write(content);
    await w.commit();
  });
}

/**
 * Runs `work`; if it fails, every writer is aborted (handles closed, temporary files removed) and the error rethrown.
 */
export async function guarded<T>(writers: readonly AtomicWriter[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    for (const w of writers) await w.abort();
    throw e;
  }
}
