import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffOutputs, formatDiff, isEmptyDiff, readOutput } from '../src/eval/diff';
import { ROOT, runCli, tempDir } from './check-helpers';

// The same inputs must give byte-identical output whatever the order the inputs are listed in, the time zone, the
// locale and (when the run command has --jobs) the worker count.

/** Extra articles that exercise relative dates, numbers and names in text the corpus does not have. */
const EXTRA = [
  {
    id: 'det-1',
    text: 'Yesterday the minister, Ana Ruiz, said prices rose by 1,234.5 million euros in Lima. "We act now," she added on Monday.',
    published: '2023-03-01',
  },
  {
    id: 'det-2',
    text: 'On 31 December 2022 at 23:30 the İstanbul office of Işık Holding reported ₺12.5 billion; next week Ümit Özdemir flies to Zürich.',
  },
  {
    id: 'det-3',
    text: 'Last Friday, Premier Li Qiang met Kassym-Jomart Tokayev in Astana, where they agreed on a $2.3bn loan due in 2025.',
    published: '2024-06-30',
  },
];

interface RunSpec {
  readonly inputs: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly jobs?: number;
}

function run(dir: string, name: string, spec: RunSpec): string {
  const out = path.join(dir, name);
  const args = [...spec.inputs, '--out', out, '--quiet', ...(spec.jobs ? ['--jobs', String(spec.jobs)] : [])];
  const res = runCli(args, spec.env);
  if (res.status !== 0) throw new Error(`run ${name} failed (${String(res.status)}): ${res.stderr}`);
  return out;
}

/** Fails with the readable per-article diff when two output folders differ in any byte. */
function expectSameOutput(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(names);
  const d = diffOutputs(readOutput(a), readOutput(b));
  expect(isEmptyDiff(d) ? '' : formatDiff(d, { before: a, after: b })).toBe('');
  for (const n of names)
    expect([n, readFileSync(path.join(b, n)).equals(readFileSync(path.join(a, n)))]).toEqual([n, true]);
}

describe('byte-identical output (built CLI)', () => {
  const dir = tempDir('det');
  const extra = path.join(dir, 'extra.jsonl');
  writeFileSync(extra, EXTRA.map((r) => JSON.stringify(r) + '\n').join(''));
  const corpus = path.join(ROOT, 'corpus');
  const inputs = [
    path.join(corpus, 'wikinews'),
    path.join(corpus, 'html'),
    path.join(corpus, 'jsonl'),
    path.join(corpus, 'iria-cis-informal-summit-2022.txt'),
    extra,
  ];
  const baseEnv = { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' };
  let baseline = '';

  beforeAll(() => {
    baseline = run(dir, 'baseline', { inputs, env: baseEnv });
  });

  test('has no absolute paths and no timestamps', () => {
    for (const n of readdirSync(baseline)) {
      const text = readFileSync(path.join(baseline, n), 'utf8');
      expect([n, text.includes(dir), text.includes(ROOT)]).toEqual([n, false, false]);
      // A TIME mention's value ("2009-12-16T18:00" for "18:00 UTC") is read from the article, not the clock.
      const withoutDateValues = text
        .replace(/"(?:value|rangeStart|rangeEnd)":"[^"]*"/g, '')
        .replace(/,(?:TIME|SET|DATE|DURATION),[^,\n]*,[^,\n]*,[^,\n]*,/g, ',');
      expect([n, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(withoutDateValues)]).toEqual([n, false]);
    }
    expect(
      readFileSync(path.join(baseline, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).length,
    ).toBeGreaterThan(EXTRA.length);
  });

  test('inputs listed in reverse order, TZ=Asia/Kolkata, a Turkish locale', () => {
    const other = run(dir, 'reversed-tz-locale', {
      inputs: [...inputs].reverse(),
      env: { TZ: 'Asia/Kolkata', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expectSameOutput(baseline, other);
  });

  test('several workers (--jobs) when the run command has them', () => {
    const help = runCli(['run', '--help']).stdout;
    if (!help.includes('--jobs')) {
      process.stderr.write('determinism.test: `news-extract run --help` lists no --jobs: worker-count check skipped\n');
      return;
    }
    const other = run(dir, 'jobs-3', { inputs, env: { ...baseEnv, TZ: 'America/St_Johns' }, jobs: 3 });
    expectSameOutput(baseline, other);
  });
});
