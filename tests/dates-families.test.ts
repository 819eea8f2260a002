import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

/** [sentence, reference date (published), expected mention text, expected value, expected type (default DATE)]. */
type Row = [string, string | null, string, string | null, string?];

function only(text: string, published: string | null, options: { dayFirst?: boolean } = {}) {
  const doc = docFor(text, [referenceDate, extractDates], { ...(published ? { published } : {}), ...options });
  expectSpansMatch(doc);
  return doc.dates;
}

function check([text, published, span, value, type]: Row): void {
  const dates = only(text, published);
  const hit = dates.find((d) => d.text === span);
  expect(hit).toBeDefined();
  expect(hit?.start).toBe(text.indexOf(span));
  expect(hit?.value).toBe(value);
  expect(hit?.type).toBe(type ?? 'DATE');
}

describe('extract/dates: absolute dates', () => {
  const rows: Row[] = [
    ['The summit opened on December 26, 2022 in the city.', null, 'December 26, 2022', '2022-12-26'],
    ['It was signed on 26 Dec 2022 in London.', null, '26 Dec 2022', '2022-12-26'],
    ['The fund closed on 05-Aug-2016 with gains.', null, '05-Aug-2016', '2016-08-05'],
    ['The filing is dated 2022-12-26 and was public.', null, '2022-12-26', '2022-12-26'],
    ['The form dated 12/26/2022 was lost.', null, '12/26/2022', '2022-12-26'],
    ['Shares rose on Sept. 27, 1989, analysts said.', null, 'Sept. 27, 1989', '1989-09-27'],
    ['The plant closed in March 2008 after losses.', null, 'March 2008', '2008-03'],
    ['The treaty dates from the winter of 1994 talks.', null, 'the winter of 1994', '1994-WI'],
    ['Prices peaked in 1998 and fell.', null, '1998', '1998'],
    ['He was born on Saturday, April 25, 1998 in Ohio.', null, 'Saturday, April 25, 1998', '1998-04-25'],
  ];
  test.each(rows)('%s', (...row) => check(row));

  test('numeric dates follow options.dayFirst', () => {
    expect(only('The memo of 03/04/2022 was read.', null)[0]?.value).toBe('2022-03-04');
    expect(only('The memo of 03/04/2022 was read.', null, { dayFirst: true })[0]?.value).toBe('2022-04-03');
  });
});

describe('extract/dates: ranges (one mention per date expression; both ends on each)', () => {
  test('December 26-27, 2022', () => {
    const [d] = only('The informal summit scheduled for December 26-27, 2022 ended.', null);
    expect(d).toMatchObject({
      text: 'December 26-27, 2022',
      value: '2022-12-26',
      rangeStart: '2022-12-26',
      rangeEnd: '2022-12-27',
    });
  });
  // Two date expressions joined by from/between ... to/and: one mention per end, as TimeML annotates them.
  test('from March to May 2021', () => {
    const dates = only('Sales fell from March to May 2021 in Europe.', null);
    expect(dates.map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd])).toEqual([
      ['March', '2021-03', '2021-03', '2021-05'],
      ['May 2021', '2021-05', '2021-03', '2021-05'],
    ]);
  });
  test('between 2019 and 2021', () => {
    const dates = only('Output doubled between 2019 and 2021 at the plant.', null);
    expect(dates.map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd])).toEqual([
      ['2019', '2019', '2019', '2021'],
      ['2021', '2021', '2019', '2021'],
    ]);
  });
  test('2019-2021', () => {
    expect(only('The 2019-2021 plan was cut.', null)[0]).toMatchObject({
      text: '2019-2021',
      rangeStart: '2019',
      rangeEnd: '2021',
    });
  });
});

describe('extract/dates: partial dates take their year from the reference date', () => {
  const rows: Row[] = [
    ['The meeting took place on December 26.', '2022-12-27', 'December 26', '2022-12-26'],
    ['The Astana Summit in October agreed on it.', '2022-12-27', 'October', '2022-10'],
    ['Talks are due on Nov. 6 in Paris.', '1989-11-02', 'Nov. 6', '1989-11-06'],
    ['The law took effect last April.', '1989-11-02', 'last April', '1989-04'],
    ['The vote comes next January.', '1989-11-02', 'next January', '1990-01'],
    ['It happened in October.', null, 'October', 'XXXX-10'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));

  test('inferred fields are listed', () => {
    const [d] = only('It happened on December 26.', '2022-12-27');
    expect(d?.inferred).toEqual(['year']);
  });
});

describe('extract/dates: relative dates', () => {
  const rows: Row[] = [
    ['The minister resigned yesterday in Rome.', '2022-12-27', 'yesterday', '2022-12-26'],
    ['Talks resume tomorrow.', '2022-12-27', 'tomorrow', '2022-12-28'],
    ['More than 80 events were held this year.', '2022-12-27', 'this year', '2022-12-27'.slice(0, 4)],
    ['The last meeting was in October this year.', '2022-12-27', 'October this year', '2022-10'],
    ['Trade may exceed $100 billion by the end of 2022.', '2022-12-27', 'the end of 2022', '2022'],
    ['Its term ends by the end of this year.', '2022-12-27', 'the end of this year', '2022'],
    ['Prices rose last week.', '2022-12-27', 'last week', '2022-W51'],
    ['Rates fell last month.', '2022-12-27', 'last month', '2022-11'],
    ['The firm was founded three years ago.', '2022-12-27', 'three years ago', '2019'],
    ['The company reported a loss Friday.', '2022-12-27', 'Friday', '2022-12-23'],
    ['The vote is set for next Monday.', '2022-12-27', 'next Monday', '2023-01-02'],
    ['Sales rose in the third quarter.', '1989-11-02', 'the third quarter', '1989-Q3'],
    ['Third-quarter profit rose.', '1989-11-02', 'Third-quarter', '1989-Q3'],
    ['Exports grew in Q4 2021 sharply.', null, 'Q4 2021', '2021-Q4'],
    ['Sales slumped this summer.', '1998-03-22', 'this summer', '1998-SU'],
    ['Growth slowed in the 1990s.', null, 'the 1990s', '199'],
    ['Growth slowed in the nineties.', null, 'the nineties', '199'],
    ['Costs are now rising.', '2022-12-27', 'now', 'PRESENT_REF'],
    ['The strategy runs until 2030.', '2022-12-27', '2030', '2030'],
    ['They met in nineteen ninety-six.', null, 'nineteen ninety-six', '1996'],
    ['Profit fell in the last quarter.', '2007-01-18', 'the last quarter', '2006-Q4'],
    ['He was shot last Oct. 23 at home.', '1999-05-06', 'last Oct. 23', '1998-10-23'],
    ['Talks resume Monday, officials said.', '2022-12-27', 'Monday', '2022-12-26'],
    ['The talks are scheduled to resume Monday.', '2022-12-27', 'Monday', '2023-01-02'],
    ['Shoppers crowded stores before Christmas.', '2022-12-27', 'Christmas', '2022-12-25'],
    ['Turnout fell on Election Day.', '1998-11-05', 'Election Day', '1998-11-03'],
    ['Stores closed on Thanksgiving Day 2021.', null, 'Thanksgiving Day 2021', '2021-11-25'],
    ['Churches filled on Easter Sunday.', '2000-04-25', 'Easter Sunday', '2000-04-23'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));

  test('without any reference date relative dates keep their mention but get no value', () => {
    const dates = only('The minister resigned yesterday, and prices rose last week.', null);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['yesterday', null],
      ['last week', null],
    ]);
  });
});

describe('extract/dates: dates relative to the story', () => {
  test('"that year" and "the following year" follow the last date the text stated', () => {
    const text = 'He moved to Florida in June 1998 and returned later that year. The following year he left.';
    const dates = only(text, '2000-01-28');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['June 1998', '1998-06'],
      ['later that year', '1998'],
      ['The following year', '1999'],
    ]);
  });

  test('without an earlier date an anaphor has no value', () => {
    expect(only('The following month, the company paid.', '1989-10-27').map((d) => d.value)).toEqual([null]);
  });

  test('the 1988 quarter is the reporting quarter of 1988', () => {
    expect(only('It earned $14.5 million in the 1988 quarter.', '1989-10-30')[0]?.value).toBe('1988-Q3');
  });
});

describe('extract/dates: durations', () => {
  const rows: Row[] = [
    ['The boy clung to a tube for two days.', null, 'two days', 'P2D', 'DURATION'],
    ['The war lasted nearly a decade.', null, 'nearly a decade', 'P10Y', 'DURATION'],
    ['The plan runs over the next four years.', null, 'the next four years', 'P4Y', 'DURATION'],
  ];
  test.each(rows)('%s', (...row) => check(row));
});
