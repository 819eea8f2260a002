import type { Command } from '../command';
import { runCommandDef } from './run';

/** Every command; the first is the default when no command name is given. One line per command. */
export const COMMANDS: readonly Command[] = [
  runCommandDef,
];
