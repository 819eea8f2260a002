import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { RunRecord } from './record';
import { parseHead, payloadSize } from './record';

/**
 * Bytes read per call. The merge has up to 64 run files open at once (16 MB of buffers at most); a record larger
 * than this is read into a buffer of its own size.
 */
const CHUNK_BYTES = 256 * 1024;
const NEWLINE = 0x0a;

/**
 * Reads a file front to back, keeping a window of unread bytes. Every refill reads into a new buffer, so views
 * handed out earlier stay valid: records are yielded as views, never copied.
 */
class ByteWindow {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private offset = 0;
  private eof = false;

  constructor(private readonly handle: FileHandle) {}

  get available(): number {
    return this.buf.length - this.pos;
  }

  /** Makes at least `n` unread bytes available; false when the file ends first. */
  async ensure(n: number): Promise<boolean> {
    if (this.available >= n) return true;
    if (this.eof) return false;
    const target = Buffer.allocUnsafe(Math.max(n, CHUNK_BYTES));
    let filled = this.buf.copy(target, 0, this.pos);
    while (filled < n) {
      const { bytesRead } = await this.handle.read(target, filled, target.length - filled, this.offset);
      if (bytesRead === 0) {
        this.eof = true;
        break;
      }
      filled += bytesRead;
      this.offset += bytesRead;
    }
    this.buf = target.subarray(0, filled);
    this.pos = 0;
    return filled >= n;
  }

  /** Length of the unread bytes up to the next newline, or null when the file ends without one. */
  async lineLength(): Promise<number | null> {
    let from = 0;
    for (;;) {
      const nl = this.buf.indexOf(NEWLINE, this.pos + from);
      if (nl >= 0) return nl - this.pos;
      if (this.eof) return null;
      from = this.available;
      await this.ensure(this.available + CHUNK_BYTES);
    }
  }

  /** The next `n` unread bytes (a view), consumed. Call after `ensure(n)` returned true. */
  take(n: number): Buffer {
    const view = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return view;
  }

  /** The next `n` unread bytes as UTF-8 text, not consumed. */
  peekText(n: number): string {
    return this.buf.toString('utf8', this.pos, this.pos + n);
  }
}

/** The next whole record, or null at the end of the file or at a record cut short (by a kill mid-write). */
async function nextRecord(window: ByteWindow, file: string): Promise<RunRecord | null> {
  const headLength = await window.lineLength();
  if (headLength === null) return null;
  const head = parseHead(window.peekText(headLength), file);
  const size = headLength + 1 + payloadSize(head) + 1;
  if (!(await window.ensure(size))) return null;
  const bytes = window.take(size);
  if (bytes[size - 1] !== NEWLINE)
    throw new Error(`news-extract: ${file}: damaged run-state record; rerun without --resume to start over`);
  return { head, bytes, payloadStart: headLength + 1 };
}

/**
 * The complete records of a run file, streamed. A last record cut short (fewer payload bytes than its header
 * announces, or no final newline) is incomplete and not yielded, like a last line without its newline.
 */
export async function* readRecords(file: string): AsyncGenerator<RunRecord> {
  const handle = await fs.open(file, 'r');
  try {
    const window = new ByteWindow(handle);
    for (let r = await nextRecord(window, file); r !== null; r = await nextRecord(window, file)) yield r;
  } finally {
    await handle.close();
  }
}
