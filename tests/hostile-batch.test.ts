// Issue 21: each break the adversarial audit found in the batch (inputs, state, outputs) as a case that holds.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import * as os from 'node:os';
import * as path from 'node:path';
import { runJob } from '../src/batch/run-batch';
import type { RunOptions } from '../src/batch/run-batch';
import { OutputError } from '../src/batch/output-error';
import { LOCK_FILE } from '../src/batch/lock';
import { MANIFEST_FILE } from '../src/batch/publish';
import { OptionError } from '../src/pipeline/options';
import { CSV_TYPES } from '../src/contract';
import { readInputs } from '../src/inputs/inputs';
import type { InputItem } from '../src/inputs/input-item';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-batch-'));
});
afterEach(() => {
  chmodRecursive(dir);
  rmSync(dir, { recursive: true, force: true });
});

function chmodRecursive(d: string): void {
  try {
    chmodSync(d, 0o755);
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) chmodRecursive(path.join(d, e.name));
  } catch {
    // gone already
  }
}

function options(inputs: string[], outDir: string, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    inputs,
    outDir,
    idField: 'id',
    textField: 'text',
    pipeline: {},
    csvTypes: [...CSV_TYPES],
    escapeFormulas: true,
    bom: false,
    quiet: true,
    jobs: 1,
    articleTimeout: 0,
    resume: false,
    profile: false,
    progress: false,
    ...extra,
  };
}

function put(rel: string, content: string | Buffer): string {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

const read = (out: string, name: string): string => readFileSync(path.join(out, name), 'utf8');
const ids = (out: string): string[] =>
  read(out, 'articles.jsonl')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
const errors = (out: string): Array<Record<string, unknown>> =>
  read(out, 'errors.jsonl')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const TEXT = 'Mayor Ruth Walker said in Lima on Monday that the bridge would open.';

async function collect(inputs: string[], extra: Partial<Parameters<typeof readInputs>[1]> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(inputs, { idField: 'id', textField: 'text', ...extra }, () =>
    Promise.reject(new Error('no stdin')),
  ))
    out.push(i);
  return out;
}
const itemSummary = (items: InputItem[]): unknown[] =>
  items.map((i) => (i.kind === 'article' ? i.raw.id : [i.error.code, i.error.path]));

describe('1. empty and comment-only HTML is one fatal-free article, never a thrown batch', () => {
  test.each([
    ['empty file', ''],
    ['comment only', '<!-- nothing -->'],
    ['whitespace', '  \n '],
  ])('%s, --jobs 1', async (_n, html) => {
    put('in/e.html', html);
    put('in/ok.txt', TEXT);
    const out = path.join(dir, 'out');
    const s = await runJob(options([path.join(dir, 'in')], out));
    expect(ids(out)).toEqual(['e', 'ok']);
    expect(s.failedInputs).toBe(0);
    const e = JSON.parse(read(out, 'articles.jsonl').split('\n')[0] ?? '{}') as { messages: Array<{ ruleId: string }> };
    expect(e.messages.map((m) => m.ruleId)).toEqual(['empty-article']);
  });

  test('JSONL {"html": ""} too, and --resume over it completes', async () => {
    const input = put('in.jsonl', '{"id":"h","html":""}\n{"id":"t","text":"Text."}\n');
    const out = path.join(dir, 'out');
    await runJob(options([input], out));
    expect(ids(out)).toEqual(['h', 't']);
    const again = await runJob(options([input], out, { resume: true }));
    expect(again.articles).toBe(2);
  });
});

describe('5, 6, 10, 11: the directory walk reports every path it cannot take', () => {
  test('a FIFO inside a folder is one E_READ item (never read: it could block forever)', async () => {
    put('in/a.txt', TEXT);
    execFileSync('mkfifo', [path.join(dir, 'in', 'pipe.txt')]);
    expect(itemSummary(await collect([path.join(dir, 'in')]))).toEqual(['a', ['E_READ', 'pipe.txt']]);
  });

  test('a FIFO named on the command line is read, with a time limit when nobody writes', async () => {
    const fifo = path.join(dir, 'named.txt');
    execFileSync('mkfifo', [fifo]);
    const items = await collect([fifo], { fifoTimeoutMs: 200 });
    expect(items.map((i) => (i.kind === 'error' ? i.error.code : 'article'))).toEqual(['E_READ']);
    expect(items[0]?.kind === 'error' && items[0].error.message).toMatch(/no end of data within 0.2 s/);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test.skip : test)('an unreadable subfolder is one error item; the other files go on', async () => {
    put('in/a.txt', TEXT);
    put('in/locked/b.txt', TEXT);
    put('in/z.txt', TEXT);
    chmodSync(path.join(dir, 'in', 'locked'), 0o000);
    const items = await collect([path.join(dir, 'in')]);
    expect(itemSummary(items)).toEqual(['a', ['E_READ', 'locked'], 'z']);
  });

  test('symbolic links to files and folders are followed; a loop and a broken link are reported', async () => {
    put('in/a.txt', TEXT);
    put('elsewhere/far.txt', TEXT);
    put('target.txt', TEXT);
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'in', 'linked-dir'));
    symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'in', 'linked.txt'));
    symlinkSync(path.join(dir, 'in'), path.join(dir, 'in', 'loop'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'in', 'broken.txt'));
    const items = await collect([path.join(dir, 'in')]);
    expect(itemSummary(items)).toEqual(['a', ['E_READ', 'broken.txt'], 'linked-dir/far', 'linked', ['E_READ', 'loop']]);
  });

  test('--out inside an input folder is never read back as input (the default `output` included)', async () => {
    put('in/a.txt', TEXT);
    const out = path.join(dir, 'in', 'output');
    await runJob(options([path.join(dir, 'in')], out));
    const second = await runJob(options([path.join(dir, 'in')], out));
    expect(ids(out)).toEqual(['a']);
    expect(second).toMatchObject({ articles: 1, failedInputs: 0 });
  }, 180_000);
});

describe('13. duplicate ids: the earliest input by path and line is kept, whatever the argument order', () => {
  test('two files with one id, listed both ways, give the same bytes and one E_DUPLICATE_ID', async () => {
    const one = put('one.jsonl', JSON.stringify({ id: 'x', text: 'First one, from one.jsonl.' }) + '\n');
    const two = put('two.jsonl', JSON.stringify({ id: 'x', text: 'Second one, from two.jsonl.' }) + '\n');
    await runJob(options([one, two], path.join(dir, 'o1')));
    await runJob(options([two, one], path.join(dir, 'o2')));
    for (const name of ['articles.jsonl', 'errors.jsonl', MANIFEST_FILE])
      expect(read(path.join(dir, 'o2'), name)).toBe(read(path.join(dir, 'o1'), name));
    expect(read(path.join(dir, 'o1'), 'articles.jsonl')).toContain('from one.jsonl');
    expect(errors(path.join(dir, 'o1')).map((e) => [e.path, e.line, e.code])).toEqual([
      ['two.jsonl', 1, 'E_DUPLICATE_ID'],
    ]);
  });

  test('within one file the earlier line wins', async () => {
    const input = put(
      'in.jsonl',
      ['{"id":"d","text":"Early."}', '{"id":"e","text":"Other."}', '{"id":"d","text":"Late."}'].join('\n') + '\n',
    );
    const out = path.join(dir, 'out');
    const s = await runJob(options([input], out));
    expect(read(out, 'articles.jsonl')).toContain('Early.');
    expect(read(out, 'articles.jsonl')).not.toContain('Late.');
    expect(errors(out).map((e) => [e.line, e.code])).toEqual([[3, 'E_DUPLICATE_ID']]);
    expect(s.failedInputs).toBe(1);
  });
});

describe('8, 9, 14, 15: one run per --out, resume checks content, the set is published with a manifest', () => {
  test('a live lock refuses a second run with a clear OutputError; a stale lock is taken over', async () => {
    const input = put('a.txt', TEXT);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname() }));
    await expect(runJob(options([input], out))).rejects.toThrow(/is in use by another run \(process \d+\)/);
    await expect(runJob(options([input], out))).rejects.toBeInstanceOf(OutputError);
    writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    await runJob(options([input], out));
    expect(ids(out)).toEqual(['a']);
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });

  test('--resume refuses an input changed in place since the interrupted run', async () => {
    const input = put('in.jsonl', '{"id":"a","text":"Old text."}\n');
    const out = path.join(dir, 'out');
    // an interrupted run: state kept (simulated by stopping right after processing)
    const { RunState } = await import('../src/batch/state');
    const { settingsPrint } = await import('../src/batch/run-batch');
    const { articleDigest, finished, processArticle } = await import('../src/batch/article-result');
    const { createPipeline } = await import('../src/pipeline/pipeline');
    const { orderKey } = await import('../src/inputs/input-item');
    mkdirSync(out);
    const { state } = await RunState.open(out, settingsPrint(options([input], out)), false);
    const raw = { id: 'a', source: 'in.jsonl:1', text: 'Old text.', published: null, title: null, url: null };
    await state.writeRun([
      finished(
        processArticle(
          createPipeline(),
          { raw, order: orderKey(path.resolve(input), 1), digest: articleDigest(raw) },
          { escapeFormulas: true },
        ),
      ),
    ]);
    writeFileSync(input, '{"id":"a","text":"New text."}\n');
    const err = await runJob(options([input], out, { resume: true })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OptionError);
    expect((err as OptionError).code).toBe('E_RESUME_CHANGED');
  });

  test('--types people into a full --out removes the other CSVs; manifest.json names the set', async () => {
    const input = put('a.txt', TEXT);
    const out = path.join(dir, 'out');
    await runJob(options([input], out));
    await runJob(options([input], out, { csvTypes: ['people'] }));
    expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'errors.jsonl', MANIFEST_FILE, 'people.csv']);
    const manifest = JSON.parse(read(out, MANIFEST_FILE)) as { files: Record<string, { bytes: number }> };
    expect(Object.keys(manifest.files).sort()).toEqual(['articles.jsonl', 'errors.jsonl', 'people.csv']);
    for (const [name, f] of Object.entries(manifest.files))
      expect(readFileSync(path.join(out, name)).length).toBe(f.bytes);
  });
});

describe('18. an --out that cannot be written is one OutputError naming the path and the cause', () => {
  test('--out is an existing file', async () => {
    const input = put('a.txt', TEXT);
    const out = put('taken', 'a file');
    const err = await runJob(options([input], out)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as Error).message).toMatch(
      new RegExp(`cannot write the output in ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\[E(EXIST|NOTDIR)\\]$`),
    );
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test.skip : test)('--out is read-only', async () => {
    const input = put('a.txt', TEXT);
    const out = path.join(dir, 'ro');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const err = await runJob(options([input], out)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as Error).message).toMatch(/permission denied .*\[EACCES\]/);
  });
});

describe('7. worker heaps grow with the article limit, so output never depends on --jobs', () => {
  test('the default 10 MiB limit gets room for a dense 10 MB article (measured peak about 560 MB)', async () => {
    const { workerHeapMb } = await import('../src/batch/pool');
    expect(workerHeapMb(10 * 1024 * 1024)).toBeGreaterThanOrEqual(1_100);
    expect(workerHeapMb(1024 * 1024)).toBeLessThan(workerHeapMb(10 * 1024 * 1024));
  });
});
