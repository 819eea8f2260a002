// Story time: dates anchored in the frame the story sets, anaphoric days, weekday consistency and tense, and
// durations with their TimeML mod. Reference (published) date 2015-12-10, a Thursday.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

function dates(text: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published: '2015-12-10' });
  expectSpansMatch(doc);
  return doc.dates;
}
const find = (text: string, span: string) => dates(text).find((d) => d.text === span);

describe('extract/dates: anaphoric dates follow the last date the story stated', () => {
  const story =
    'The plant opened on March 6, 1986. The day before, managers had met. The next day the union struck. Later that month talks failed.';
  test.each([
    ['March 6, 1986', '1986-03-06'],
    ['The day before', '1986-03-05'],
    ['The next day', '1986-03-07'],
    ['Later that month', '1986-03'],
  ])('%s -> %s', (span, value) => {
    expect(find(story, span)?.value).toBe(value);
  });
});

describe('extract/dates: weekdays', () => {
  test('"Monday, Dec. 14" takes the year in which Dec. 14 is a Monday', () => {
    expect(find('The deadline is Monday, Dec. 14, officials said.', 'Monday, Dec. 14')?.value).toBe('2015-12-14');
  });
  test.each([
    ['She will travel on Sunday.', '2015-12-13'],
    ['He said on Sunday that he would resign.', '2015-12-06'],
  ])('tense places a bare weekday: %s', (text, value) => {
    expect(find(text, 'Sunday')?.value).toBe(value);
  });
});

describe('extract/dates: durations carry TimeML mod', () => {
  test.each([
    ['The talks lasted more than a year.', 'more than a year', 'P1Y', 'MORE_THAN'],
    ['He waited nearly seven hours for a bus.', 'nearly seven hours', 'PT7H', 'APPROX'],
    ['The feud has run for at least two decades.', 'at least two decades', 'P20Y', 'EQUAL_OR_MORE'],
    ['Patients wait less than 30 minutes.', 'less than 30 minutes', 'PT30M', 'LESS_THAN'],
    ['The strike lasted six weeks.', 'six weeks', 'P6W', null],
  ])('%s', (text, span, value, mod) => {
    expect(find(text, span)).toMatchObject({ value, type: 'DURATION', mod });
  });
});

describe('extract/dates: story-time negatives', () => {
  test.each([
    ['The day before yesterday it rained.', 'The day before'],
    ['He is five years old.', 'five years'],
    ['Prices rose $2 a year for a decade.', 'a year'],
  ])('%s has no mention %j', (text, span) => {
    expect(find(text, span)).toBeUndefined();
  });
});

describe('extract/dates: an anaphor with no future cue follows the story, not a plan ahead', () => {
  test.each([
    [
      'Her landlord told her on Nov. 29 that the rent would rise starting Jan. 1. She found out the next day that others got the letter.',
      'the next day',
      '2015-11-30',
    ],
    // Its own future cue keeps the plan as anchor.
    ['The board will meet on Dec. 14 and will vote the next day.', 'the next day', '2015-12-15'],
    ['The last stated day was Nov. 2. The vote came the next day.', 'the next day', '2015-11-03'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: a past date deep in its sentence frames the rest of that sentence', () => {
  test.each([
    // A month with its year: the narrative moves forward.
    [
      'The longest shutdown began in December 2008 and lasted 35 days, ending in late January.',
      'late January',
      '2009-01',
    ],
    // A year that a "when" clause follows.
    ['The region has banned burning since 2011, when fires destroyed 60,000 hectares in August.', 'August', '2011-08'],
    // Not the next sentence, not a year alone without "when", not a month before the date.
    ['The shutdown began in December 2008 and lasted 35 days. In March, lawmakers met again.', 'March', '2015-03'],
    ['The company, founded in 1923, said in October that sales fell.', 'October', '2015-10'],
    ['Burning is banned from June to October since 2011, when fires spread.', 'June', '2015-06'],
    // A state running since a date is no point the narrative moves on from (a bug found merging 17a and 17b).
    ['The volcano has been on alert since August 2011, and it last erupted in January.', 'January', '2015-01'],
    // The frame's own month named again is another one: a statistic's latest.
    ['Inflation peaked at 38pc in May 2013 and fell to 11.8pc in May, its lowest in 30 months.', 'May', '2015-05'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: the story frame reaches ranges and a past year named relative to the reference', () => {
  test.each([
    ['In 2012, the vote was held in seven phases from April 11 to May 19.', 'April 11', '2012-04-11'],
    ['In 2012, the vote was held in seven phases from April 11 to May 19.', 'May 19', '2012-05-19'],
    ['Last year, the festival began on January 22, when the city reopened.', 'January 22', '2014-01-22'],
    ['Two years ago, the plant closed on March 6 after a fire.', 'March 6', '2013-03-06'],
  ])('%s: %s -> %s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });

  test.each([
    // The clause looks forward: the month is not the past year's.
    ['Last year, the company said it would expand in March.', 'March', '2016-03'],
    // "last year" deep in the sentence sets no frame.
    ['The plant, which closed last year, will reopen on March 6.', 'March 6', '2016-03-06'],
  ])('no frame: %s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: a range end is a whole date before the range forms', () => {
  const text = 'As in 2013, when the holiday ran from Thursday, April 18 to Sunday, April 21, offices closed.';
  test.each([
    ['Thursday, April 18', '2013-04-18'],
    ['Sunday, April 21', '2013-04-21'],
  ])('%s -> %s', (span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
  test('"from March to May 2021" still lends the end year to the start', () => {
    expect(find('Talks ran from March to May 2021.', 'March')?.value).toBe('2021-03');
  });
});

describe("extract/dates: a year-less quarter in a past clause, written before it begins, is last year's", () => {
  // Reference 2016-01-20: the fourth and third quarters of 2016 have not begun.
  const inJanuary = (text: string, span: string) =>
    docFor(text, [referenceDate, extractDates], { published: '2016-01-20' }).dates.find((d) => d.text === span);
  test.each([
    ['In the fourth quarter, the economy expanded 5.2 percent.', 'the fourth quarter', '2015-Q4'],
    // The decimal point of "4.9 percent" does not end the clause that "compared" puts in the past.
    ['It grew 5.2 percent, compared with 4.9 percent in the third quarter.', 'the third quarter', '2015-Q3'],
    ['Sales fell sharply in the second half.', 'the second half', '2015-H2'],
    // Begun already: this year's.
    ['Sales fell sharply in the first quarter.', 'the first quarter', '2016-Q1'],
    // Not past: this year's.
    ['Profit will rise in the fourth quarter.', 'the fourth quarter', '2016-Q4'],
    ['Profit in the fourth quarter is forecast to rise.', 'the fourth quarter', '2016-Q4'],
  ])('%s', (text, span, value) => {
    expect(inJanuary(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: "N days later" counts from the last full day; a date in parentheses is an aside', () => {
  test.each([
    [
      'The yen fell on April 29, its weakest since 1990, and it rallied two days later.',
      'two days later',
      '2015-05-01',
    ],
    [
      'The plan was adopted in 2013, the third year of the Five-Year Plan (2011-2015). Output rose from the previous year.',
      'the previous year',
      '2012',
    ],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
  test('with no full day near, "two days later" counts from the reference date', () => {
    expect(find('Prices peaked in 1990. They fell again two days later.', 'two days later')?.value).toBe('2015-12-12');
  });
});

describe('extract/dates: a month a past verb governs has begun by the reference date', () => {
  test.each([
    ['The volcano last erupted in January, when it spewed ash.', 'January', '2015-01'],
    ['Prices have fallen since February.', 'February', '2015-02'],
    // Ahead: a passive after "to be", a future verb after the month, or no past verb.
    ['The rules are to be published in January.', 'January', '2016-01'],
    ['Rules published in January will apply to all banks.', 'January', '2016-01'],
    ['The talks resume in January.', 'January', '2016-01'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: a clock time on a stated day, and a day an anaphor moved to, anchor what follows', () => {
  const story =
    'He fired at about 11:30 p.m. on Aug. 3, 2013. Police found the car the next morning, and he was arrested later that morning. His lawyer sought bail the following week.';
  test.each([
    ['the next morning', '2013-08-04'],
    ['later that morning', '2013-08-04'],
    ['the following week', '2013-W32'],
  ])('%s -> %s', (span, value) => {
    expect(find(story, span)?.value).toBe(value);
  });
});

describe('extract/dates: a season named by an anaphor takes the year the story stated', () => {
  test.each([
    ['In the spring of 1968, she cut a record. That summer, it played on the radio.', 'That summer', '1968-SU'],
    ['In June 1970 she left the band. The previous spring she had toured Europe.', 'The previous spring', '1970-SP'],
    ['The plant closed in March 1991. The following summer, it was sold.', 'The following summer', '1991-SU'],
    ['The plant closed in October 1991. The following summer, it was sold.', 'The following summer', '1992-SU'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
  test('"that summer" with no year stated before it has no value', () => {
    expect(find('That summer was the hottest anyone remembered.', 'That summer')?.value ?? null).toBeNull();
  });
});

describe('extract/dates: a stretch that ran until a month is in the past', () => {
  test.each([
    ['The party held power for 14 years until July.', 'July', '2015-07'],
    ['He served as mayor for three years until March.', 'March', '2015-03'],
    // A plan or a present state still points ahead.
    ['The vote was postponed until March.', 'March', '2016-03'],
    ['The road is closed for two weeks until March.', 'March', '2016-03'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});

describe('extract/dates: a month framed by a past date is the next one after it', () => {
  test.each([
    ["O'Neil, who took over in August 2013, signed a new contract in June.", 'June', '2014-06'],
    ['In August 2013 he arrived and in June he signed.', 'June', '2014-06'],
    ['In March 1986, the plant opened. On March 6, workers struck.', 'March 6', '1986-03-06'],
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});
