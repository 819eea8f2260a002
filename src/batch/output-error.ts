/**
 * The output folder cannot be used: locked by another run, not a folder, not writable, disk full. The CLI prints
 * the message (one line, naming the path and the cause) and exits with EXIT.output; never a stack trace.
 */
export class OutputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** File-system error codes that mean "this output cannot be written", with the words a user understands. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a path component is a file, not a folder',
  EEXIST: 'a file of that name exists and is not a folder',
  EISDIR: 'a folder stands where an output file should be',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * An OutputError naming `outDir` and the cause when `e` is a file-system failure of the output; otherwise `e` itself.
 */
export function asOutputError(e: unknown, outDir: string): unknown {
  if (e instanceof OutputError) return e;
  const err = e as NodeJS.ErrnoException;
  const cause = typeof err?.code === 'string' ? CAUSES[err.code] : undefined;
  if (cause === undefined) return e;
  const where = typeof err.path === 'string' ? ` (${err.path})` : '';
  return new OutputError(
    'E_OUTPUT',
    `news-extract: cannot write the output in ${outDir}: ${cause}${where} [${err.code}]`,
  );
}
