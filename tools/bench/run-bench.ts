// `npm run bench`: throughput, memory, parallel speed-up, start-up time and linearity of the pipeline, next to
// the bare libraries, on a generated corpus (see corpus.ts). All ratios come from this one run. Options:
//   --articles N   corpus size (default 2000)      --sample N   articles for the in-process comparison (default 300;
//                  as many others, after them in the corpus, warm each library and the pipeline up first)
//   --big          also measure peak RSS on 20,000 articles      --no-linearity   skip the linearity check
import { existsSync, promises as fs } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { warmGazetteer } from '../../src/gazetteer';
import { createPipeline } from '../../src/pipeline/pipeline';
import { BENCH_SEED, corpusParagraphs, generateArticles, writeJsonl } from './corpus';
import { compromisePass, winkPass } from './libraries';
import { linearitySection } from './linearity-report';
import { megabytes, median, runChild, timeOver, tokenCount } from './measure';
import type { ChildRun } from './measure';
import { num, rates, table } from './report';
import type { Row } from './report';

/** The package root: the nearest directory above this file holding corpus/ (dist/ and .build/NAME/ both work). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'corpus')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
const ROOT = findRoot(__dirname);
/** The small file whose end-to-end run measures CLI start-up. */
const STARTUP_FILE = path.join(ROOT, 'corpus', 'iria-cis-informal-summit-2022.txt');

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function intOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

async function sameFiles(a: string, b: string): Promise<boolean> {
  for (const name of await fs.readdir(a)) {
    const [x, y] = await Promise.all([
      fs.readFile(path.join(a, name)),
      fs.readFile(path.join(b, name)).catch(() => null),
    ]);
    if (!y || !x.equals(y)) return false;
  }
  return true;
}

/**
 * In-process, one core: the pipeline and the bare libraries over the same sample texts, taking turns (measure.ts
 * timeOver), each timed on a second pass after a first pass over `warmUp` (other articles of the corpus). Both
 * passes are reported: the first holds the one-time JIT compilation, which weighs more for the pipeline's many
 * small passes than for one library.
 */
function inProcess(texts: readonly string[], warmUp: readonly string[]): Row[] {
  const mb = texts.reduce((s, t) => s + megabytes(t), 0);
  const tokens = texts.reduce((s, t) => s + tokenCount(t), 0);
  const t0 = performance.now();
  const pipeline = createPipeline();
  pipeline.run({ id: 'warm-up', source: 'bench', text: texts[0] ?? '' });
  // The gazetteer decodes its parts on first use (CLI start-up stays short); a long run decodes nearly all of it
  // once. That is load, like compromise building its lexicon before its warm-up call: count it here, not per article.
  warmGazetteer();
  const loadMs = performance.now() - t0;
  let i = 0;
  const runPipeline = (text: string): unknown => pipeline.run({ id: `s${i++}`, source: 'bench', text });
  const [pipe, comp, wink] = timeOver(texts, warmUp, [runPipeline, compromisePass, winkPass]);
  if (!pipe || !comp || !wink) throw new Error('bench: a contender was not timed');
  const pipeMs = pipe.steadyMs;
  const row = (label: string, ms: number): Row => {
    const r = rates(texts.length, mb, tokens, ms);
    return [label, r.articles, r.mb, r.tokens, num(pipeMs > 0 ? ms / pipeMs : 0, 2) + 'x'];
  };
  const perSecond = (ms: number): string => num(ms > 0 ? (warmUp.length * 1000) / ms : 0, 1);
  console.log(`pipeline load + first article: ${num(loadMs)} ms`);
  console.log(
    `first pass (${warmUp.length} other articles, one warm-up call before; JIT compilation included), articles/s: ` +
      `pipeline ${perSecond(pipe.firstMs)}, compromise ${perSecond(comp.firstMs)} ` +
      `(${num(pipe.firstMs > 0 ? comp.firstMs / pipe.firstMs : 0, 2)}x), wink ${perSecond(wink.firstMs)}`,
  );
  return [
    ['in-process, 1 core, second pass', 'articles/s', 'MB/s', 'tokens/s', 'time vs pipeline'],
    row('news-extract pipeline (all stages)', pipeMs),
    row('compromise nlp() + .people() + .places()', comp.steadyMs),
    row('wink readDoc + entities()', wink.steadyMs),
  ];
}

async function cliRuns(file: string, texts: readonly string[], work: string, big: boolean): Promise<Row[]> {
  const mb = texts.reduce((s, t) => s + megabytes(t), 0);
  const tokens = texts.reduce((s, t) => s + tokenCount(t), 0);
  const one = await runChild([file, '--out', path.join(work, 'j1'), '--jobs', '1', '--quiet']);
  const two = await runChild([file, '--out', path.join(work, 'j2'), '--jobs', '2', '--quiet']);
  const identical = await sameFiles(path.join(work, 'j1'), path.join(work, 'j2'));
  const row = (label: string, r: ChildRun, n: number): Row => {
    const x = rates(n, (mb * n) / texts.length, (tokens * n) / texts.length, r.wallMs);
    return [label, num(r.wallMs / 1000, 1), num(r.cpuMs / 1000, 1), x.articles, x.mb, x.tokens, num(r.maxRssMb)];
  };
  const rows: Row[] = [
    ['CLI end to end', 'wall s', 'CPU s', 'articles/s', 'MB/s', 'tokens/s', 'peak RSS MB'],
    row(`--jobs 1, ${texts.length} articles`, one, texts.length),
    row(`--jobs 2, ${texts.length} articles`, two, texts.length),
  ];
  console.log(
    `speed-up 1 -> 2 workers: ${num(one.wallMs / two.wallMs, 2)}x; outputs byte-identical: ${identical ? 'yes' : 'NO'}`,
  );
  // --jobs 1 is not one core's worth of CPU: V8's garbage collector and compiler run threads beside the pipeline.
  // What it already takes of a second core is speed-up two workers on this machine cannot add.
  const cores = cpus().length;
  const used = one.cpuMs / one.wallMs;
  console.log(
    `--jobs 1 kept ${num(used, 2)} cores busy (CPU / wall); with ${cores} cores the ceiling for 2 workers is ${num(Math.min(2, cores / used), 2)}x`,
  );
  const apart = await sideBySide(file, work);
  console.log(
    `two independent --jobs 1 processes, half the articles each, side by side: ${num(apart / 1000, 1)} s wall, ${num(one.wallMs / apart, 2)}x ` +
      `(what 2 cores give this pipeline with no coordination at all); 2 workers reach ${num((100 * apart) / two.wallMs)}% of it`,
  );
  if (big) {
    const bigFile = path.join(work, 'big.jsonl');
    const n = 20_000;
    await writeJsonl(bigFile, generateArticles(n, await corpusParagraphs(path.join(ROOT, 'corpus'))));
    rows.push(
      row(
        `--jobs 2, ${num(n)} articles`,
        await runChild([bigFile, '--out', path.join(work, 'big'), '--jobs', '2', '--quiet']),
        n,
      ),
    );
  }
  return rows;
}

/** Wall time of two --jobs 1 CLI processes, each on half of `file`'s articles, started together. */
async function sideBySide(file: string, work: string): Promise<number> {
  const lines = (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
  const half = Math.ceil(lines.length / 2);
  const parts = [lines.slice(0, half), lines.slice(half)];
  const files = await Promise.all(
    parts.map(async (part, i) => {
      const f = path.join(work, `half${i}.jsonl`);
      await fs.writeFile(f, part.map((l) => l + '\n').join(''));
      return f;
    }),
  );
  const t0 = performance.now();
  await Promise.all(files.map((f, i) => runChild([f, '--out', path.join(work, `half${i}`), '--jobs', '1', '--quiet'])));
  return performance.now() - t0;
}

async function startup(work: string): Promise<string> {
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(await runChild([STARTUP_FILE, '--out', path.join(work, `start${i}`), '--quiet']));
  return `CLI start-up, one small file (${path.basename(STARTUP_FILE)}), default --jobs, median of 3: ${num(median(runs.map((r) => r.wallMs)))} ms wall, ${num(median(runs.map((r) => r.cpuMs)))} ms CPU`;
}

async function main(): Promise<void> {
  const count = intOption('--articles', 2000);
  const work = await fs.mkdtemp(path.join(tmpdir(), 'news-extract-bench-'));
  const articles = generateArticles(count, await corpusParagraphs(path.join(ROOT, 'corpus')));
  const file = path.join(work, 'corpus.jsonl');
  const bytes = await writeJsonl(file, articles);
  const texts = articles.map((a) => a.text);
  const size = intOption('--sample', 300);
  const sample = texts.slice(0, size);
  const warmUp = texts.slice(size, 2 * size);
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `corpus: ${count} generated articles (seed ${BENCH_SEED}), ${num(bytes / 1048576, 1)} MB JSONL, mean ${num(bytes / count)} bytes, ${num(texts.reduce((s, t) => s + tokenCount(t), 0))} tokens`,
  );
  console.log('\n' + table(inProcess(sample, warmUp)) + `\n(${sample.length} articles; ratios from this run)\n`);
  console.log(table(await cliRuns(file, texts, work, flag('--big'))) + '\n');
  console.log(await startup(work));
  if (!flag('--no-linearity')) console.log('\n' + linearitySection());
  await fs.rm(work, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
