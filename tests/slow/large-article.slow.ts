// Slow suite (npm run test:slow, run by .ci/run): a 10 MB article, just under the 10 MiB default limit, gives the
// same bytes with --jobs 1 (main thread) and --jobs 2 (worker threads, heaps sized to the limit). It caught a stack
// overflow only the main thread hit (push(...list) of ~150,000 sentences). The two runs go side by side: about a
// minute on a 2-core machine (100 s one after the other), 1.3 GB peak RSS each. Kept out of `npm test`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from '../run-support/build-cli';
import { filesOf, runCli } from '../run-support/spawn';

const PARA =
  'Finance Minister Maria Schmidt said in Paris on Tuesday that "the deal is done". Prices rose 4 percent to $5 million on May 5, 2021. ';

test('a 10 MB article: --jobs 1 and --jobs 2 give the same bytes', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'large-article-'));
  const build = buildCli('large');
  try {
    const input = path.join(dir, 'big.txt');
    writeFileSync(input, PARA.repeat(Math.floor((10 * 1000 * 1000) / PARA.length)));
    // Both runs at once: they write to their own folders, and CI waits for the slower one only.
    const [one, two] = await Promise.all([
      runCli(build.cli, [input, '--out', path.join(dir, 'one'), '--jobs', '1', '--article-timeout', '0', '--quiet']),
      runCli(build.cli, [
        input,
        path.join(dir, 'none.txt'),
        '--out',
        path.join(dir, 'two'),
        '--jobs',
        '2',
        '--article-timeout',
        '0',
        '--quiet',
      ]),
    ]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(1); // the missing second input only
    const a = filesOf(path.join(dir, 'one'));
    const b = filesOf(path.join(dir, 'two'));
    expect(a['articles.jsonl']).toBe(b['articles.jsonl']);
    expect(a['people.csv']).toBe(b['people.csv']);
  } finally {
    build.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}, 1_800_000);
