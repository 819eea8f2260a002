import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { OUTPUT_FILE, diffOutputs, diffSummary, formatDiff, isEmptyDiff } from '../../eval/diff';
import type { OutputContent } from '../../eval/diff';
import { CSV_TYPES } from '../../contract';
import { OptionError } from '../../pipeline/options';
import type { Command } from '../command';
import { EXIT } from '../command';
import { ARTICLE_ARGS, pipelineOptions } from '../pipeline-args';
import { runJob } from '../../batch/run-batch';
import { readFolder } from './diff';

const CHECK_HELP = `usage: news-extract check SNAPSHOT_DIR INPUTS... [--update] [options]

Runs the pipeline on INPUTS into a temporary folder (default settings: all CSVs, formula escaping on, no BOM) and
compares the result with the committed snapshot in SNAPSHOT_DIR, the way 'news-extract diff' does: a per-article
report of mentions added, removed and changed, then differing files. Use it in CI to catch unintended changes.
With --update, the snapshot is rewritten from the new output instead (read the report, then commit it).

options:
  --update                  write the new output into SNAPSHOT_DIR (creates it) and exit 0
  --id-field NAME           as for the run command
  --text-field NAME
  --reference-date DATE
  --day-first
  --default-currency CODE
  --jobs N                  worker threads for the run (default 1)
  -h, --help                this text

Give the same inputs and options every time: the snapshot records the output for them.

examples:
  news-extract check tests/snapshots/corpus corpus
  news-extract check tests/snapshots/corpus corpus --update
  news-extract check snapshots/wire data/wire.jsonl --reference-date 2024-01-01

exit codes: 0 output equals the snapshot (or --update), 1 differences found or some inputs failed,
2 usage error (e.g. SNAPSHOT_DIR missing without --update), 130 interrupted (nothing compared or written).`;

/** Replaces the snapshot's output files with the new ones (output files only; anything else is left alone). */
function writeSnapshot(dir: string, output: OutputContent): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir))
    if (OUTPUT_FILE.test(name) && !output.files.has(name)) rmSync(path.join(dir, name));
  for (const [name, text] of output.files) writeFileSync(path.join(dir, name), text, 'utf8');
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      update: { type: 'boolean', default: false },
      ...ARTICLE_ARGS,
      jobs: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** Inputs that failed, or null when Ctrl-C (or SIGTERM) stopped the run: then nothing is compared or written. */
async function runInto(
  outDir: string,
  inputs: readonly string[],
  v: ReturnType<typeof parse>['values'],
): Promise<number | null> {
  const jobs = Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new OptionError(
      'E_OPTION_JOBS',
      `news-extract check: --jobs must be a whole number >= 1, found ${JSON.stringify(v.jobs)}`,
    );
  const summary = await runJob({
    inputs,
    outDir,
    idField: v['id-field'],
    textField: v['text-field'],
    pipeline: pipelineOptions(v),
    csvTypes: [...CSV_TYPES],
    escapeFormulas: true,
    bom: false,
    quiet: true,
    jobs,
    resume: false,
    profile: false,
    progress: false,
  });
  return summary.interrupted ? null : summary.failedInputs;
}

async function checkCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(CHECK_HELP + '\n');
    return EXIT.ok;
  }
  const [snapshot, ...inputs] = positionals;
  if (snapshot === undefined || inputs.length === 0)
    throw new OptionError('E_USAGE', 'news-extract check: give a snapshot folder and at least one input');
  if (!values.update && !existsSync(path.join(snapshot, 'articles.jsonl')))
    throw new OptionError(
      'E_CHECK_NO_SNAPSHOT',
      `news-extract check: no snapshot in ${snapshot} (create it with --update)`,
    );
  const tmp = mkdtempSync(path.join(tmpdir(), 'news-extract-check-'));
  try {
    const failed = await runInto(tmp, inputs, values);
    if (failed === null) {
      process.stderr.write(
        `news-extract check: interrupted; nothing was compared${values.update ? ` and ${snapshot} was not changed` : ''}\n`,
      );
      return EXIT.interrupted;
    }
    if (failed > 0)
      process.stderr.write(`news-extract check: ${failed} inputs failed (see errors.jsonl in the report)\n`);
    if (values.update) {
      const output = readFolder(tmp);
      const before: OutputContent = existsSync(path.join(snapshot, 'articles.jsonl'))
        ? readFolder(snapshot)
        : { articles: new Map(), files: new Map() };
      writeSnapshot(snapshot, output);
      process.stdout.write(
        `news-extract check: snapshot ${snapshot} updated (${diffSummary(diffOutputs(before, output))})\n`,
      );
      return EXIT.ok;
    }
    const expected = readFolder(snapshot);
    const actual = readFolder(tmp);
    const d = diffOutputs(expected, actual);
    if (isEmptyDiff(d)) {
      process.stdout.write(`news-extract check: output matches ${snapshot} (${expected.articles.size} articles)\n`);
      return failed > 0 ? EXIT.someFailed : EXIT.ok;
    }
    process.stdout.write(formatDiff(d, { before: `snapshot ${snapshot}`, after: 'new output' }));
    process.stdout.write(
      `news-extract check: differences found; if they are intended, run again with --update and commit ${snapshot}\n`,
    );
    return EXIT.someFailed;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * `news-extract check SNAPSHOT INPUTS`: runs the pipeline and compares with a committed snapshot (CI regression check).
 */
export const checkCommandDef: Command = {
  name: 'check',
  summary: 'run on inputs and compare with a committed snapshot (exit 1 on differences; --update rewrites it)',
  help: CHECK_HELP,
  run: checkCommand,
};
