// The broken-inputs fixture directory (README.md there says why each file exists) processed in one run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runJob } from '../src/batch/run-batch';
import type { RunOptions } from '../src/batch/run-batch';
import type { InputError } from '../src/inputs/input-item';
import { CSV_TYPES } from '../src/contract';
import { buildCli } from './run-support/build-cli';
import { runCli } from './run-support/spawn';

const FIXTURE = path.join(__dirname, 'fixtures', 'broken-inputs');
/** The limit the fixture's too-large cases are built around (the default, 10 MiB, would need a 10 MiB file). */
const LIMIT = 4096;
const EXPECTED: InputError[] = JSON.parse(readFileSync(path.join(FIXTURE, 'expected-errors.json'), 'utf8'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'inputs-broken-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function options(outDir: string): RunOptions {
  return {
    inputs: [FIXTURE],
    outDir,
    idField: 'id',
    textField: 'text',
    maxArticleBytes: LIMIT,
    pipeline: {},
    csvTypes: [...CSV_TYPES],
    escapeFormulas: true,
    bom: false,
    quiet: true,
    jobs: 1,
    resume: false,
    profile: false,
    progress: false,
  };
}

const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** The JSON parser's own words differ between Node versions: compare everything else. */
const stable = (errors: readonly InputError[]): InputError[] =>
  errors.map((e) => ({ ...e, message: e.message.replace(/not valid JSON \(.*\)$/, 'not valid JSON (...)') }));

interface ArticleLine {
  readonly id: string;
  readonly text: string;
  readonly messages: readonly { readonly ruleId: string; readonly severity: string; readonly message: string }[];
}

test('every broken input gets its error in errors.jsonl; every readable one is processed', async () => {
  const out = path.join(dir, 'out');
  const summary = await runJob(options(out));
  const errors = jsonLines<InputError>(path.join(out, 'errors.jsonl'));
  expect(stable(errors)).toEqual(stable(EXPECTED));
  expect(summary.failedInputs).toBe(EXPECTED.length);

  const articles = new Map(jsonLines<ArticleLine>(path.join(out, 'articles.jsonl')).map((a) => [a.id, a]));
  const sentence = 'Finance Minister Maria Schmidt said in Paris on May 5, 2021 that $5 million would be spent.\n';
  for (const id of ['utf8-bom', 'utf16le-bom', 'utf16be-bom']) expect(articles.get(id)?.text).toBe(sentence);
  expect(articles.get('windows-1252')?.text).toContain('l’économie française était “forte” — 5 millions');
  expect(articles.get('invalid-utf8')?.text).toContain('café prices rose \ufffd\ufffd by 4 percent');
  expect(articles.get('invalid-utf8')?.messages.map((m) => m.message)).toEqual(
    expect.arrayContaining([
      'invalid UTF-8 at byte offset 60 replaced with U+FFFD',
      'invalid UTF-8 at byte offset 61 replaced with U+FFFD',
    ]),
  );
  expect(articles.get('latin1-declared')?.text).toContain('The café in München raised prices');
  for (const id of ['empty', 'whitespace-only'])
    expect(articles.get(id)?.messages.map((m) => m.ruleId)).toContain('empty-article');
  expect([...articles.keys()].filter((id) => id.startsWith('ok-'))).toEqual(['ok-1', 'ok-2']);
});

test('the real CLI exits 1 (some inputs failed) and still writes every output', async () => {
  const build = buildCli('inputs-broken');
  try {
    const out = path.join(dir, 'cli');
    const run = await runCli(build.cli, [FIXTURE, '--out', out, '--jobs', '1', '--quiet']);
    expect(run.code).toBe(1);
    // without --max-article-bytes 4096 the default limit (10 MiB) lets the two "too large" cases through
    expect(stable(jsonLines<InputError>(path.join(out, 'errors.jsonl')))).toEqual(
      stable(EXPECTED.filter((e) => e.code !== 'E_TOO_LARGE')),
    );
  } finally {
    build.cleanup();
  }
}, 120_000);
