/**
 * Exit codes, documented in the README: 0 all ok, 1 some inputs failed or a check found differences, 2 usage error,
 * 4 the output folder cannot be used (locked by another run, not a folder, not writable, disk full), 130
 * interrupted. 3 is left for internal errors (a bug: please report it).
 */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 4, interrupted: 130 } as const;

/** One CLI command (`run` is the default when the first argument is not a command name). */
export interface Command {
  readonly name: string;
  /** One line for the command list in `news-extract --help`. */
  readonly summary: string;
  /** Full help with examples, printed by `news-extract <name> --help`. */
  readonly help: string;
  run(argv: readonly string[]): Promise<number>;
}
