// Durations in more written forms: decimals, abbreviated units, halves, relative words between count and unit,
// and the parts of one duration joined by "and" (text/dates/parsers/duration; extract/dates/refiners/durations).
// Reference date Thursday 2015-12-10.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

function dates(text: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published: '2015-12-10' });
  expectSpansMatch(doc);
  return doc.dates;
}

describe('extract/dates: durations', () => {
  test.each([
    ['The storm lasted 2.5 hrs before easing.', '2.5 hrs', 'PT2H30M'],
    ['He served 4.5years in prison.', '4.5years', 'P4.5Y'],
    ['The race was decided by 12.3 sec.', '12.3 sec', 'PT12.3S'],
    ['Talks went on for an hour and a half.', 'an hour and a half', 'PT1H30M'],
    ['The siege lasted one and a half days.', 'one and a half days', 'P1.5D'],
    ['The engine ran for half an hour.', 'half an hour', 'PT30M'],
    ['The plant will shut for the next 3 business days.', 'the next 3 business days', 'P3D'],
    ['Profit fell in the past two quarters.', 'the past two quarters', 'P2Q'],
    ['Residents were without power for 2 nights.', '2 nights', 'P2D'],
    ['The border stayed shut for a fortnight.', 'a fortnight', 'P2W'],
    ['The flight was delayed by 1 hour and 45 minutes.', '1 hour and 45 minutes', 'PT1H45M'],
    ['He was jailed for two years and six months.', 'two years and six months', 'P2Y6M'],
    ['The refit took one and a quarter years.', 'one and a quarter years', 'P1.25Y'],
    ['Prices rose over the past fortnight.', 'the past fortnight', 'P2W'],
    // A word between the count and the unit.
    ['Revenue fell for four straight quarters.', 'four straight quarters', 'P4Q'],
    ['Prices rose for three consecutive months.', 'three consecutive months', 'P3M'],
    ['Talks will take two more weeks.', 'two more weeks', 'P2W'],
    ['The airport was shut for a single day.', 'a single day', 'P1D'],
    ['The mine stayed closed for a full year.', 'a full year', 'P1Y'],
    // Words that add to or fill the count.
    ['Drivers should allow an extra hour for the trip.', 'an extra hour', 'PT1H'],
    ['The base stays open for at least 20 more years.', 'at least 20 more years', 'P20Y'],
    ['It rained for three straight days.', 'three straight days', 'P3D'],
    ['The loan may be extended for an additional year.', 'an additional year', 'P1Y'],
    ['The war would go on for many more months.', 'many more months', 'PXM'],
    // Vulgar fractions as wire copy writes them, compound tens and hundreds in words.
    ['Albright spent about 5 1/2 hours in Nairobi.', 'about 5 1/2 hours', 'PT5H30M'],
    ['The trial lasted 2 1/2 years.', '2 1/2 years', 'P2.5Y'],
    ['The match ran 1 3/4 hours.', '1 3/4 hours', 'PT1H45M'],
    ['The ban was lifted after 1½ years.', '1½ years', 'P1.5Y'],
    ['Over the last twenty four hours, prices rose.', 'the last twenty four hours', 'PT24H'],
    ['Rescuers worked for thirty-six hours.', 'thirty-six hours', 'PT36H'],
    ['The shrine has stood for more than two thousand years.', 'more than two thousand years', 'P2000Y'],
    [
      'The village is some three hundred years old, locals say it took a hundred years to build.',
      'a hundred years',
      'P100Y',
    ],
    // "a day" between two events.
    ['Eleven were found dead, a day after the volcano erupted.', 'a day', 'P1D'],
    ['The vote came an hour before polls closed.', 'an hour', 'PT1H'],
  ])('%s', (text, span, value) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), value, type: 'DURATION' });
  });
});

describe('extract/dates: durations, negatives', () => {
  test.each([
    'Three quarters of the shares were sold.',
    // A count of things, not of time.
    'Twenty four people died and 5 1/2 percent of homes were damaged.',
    'Payments were minimal in a quarter that saw a loss.',
    'After a weekend of protests, talks resumed.',
    'Mr. Amin said the plan would work.',
    // A rate, even before "before" or "after".
    'Trucks numbered about 500 a day before the war.',
    'It costs $5 an hour after tax.',
    'Pills are taken twice a day after meals.',
    'Many people came.',
  ])('%s', (text) => {
    expect(dates(text).filter((d) => d.type === 'DURATION')).toEqual([]);
  });
});

describe('extract/dates: recurring parts of the week and day, holidays after a direction word', () => {
  test.each([
    ['The market opens every weekend in the square.', 'every weekend', 'SET', 'XXXX-WXX-WE'],
    ['Trains run every weekday until March.', 'every weekday', 'SET', 'XXXX-WXX-WD'],
    ['Volunteers patrol the beach every morning.', 'every morning', 'SET', 'TMO'],
    ['The show airs Tuesday nights on ABC.', 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ['The museum is free on weekends.', 'weekends', 'SET', 'XXXX-WXX-WE'],
    ['The change hits voters who work weekends.', 'weekends', 'SET', 'XXXX-WXX-WE'],
    ['Staff may work from home on Fridays.', 'Fridays', 'SET', 'XXXX-WXX-5'],
    ['Twelve people drown each summer.', 'each summer', 'SET', 'XXXX-SU'],
    ['Every fall the leaves turn.', 'Every fall', 'SET', 'XXXX-FA'],
    ['The market opens on Mondays and Thursdays.', 'Thursdays', 'SET', 'XXXX-WXX-4'],
    ['The family plans to visit next easter.', 'next easter', 'DATE', '2016-03-27'],
  ])('%s', (text, span, type, value) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), type, value });
  });

  test.each([
    'He spent two weekends repairing the roof.',
    'The christmas lights went up early.',
    'Fridays for Future marched again.',
    'Two Fridays ago the shop shut.',
  ])('%s has no set or holiday', (text) => {
    expect(dates(text).filter((d) => d.type === 'SET' || d.text.toLowerCase().includes('christmas'))).toEqual([]);
  });
});

describe('extract/dates: eight-digit dates', () => {
  test('a year, month and day written together is a date', () => {
    const text = 'The filing is dated 20151016 in the register.';
    expect(dates(text).find((d) => d.text === '20151016')).toMatchObject({ value: '2015-10-16', type: 'DATE' });
  });

  test.each(['Call tel 20151016 for tickets.', 'Case No. 20151016 was closed.', 'The fund holds 20151399 shares.'])(
    '%s has no date',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});
