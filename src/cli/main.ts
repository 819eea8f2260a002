import type { Command } from './command';
import { EXIT } from './command';
import { COMMANDS } from './commands';
import { OptionError } from '../pipeline/options';
import { OutputError } from '../batch/output-error';

function isUsageError(e: unknown): e is Error {
  if (e instanceof OptionError) return true;
  return e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

function topHelp(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`);
  return `usage: news-extract [command] [options]\n\ncommands:\n${lines.join('\n')}\n\n'news-extract <command> --help' shows a command's options and examples.\nexit codes: 0 all ok, 1 some inputs failed or differences found, 2 usage error, 4 output folder unusable, 130 interrupted.`;
}

/** Dispatches a command line to a command and returns its exit code; usage errors give 2 with a message. */
export async function main(argv: readonly string[]): Promise<number> {
  const first = argv[0];
  const named: Command | undefined = COMMANDS.find((c) => c.name === first);
  if (!named && (first === '--help' || first === '-h' || first === undefined)) {
    process.stdout.write(topHelp() + '\n');
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = named ?? COMMANDS[0];
  if (!command) return EXIT.usage;
  try {
    return await command.run(named ? argv.slice(1) : argv);
  } catch (e) {
    if (isUsageError(e)) {
      process.stderr.write(`${e.message}\nTry 'news-extract ${command.name} --help'.\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.output;
    }
    throw e;
  }
}
