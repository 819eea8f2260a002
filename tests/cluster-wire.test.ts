// What travels through Redis (no Redis needed): articles and records survive the trip byte for byte, and the
// coordinator's decision for each kind of finished job.
import { crashedResult, finished } from '../src/batch/article-result';
import type { ArticleResult } from '../src/batch/article-result';
import { ClusterError } from '../src/cluster/errors';
import { nextStep } from '../src/cluster/job-outcome';
import type { Outcome } from '../src/cluster/job-outcome';
import { checkRedisUrl, shownUrl } from '../src/cluster/connection';
import { decodeRecords, encodeRecords, fromWire, toWire } from '../src/cluster/wire';
import type { ChunkJob, WireArticle } from '../src/cluster/wire';

const CSV = {
  people: 'a,b\r\n',
  places: '',
  organizations: '',
  dates: '"x, y",1\r\n',
  quotes: '',
  money: '',
  entities: '',
};

function result(id: string, article: string): ArticleResult {
  return {
    id,
    source: `in.jsonl:${id}`,
    order: `in.jsonl\u0000${id}`,
    digest: 'd',
    article,
    csv: CSV,
    errors: [],
    mentions: { people: 1, places: 0, organizations: 0, dates: 1, quotes: 0, money: 0 },
    warnings: 0,
  };
}

test('articles survive the wire: bytes (base64), text, nulls and absent fields', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69, 0xff, 0x00, 0x0a]);
  const back = fromWire(
    JSON.parse(
      JSON.stringify(toWire({ raw: { id: 'f', source: 'dir/f.txt', bytes }, order: 'o1', digest: 'd1' })),
    ) as WireArticle,
  );
  expect(Buffer.from(back.raw.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  expect([back.order, back.digest]).toEqual(['o1', 'd1']);
  const article = {
    raw: { id: 'j', source: 'x.jsonl:3', text: 'Café\u2028 \ud800 end', published: null, title: 'T' },
    order: 'o2',
    digest: 'd2',
  };
  expect(fromWire(JSON.parse(JSON.stringify(toWire(article))) as WireArticle)).toEqual(article);
  expect('bytes64' in toWire(article)).toBe(false);
});

test('records survive the wire byte for byte, non-ASCII and lone surrogates included', () => {
  const results = [
    finished(result('a1', '{"id":"a1","text":"Zoë – 東京 \ud83d\ude00"}')),
    finished(result('a2', '{"id":"a2","t":"\ud800"}')),
    finished(
      crashedResult({ raw: { id: 'a3', source: 'in.jsonl:3' }, order: 'o3', digest: 'd3' }, 'E_TIMEOUT', 'slow'),
    ),
  ];
  const text = JSON.parse(JSON.stringify(encodeRecords(results))) as string;
  const back = decodeRecords(text, 'job 1');
  expect(back.map((r) => Buffer.from(r.record).toString('hex'))).toEqual(
    results.map((r) => Buffer.from(r.record).toString('hex')),
  );
  expect(back.map((r) => [r.id, r.source, r.order, r.errors])).toEqual(
    results.map((r) => [r.id, r.source, r.order, r.errors]),
  );
  expect(() => decodeRecords(text.slice(0, -3), 'job 1')).toThrow(/job 1: damaged result record/);
});

const job = (articles: WireArticle[]): ChunkJob => ({
  version: 'v',
  run: 'r',
  settingsPrint: 'p',
  settings: {
    pipeline: {},
    preset: 'default',
    format: { escapeFormulas: true },
    profile: false,
    articleTimeout: 0,
    maxArticleBytes: 10 * 1024 * 1024,
  },
  articles,
});
const outcome = (o: Partial<Outcome>): Outcome => ({
  id: '7',
  returnvalue: null,
  failedReason: null,
  data: null,
  ...o,
});

test('a completed job gives its records; a failed chunk is split; a failed single article is reported', () => {
  const records = encodeRecords([finished(result('a1', '{}'))]);
  expect(nextStep(outcome({ returnvalue: JSON.stringify({ records }) })).results.map((r) => r.id)).toEqual(['a1']);
  const two = [
    { order: 'o1', digest: 'd1', id: 'x', source: 's:1', text: 'a' },
    { order: 'o2', digest: 'd2', id: 'y', source: 's:2', text: 'b' },
  ];
  expect(nextStep(outcome({ failedReason: 'job stalled more than allowable limit', data: job(two) }))).toEqual({
    results: [],
    resend: two,
  });
  const alone = nextStep(outcome({ failedReason: 'job stalled more than allowable limit', data: job([two[0]!]) }));
  expect(alone.resend).toEqual([]);
  expect(alone.results.map((r) => r.errors)).toEqual([
    [
      {
        path: 's',
        line: 1,
        code: 'E_WORKER_CRASHED',
        message:
          's:1: the worker processing this article failed on every attempt (job stalled more than allowable limit); the article was skipped',
      },
    ],
  ]);
});

test('a refused job stops the run with a clear error', () => {
  const refused = outcome({
    failedReason: 'E_CLUSTER_VERSION: a worker runs news-extract 1 but the coordinator runs 2',
    data: job([]),
  });
  expect(() => nextStep(refused)).toThrow(ClusterError);
  expect(() => nextStep(refused)).toThrow(/E_CLUSTER_VERSION: a worker runs news-extract 1/);
  expect(() => nextStep(outcome({ failedReason: 'E_CLUSTER_WORKER: cannot load', data: job([]) }))).toThrow(
    /cannot load/,
  );
  expect(() => nextStep(outcome({ returnvalue: 'null' }))).toThrow(/completed without results/);
});

test('--redis values: redis:// or rediss:// URLs only; passwords are hidden in messages', () => {
  expect(checkRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  expect(checkRedisUrl('rediss://user:pw@queue.example:6380/2')).toBe('rediss://user:pw@queue.example:6380/2');
  for (const bad of ['localhost:6379', 'http://x:1', 'redis://', ''])
    expect(() => checkRedisUrl(bad)).toThrow(/--redis must be a URL like redis:\/\/HOST:PORT/);
  expect(shownUrl('redis://user:secret@h:1')).toBe('redis://user:***@h:1');
});
