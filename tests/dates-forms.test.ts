// The date forms added with issue 16 (story time): ordinal days, a day alone, compact and numeric ranges, future
// offsets, recurring times (SET), more holidays, and the story frame. Each row pins the mention's offsets, text,
// type and value against a fixed reference date; the negatives at the end must give no mention of that text.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

/** [text, published, mention text, type, value]. The mention must start where the text first shows it. */
type Row = [string, string, string, string, string | null];

function mentions(text: string, published: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published });
  expectSpansMatch(doc);
  return doc.dates;
}

function check([text, published, span, type, value]: Row): void {
  const hit = mentions(text, published).find((d) => d.text === span);
  expect(hit).toBeDefined();
  expect(hit?.start).toBe(text.indexOf(span));
  expect(hit?.end).toBe(text.indexOf(span) + span.length);
  expect(hit?.type).toBe(type);
  expect(hit?.value).toBe(value);
}

describe('extract/dates: ordinal days and a day alone', () => {
  const rows: Row[] = [
    ['The shop opened on the second of August.', '2015-12-10', 'the second of August', 'DATE', '2015-08-02'],
    ['It reopens on second of Aug at noon.', '2015-12-10', 'second of Aug at noon', 'TIME', '2015-08-02T12:00'],
    ['He was born on the fourth of July, 1995.', '2015-12-10', 'the fourth of July, 1995', 'DATE', '1995-07-04'],
    ['The tour began on the 2nd of March of 2014.', '2015-12-10', 'the 2nd of March of 2014', 'DATE', '2014-03-02'],
    ['Voting ends on August twenty-first.', '2015-07-10', 'August twenty-first', 'DATE', '2015-08-21'],
    ['Polls close on Aug. 2nd, officials said.', '2015-07-10', 'Aug. 2nd', 'DATE', '2015-08-02'],
    ['The fair opens June the 28th, 2020.', '2019-07-10', 'June the 28th, 2020', 'DATE', '2020-06-28'],
    ['The fair opened on June 26th of 2020.', '2021-07-10', 'June 26th of 2020', 'DATE', '2020-06-26'],
    // A day alone: the nearest month that has it.
    ['The vote is on the 18th.', '2015-12-10', 'the 18th', 'DATE', '2015-12-18'],
    ['Payments resumed on the 28th, the bank said.', '2015-12-03', 'the 28th', 'DATE', '2015-11-28'],
    // ... or the month of the last date the story stated.
    ['Talks began on March 4, 2014, and ended on the 18th.', '2015-12-10', 'the 18th', 'DATE', '2014-03-18'],
    // ... but a day due ahead is the next one, not a day of a past month the story spoke of.
    [
      'The last shutdown ended in late January 2019. A lapse would have delayed checks due on the 15th.',
      '2024-03-07',
      'the 15th',
      'DATE',
      '2024-03-15',
    ],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: ranges and compact forms', () => {
  const rows: Row[] = [
    // Two date expressions make one mention each (TimeML); both carry the range's bounds.
    ['The river floods from Sep to Nov each year.', '2015-12-10', 'Sep', 'DATE', '2015-09'],
    ['The river floods from Sep to Nov each year.', '2015-12-10', 'Nov', 'DATE', '2015-11'],
    ['Prices rose between August and October.', '2015-12-10', 'October', 'DATE', '2015-10'],
    ['Registration runs from 10/1 to 11/7.', '2015-09-20', 'from 10/1 to 11/7', 'DATE', '2015-10-01'],
    ['Sales fell in Dec-2018 after the tariff.', '2019-05-02', 'Dec-2018', 'DATE', '2018-12'],
    ['Profit rose in 2019 q3 on strong sales.', '2020-01-02', '2019 q3', 'DATE', '2019-Q3'],
    ['Output peaked in mid-2019.', '2020-01-02', 'mid-2019', 'DATE', '2019'],
    ['Profit rose in the first quarter of 2020.', '2020-06-02', 'the first quarter of 2020', 'DATE', '2020-Q1'],
    // Two days of one month joined by a word are two expressions; a hyphen makes one.
    ['The holiday runs from February 10 to 17.', '2024-02-08', 'February 10', 'DATE', '2024-02-10'],
    ['The holiday runs from February 10 to 17.', '2024-02-08', '17', 'DATE', '2024-02-17'],
    ['The summit is on April 24 and 25.', '1999-02-10', '25', 'DATE', '1999-04-25'],
    ['The fair ran 24 to 26 April 2023.', '2024-02-08', '26 April 2023', 'DATE', '2023-04-26'],
    ['Sales fell on December 26-27, 2022.', '2023-02-08', 'December 26-27, 2022', 'DATE', '2022-12-26'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));

  test('a range written as one expression is one mention whose rangeStart and rangeEnd hold both ends', () => {
    const [hit] = mentions('Registration runs from 10/1 to 11/7.', '2015-09-20');
    expect(hit).toMatchObject({ rangeStart: '2015-10-01', rangeEnd: '2015-11-07' });
  });

  test('two days joined by a word give one mention per end, each with both bounds', () => {
    const found = mentions('The holiday runs from February 10 to 17.', '2024-02-08');
    expect(found.map((d) => [d.text, d.rangeStart, d.rangeEnd])).toEqual([
      ['February 10', '2024-02-10', '2024-02-17'],
      ['17', '2024-02-10', '2024-02-17'],
    ]);
  });

  test('a range of two expressions gives one mention per end, each with both bounds', () => {
    const found = mentions('Prices rose between August and October.', '2015-12-10');
    expect(found.map((d) => [d.text, d.rangeStart, d.rangeEnd])).toEqual([
      ['August', '2015-08', '2015-10'],
      ['October', '2015-08', '2015-10'],
    ]);
  });
});

describe('extract/dates: offsets from the reference date', () => {
  const rows: Row[] = [
    ['He will leave in two weeks.', '2018-07-05', 'in two weeks', 'DATE', '2018-07-19'],
    ['The report is due in a fortnight.', '2021-05-20', 'in a fortnight', 'DATE', '2021-06-03'],
    ["Results come in three days' time.", '2021-05-20', "in three days' time", 'DATE', '2021-05-23'],
    ['The plant will reopen in six months.', '2021-05-20', 'in six months', 'DATE', '2021-11'],
    ['It ends two weeks from now.', '2015-12-10', 'two weeks from now', 'DATE', '2015-W52'],
    ['He left two weeks ago.', '2015-12-10', 'two weeks ago', 'DATE', '2015-W48'],
    // TimeML annotates "within" as a duration, and so does this project.
    ['A deal is expected within three days.', '2015-12-10', 'three days', 'DURATION', 'P3D'],
    // Without a future cue "in five years" measures a stretch of time.
    ['Prices hit their lowest level in five years.', '2015-12-10', 'five years', 'DURATION', 'P5Y'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));
});

describe('extract/dates: recurring times are SET values', () => {
  const rows: Row[] = [
    ['The ferry sails every day in summer.', '2015-12-10', 'every day', 'SET', 'P1D'],
    ['The board meets each Thursday.', '2015-12-10', 'each Thursday', 'SET', 'XXXX-WXX-4'],
    ['Inspectors visit once a week.', '2015-12-10', 'once a week', 'SET', 'P1W'],
    ['Buses run every three weeks.', '2015-12-10', 'every three weeks', 'SET', 'P3W'],
    ['Rallies are held almost daily.', '2015-12-10', 'daily', 'SET', 'P1D'],
    ['The fund pays out every quarter.', '2015-12-10', 'every quarter', 'SET', 'P1Q'],
    // A count of times in a period: TimeML keeps the count in freq, the value is the period.
    ['The agency surveys landlords twice a year.', '2015-12-10', 'twice a year', 'SET', 'P1Y'],
    ['Apple reports results four times a year.', '2015-12-10', 'four times a year', 'SET', 'P1Y'],
    ['Trains run three times per day.', '2015-12-10', 'three times per day', 'SET', 'P1D'],
    // A weekday with its part of the day, a season.
    ['The association meets every Tuesday evening.', '2015-12-10', 'every Tuesday evening', 'SET', 'XXXX-WXX-2TEV'],
    ['Fires like this come every summer.', '2015-12-10', 'every summer', 'SET', 'XXXX-SU'],
    ['The market is open every day of the week.', '2015-12-10', 'every day', 'SET', 'P1D'],
  ];
  test.each(rows)('%s', (...row) => check(row));
});

describe('extract/dates: quarters, weeks and seasons as business and data news name them', () => {
  const rows: Row[] = [
    ['Claims rose to 217,000 in the week ended Oct. 28.', '2023-11-02', 'the week ended Oct. 28', 'DATE', '2023-W43'],
    ['Sales fell in the week ending March 3, 2023.', '2023-11-02', 'the week ending March 3, 2023', 'DATE', '2023-W09'],
    ['The iPhone set a record in the September quarter.', '2023-11-02', 'the September quarter', 'DATE', '2023-Q3'],
    ['Its December quarter was weak.', '2024-01-20', 'Its December quarter', 'DATE', '2023-Q4'],
    // "the prior quarter" counts from the last quarter named, not from the last date.
    [
      'Output rose in the third quarter, the fastest since 2020. Costs fell from the prior quarter.',
      '2023-11-02',
      'the prior quarter',
      'DATE',
      '2023-Q2',
    ],
    // A season with no year is the nearest one, the past favoured, as a bare month is.
    ['The fall survey was carried out in three months.', '2024-02-15', 'The fall', 'DATE', '2023-FA'],
    ['The agency will publish its spring report in June.', '2024-02-15', 'its spring', 'DATE', '2024-SP'],
    ['Crowds filled the beaches in the summer.', '2023-08-28', 'the summer', 'DATE', '2023-SU'],
  ];
  test.each(rows)('%s', (...row) => check(row));
  test.each([
    ['The quarter of September is the quietest.', 'September quarter'],
    ['The may quarter system failed.', 'may quarter'],
  ])('%s has no mention %j', (text, span) => {
    expect(mentions(text, '2023-11-02').find((d) => d.text.includes(span))).toBeUndefined();
  });
});

describe('extract/dates: holidays', () => {
  const rows: Row[] = [
    ['Juneteenth became a federal holiday.', '2021-06-10', 'Juneteenth', 'DATE', '2021-06-19'],
    ['Shops closed on Memorial Day.', '2021-06-10', 'Memorial Day', 'DATE', '2021-05-31'],
    ['The strike ends before Labor Day.', '2021-06-10', 'Labor Day', 'DATE', '2021-09-06'],
    ['Crowds gathered on Good Friday.', '2021-06-10', 'Good Friday', 'DATE', '2021-04-02'],
    ['Sales on Boxing Day 2020 were weak.', '2021-06-10', 'Boxing Day 2020', 'DATE', '2020-12-26'],
    ['Veterans marched on Anzac Day.', '2021-06-10', 'Anzac Day', 'DATE', '2021-04-25'],
    // Lunar calendars (text/dates/lunar-calendars.ts).
    ['Arrivals rose over Lunar New Year.', '2024-02-08', 'Lunar New Year', 'DATE', '2024-02-10'],
    ["Trains run all night on Lunar New Year's Eve.", '2024-02-08', "Lunar New Year's Eve", 'DATE', '2024-02-09'],
    ['Chinese New Year 2027 falls on a Saturday.', '2024-02-08', 'Chinese New Year 2027', 'DATE', '2027-02-06'],
    ['Factories shut for the Spring Festival.', '2023-01-10', 'Spring Festival', 'DATE', '2023-01-22'],
    ['Spring break will take in Eid Al Fitr.', '2024-03-08', 'Eid Al Fitr', 'DATE', '2024-04-10'],
    ['Markets closed for Eid-ul-Adha.', '2023-07-02', 'Eid-ul-Adha', 'DATE', '2023-06-28'],
    // A month-long feast takes the value of its year.
    ['Offices close early during Ramadan.', '2024-03-08', 'Ramadan', 'DATE', '2024'],
    ['Ramadan 2023 fell in spring.', '2024-03-08', 'Ramadan 2023', 'DATE', '2023'],
  ];
  test.each(rows)('%s', (...row) => check(row));
});

describe('extract/dates: a stated weekday picks the year or month left out', () => {
  const rows: Row[] = [
    ['The deadline is Monday, Dec. 14, officials said.', '2015-12-10', 'Monday, Dec. 14', 'DATE', '2015-12-14'],
    ['The vote was on Friday, Dec. 14.', '2015-12-10', 'Friday, Dec. 14', 'DATE', '2012-12-14'],
    ['They meet on Friday the 26th.', '2021-03-20', 'Friday the 26th', 'DATE', '2021-03-26'],
    ['Lower-case weekdays count: see you next monday.', '2015-12-10', 'next monday', 'DATE', '2015-12-14'],
    ["Let's meet on Tuesday of next week.", '2019-07-30', 'Tuesday of next week', 'DATE', '2019-08-06'],
    ['He met her on Monday of last week.', '2019-07-30', 'Monday of last week', 'DATE', '2019-07-22'],
  ];
  test.each(rows)('%s (published %s)', (...row) => check(row));

  test('inside a story frame the weekday is matched around the frame, not the publication date', () => {
    const text = 'In March 1986, the plant opened. On Thursday, March 6, workers struck.';
    expect(mentions(text, '2015-12-10').find((d) => d.text === 'Thursday, March 6')?.value).toBe('1986-03-06');
  });
});

describe('extract/dates: parts of the day before or after the story date', () => {
  const text = 'On March 6, 1986, the plant opened. Earlier that day, workers struck. The next morning, it shut.';
  test.each([
    ['Earlier that day', '1986-03-06'],
    ['The next morning', '1986-03-07'],
  ])('%s -> %s', (span, value) => {
    expect(mentions(text, '2015-12-10').find((d) => d.text === span)?.value).toBe(value);
  });
  test('"that day" alone stays a figure of speech', () => {
    expect(mentions('Redemptions that day were heavy.', '2015-12-10')).toEqual([]);
  });
});

describe('extract/dates: the story frame', () => {
  const story =
    'In March 1986, the plant opened. On March 6, workers struck. Two weeks later, it shut. ' +
    'That week was hard. Later that month talks failed. The next day, they met.';
  const rows: [string, string][] = [
    ['March 1986', '1986-03'],
    ['March 6', '1986-03-06'],
    // Counted from a stated day, weeks land on a day (TimeML keeps the anchor's precision).
    ['Two weeks later', '1986-03-20'],
    ['That week', '1986-W10'],
    ['Later that month', '1986-03'],
    ['The next day', '1986-03-07'],
  ];
  test.each(rows)('%s -> %s', (span, value) => {
    expect(mentions(story, '2015-12-10').find((d) => d.text === span)?.value).toBe(value);
  });

  test('a year alone sets the frame; a partial date opening a later sentence takes it', () => {
    const text = 'In 1986, the plant opened. On Oct. 6, workers struck.';
    expect(mentions(text, '2015-12-10').find((d) => d.text === 'Oct. 6')?.value).toBe('1986-10-06');
  });

  test('the narrative moves forward: "Jan. 4" after "Dec. 20, 1985" is in 1986', () => {
    const text =
      'On Dec. 20, 1985, the plan was drawn up. On Jan. 4, workers struck. Three days earlier, talks failed.';
    const found = mentions(text, '2015-12-10');
    expect(found.find((d) => d.text === 'Jan. 4')?.value).toBe('1986-01-04');
    expect(found.find((d) => d.text === 'Three days earlier')?.value).toBe('1986-01-01');
  });

  test('"N years later" far from the last stated date counts from the reference date', () => {
    const text =
      'In 1986, the plant opened. It grew. It hired. It sold. It bought. It merged. It moved. Six years later, it shut.';
    expect(mentions(text, '2015-12-10').find((d) => d.text === 'Six years later')?.value).toBe('2021');
  });

  test.each([
    // A year inside a clause does not set a frame.
    ['The company was founded in 1923. On Oct. 13, the stock fell.', 'Oct. 13', '2015-10-13'],
    // A date read against the publication date ends the frame.
    ['In 1986, the plant opened. Yesterday, it closed. On March 6, workers met.', 'March 6', '2015-03-06'],
    // A month deep in a later clause is not framed.
    ['On May 22, 1995, he was promoted. He was cited by police in December for speeding.', 'December', '2015-12'],
    // A future clause is not framed.
    ['In 1986, the plant opened. On March 6, workers will strike again.', 'March 6', '2016-03-06'],
    // The frame lapses after FRAME_SENTENCES sentences without a framed date.
    [
      'In 1986, it opened. It grew. It hired. It sold. It bought. It merged. On March 6, it fell.',
      'March 6',
      '2015-03-06',
    ],
  ])('%s', (text, span, value) => {
    expect(mentions(text, '2015-12-10').find((d) => d.text === span)?.value).toBe(value);
  });
});

describe('extract/dates: negatives of the new forms', () => {
  test.each([
    ['He played the 18th hole twice.', 'the 18th'],
    ['The 18th century was long.', 'the 18th'],
    ['The second of the two votes failed.', 'second'],
    ['Read the daily paper first.', 'daily'],
    ['Average daily volume rose.', 'daily'],
    ['The score was 10/1 at the break.', '10/1'],
    ['Nasdaq volume fell in two weeks of trading.', 'in two weeks'],
    ['They meet every so often.', 'every'],
    ['Sep and Nov are his initials.', 'Sep'],
    ['Shares rose 3 days later than planned.', '3 days later'],
    ['A 45-year-old man was arrested.', '45-year-old'],
    ['Daily Mail readers wrote in.', 'Daily'],
    ['It will change in a few weeks.', 'in a few weeks'],
    // A superlative measures a stretch, even in a future clause: "25 years" is a duration, not a date ahead.
    ['Output would be the lowest in 25 years, the miner said.', 'in 25 years'],
    ['It will be the first time in two years that the league meets.', 'in two years'],
    // A quantifier over days, an ordinal "second".
    ['I intend to use every day of them.', 'every day'],
    ['The bank held rates for a second straight meeting.', 'a second'],
    ['He won a second term in 2020.', 'a second'],
    // Lower case or another word: no feast.
    ['He ate a lunar new year cake.', 'lunar new year'],
    ['The Eid prayers drew crowds.', 'Eid'],
    ['A spring festival of music opens.', 'spring festival'],
  ])('%s has no mention %j', (text, span) => {
    expect(mentions(text, '2015-12-10').find((d) => d.text.includes(span))).toBeUndefined();
  });
});
