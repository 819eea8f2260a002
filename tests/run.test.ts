import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runJob, settingsPrint } from '../src/batch/run-batch';
import type { RunOptions } from '../src/batch/run-batch';
import { CSV_COLUMNS, CSV_TYPES, csvRows } from '../src/contract';
import { csvText } from '../src/pipeline/emit/csv';
import { articleJsonLine } from '../src/pipeline/emit/json';
import { createPipeline } from '../src/pipeline/pipeline';
import { articleDigest, finished, processArticle } from '../src/batch/article-result';
import { orderKey } from '../src/inputs/input-item';
import { RunState, STATE_DIR } from '../src/batch/state';
import { OptionError } from '../src/pipeline/options';
import { formatDuration, progressLine } from '../src/batch/progress';
import { summaryLine } from '../src/cli/commands/run';
import { profileTable } from '../src/batch/profile';

const ARTICLES = [
  { id: 'b', text: 'Finance Minister Maria Schmidt said in Paris on May 5, 2021 that $5 million would be spent.' },
  { id: 'a', text: '"We will not stop," Governor Omar Haddad told reporters in Nairobi on Tuesday.' },
  { id: 'c', text: 'Prices in Osaka rose 4 percent in the year to March, figures showed.' },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

function jsonl(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const read = (out: string, name: string): string => readFileSync(path.join(out, name), 'utf8');

test('writes the same bytes as formatting each document directly, sorted by id, with a CSV header', async () => {
  const input = jsonl(
    'in.jsonl',
    ARTICLES.map((a) => JSON.stringify(a)),
  );
  const out = path.join(dir, 'out');
  const summary = await runJob(options([input], out));
  const pipeline = createPipeline();
  const docs = ARTICLES.map((a, i) =>
    pipeline.run({ id: a.id, source: `in.jsonl:${i + 1}`, text: a.text, published: null, title: null, url: null }),
  ).sort((x, y) => (x.id < y.id ? -1 : 1));
  expect(read(out, 'articles.jsonl')).toBe(docs.map((d) => articleJsonLine(d) + '\n').join(''));
  for (const type of CSV_TYPES)
    expect(read(out, `${type}.csv`)).toBe(
      csvText([[...CSV_COLUMNS[type]], ...docs.flatMap((d) => csvRows(d, type))], { escapeFormulas: true }),
    );
  expect(read(out, 'errors.jsonl')).toBe('');
  expect(summary).toMatchObject({ articles: 3, failedInputs: 0, processed: 3, resumed: 0, interrupted: false });
  expect(summary.mentions.people).toBe(docs.reduce((n, d) => n + d.people.length, 0));
  expect(existsSync(path.join(out, STATE_DIR))).toBe(false);
});

test('bad lines go to errors.jsonl (path, line, code, message) and the other lines are processed', async () => {
  const input = jsonl('in.jsonl', [
    JSON.stringify(ARTICLES[0]),
    '{not json',
    JSON.stringify({ id: 'x' }),
    JSON.stringify(ARTICLES[0]),
  ]);
  const out = path.join(dir, 'out');
  const summary = await runJob(options([input], out));
  const errors = read(out, 'errors.jsonl')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(errors.map((e) => [e.path, e.line, e.code])).toEqual([
    ['in.jsonl', 2, 'E_JSONL_PARSE'],
    ['in.jsonl', 3, 'E_NO_TEXT'],
    ['in.jsonl', 4, 'E_DUPLICATE_ID'],
  ]);
  expect(Object.keys(errors[0] ?? {})).toEqual(['path', 'line', 'code', 'message']);
  expect(read(out, 'articles.jsonl').trim().split('\n')).toHaveLength(1);
  expect(summary.failedInputs).toBe(3);
});

test('the same inputs listed in another order give the same bytes', async () => {
  const one = jsonl('one.jsonl', [JSON.stringify(ARTICLES[0]), JSON.stringify(ARTICLES[2])]);
  const two = jsonl('two.jsonl', [JSON.stringify(ARTICLES[1])]);
  await runJob(options([one, two], path.join(dir, 'o1')));
  await runJob(options([two, one], path.join(dir, 'o2')));
  for (const name of ['articles.jsonl', ...CSV_TYPES.map((t) => `${t}.csv`)])
    expect(read(path.join(dir, 'o2'), name)).toBe(read(path.join(dir, 'o1'), name));
});

test('hostile ids never name a file: only the fixed output names appear, nothing outside --out', async () => {
  const ids = [
    '../../escape',
    '/etc/passwd',
    'a\u0000b',
    'x'.repeat(5000),
    'C:\\win\\evil',
    '.news-extract-state/run-000001.jsonl',
  ];
  const input = jsonl(
    'in.jsonl',
    ids.map((id) => JSON.stringify({ id, text: 'Mayor Ruth Walker spoke in Lima.' })),
  );
  const out = path.join(dir, 'deep', 'out');
  await runJob(options([input], out));
  expect(readdirSync(out).sort()).toEqual(
    ['articles.jsonl', 'errors.jsonl', 'manifest.json', ...CSV_TYPES.map((t) => `${t}.csv`)].sort(),
  );
  expect(readdirSync(dir).sort()).toEqual(['deep', 'in.jsonl']);
  expect(readdirSync(path.join(dir, 'deep'))).toEqual(['out']);
  const written = read(out, 'articles.jsonl')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { id: string }).id);
  expect(written).toEqual([...ids].sort());
});

test('--resume takes finished articles from the run state, processes the rest, and gives identical bytes', async () => {
  const input = jsonl(
    'in.jsonl',
    ARTICLES.map((a) => JSON.stringify(a)),
  );
  const full = path.join(dir, 'full');
  await runJob(options([input], full));
  const out = path.join(dir, 'out');
  // The state an interrupted run leaves: a manifest with the settings and one run file with one finished article.
  const { state } = await RunState.open(out, settingsPrint(options([input], out)), false);
  const raw = { id: 'b', source: 'in.jsonl:1', text: ARTICLES[0]!.text, published: null, title: null, url: null };
  const article = { raw, order: orderKey(path.resolve(input), 1), digest: articleDigest(raw) };
  await state.writeRun([finished(processArticle(createPipeline(), article, { escapeFormulas: true }))]);
  const summary = await runJob(options([input], out, { resume: true }));
  expect(summary).toMatchObject({ articles: 3, processed: 2, resumed: 1 });
  for (const name of readdirSync(full)) expect(read(out, name)).toBe(read(full, name));
});

test('--resume refuses a state written with other options (usage error), and a fresh run discards it', async () => {
  const input = jsonl('in.jsonl', [JSON.stringify(ARTICLES[0])]);
  const out = path.join(dir, 'out');
  await RunState.open(out, settingsPrint(options([input], out, { bom: true })), false);
  await expect(runJob(options([input], out, { resume: true }))).rejects.toThrow(OptionError);
  const summary = await runJob(options([input], out));
  expect(summary.articles).toBe(1);
});

test('--resume refuses a state saved by an older version (E_RESUME_FORMAT); a fresh run discards it', async () => {
  const input = jsonl('in.jsonl', [JSON.stringify(ARTICLES[0])]);
  const out = path.join(dir, 'out');
  // The layout before records: a manifest without `format`, results as JSON lines in run-*.jsonl.
  mkdirSync(path.join(out, STATE_DIR), { recursive: true });
  writeFileSync(
    path.join(out, STATE_DIR, 'manifest.json'),
    JSON.stringify({ fingerprint: settingsPrint(options([input], out)) }) + '\n',
  );
  writeFileSync(
    path.join(out, STATE_DIR, 'run-000001.jsonl'),
    JSON.stringify({ id: 'b', source: 'in.jsonl:1', article: '{}' }) + '\n',
  );
  const refused = runJob(options([input], out, { resume: true }));
  await expect(refused).rejects.toThrow(OptionError);
  await expect(refused).rejects.toMatchObject({
    code: 'E_RESUME_FORMAT',
    message: expect.stringMatching(/another version of news-extract.*rerun without --resume/),
  });
  const summary = await runJob(options([input], out));
  expect(summary).toMatchObject({ articles: 1, processed: 1, resumed: 0 });
  expect(existsSync(path.join(out, STATE_DIR))).toBe(false);
});

test('a failed run never replaces the previous output: the old files stay whole', async () => {
  const out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'articles.jsonl'), 'previous\n');
  writeFileSync(path.join(out, '.articles.jsonl.99999.tmp'), 'stale temp of a killed run');
  await expect(
    runJob(
      options([jsonl('in.jsonl', [JSON.stringify(ARTICLES[0])])], out, { pipeline: { defaultCurrency: 'dollars' } }),
    ),
  ).rejects.toThrow(OptionError);
  expect(read(out, 'articles.jsonl')).toBe('previous\n');
  await runJob(options([path.join(dir, 'in.jsonl')], out));
  expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(read(out, 'articles.jsonl')).not.toBe('previous\n');
});

describe('progress and summary lines', () => {
  test.each([
    [50, 100, 10_000, '[############............] 50/100 articles  5.0 articles/s  ETA 10s'],
    [300, 1000, 10_000, '[#######.................] 300/1000 articles  30 articles/s  ETA 23s'],
    [10, null, 4_000, '10 articles  2.5 articles/s'],
    [0, 10, 0, '[........................] 0/10 articles  0.0 articles/s  ETA ?'],
  ] as const)('progressLine(%p, %p, %p)', (done, total, ms, line) => {
    expect(progressLine(done, total, ms)).toBe(line);
  });

  test.each([
    [5, '5s'],
    [65, '1m05s'],
    [3725, '1h02m'],
  ])('formatDuration(%p) = %p', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  test('summary names articles, mentions per type, warnings, errors and elapsed time', () => {
    const line = summaryLine(
      {
        articles: 12,
        failedInputs: 2,
        fatalArticles: 0,
        mentions: { people: 3, places: 4, organizations: 2, dates: 5, quotes: 6, money: 7 },
        warnings: 1,
        processed: 10,
        resumed: 2,
        interrupted: false,
        stageTimes: {},
      },
      61_000,
      'out',
    );
    expect(line).toBe(
      'news-extract: 12 articles (2 from the interrupted run); mentions: 3 people, 4 places, 2 organizations, 5 dates, 6 quotes, 7 money; 1 warning; 2 errors; 1m01s -> out',
    );
  });

  test('profile table lists each stage with total, per-article mean and share', () => {
    const table = profileTable({ ingest: 10, 'extract/people': 30 }, 4, 2000, 2);
    expect(table.split('\n')).toEqual([
      'profile: 4 articles, 2 jobs, wall 2.0 s',
      '  stage                        total ms   ms/article   share',
      '  ingest                             10         2.50   25.0%',
      '  extract/people                     30         7.50   75.0%',
      '  all stages                         40        10.00  100.0%',
    ]);
  });
});
