// eval --types published: the predicted `published` against the gold page `date`, per record found / wrong /
// missing, with accuracy, precision, counts by source and the error listing.
import { evalOptions, formatReport, scoreRecords } from '../src/eval';
import type { JsonObject } from '../src/eval/json';
import { dayOf, scorePublished } from '../src/eval/published';
import type { PublishedCase } from '../src/eval/published';
import type { PublishedResult } from '../src/eval/result';

const gold: JsonObject[] = [
  { id: 'a', text: 'x', date: '2020-01-19' },
  { id: 'b', text: 'x', date: '2020-01-19T10:00:00' },
  { id: 'c', text: 'x', date: '2021-05-04' },
  { id: 'd', text: 'x', date: null },
  { id: 'e', text: 'x', date: null },
  { id: 'f', text: 'x', date: '2019-08-02' },
];
const pred: JsonObject[] = [
  { id: 'a', published: '2020-01-19', publishedSource: 'dateline' },
  { id: 'b', published: '2020-01-19', publishedSource: 'html-json-ld' },
  { id: 'c', published: '2021-04-05', publishedSource: 'dateline' },
  { id: 'd', published: '2020-02-02', publishedSource: 'html-meta' },
  { id: 'e', published: null, publishedSource: null },
  // f has no prediction record at all: missing.
];

const opt = (types: string, errors?: string) => evalOptions({ gold: 'g', pred: 'p', types, errors }, 'p');

describe('eval published', () => {
  test.each([
    ['a day', '2020-01-19', '2020-01-19'],
    ['a timestamp', '2020-01-19T23:10:00Z', '2020-01-19'],
    ['null', null, null],
    ['not a date', 'January 19, 2020', null],
    ['a number', 20200119, null],
  ])('dayOf %s', (_name, v, expected) => {
    expect(dayOf(v)).toBe(expected);
  });

  test('counts found, wrong, missing and predictions on undated pages', () => {
    const cases: PublishedCase[] = [];
    const byId = new Map(pred.map((p) => [p.id, p]));
    expect(scorePublished(gold, byId, cases)).toEqual({
      annotated: true,
      docs: 6,
      dated: 4,
      found: 2,
      wrong: 1,
      missing: 1,
      accuracy: 0.5,
      precision: 2 / 3,
      undated_predicted: 1,
      by_source: { dateline: { found: 1, wrong: 1 }, 'html-json-ld': { found: 1, wrong: 0 } },
    });
    expect(cases.map((c) => [c.kind, c.id])).toEqual([
      ['WRONG', 'c'],
      ['UNDATED', 'd'],
      ['MISSING', 'f'],
    ]);
  });

  test('the report line, the source line and the error listing', () => {
    const report = formatReport(scoreRecords(gold, pred, opt('published', '5')));
    expect(report).toContain(
      'published: found 2 of 4 dated pages (accuracy 0.500), wrong 1, missing 1; precision 0.667; 1 dates predicted where the gold has none',
    );
    expect(report).toContain('right/given by source: dateline 1/2, html-json-ld 1/1');
    expect(report).toContain('WRONG published: c gold=2021-05-04 pred=2021-04-05 (dateline)');
    expect(report).toContain('MISSING published: f gold=2019-08-02 pred=null');
    expect(report).toContain('UNDATED published: d gold=null pred=2020-02-02 (html-meta)');
  });

  test('a gold set without a date field does not annotate published', () => {
    const res = scoreRecords([{ id: 'a', text: 'x', dates: [] }], pred, opt('published'));
    expect(res.types.published).toEqual({ annotated: false });
    expect(formatReport(res)).toContain('published: not annotated in this gold set');
  });

  test('published is scored only when asked for (the default types are the reference scorer’s)', () => {
    const res = scoreRecords(gold, pred, evalOptions({ gold: 'g', pred: 'p' }, 'p'));
    expect(Object.keys(res.types)).not.toContain('published');
  });

  test('no dated gold page: accuracy and precision are null, not NaN', () => {
    const res = scoreRecords([{ id: 'a', text: 'x', date: null }], [], opt('published')).types
      .published as PublishedResult;
    expect([res.dated, res.accuracy, res.precision]).toEqual([0, null, null]);
  });
});
