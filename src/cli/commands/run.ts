import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CSV_TYPES } from '../../contract';
import type { CsvType } from '../../contract';
import { OptionError } from '../../pipeline/options';
import { checkPresetName } from '../../pipeline/preset-names';
import type { Command } from '../command';
import { EXIT } from '../command';
import { DEFAULT_MAX_ARTICLE_BYTES, isSingleArticle } from '../../inputs/inputs';
import { ARTICLE_ARGS, pipelineOptions } from '../pipeline-args';
import { runJob } from '../../batch/run-batch';
import type { RunSummary } from '../../batch/run-batch';
import { profileTable } from '../../batch/profile';
import { formatDuration } from '../../batch/progress';
import { CLUSTER_ARGS, CLUSTER_HELP, clusterProcessor } from '../../cluster/coordinator-args';
import { ClusterError, EXIT_CLUSTER } from '../../cluster/errors';

const RUN_HELP = `usage: news-extract <inputs...> [--out DIR] [options]

Reads .txt/.html files, directories (recursively), JSONL files (one article per line) or - (stdin) and writes
DIR/articles.jsonl, DIR/{people,places,organizations,dates,quotes,money,entities}.csv and DIR/errors.jsonl.

options:
  --out DIR                 output directory (default: output)
  --id-field NAME           JSONL field with the article id (default: id)
  --text-field NAME         JSONL field with the article text (default: text)
  --reference-date DATE     YYYY-MM-DD used for relative dates when an article gives no date
  --day-first               read 03/04/2022 as 3 April (default: month first)
  --default-currency CODE   what a bare "$" means (default: USD)
  --preset NAME             stage list: default, or a library-alone baseline for comparisons
                            (baseline-compromise, baseline-wink-dates)
  --types LIST              CSV files to write (default: ${CSV_TYPES.join(',')})
  --no-formula-escape       do not neutralize cells starting with = + - @ tab CR (default: escape)
  --bom                     start CSV files with a UTF-8 BOM (for Excel)
  --max-article-bytes N     larger files or JSONL records are skipped with E_TOO_LARGE (default: ${DEFAULT_MAX_ARTICLE_BYTES}, 10 MiB)
  --jobs N                  worker threads (default: the number of cores, ${availableParallelism()}, or 1 for a single
                            text or HTML file); with --jobs 1 articles run one at a time in one worker, or in
                            the main thread (no workers at all) when --article-timeout is 0
  --article-timeout S       seconds one article may take before it is skipped with E_TIMEOUT (default: 300;
                            0 = no limit); enforced for any --jobs, since each article then runs in a worker
  --resume                  continue an interrupted run into the same --out: finished articles are not redone
  --profile                 print time per pipeline stage at the end
${CLUSTER_HELP}
  --quiet                   no progress bar, messages or summary on stderr (errors.jsonl is still written)
  -h, --help                this text

Output files are written to temporary names and renamed when complete, so an interrupted run never leaves a
truncated file and never destroys the previous output; DIR/manifest.json, written last, names the complete set
(no manifest: a publish is under way or was interrupted). Outputs of an earlier run that this run does not write
(other --types) are removed. Finished articles are kept in DIR/.news-extract-state until the run completes;
rerun the same command with --resume to continue after a crash, kill or Ctrl-C (refused if an input changed).
One run at a time may use DIR (a lock file, DIR/.news-extract.lock, taken over when its process is gone).
The DIR folder itself is never read as input, even when it lies inside an input folder.

exit codes: 0 every input processed, 1 some inputs failed (see DIR/errors.jsonl), 2 usage error,
4 the run's environment failed: DIR cannot be used (another run holds it, not a folder, not writable, disk full)
or Redis was lost or refused (--redis; finished work is kept for --resume), 130 interrupted.

examples:
  news-extract corpus --out output
  news-extract articles.jsonl --text-field body --reference-date 2022-12-27 --out out/
  news-extract big.jsonl --out out/ --jobs 4 --profile
  news-extract big.jsonl --out out/ --resume      # after an interrupted run
  news-extract big.jsonl --out out/ --redis redis://127.0.0.1:6379   # with 'news-extract worker' processes
  cat article.txt | news-extract - --out out/`;

function parseTypes(list: string | undefined): CsvType[] {
  if (list === undefined) return [...CSV_TYPES];
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names)
    if (!(CSV_TYPES as readonly string[]).includes(n))
      throw new OptionError(
        'E_OPTION_TYPES',
        `news-extract: --types: unknown CSV type ${JSON.stringify(n)} (known: ${CSV_TYPES.join(', ')})`,
      );
  return names as CsvType[];
}

/** --jobs as given; by default one worker per core, or none for a single article file (see isSingleArticle). */
async function parseJobs(value: string | undefined, inputs: readonly string[]): Promise<number> {
  if (value === undefined) return (await isSingleArticle(inputs)) ? 1 : availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new OptionError(
      'E_OPTION_JOBS',
      `news-extract: --jobs must be a whole number from 1 to 256, found ${JSON.stringify(value)}`,
    );
  return n;
}

/**
 * Default --article-timeout: far above any real article (a 1 MB text takes seconds), low enough to keep a batch moving.
 */
const DEFAULT_ARTICLE_TIMEOUT_S = 300;

function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_ARTICLE_BYTES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new OptionError(
      'E_OPTION_MAX_BYTES',
      `news-extract: --max-article-bytes must be a whole number of bytes, found ${JSON.stringify(value)}`,
    );
  return n;
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_ARTICLE_TIMEOUT_S;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new OptionError(
      'E_OPTION_TIMEOUT',
      `news-extract: --article-timeout must be a number of seconds (0 = no limit), found ${JSON.stringify(value)}`,
    );
  return n;
}

/** The end-of-run summary: articles, mentions per type, warnings, errors, elapsed time. */
export function summaryLine(s: RunSummary, elapsedMs: number, out: string): string {
  const counts = Object.entries(s.mentions)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const resumed = s.resumed > 0 ? ` (${s.resumed} from the interrupted run)` : '';
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `news-extract: ${plural(s.articles, 'article')}${resumed}; mentions: ${counts}; ${plural(s.warnings, 'warning')}; ${plural(s.failedInputs, 'error')}; ${formatDuration(elapsedMs / 1000)} -> ${out}`;
}

async function runCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      ...ARTICLE_ARGS,
      preset: { type: 'string', default: 'default' },
      types: { type: 'string' },
      'no-formula-escape': { type: 'boolean', default: false },
      bom: { type: 'boolean', default: false },
      'max-article-bytes': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      'article-timeout': { type: 'string' },
      resume: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      ...CLUSTER_ARGS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(RUN_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new OptionError('E_USAGE', 'news-extract: no inputs given (a file, a directory, a .jsonl file or -)');
  const started = Date.now();
  const jobs = await parseJobs(values.jobs, positionals);
  checkPresetName(values.preset);
  const options = {
    inputs: positionals,
    outDir: values.out,
    idField: values['id-field'],
    textField: values['text-field'],
    maxArticleBytes: parseMaxBytes(values['max-article-bytes']),
    pipeline: pipelineOptions(values),
    preset: values.preset,
    csvTypes: parseTypes(values.types),
    escapeFormulas: !values['no-formula-escape'],
    bom: values.bom,
    quiet: values.quiet,
    jobs,
    articleTimeout: parseTimeout(values['article-timeout']),
    resume: values.resume,
    profile: values.profile,
    progress: !values.quiet && process.stderr.isTTY === true,
  };
  let summary: RunSummary;
  try {
    summary = await runJob({ ...options, processor: clusterProcessor(values, options) });
  } catch (e) {
    if (!(e instanceof ClusterError)) throw e;
    process.stderr.write(
      `${e.message}\nnews-extract: finished work is kept in ${values.out}; rerun with --resume to continue\n`,
    );
    return EXIT_CLUSTER;
  }
  const elapsed = Date.now() - started;
  if (values.profile) process.stderr.write(profileTable(summary.stageTimes, summary.processed, elapsed, jobs) + '\n');
  if (summary.interrupted) {
    process.stderr.write(
      `news-extract: interrupted after ${summary.processed} articles; finished work is kept in ${values.out}; rerun with --resume to continue\n`,
    );
    return EXIT.interrupted;
  }
  if (!values.quiet) process.stderr.write(summaryLine(summary, elapsed, values.out) + '\n');
  return summary.failedInputs > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The default command: extract from inputs into an output directory. */
export const runCommandDef: Command = {
  name: 'run',
  summary: 'extract people, places, organizations, dates, quotes and money from inputs into --out (default command)',
  help: RUN_HELP,
  run: runCommand,
};
