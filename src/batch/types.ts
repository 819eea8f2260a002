// The types the batch modules share (results, run-file keys, the processor seam), in one file so no two of those
// modules import each other: record.ts, pool.ts, processor.ts and article-result.ts all read them from here.
import type { CsvType } from '../contract';
import type { InputArticle, InputError } from '../inputs/input-item';
import type { PipelineOptions } from '../pipeline/options';

/** The mention types counted in the run summary (every CSV but the entity table). */
export const MENTION_TYPES = ['people', 'places', 'organizations', 'dates', 'quotes', 'money'] as const;
/** One of the counted mention types. */
export type MentionType = (typeof MENTION_TYPES)[number];

/** How results are formatted; fixed for a run (and part of the --resume fingerprint). */
export interface ResultFormat {
  readonly escapeFormulas: boolean;
}

/**
 * Everything the writer needs from one processed article, already formatted: the articles.jsonl line, each CSV's
 * rows (without header), the errors it raised and the counts for the summary. Stored in the run state as one
 * record (record.ts) for the final merge and --resume.
 */
export interface ArticleResult {
  readonly id: string;
  readonly source: string;
  /** Where the input sits (InputArticle.order): of two articles with one id, the earlier is kept. */
  readonly order: string;
  /** Hash of what was read for the article: --resume refuses to continue when an input changed. */
  readonly digest: string;
  /** The articles.jsonl line, without the newline. */
  readonly article: string;
  /** CSV rows of this article per type (RFC 4180, CRLF line ends), header excluded. */
  readonly csv: Readonly<Record<CsvType, string>>;
  readonly errors: readonly InputError[];
  readonly mentions: Readonly<Record<MentionType, number>>;
  readonly warnings: number;
}

/** Stage name -> milliseconds, summed over articles. */
export type StageTimes = Record<string, number>;

/**
 * A result ready for the run state: its sort key, its errors (for stderr) and its run-file record, encoded where
 * the article was processed (in the worker), so the main thread only moves bytes (a transferred buffer).
 */
export interface Finished {
  readonly id: string;
  readonly source: string;
  readonly order: string;
  readonly errors: readonly InputError[];
  /** The run-file record (record.ts), in a buffer of its own. */
  readonly record: Uint8Array;
}

/** What the sort needs of a result. */
export interface SortKey {
  readonly id: string;
  readonly source: string;
  readonly order: string;
}

/** An article as the batch hands it to the pipeline: the input article and a digest of its content. */
export interface BatchArticle extends InputArticle {
  readonly digest: string;
}

/** What a worker (or the in-process runner) needs to build its pipeline. Plain data: it is cloned into workers. */
export interface WorkerSettings {
  readonly pipeline: Partial<PipelineOptions>;
  /** Name of the stage list in PRESETS (`default` unless a baseline is asked for). */
  readonly preset: string;
  readonly format: ResultFormat;
  readonly profile: boolean;
  /** Largest article accepted (bytes): sizes the worker heaps (pool.ts workerHeapMb). */
  readonly maxArticleBytes: number;
  /** Seconds one article may take in a worker before the worker is stopped and the article reported (0: no limit). */
  readonly articleTimeout: number;
}

/** Receives each finished article (in completion order, which varies: the writer sorts). */
export type ResultSink = (result: Finished, times: StageTimes) => void;

/** Runs articles through the pipeline, in this thread (--jobs 1) or in a pool of worker threads. */
export interface Processor {
  /** Hands an article over; resolves once there is room for the next one (backpressure on the input reader). */
  submit(article: BatchArticle): Promise<void>;
  /** Resolves when every submitted article has been delivered to the sink. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Builds a processor (createProcessor below; the cluster coordinator passes one backed by Redis). */
export type ProcessorFactory = (jobs: number, settings: WorkerSettings, sink: ResultSink) => Promise<Processor>;
