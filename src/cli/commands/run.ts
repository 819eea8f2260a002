import { parseArgs } from 'node:util';
import { CSV_TYPES } from '../../pipeline/emit/csv-columns';
import type { CsvType } from '../../pipeline/emit/csv-columns';
import { OptionError } from '../../pipeline/options';
import type { Command } from '../command';
import { EXIT } from '../command';
import { runJob } from '../run';

const RUN_HELP = `usage: news-extract <inputs...> [--out DIR] [options]

Reads .txt/.html files, directories (recursively), JSONL files (one article per line) or - (stdin) and writes
DIR/articles.jsonl, DIR/{people,places,dates,quotes,money,entities}.csv and DIR/errors.jsonl.

options:
  --out DIR                 output directory (default: output)
  --id-field NAME           JSONL field with the article id (default: id)
  --text-field NAME         JSONL field with the article text (default: text)
  --reference-date DATE     YYYY-MM-DD used for relative dates when an article gives no date
  --day-first               read 03/04/2022 as 3 April (default: month first)
  --default-currency CODE   what a bare "$" means (default: USD)
  --types LIST              CSV files to write (default: ${CSV_TYPES.join(',')})
  --no-formula-escape       do not neutralize cells starting with = + - @ tab CR (default: escape)
  --bom                     start CSV files with a UTF-8 BOM (for Excel)
  --quiet                   no progress or summary on stderr
  -h, --help                this text

examples:
  news-extract corpus --out output
  news-extract articles.jsonl --text-field body --reference-date 2022-12-27 --out out/
  cat article.txt | news-extract - --out out/`;

function parseTypes(list: string | undefined): CsvType[] {
  if (list === undefined) return [...CSV_TYPES];
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names)
    if (!(CSV_TYPES as readonly string[]).includes(n)) throw new OptionError('E_OPTION_TYPES', `news-extract: --types: unknown CSV type ${JSON.stringify(n)} (known: ${CSV_TYPES.join(', ')})`);
  return names as CsvType[];
}

async function runCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      'id-field': { type: 'string', default: 'id' },
      'text-field': { type: 'string', default: 'text' },
      'reference-date': { type: 'string' },
      'day-first': { type: 'boolean', default: false },
      'default-currency': { type: 'string', default: 'USD' },
      types: { type: 'string' },
      'no-formula-escape': { type: 'boolean', default: false },
      bom: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(RUN_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new OptionError('E_USAGE', 'news-extract: no inputs given (a file, a directory, a .jsonl file or -)');
  const started = Date.now();
  const summary = await runJob({
    inputs: positionals,
    outDir: values.out,
    idField: values['id-field'],
    textField: values['text-field'],
    pipeline: { referenceDate: values['reference-date'] ?? null, dayFirst: values['day-first'], defaultCurrency: values['default-currency'] },
    csvTypes: parseTypes(values.types),
    escapeFormulas: !values['no-formula-escape'],
    bom: values.bom,
    quiet: values.quiet,
  });
  if (!values.quiet) {
    const counts = Object.entries(summary.mentions).map(([k, n]) => `${n} ${k}`).join(', ');
    process.stderr.write(`news-extract: ${summary.articles} articles (${counts}); ${summary.failedInputs} errors; ${((Date.now() - started) / 1000).toFixed(1)} s -> ${values.out}\n`);
  }
  return summary.failedInputs > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The default command: extract from inputs into an output directory. */
export const runCommandDef: Command = {
  name: 'run',
  summary: 'extract people, places, dates, quotes and money from inputs into --out (default command)',
  help: RUN_HELP,
  run: runCommand,
};
