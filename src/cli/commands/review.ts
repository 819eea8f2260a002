import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { OptionError } from '../../pipeline/options';
import { writeReview } from '../../review/write-review';
import type { Command } from '../command';
import { EXIT } from '../command';

const REVIEW_HELP = `usage: news-extract review DIR [--quiet]

Writes a static, self-contained report of a run into DIR/review/ (no server, no network; open it from disk):
  DIR/review/index.html              every article with its id, title, published date and counts per type; filter,
                                     sort and page; mentions per type (a chart) and the most frequent people,
                                     places, organizations and speakers
  DIR/review/articles/000001.html    one page per article in the order of DIR/articles.jsonl: the text with removed
                                     boilerplate shaded and labelled, every mention marked (hover or focus shows its
                                     normalized value), each quote linked to its speaker, an entity table

DIR is a folder written by a run (--out). The report is rebuilt from scratch and swapped in whole. Article text,
ids, titles and URLs are escaped, and each page carries a Content Security Policy that lets only its own inline
style and script run.

options:
  --quiet       print nothing but errors
  -h, --help    this text

examples:
  news-extract corpus --out output && news-extract review output && xdg-open output/review/index.html

exit codes: 0 ok, 1 some lines of articles.jsonl could not be read (the others are in the report), 2 usage error
(e.g. DIR has no articles.jsonl).`;

async function reviewCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { quiet: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(REVIEW_HELP + '\n');
    return EXIT.ok;
  }
  const dir = positionals[0];
  if (positionals.length !== 1 || dir === undefined)
    throw new OptionError('E_USAGE', 'news-extract review: give exactly one output folder');
  const input = path.join(dir, 'articles.jsonl');
  const stat = await fs.stat(input).catch(() => null);
  if (!stat?.isFile())
    throw new OptionError(
      'E_REVIEW_INPUT',
      `news-extract review: ${input} not found (give a folder written by a run with --out)`,
    );
  const result = await writeReview(dir);
  for (const p of result.problems) process.stderr.write(`news-extract review: ${path.join(dir, p)}\n`);
  if (!values.quiet) process.stderr.write(`review: ${result.articles} articles -> ${result.indexFile}\n`);
  return result.problems.length ? EXIT.someFailed : EXIT.ok;
}

/** `news-extract review DIR`: a static HTML report of a run's articles and mentions. */
export const reviewCommandDef: Command = {
  name: 'review',
  summary: 'write a static HTML report of a run (DIR/review/index.html)',
  help: REVIEW_HELP,
  run: reviewCommand,
};
