// Reading a named pipe (FIFO) the user named on the command line: opened without blocking and read with a time
// limit, so a pipe nobody writes to cannot hang the run (a plain read would wait forever, deaf to SIGTERM).
import { constants, openSync } from 'node:fs';
import { Socket } from 'node:net';

/** How long a named pipe may stay silent before it is given up with E_READ. */
export const DEFAULT_FIFO_TIMEOUT_MS = 10_000;

/**
 * The bytes a FIFO delivers until its writer closes it; rejects after `timeoutMs` without the end, or over `max` bytes.
 */
export function readFifo(file: string, max: number, timeoutMs: number): Promise<Buffer> {
  // A raw descriptor the socket owns and closes: a FileHandle would close the same number again when collected,
  // by then possibly another file's (an output being written).
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Promise<Buffer>((resolve, reject) => {
    const sock = new Socket({ fd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err: Error | null): void => {
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err);
      else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(
      () => done(new Error(`named pipe gave no end of data within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    sock.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) done(new Error(`over ${max} bytes`));
      else chunks.push(c);
    });
    sock.on('end', () => done(null));
    sock.on('error', (e) => done(e));
  });
}
