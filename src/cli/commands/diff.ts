import { parseArgs } from 'node:util';
import { OutputReadError, diffOutputs, formatDiff, isEmptyDiff, readOutput } from '../../eval/diff';
import type { OutputContent } from '../../eval/diff';
import { OptionError } from '../../pipeline/options';
import type { Command } from '../command';
import { EXIT } from '../command';

const DIFF_HELP = `usage: news-extract diff DIR_A DIR_B [--summary]

Compares two output folders (what news-extract wrote with --out): articles by id, mentions by span, and every
output file (articles.jsonl, the CSVs, errors.jsonl) byte for byte. Prints a per-article report:
  ~ article ID                      an article in both folders that differs
    + people  [120,127) "Tokayev"   a mention only in DIR_B (with its main values)
    - dates   [300,310) "May"       a mention only in DIR_A
    ~ dates   [200,220) "..."       a mention in both whose values differ, one line per field:
        value: "2022-12" -> "2022-12-26"
  + article ID (only in DIR_B)      - article ID (only in DIR_A)
  ~ file people.csv differs from line 12
and a summary line.

options:
  --summary     print only the summary line
  -h, --help    this text

examples:
  news-extract corpus --out /tmp/before && news-extract corpus --out /tmp/after --day-first
  news-extract diff /tmp/before /tmp/after

exit codes: 0 no differences, 1 differences found, 2 usage error (e.g. a folder without articles.jsonl).`;

/** Reads an output folder, turning an unreadable one into a usage error. */
export function readFolder(dir: string): OutputContent {
  try {
    return readOutput(dir);
  } catch (e) {
    if (e instanceof OutputReadError) throw new OptionError(e.code, `news-extract: ${e.message}`);
    throw e;
  }
}

async function diffCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { summary: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP + '\n');
    return EXIT.ok;
  }
  const [a, b] = positionals;
  if (positionals.length !== 2 || a === undefined || b === undefined)
    throw new OptionError('E_USAGE', 'news-extract diff: give exactly two output folders');
  const before = readFolder(a);
  const after = readFolder(b);
  const d = diffOutputs(before, after);
  const report = formatDiff(d, { before: a, after: b });
  process.stdout.write(values.summary ? report.slice(report.trimEnd().lastIndexOf('\n') + 1) : report);
  return isEmptyDiff(d) ? EXIT.ok : EXIT.someFailed;
}

/** `news-extract diff A B`: compares two output folders per article; exit 1 on any difference. */
export const diffCommandDef: Command = {
  name: 'diff',
  summary: 'compare two output folders article by article (exit 1 on differences)',
  help: DIFF_HELP,
  run: diffCommand,
};
