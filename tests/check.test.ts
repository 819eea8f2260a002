import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { articlesById, diffCounts, diffOutputs, formatDiff, isEmptyDiff } from '../src/eval/diff';
import type { OutputContent } from '../src/eval/diff';
import { checkCommandDef } from '../src/cli/commands/check';
import { diffCommandDef } from '../src/cli/commands/diff';
import { evalCommandDef } from '../src/cli/commands/eval';
import { schemaCommandDef } from '../src/cli/commands/schema';
import { ROOT, runCli, tempDir } from './check-helpers';

const SNAPSHOT = path.join('tests', 'snapshots', 'corpus');

/** An output folder in memory from article records (files: just articles.jsonl). */
function output(records: readonly Record<string, unknown>[]): OutputContent {
  const text = records.map((r) => JSON.stringify(r) + '\n').join('');
  return { articles: articlesById(text, 'mem'), files: new Map([['articles.jsonl', text]]) };
}

const TEXT = 'Vladimir Putin met Kassym-Jomart Tokayev in Moscow on Monday.';
const person = (start: number, end: number, name: string): Record<string, unknown> => ({
  start,
  end,
  text: TEXT.slice(start, end),
  name,
  role: null,
  entity: 'P1',
  rule: 'extract/people:x',
});
const base = {
  id: 'a',
  text: TEXT,
  published: '2022-12-27',
  people: [person(0, 14, 'Vladimir Putin'), person(19, 40, 'Kassym-Jomart Tokayev')],
  places: [],
  dates: [{ start: 54, end: 60, text: 'Monday', value: '2022-12-26', type: 'DATE', rule: 'extract/dates:x' }],
  quotes: [],
  money: [],
};

describe('diff of two outputs', () => {
  test('identical outputs have no differences', () => {
    const d = diffOutputs(output([base]), output([base]));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatDiff(d, { before: 'A', after: 'B' })).toContain('no differences');
  });

  test('mentions added, removed and changed, article fields, articles only on one side', () => {
    const after = {
      ...base,
      published: null,
      people: [person(0, 14, 'Putin'), person(44, 50, 'Moscow')],
      dates: [{ ...base.dates[0], value: '2022-12-19' }],
    };
    const d = diffOutputs(output([base, { ...base, id: 'gone' }]), output([after, { ...base, id: 'new' }]));
    expect(diffCounts(d)).toEqual({
      articlesChanged: 1,
      articlesAdded: 1,
      articlesRemoved: 1,
      mentionsAdded: 4,
      mentionsRemoved: 4,
      mentionsChanged: 2,
      filesDiffering: 1,
    });
    const report = formatDiff(d, { before: 'snapshot', after: 'new output' });
    const lines = report.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '~ article a',
        '    ~ field published: "2022-12-27" -> null',
        '    ~ people  [0,14) "Vladimir Putin"',
        '        name: "Vladimir Putin" -> "Putin"',
        '    - people  [19,40) "Kassym-Jomart Tokayev"  name=Kassym-Jomart Tokayev entity=P1',
        '    + people  [44,50) "Moscow"  name=Moscow entity=P1',
        '        value: "2022-12-26" -> "2022-12-19"',
        '- article gone (only in snapshot)',
        '+ article new (only in new output)',
        'files that differ: articles.jsonl',
      ]),
    );
    // articles in id order, mentions in offset order
    expect(lines.filter((l) => /^[~+-] article /.test(l))).toEqual([
      '~ article a',
      '- article gone (only in snapshot)',
      '+ article new (only in new output)',
    ]);
  });

  test('a file that differs without an article difference is shown at its first differing line', () => {
    const a = output([base]);
    const b: OutputContent = {
      articles: a.articles,
      files: new Map([...a.files, ['people.csv', 'article_id,start\r\na,1\r\n']]),
    };
    const c: OutputContent = {
      articles: a.articles,
      files: new Map([...a.files, ['people.csv', 'article_id,start\r\na,2\r\n']]),
    };
    expect(formatDiff(diffOutputs(b, c), { before: 'A', after: 'B' }).split('\n')).toEqual(
      expect.arrayContaining(['~ file people.csv differs from line 2:', '    - a,1', '    + a,2']),
    );
    expect(formatDiff(diffOutputs(a, c), { before: 'A', after: 'B' })).toContain('+ file people.csv (only in B)');
  });

  test('a list field shows the items only on each side', () => {
    const e = (id: string, name: string): Record<string, unknown> => ({
      id,
      type: 'person',
      name,
      roles: [],
      mentions: 1,
    });
    const d = diffOutputs(
      output([{ ...base, entities: [e('P1', 'Vladimir Putin'), e('P2', 'Tokayev')] }]),
      output([{ ...base, entities: [e('P1', 'Vladimir Putin'), e('P2', 'Kassym-Jomart Tokayev')] }]),
    );
    expect(formatDiff(d, { before: 'A', after: 'B' }).split('\n')).toEqual(
      expect.arrayContaining([
        '    ~ field entities:',
        '        - {"id":"P2","type":"person","name":"Tokayev","roles":[],"mentions":1}',
        '        + {"id":"P2","type":"person","name":"Kassym-Jomart Tokayev","roles":[],"mentions":1}',
      ]),
    );
  });

  test('two mentions on one span are paired by content', () => {
    const q = (kind: string): Record<string, unknown> => ({
      start: 0,
      end: 14,
      text: TEXT.slice(0, 14),
      kind,
      speaker: null,
      speakerName: null,
      cue: null,
      utterance: 'Q1',
      rule: 'r:x',
    });
    const d = diffOutputs(
      output([{ ...base, quotes: [q('direct'), q('indirect')] }]),
      output([{ ...base, quotes: [q('indirect')] }]),
    );
    expect(d.articles[0]?.mentions.map((m) => [m.change, m.summary])).toEqual([['removed', 'kind=direct']]);
  });
});

describe('command help', () => {
  test.each([checkCommandDef, diffCommandDef, evalCommandDef, schemaCommandDef].map((c) => [c.name, c] as const))(
    '%s --help has usage, examples and exit codes',
    (_name, c) => {
      expect(c.help).toMatch(/^usage: news-extract /);
      expect(c.help).toContain('\nexamples:\n');
      expect(c.help).toMatch(/exit codes: 0 /);
    },
  );
});

describe('news-extract check and diff (built CLI)', () => {
  test('the corpus output matches the committed snapshot', () => {
    const res = runCli(['check', SNAPSHOT, 'corpus']);
    if (res.status !== 0) process.stderr.write(res.stdout + res.stderr);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/output matches/);
  });

  test('diff reports a changed snapshot copy with exit 1; check --update rewrites a snapshot', () => {
    const dir = tempDir('check');
    const copy = path.join(dir, 'snap');
    cpSync(path.join(ROOT, SNAPSHOT), copy, { recursive: true });
    const file = path.join(copy, 'articles.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const first = JSON.parse(lines[0] ?? '{}') as { id: string; title: string | null; dates: unknown[] };
    first.title = 'A tampered title';
    first.dates = [
      ...first.dates,
      {
        start: 0,
        end: 1,
        text: 'x',
        value: '1999',
        type: 'DATE',
        rangeStart: null,
        rangeEnd: null,
        inferred: [],
        rule: 'test:tampered',
      },
    ];
    writeFileSync(file, [JSON.stringify(first), ...lines.slice(1)].map((l) => l + '\n').join(''));
    const diff = runCli(['diff', SNAPSHOT, copy]);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain(`~ article ${first.id}`);
    expect(diff.stdout).toContain('    ~ field title: ');
    expect(diff.stdout).toContain('    + dates   [0,1) "x"  value=1999 type=DATE');
    expect(runCli(['diff', SNAPSHOT, path.join(dir, 'missing')]).status).toBe(2);
    const upd = runCli(['check', copy, 'corpus', '--update']);
    expect([upd.status, upd.stdout]).toEqual([0, expect.stringContaining('updated')]);
    expect(readFileSync(file, 'utf8')).not.toContain('A tampered title');
    const again = runCli(['check', copy, 'corpus']);
    expect([again.status, again.stdout]).toEqual([0, expect.stringContaining('output matches')]);
  });
});
