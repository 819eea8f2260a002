import { parseArgs } from 'node:util';
import { OptionError } from '../../pipeline/options';
import { SCHEMA_NAMES, isSchemaName, schemaFile, schemaJson, schemaSubject } from '../../schema';
import type { Command } from '../command';
import { EXIT } from '../command';

const SCHEMA_HELP = `usage: news-extract schema [NAME]

Prints the JSON Schema (draft 2020-12) of an output file; without NAME, lists the schemas. The same files ship in
the package under schemas/. The articles and errors schemas describe one line of articles.jsonl and errors.jsonl;
a CSV schema describes one data row as the array of strings a CSV reader returns, its columns in file order (the
header row is their titles).

names: ${SCHEMA_NAMES.join(', ')}

examples:
  news-extract schema
  news-extract schema articles > articles.schema.json
  news-extract schema money | jq '.prefixItems[].title'

exit codes: 0 ok, 2 unknown name.`;

function list(): string {
  return SCHEMA_NAMES.map((n) => `${n.padEnd(9)} ${schemaFile(n).padEnd(26)} ${schemaSubject(n)}`).join('\n') + '\n';
}

async function schemaCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(SCHEMA_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 1)
    throw new OptionError('E_USAGE', `news-extract schema: give at most one name, found ${positionals.length}`);
  const name = positionals[0];
  if (name === undefined) {
    process.stdout.write(list());
    return EXIT.ok;
  }
  if (!isSchemaName(name))
    throw new OptionError(
      'E_SCHEMA_NAME',
      `news-extract schema: unknown schema ${JSON.stringify(name)} (known: ${SCHEMA_NAMES.join(', ')})`,
    );
  process.stdout.write(schemaJson(name));
  return EXIT.ok;
}

/** `news-extract schema [name]`: prints the JSON Schema of articles.jsonl or of a CSV file. */
export const schemaCommandDef: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of articles.jsonl, a CSV file or errors.jsonl',
  help: SCHEMA_HELP,
  run: schemaCommand,
};
