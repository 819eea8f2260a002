// Issue 21 through the real command line: stdin and HTML files decoded by ingest with their messages, one-line
// errors with documented exit codes, --article-timeout with --jobs 1, Ctrl-C during `check`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './run-support/build-cli';
import { hasRunFile, startCli, waitFor } from './run-support/spawn';

let dir: string;
let build: ReturnType<typeof buildCli>;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-cli-'));
  build = buildCli('hostile');
});
afterAll(() => {
  build.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], input?: Buffer): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [build.cli, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stderr: r.stderr };
}

interface Line {
  id: string;
  text: string;
  messages: Array<{ ruleId: string }>;
}
const lines = (out: string): Line[] =>
  readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

test('12 + issue 14: stdin (cp1252) and a latin-1 HTML file are decoded by ingest, keeping their messages', () => {
  const page = path.join(dir, 'page.html');
  writeFileSync(
    page,
    Buffer.from(
      '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>Le caf\xe9 de la gare a ferm\xe9.</p></body></html>',
      'latin1',
    ),
  );
  const out = path.join(dir, 'out-decode');
  const r = cli(
    ['-', page, '--out', out, '--quiet'],
    Buffer.from('Jos\xe9 Mart\xednez said the caf\xe9 was closed. \x93It is over,\x94 he said.', 'latin1'),
  );
  expect(r.code).toBe(0);
  const [pageDoc, stdinDoc] = lines(out);
  expect(pageDoc?.text).toBe('Le café de la gare a fermé.');
  expect(pageDoc?.messages.map((m) => m.ruleId)).toContain('declared-encoding');
  expect(stdinDoc?.text).toBe('José Martínez said the café was closed. “It is over,” he said.');
  expect(stdinDoc?.messages.map((m) => m.ruleId)).toContain('legacy-encoding');
}, 120_000);

test('12: UTF-16 with a BOM on stdin is text, not NULs', () => {
  const out = path.join(dir, 'out-utf16');
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mayor Ruth Walker spoke in Lima.', 'utf16le')]);
  expect(cli(['-', '--out', out, '--quiet'], body).code).toBe(0);
  expect(lines(out)[0]?.text).toBe('Mayor Ruth Walker spoke in Lima.');
}, 120_000);

test('18: --out naming a file is one line with exit 4, no stack trace', () => {
  const taken = path.join(dir, 'taken');
  writeFileSync(taken, 'x');
  writeFileSync(path.join(dir, 'a.txt'), 'Text.');
  const r = cli([path.join(dir, 'a.txt'), '--out', taken]);
  expect(r.code).toBe(4);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`cannot write the output in ${taken}`);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
});

test('17: impossible --reference-date and unknown --default-currency are usage errors (exit 2)', () => {
  writeFileSync(path.join(dir, 'b.txt'), 'Text.');
  expect(
    cli([path.join(dir, 'b.txt'), '--out', path.join(dir, 'o17'), '--reference-date', '2022-02-30']),
  ).toMatchObject({ code: 2, stderr: expect.stringMatching(/--reference-date must be a calendar day/) });
  expect(cli([path.join(dir, 'b.txt'), '--out', path.join(dir, 'o17'), '--default-currency', 'ZZZ'])).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(/--default-currency must be an ISO 4217/),
  });
});

test('3: --jobs 1 has the --article-timeout protection too', () => {
  const slow = path.join(dir, 'slow.txt');
  writeFileSync(
    slow,
    'Finance Minister Maria Schmidt said in Paris on Tuesday that "the deal is done". Prices rose 4 percent to $5 million on May 5, 2021. '.repeat(
      6_000,
    ),
  );
  const out = path.join(dir, 'out-timeout');
  const r = cli([slow, '--out', out, '--jobs', '1', '--article-timeout', '0.5', '--quiet']);
  expect(r.code).toBe(1);
  expect(readFileSync(path.join(out, 'errors.jsonl'), 'utf8')).toMatch(/"code":"E_TIMEOUT"/);
}, 120_000);

test('18: Ctrl-C during check says it was interrupted and names no temporary folder', async () => {
  const inputs = path.join(dir, 'many');
  mkdirSync(inputs);
  for (let i = 0; i < 1500; i++)
    writeFileSync(
      path.join(inputs, `a${i}.txt`),
      `Mayor Ruth Walker said on Monday that bridge ${i} would open in Lima. `.repeat(40),
    );
  const { child, done } = startCli(build.cli, ['check', path.join(dir, 'snap'), inputs, '--update']);
  // Interrupt once the run has saved finished work (a run file in the check's own temporary folder): the pipeline
  // is loaded and the signal handler installed, and the run is far from done.
  const known = new Set(readdirSync(os.tmpdir()));
  const running = (): boolean =>
    readdirSync(os.tmpdir()).some(
      (n) => n.startsWith('news-extract-check-') && !known.has(n) && hasRunFile(path.join(os.tmpdir(), n)),
    );
  expect(await waitFor(running, 60_000)).toBe(true);
  child.kill('SIGINT');
  const r = await done;
  expect(r.code).toBe(130);
  expect(r.stderr).toMatch(/check: interrupted; nothing was compared/);
  expect(r.stderr).not.toMatch(/news-extract-check-|\.news-extract-state|--resume/);
}, 120_000);
