// The run-file record format (src/batch/record.ts): round trips byte-exact, a record cut short by a kill is
// ignored, a damaged one is refused; the merge compares header keys only; the atomic writer takes bytes and text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { CSV_TYPES } from '../src/contract';
import type { CsvType } from '../src/contract';
import type { ArticleResult } from '../src/batch/article-result';
import { finished } from '../src/batch/article-result';
import { MAX_FAN_IN, mergeRuns } from '../src/batch/merge';
import { writeOutputs } from '../src/batch/outputs';
import { RunState } from '../src/batch/state';
import type { RunRecord } from '../src/batch/record';
import { encodeRecord, RECORD_PARTS, recordParts } from '../src/batch/record';
import { readRecords } from '../src/batch/record-reader';
import { createAtomicWriter, writeAll } from '../src/batch/write-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'run-record-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Payload text that JSON would escape and a line reader would split: newlines, CRLF, tabs, quotes, NUL, non-ASCII,
 * emoji.
 */
const HOSTILE = 'line one\nline two\r\n\ttabbed "quoted" \\back\\slash\u0000 café Zürich 東京 🎉👩‍👩‍👧 end';

function result(id: string, extra: Partial<ArticleResult> = {}): ArticleResult {
  const csv = Object.fromEntries(
    CSV_TYPES.map((t, i) => [t, i % 2 === 0 ? `${id},${t},"${HOSTILE.replace(/"/g, '""')}"\r\n` : '']),
  ) as Record<CsvType, string>;
  return {
    id,
    source: `in.jsonl:${id.length}`,
    order: `in.jsonl\u0000${id.length}`,
    digest: 'd',
    article: JSON.stringify({ id, text: HOSTILE }),
    csv,
    errors: [],
    mentions: { people: 1, places: 2, organizations: 6, dates: 3, quotes: 4, money: 5 },
    warnings: 2,
    ...extra,
  };
}

/** The bytes each part must hold: the article line with its newline (none for a skipped article), each CSV's rows. */
function expectedParts(r: ArticleResult): Record<string, string> {
  return Object.fromEntries(
    RECORD_PARTS.map((p) => [p, p === 'article' ? (r.article === '' ? '' : `${r.article}\n`) : r.csv[p]]),
  );
}

function partsText(rec: RunRecord): Record<string, string> {
  return Object.fromEntries(Object.entries(recordParts(rec)).map(([k, v]) => [k, v.toString('utf8')]));
}

async function readAll(file: string): Promise<RunRecord[]> {
  const out: RunRecord[] = [];
  for await (const r of readRecords(file)) out.push(r);
  return out;
}

function runFile(name: string, bytes: readonly Uint8Array[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.concat(bytes));
  return file;
}

test.each([
  ['plain', result('a1')],
  ['hostile id, source and payload', result('id\nwith "quotes"\u0000 and 🎉', { source: 'dir/ärger.txt' })],
  [
    'a skipped article (no article line) with errors',
    result('x', {
      article: '',
      errors: [{ path: 'in.jsonl', line: 3, code: 'E_TIMEOUT', message: 'in.jsonl:3: too slow' }],
    }),
  ],
  ['a payload larger than one read', result('big', { article: JSON.stringify({ text: HOSTILE.repeat(20_000) }) })],
])('round trip keeps header and payload byte-exact: %s', async (_name, r) => {
  const file = runFile('run.rec', [encodeRecord(r), encodeRecord(result('zz'))]);
  const [back, next] = await readAll(file);
  expect(back?.head).toEqual({
    id: r.id,
    source: r.source,
    order: r.order,
    digest: r.digest,
    errors: r.errors,
    mentions: r.mentions,
    warnings: r.warnings,
    bytes: expect.any(Array),
  });
  expect(partsText(back!)).toEqual(expectedParts(r));
  expect(
    Buffer.concat(Object.values(recordParts(back!))).equals(
      Buffer.from(Object.values(expectedParts(r)).join(''), 'utf8'),
    ),
  ).toBe(true);
  expect(next?.head.id).toBe('zz');
});

test('many records of varied sizes read back in order across read boundaries', async () => {
  const results = Array.from({ length: 400 }, (_, i) =>
    result(`r${String(i).padStart(4, '0')}`, {
      article: JSON.stringify({ text: HOSTILE.repeat(1 + ((i * 37) % 90)) }),
    }),
  );
  const file = runFile('run.rec', results.map(encodeRecord));
  const back = await readAll(file);
  expect(back.map((r) => r.head.id)).toEqual(results.map((r) => r.id));
  back.forEach((rec, i) => expect(partsText(rec)).toEqual(expectedParts(results[i]!)));
});

describe('a record cut short at the end of a file (a kill mid-write) is ignored', () => {
  const whole = encodeRecord(result('b2'));
  const headEnd = whole.indexOf(0x0a);
  test.each([
    ['inside the header', 10],
    ['just before the header newline', headEnd],
    ['just after the header newline', headEnd + 1],
    ['inside the payload', headEnd + 40],
    ['only the final newline missing', whole.length - 1],
  ])('%s', async (_name, cut) => {
    const file = runFile('run.rec', [encodeRecord(result('a1')), whole.subarray(0, cut)]);
    expect((await readAll(file)).map((r) => r.head.id)).toEqual(['a1']);
  });
});

test.each([
  ['a header that is not JSON', Buffer.from('{not json\npayload\n')],
  ['a header without part sizes', Buffer.from('{"id":"a","source":"s","errors":[],"mentions":{},"warnings":0}\n\n')],
  [
    'a record whose last byte is not its newline',
    Buffer.concat([encodeRecord(result('a1')).subarray(0, -1), Buffer.from('X')]),
  ],
])('a damaged record is refused with a message, not misread: %s', async (_name, bytes) => {
  const file = runFile('run.rec', [bytes]);
  await expect(readAll(file)).rejects.toThrow(/damaged run-state record; rerun without --resume/);
});

test('mergeRuns yields records in id order and a key present in two runs once', async () => {
  const one = runFile(
    'run-1.rec',
    ['a', 'c', 'e'].map((id) => encodeRecord(result(id))),
  );
  const two = runFile(
    'run-2.rec',
    ['b', 'c', 'd'].map((id) => encodeRecord(result(id))),
  );
  const ids: string[] = [];
  for await (const r of mergeRuns([one, two])) ids.push(r.head.id);
  expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
});

test('writeOutputs copies payloads byte-exact in id order, compacting more than MAX_FAN_IN runs, each key once', async () => {
  const { state } = await RunState.open(dir, 'test settings', false);
  const ids = Array.from({ length: MAX_FAN_IN + 6 }, (_, i) => `id-${String((i * 7919) % 1000).padStart(3, '0')}`);
  for (const id of ids) await state.writeRun([finished(result(id))]);
  // The same article in a second run (a compaction cut short after writing its output): written once.
  await state.writeRun([finished(result(ids[0]!))]);
  const skipped = result('id-zzz', {
    article: '',
    errors: [{ path: 'in.jsonl', line: 9, code: 'E_TIMEOUT', message: 'in.jsonl:9: too slow' }],
  });
  await state.writeRun([finished(skipped)]);
  const totals = await writeOutputs(state, [], {
    outDir: dir,
    csvTypes: [...CSV_TYPES],
    bom: true,
    escapeFormulas: true,
  });
  const sorted = [...ids].sort().map((id) => result(id));
  expect(readFileSync(path.join(dir, 'articles.jsonl'), 'utf8')).toBe(sorted.map((r) => `${r.article}\n`).join(''));
  const people = readFileSync(path.join(dir, 'people.csv'), 'utf8');
  expect(people.startsWith('\uFEFFarticle_id,')).toBe(true);
  expect(people.slice(people.indexOf('\r\n') + 2)).toBe(sorted.map((r) => r.csv.people).join(''));
  expect(readFileSync(path.join(dir, 'errors.jsonl'), 'utf8')).toBe(JSON.stringify(skipped.errors[0]) + '\n');
  expect(totals).toMatchObject({ articles: ids.length, fatalArticles: 1, errors: 1, warnings: 2 * ids.length });
  expect(totals.mentions.money).toBe(5 * ids.length);
  expect((await state.runFiles()).length).toBeLessThanOrEqual(MAX_FAN_IN);
});

test('the atomic writer writes text (as UTF-8) and bytes in order, small and larger than its buffer', async () => {
  const file = path.join(dir, 'out.txt');
  const w = await createAtomicWriter(file);
  const expected: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const piece = i % 500 === 7 ? HOSTILE.repeat(30_000) : `${i}:${HOSTILE}\n`;
    expected.push(piece);
    const bytes = Buffer.from(piece, 'utf8');
    await w.write(i % 2 === 0 ? piece : bytes);
    // The writer copies what it keeps: changing the caller's buffer afterwards changes nothing.
    bytes.fill(0x21);
  }
  await w.commit();
  expect(readFileSync(file, 'utf8')).toBe(expected.join(''));
});

test('writeAll finishes a short write (the disk took fewer bytes than offered)', async () => {
  const written: number[] = [];
  // A handle that accepts at most 5 bytes per call, as a file system may under pressure.
  const handle = {
    async write(
      bytes: Uint8Array,
      offset: number,
      length: number,
    ): Promise<{ bytesWritten: number; buffer: Uint8Array }> {
      const taken = bytes.subarray(offset, offset + Math.min(5, length));
      written.push(...taken);
      return { bytesWritten: taken.length, buffer: bytes };
    },
  } as unknown as Pick<FileHandle, 'write'>;
  await writeAll(handle, Buffer.from('héllo wörld 🎉'));
  expect(Buffer.from(written).toString('utf8')).toBe('héllo wörld 🎉');
});
