import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

/** [text, reference date (published), expected mention text, expected value]: one row per resolution fix. */
type Row = [string, string, string, string | null];

function check([text, published, span, value]: Row): void {
  const doc = docFor(text, [referenceDate, extractDates], { published });
  expectSpansMatch(doc);
  const hit = doc.dates.find((d) => d.text === span);
  expect(hit).toBeDefined();
  expect(hit?.start).toBe(text.indexOf(span));
  expect(hit?.value).toBe(value);
}

describe('extract/dates: the tense of the clause places a date without a year', () => {
  const rows: Row[] = [
    // A plain past verb before the date: the past occurrence even when the next one is nearer.
    [
      'In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.',
      '1989-10-31',
      'Jan. 31',
      '1989-01-31',
    ],
    ['Since KKR bought RJR in February for $25 billion, it has sold assets.', '1989-10-30', 'February', '1989-02'],
    // A future cue: the coming occurrence even when the last one is nearer.
    ['Collins will be named commander of the shuttle for a mission in December.', '1998-03-04', 'December', '1998-12'],
    ['The three are expected to join in April, officials said.', '1998-12-05', 'April', '1999-04'],
    // No cue either way: the nearest, the past counting double.
    ['Sales in October were strong.', '2022-12-27', 'October', '2022-10'],
    ['The loan is to be repaid by February.', '1989-10-30', 'February', '1990-02'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: financial reports follow the quarter their lead states', () => {
  const rows: Row[] = [
    [
      'Net rose in the fiscal first quarter. It compares with $3 million in the 1988 period, a slow quarter.',
      '1989-10-26',
      'the 1988 period',
      '1988-Q1',
    ],
    ['Net rose in the fiscal first quarter. Sales in the quarter rose 5%.', '1989-10-26', 'the quarter', '1989-Q1'],
    [
      'Fourth-quarter net is expected to rise. Net fell from $9 million a year earlier, the quarter being slow.',
      '1989-11-02',
      'a year earlier',
      '1988-Q4',
    ],
    // A quarter long past is history, not the quarter reported: "a year ago" stays the last completed quarter.
    [
      'It stopped paying a dividend in the third quarter of 1984. Third-quarter net rose to $68.2 million from $66.8 million a year ago.',
      '1989-10-27',
      'a year ago',
      '1988-Q3',
    ],
    // Without a stated quarter: the last completed calendar quarter.
    ['Profit rose in the latest quarter. Sales in the quarter rose 5%.', '1989-10-26', 'the latest quarter', '1989-Q3'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: periods named against another one are one mention', () => {
  const rows: Row[] = [
    [
      "Sales rose in the third quarter. Profit topped last year's quarter by 5%.",
      '1989-11-01',
      "last year's quarter",
      '1988-Q3',
    ],
    [
      'Sales rose in the third quarter, up from the corresponding period last year.',
      '1989-11-01',
      'the corresponding period last year',
      '1988-Q3',
    ],
    [
      'Third-quarter net rose from $5 million in the quarter a year ago.',
      '1989-10-26',
      'the quarter a year ago',
      '1988-Q3',
    ],
    ['Talks were set for the week of March 6 in Geneva.', '2000-02-24', 'the week of March 6', '2000-W10'],
    ['Sales peaked in the first week of 2015.', '2018-08-01', 'the first week of 2015', '2015-W01'],
    ['Sales peaked in the last week of 2016.', '2018-08-01', 'the last week of 2016', '2016-W52'],
    ['Sales peaked in the 3rd week of 2018.', '2018-08-01', 'the 3rd week of 2018', '2018-W03'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: compact forms', () => {
  const rows: Row[] = [
    ["I'll go back Jul/2 with the team.", '2016-11-07', 'Jul/2', '2017-07-02'],
    ['The report was filed Jul/2 by the clerk.', '2016-11-07', 'Jul/2', '2016-07-02'],
    ["What's your plan for Dec/2018?", '2018-11-01', 'Dec/2018', '2018-12'],
    ["I'll be out 2015-3 for a while.", '2016-11-07', '2015-3', '2015-03'],
    ['Sales closed 2015-12 at a high.', '2016-11-07', '2015-12', '2015-12'],
    ['The form was filed 2020/Sep/23 online.', '2016-11-07', '2020/Sep/23', '2020-09-23'],
    ['She moved in june of 1992 to Ohio.', '2016-11-07', 'june of 1992', '1992-06'],
    ['The party is on 28 june 2020 downtown.', '2016-11-07', '28 june 2020', '2020-06-28'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));

  test('a span of two years is not a year and month', () => {
    const doc = docFor('The 2011-12 budget was cut.', [referenceDate, extractDates], { published: '2016-11-07' });
    expect(doc.dates.map((d) => d.value)).not.toContain('2011-12');
  });
});

describe('extract/dates: weekdays counted from the last stated day', () => {
  const rows: Row[] = [
    [
      'London shares closed lower Friday, down 4.5% from the previous Friday.',
      '1989-10-30',
      'the previous Friday',
      '1989-10-20',
    ],
    ['They met on Oct. 3, 1989 and again the following Monday.', '1989-10-30', 'the following Monday', '1989-10-09'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: a month named again is the same month', () => {
  test('the second "April" keeps the year the first one took', () => {
    const text =
      'The three will join NATO in April. Officials met Friday. They also can attend the NATO summit in April.';
    const doc = docFor(text, [referenceDate, extractDates], { published: '1998-12-05' });
    expect(doc.dates.filter((d) => d.text === 'April').map((d) => d.value)).toEqual(['1999-04', '1999-04']);
  });
});
