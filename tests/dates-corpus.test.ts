import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { createPipeline } from '../src/pipeline/pipeline';
import { segmentText } from '../src/pipeline/segment/sentences';
import { docFor } from './helpers/doc';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt'), 'utf8');
const STAGES = [markBody, segmentText, referenceDate, extractDates];

function datesOf(published: string | null) {
  const doc = createPipeline({}, STAGES).run({ id: 'iria', source: 'corpus', text: TEXT, published });
  for (const d of doc.dates) expect(TEXT.slice(d.start, d.end)).toBe(d.text);
  return doc;
}

/**
 * The corpus article's dates, read by hand. "December 26-27, 2022" is one mention whose value is its first day,
 * with the range in rangeStart/rangeEnd. "the year" (in "throughout the year") is this year, as TimeML reads it.
 * "two-day" (a two-day summit) states how long the summit lasts: a DURATION, as TimeML annotates such adjectives.
 */
const EXPECTED: readonly [string, string][] = [
  ['two-day', 'P2D'],
  ['December 26-27, 2022', '2022-12-26'],
  ['two-day', 'P2D'],
  ['the end of 2022', '2022'],
  ['This year', '2022'],
  ['December 26', '2022-12-26'],
  ['December 26, 2022', '2022-12-26'],
  ['October this year', '2022-10'],
  ['currently', 'PRESENT_REF'],
  ['the end of this year', '2022'],
  ['this year', '2022'],
  ['October', '2022-10'],
  ['the year', '2022'],
  ['2030', '2030'],
];

/** The expected mentions with their offsets, found in order through the text. */
function located(): { start: number; end: number; text: string; value: string }[] {
  let from = 0;
  return EXPECTED.map(([text, value]) => {
    const start = TEXT.indexOf(text, from);
    from = start + text.length;
    return { start, end: from, text, value };
  });
}

describe('extract/dates: the corpus article', () => {
  test('every date in the body, in order, with offsets and value (published 2022-12-27)', () => {
    const doc = datesOf('2022-12-27');
    // The image caption may or may not be body, as the boilerplate stage decides; expect what lies in the body.
    const inBody = located().filter((e) => doc.body.some((b) => b.start <= e.start && e.end <= b.end));
    expect(inBody.length).toBeGreaterThanOrEqual(EXPECTED.length - 1);
    expect(doc.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value }))).toEqual(inBody);
    expect(doc.dates.find((d) => d.text === 'December 26-27, 2022')).toMatchObject({
      rangeStart: '2022-12-26',
      rangeEnd: '2022-12-27',
    });
  });

  test('"two-day" is a duration, not a date, and nothing comes from the copyright line', () => {
    const doc = datesOf('2022-12-27');
    expect(doc.dates.filter((d) => d.text === 'two-day').every((d) => d.type === 'DURATION')).toBe(true);
    expect(doc.dates.some((d) => /2024/.test(d.text))).toBe(false);
  });

  test("without a published date, the text's own full dates lend their year, never the clock", () => {
    const doc = datesOf(null);
    expect(doc.reference).toBeNull();
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual(
      EXPECTED.filter(([t]) => doc.dates.some((d) => d.text === t)),
    );
    expect(doc.messages.some((m) => m.ruleId === 'reference-from-text')).toBe(true);
  });

  test('without any reference, day-level relatives get no value and partial dates stay underspecified', () => {
    const doc = docFor('The minister resigned yesterday. The vote is due in October.', [referenceDate, extractDates]);
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['yesterday', null],
      ['October', 'XXXX-10'],
    ]);
  });

  test('a story date lends its year, not its day', () => {
    const doc = docFor('Talks opened on March 3, 2021. Prices rose last week and again this year.', [
      referenceDate,
      extractDates,
    ]);
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['March 3, 2021', '2021-03-03'],
      ['last week', null],
      ['this year', '2021'],
    ]);
  });

  test('a dateline line gives the reference date when the input has none', () => {
    const withDateline = `Putin hosts CIS leaders\nDecember 27, 2022\n\n${TEXT}`;
    const doc = createPipeline({}, STAGES).run({ id: 'iria', source: 'corpus', text: withDateline });
    expect(doc.reference).toMatchObject({ date: '2022-12-27', source: 'dateline' });
    expect(doc.dates.find((d) => d.text === 'October this year')?.value).toBe('2022-10');
  });
});
