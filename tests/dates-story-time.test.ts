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
  ])('%s', (text, span, value) => {
    expect(find(text, span)?.value).toBe(value);
  });
});
