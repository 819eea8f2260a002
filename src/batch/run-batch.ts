import { promises as fs } from 'node:fs';
import type { CsvType } from '../contract';
import type { PipelineOptions } from '../pipeline/options';
import { OptionError, resolveOptions } from '../pipeline/options';
import type { InputError } from '../inputs/input-item';
import type { InputOptions } from '../inputs/inputs';
import { DEFAULT_MAX_ARTICLE_BYTES, readInputs } from '../inputs/inputs';
import type { MentionType, StageTimes } from './article-result';
import { articleDigest } from './article-result';
import { Collector } from './collector';
import { estimateArticles } from './count';
import type { OutputTotals } from './outputs';
import { writeOutputs } from './outputs';
import { lockOut } from './lock';
import { asOutputError } from './output-error';
import { ALL_OUTPUTS, MANIFEST_FILE } from './publish';
import { createProcessor } from './processor';
import type { ProcessorFactory } from './processor';
import { Progress } from './progress';
import { fingerprint, resultKey, RunState, STATE_FORMAT } from './state';
import { removeStaleTemps } from './write-atomic';

/** Everything the run command needs. */
export interface RunOptions extends InputOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly pipeline: Partial<PipelineOptions>;
  /** Stage list by name (PRESETS in pipeline/presets.ts); default `default`. */
  readonly preset?: string;
  readonly csvTypes: readonly CsvType[];
  readonly escapeFormulas: boolean;
  readonly bom: boolean;
  readonly quiet: boolean;
  /** Worker threads; 1 runs the pipeline in this thread. */
  readonly jobs: number;
  /** Continue the interrupted run in outDir instead of starting over. */
  readonly resume: boolean;
  /** Collect per-stage times (RunSummary.stageTimes). */
  readonly profile: boolean;
  /**
   * Seconds one article may take in a worker before it is reported as E_TIMEOUT (0 or absent: no limit; workers only).
   */
  readonly articleTimeout?: number;
  /** Draw the progress bar (the command passes: stderr is a TTY and not --quiet). */
  readonly progress: boolean;
  /** Builds the processor instead of createProcessor (the cluster coordinator: src/cluster). */
  readonly processor?: ProcessorFactory;
}

/** What a run did, for the summary and the exit code. */
export interface RunSummary {
  /** Articles in the output, including those an interrupted earlier attempt finished. */
  readonly articles: number;
  /** Entries in errors.jsonl: inputs that could not be read plus articles with a fatal problem. */
  readonly failedInputs: number;
  readonly fatalArticles: number;
  readonly mentions: Readonly<Record<MentionType, number>>;
  readonly warnings: number;
  /** Articles processed by this attempt, and ones skipped because an earlier attempt finished them. */
  readonly processed: number;
  readonly resumed: number;
  /** True when SIGINT/SIGTERM stopped the run: outputs were not written, the state is kept for --resume. */
  readonly interrupted: boolean;
  readonly stageTimes: StageTimes;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The settings that change output bytes; a --resume must match them. */
export function settingsPrint(o: RunOptions): string {
  const { inputs, idField, textField, csvTypes, escapeFormulas, bom } = o;
  const maxArticleBytes = o.maxArticleBytes ?? null;
  const preset = o.preset ?? 'default';
  return fingerprint({
    format: STATE_FORMAT,
    inputs,
    idField,
    textField,
    maxArticleBytes,
    pipeline: resolveOptions(o.pipeline),
    preset,
    csvTypes,
    escapeFormulas,
    bom,
  });
}

/** Stops the input loop on the first Ctrl-C or SIGTERM (finished work is saved); a second one exits at once. */
function interruptFlag(): { readonly stop: () => boolean; readonly dispose: () => void } {
  let stopped = false;
  const onSignal = (): void => {
    if (stopped) process.exit(130);
    stopped = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stop: () => stopped,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

interface Attempt {
  readonly inputErrors: InputError[];
  readonly collector: Collector;
  readonly resumed: number;
  readonly interrupted: boolean;
}

/** --resume met an input whose content differs from what the interrupted run read. */
function changedInput(source: string, outDir: string): OptionError {
  return new OptionError(
    'E_RESUME_CHANGED',
    `news-extract: --resume: ${source} changed since the interrupted run in ${outDir} read it; rerun without --resume to start over`,
  );
}

/** Reads the inputs and runs every article not finished yet through the processor, saving results as it goes. */
async function processInputs(
  o: RunOptions,
  state: RunState,
  done: ReadonlyMap<string, string>,
  progress: Progress,
): Promise<Attempt> {
  const collector = new Collector(state);
  const inputErrors: InputError[] = [];
  const processor = await (o.processor ?? createProcessor)(
    o.jobs,
    {
      pipeline: o.pipeline,
      preset: o.preset ?? 'default',
      format: { escapeFormulas: o.escapeFormulas },
      profile: o.profile,
      articleTimeout: o.articleTimeout ?? 0,
      maxArticleBytes: o.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    },
    (result, times) => {
      for (const e of result.errors) progress.log(`news-extract: ${e.message}`, o.quiet);
      collector.add(result, times);
      progress.tick();
    },
  );
  const signal = interruptFlag();
  let resumed = 0;
  try {
    for await (const item of readInputs(o.inputs, { ...o, exclude: [o.outDir] }, readStdin)) {
      if (signal.stop()) break;
      if (item.kind === 'error') {
        inputErrors.push(item.error);
        progress.log(`news-extract: ${item.error.message}`, o.quiet);
        continue;
      }
      const article = { raw: item.raw, order: item.order, digest: articleDigest(item.raw) };
      const before = done.get(resultKey({ ...item.raw, order: item.order }));
      if (before === undefined) await processor.submit(article);
      else if (before !== article.digest) throw changedInput(item.raw.source, o.outDir);
      else {
        resumed++;
        progress.tick();
      }
    }
    await processor.drain();
  } finally {
    await processor.close();
    await collector.close();
    signal.dispose();
  }
  return { inputErrors, collector, resumed, interrupted: signal.stop() };
}

function summaryOf(totals: OutputTotals | null, a: Attempt): RunSummary {
  const zero = { people: 0, places: 0, organizations: 0, dates: 0, quotes: 0, money: 0 };
  return {
    articles: totals?.articles ?? a.collector.processed + a.resumed,
    failedInputs: totals?.errors ?? a.inputErrors.length,
    fatalArticles: totals?.fatalArticles ?? 0,
    mentions: totals?.mentions ?? zero,
    warnings: totals?.warnings ?? 0,
    processed: a.collector.processed,
    resumed: a.resumed,
    interrupted: a.interrupted,
    stageTimes: a.collector.times,
  };
}

/**
 * Reads the inputs (streamed), runs the pipeline over each article (in `jobs` worker threads), saves results in
 * the run state inside outDir, then merges them in id order into articles.jsonl, the CSVs and errors.jsonl and
 * publishes them with a manifest (publish.ts). With `resume`, articles an interrupted attempt finished are not
 * processed again. One run at a time holds outDir (lock.ts); a folder that cannot be written throws OutputError.
 */
export async function runJob(o: RunOptions): Promise<RunSummary> {
  const print = settingsPrint(o);
  try {
    await fs.mkdir(o.outDir, { recursive: true });
    const lock = await lockOut(o.outDir);
    try {
      return await lockedRun(o, print);
    } finally {
      await lock.release();
    }
  } catch (e) {
    throw asOutputError(e, o.outDir);
  }
}

/** The run itself, with the lock on --out held. */
async function lockedRun(o: RunOptions, print: string): Promise<RunSummary> {
  await removeStaleTemps(o.outDir, [...ALL_OUTPUTS, MANIFEST_FILE]);
  const { state, resumed } = await RunState.open(o.outDir, print, o.resume);
  const done = resumed ? await state.doneKeys() : new Map<string, string>();
  const progress = new Progress(o.progress);
  if (o.progress)
    void estimateArticles(o.inputs).then(
      (n) => progress.setTotal(n),
      () => undefined,
    );
  const attempt = await processInputs(o, state, done, progress).finally(() => progress.stop());
  if (attempt.interrupted) return summaryOf(null, attempt);
  const totals = await writeOutputs(state, attempt.inputErrors, o);
  await state.remove();
  return summaryOf(totals, attempt);
}
