// What travels through Redis: a chunk of articles to process (the job data) and their run-file records (the job's
// return value). Plain JSON both ways: BullMQ stores job data and return values as JSON strings.
import type { RawArticle } from '../model/document';
import type { BatchArticle, Finished } from '../batch/article-result';
import type { WorkerSettings } from '../batch/processor';
import { parseHead, payloadSize } from '../batch/record';

/**
 * An article as sent to a worker: the RawArticle with its undecoded bytes (files) as base64, plus where it sits in
 * the inputs (`order`) and the digest of its content, which its run-file record carries for --resume.
 */
export interface WireArticle {
  readonly order: string;
  readonly digest: string;
  readonly id: string;
  readonly source: string;
  readonly bytes64?: string;
  readonly text?: string;
  readonly html?: string;
  readonly published?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
}

/** The data of one job: a chunk of articles and everything a worker needs to process them exactly as a local run. */
export interface ChunkJob {
  /** news-extract version and code fingerprint of the coordinator (version.ts); a worker refuses any other. */
  readonly version: string;
  /** The run the chunk belongs to (also the job name). */
  readonly run: string;
  /** Fingerprint of `settings`, checked by the worker (a job is processed only with the settings it was made for). */
  readonly settingsPrint: string;
  readonly settings: WorkerSettings;
  readonly articles: readonly WireArticle[];
}

/** The return value of a finished job: the run-file records of its articles, concatenated (UTF-8 text). */
export interface ChunkResult {
  readonly records: string;
}

/** Article -> wire form (bytes as base64; absent fields stay absent). */
export function toWire(article: BatchArticle): WireArticle {
  const { bytes, ...rest } = article.raw;
  const wire = { order: article.order, digest: article.digest, ...rest };
  return bytes === undefined
    ? wire
    : { ...wire, bytes64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** Wire form -> article, byte for byte what the coordinator read. */
export function fromWire(w: WireArticle): BatchArticle {
  const { bytes64, order, digest, ...rest } = w;
  const raw: RawArticle = bytes64 === undefined ? rest : { ...rest, bytes: Buffer.from(bytes64, 'base64') };
  return { raw, order, digest };
}

/**
 * Finished articles -> one string of concatenated records. Records are valid UTF-8 (encodeRecord writes JS strings
 * as UTF-8, lone surrogates as U+FFFD), so decoding and re-encoding gives the same bytes.
 */
export function encodeRecords(results: readonly Finished[]): string {
  return results
    .map((r) => Buffer.from(r.record.buffer, r.record.byteOffset, r.record.byteLength).toString('utf8'))
    .join('');
}

/** The records of a job's return value, back as Finished results (sort key, errors, record bytes). */
export function decodeRecords(text: string, where: string): Finished[] {
  const all = Buffer.from(text, 'utf8');
  const out: Finished[] = [];
  let at = 0;
  while (at < all.length) {
    const nl = all.indexOf(0x0a, at);
    if (nl < 0) throw new Error(`news-extract: ${where}: damaged result record`);
    const head = parseHead(all.toString('utf8', at, nl), where);
    const end = nl + 1 + payloadSize(head) + 1;
    if (end > all.length || all[end - 1] !== 0x0a) throw new Error(`news-extract: ${where}: damaged result record`);
    // A buffer of its own per record, as a worker thread would hand over.
    const record = Buffer.allocUnsafeSlow(end - at);
    all.copy(record, 0, at, end);
    out.push({ id: head.id, source: head.source, order: head.order, errors: head.errors, record });
    at = end;
  }
  return out;
}
