import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { PagePlace } from './article-page';
import { articlePage, pageName } from './article-page';
import { jsonForScript } from './escape';
import { indexParts } from './index-page';
import type { ReviewArticle } from './record';
import { MENTION_LISTS, toReviewArticle } from './record';
import { RunSummary } from './summary';

/** What `review` did: pages written, lines it could not read (file:line and why). */
export interface ReviewResult {
  readonly articles: number;
  readonly problems: readonly string[];
  readonly indexFile: string;
}

/** One index row: number, page name, id, title, published, then the count of each mention type. */
type IndexRow = readonly (string | number | null)[];

function indexRow(n: number, a: ReviewArticle): IndexRow {
  return [n, pageName(n), a.id, a.title, a.published, ...MENTION_LISTS.map(({ type }) => a.mentions[type].length)];
}

/**
 * Writes the report of `dir/articles.jsonl` into `dir/review/`, streaming: one article is held at a time (its page is
 * written once the next one is known, for the "next" link) and index rows go to a scratch file, so memory does not
 * grow with the run. The report is built in a temporary sibling folder and swapped in at the end: a reader sees the
 * old report or the new one, never a mix.
 */
export async function writeReview(dir: string): Promise<ReviewResult> {
  const input = path.join(dir, 'articles.jsonl');
  await fs.access(input);
  const target = path.join(dir, 'review');
  const tmp = path.join(dir, `.review.${process.pid}.tmp`);
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(path.join(tmp, 'articles'), { recursive: true });
  try {
    const result = await writeInto(input, tmp, path.basename(dir));
    await swapIn(tmp, target);
    return { ...result, indexFile: path.join(target, 'index.html') };
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

async function writeInto(input: string, tmp: string, source: string): Promise<Omit<ReviewResult, 'indexFile'>> {
  const summary = new RunSummary();
  const problems: string[] = [];
  const rowsFile = path.join(tmp, '.rows.json');
  const rows = await fs.open(rowsFile, 'w');
  let held: ReviewArticle | null = null;
  let n = 0;
  const flush = async (next: boolean): Promise<void> => {
    if (held === null) return;
    const place: PagePlace = {
      number: n,
      total: null,
      prev: n > 1 ? pageName(n - 1) : null,
      next: next ? pageName(n + 1) : null,
    };
    await fs.writeFile(path.join(tmp, 'articles', `${pageName(n)}.html`), articlePage(held, place));
  };
  let lineNo = 0;
  for await (const line of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let article: ReviewArticle;
    try {
      article = toReviewArticle(JSON.parse(line));
    } catch (err) {
      problems.push(`articles.jsonl:${lineNo}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    await flush(true);
    held = article;
    n++;
    summary.add(article);
    await rows.write(`${n > 1 ? ',' : '['}${jsonForScript(indexRow(n, article))}\n`);
  }
  await flush(false);
  await rows.write(n ? ']' : '[]');
  await rows.close();
  await writeIndex(tmp, rowsFile, summary, source);
  return { articles: n, problems };
}

async function writeIndex(tmp: string, rowsFile: string, summary: RunSummary, source: string): Promise<void> {
  const { head, tail } = indexParts(summary, source);
  const out = await fs.open(path.join(tmp, 'index.html'), 'w');
  try {
    await out.write(head);
    for await (const chunk of createReadStream(rowsFile)) await out.write(chunk as Buffer);
    await out.write(tail);
  } finally {
    await out.close();
  }
  await fs.rm(rowsFile);
}

/** Replaces `target` with the finished `tmp` folder by two renames; the old report is removed after. */
async function swapIn(tmp: string, target: string): Promise<void> {
  const old = `${target}.${process.pid}.old`;
  const had = await fs.rename(target, old).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false;
      throw err;
    },
  );
  await fs.rename(tmp, target);
  if (had) await fs.rm(old, { recursive: true, force: true });
}
