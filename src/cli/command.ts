/** Exit codes, documented in the README: 0 all ok, 1 some inputs failed or a check found differences, 2 usage error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** One CLI command (`run` is the default when the first argument is not a command name). */
export interface Command {
  readonly name: string;
  /** One line for the command list in `news-extract --help`. */
  readonly summary: string;
  /** Full help with examples, printed by `news-extract <name> --help`. */
  readonly help: string;
  run(argv: readonly string[]): Promise<number>;
}
