import type { Command } from '../command';
import { runCommandDef } from './run';
import { evalCommandDef } from './eval';
import { schemaCommandDef } from './schema';
import { checkCommandDef } from './check';
import { diffCommandDef } from './diff';
import { reviewCommandDef } from './review';
import { workerCommandDef } from './worker';

/** Every command; the first is the default when no command name is given. One line per command. */
export const COMMANDS: readonly Command[] = [
  runCommandDef,
  evalCommandDef, // score predictions against a gold set
  schemaCommandDef, // print the JSON Schema of an output file
  checkCommandDef, // compare a run with a committed snapshot
  diffCommandDef, // compare two output folders
  reviewCommandDef, // static HTML report of a run
  workerCommandDef, // a worker of a distributed run (BullMQ on Redis)
];
