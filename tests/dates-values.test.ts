// Date values in the story's time, by TimeML's conventions: counts the text leaves open ("a few days" is PXD),
// stretches of no stated length ("in recent years", "for weeks"), fiscal years named by their last day, and the
// tense that places a bare weekday. Each row: text, reference (published) date, mention text, value.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

function dates(text: string, published: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published });
  expectSpansMatch(doc);
  return doc.dates;
}
const find = (text: string, published: string, span: string) => dates(text, published).find((d) => d.text === span);

// 2019-03-14 is a Thursday.
const THU = '2019-03-14';

describe('extract/dates values: counts the text leaves open are X', () => {
  test.each([
    ['Repairs to the bridge will take a few weeks, the ministry said.', THU, 'a few weeks', 'PXW'],
    ['The senator was held for several hours at the border.', THU, 'several hours', 'PTXH'],
    ['Prices are expected to stay high over the next few months.', THU, 'the next few months', 'PXM'],
    ['The index has gained ground in the past few days.', THU, 'the past few days', 'PXD'],
    ['The dispute has dragged on for several decades.', THU, 'several decades', 'PXY'],
    ['The mill closed several years ago.', THU, 'several years ago', 'PAST_REF'],
    ['Officials met with the rebels a few weeks ago in Geneva.', THU, 'a few weeks ago', 'PAST_REF'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: stretches of no stated length are durations', () => {
  test.each([
    ['Exports have slowed in recent months, the central bank said.', THU, 'recent months', 'PXM'],
    ['The agency expects more layoffs in coming weeks.', THU, 'coming weeks', 'PXW'],
    ['Insurers have struggled in recent quarters.', THU, 'recent quarters', 'PXQ'],
    ['Residents have complained about the noise for years.', THU, 'years', 'PXY'],
    ['The rebels could reach the capital within days, diplomats warned.', THU, 'days', 'PXD'],
    ['Turnout was the highest in decades.', THU, 'decades', 'PXY'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)).toMatchObject({ value, type: 'DURATION' });
  });
});

describe('extract/dates values: "the future" and "the past" as times', () => {
  test.each([
    ['Growers are worried about the future and want guarantees.', 'the future', 'FUTURE_REF'],
    ['Such strikes could continue into the future if talks fail.', 'the future', 'FUTURE_REF'],
    ['Both sides have clashed in the past over fishing rights.', 'the past', 'PAST_REF'],
  ])('%s', (text, span, value) => {
    expect(find(text, THU, span)?.value).toBe(value);
  });
});

describe('extract/dates values: a fiscal year named by its last day is a one-year duration', () => {
  test.each([
    ['The chain earned $4 million in the year ended June 30.', 'the year'],
    ['Revenue rose 8% for the fiscal year ending Sept. 30, 2019.', 'the fiscal year'],
    ['Profit doubled in the year to March 31, the carmaker said.', 'the year'],
    ['It expects profit to fall in the year through March 2020.', 'the year'],
  ])('%s', (text, span) => {
    expect(find(text, THU, span)).toMatchObject({ value: 'P1Y', type: 'DURATION' });
  });
  test.each([
    'Sales fell 3% in the year, the retailer said.',
    'Sales in the year to date rose 3%.',
    'He expects hard choices in the year to come.',
  ])('a calendar "the year" stays the year: %s', (text) => {
    expect(find(text, THU, 'the year')?.value).toBe('2019');
  });
});

describe('extract/dates values: negatives', () => {
  test.each([
    ['Few years have been as hard for farmers.', 'years'],
    ['The future king visited the hospital.', 'The future'],
    ['She wrote a book on the future of work.', 'the future'],
    ['Few weeks pass without a protest in the capital.', 'weeks'],
  ])('%s has no mention %j', (text, span) => {
    expect(find(text, THU, span)).toBeUndefined();
  });
});

describe('extract/dates values: the tense of the clause places a bare weekday', () => {
  test.each([
    // A plan seen from the past: the deadline had already come.
    ['The tender offer had been scheduled to expire Friday, the bank said.', THU, 'Friday', '2019-03-08'],
    ['The vote had been due to take place Tuesday before it was postponed.', THU, 'Tuesday', '2019-03-12'],
    ['Until Monday, prosecutors had not named a suspect.', THU, 'Monday', '2019-03-11'],
    // A date opening its sentence, with the main clause in the future.
    ['On Saturday, the teachers union plans to hold a march in the capital.', THU, 'Saturday', '2019-03-16'],
    ['On Monday, the minister will meet farmers in the north.', THU, 'Monday', '2019-03-18'],
    // The future sits in a relative clause: the main clause is past.
    ['On Monday, police arrested a man who will appear in court soon.', THU, 'Monday', '2019-03-11'],
    ['Talks will resume Monday, the ministry said.', THU, 'Monday', '2019-03-18'],
    // A forecast, a due date, a modal before the verb: the date is ahead.
    ['More rain is forecast for Saturday in the north.', THU, 'Saturday', '2019-03-16'],
    ['Elections to the assembly are due in October.', THU, 'October', '2019-10'],
    ['The minister said he would meet both sides Monday.', THU, 'Monday', '2019-03-18'],
    ['The refinery may resume production in December, the company said.', THU, 'December', '2019-12'],
    // ... but not a past ability, a perfect, or a possessive date already known.
    ['The driver could not be located Wednesday, police said.', THU, 'Wednesday', '2019-03-13'],
    ['The union would have struck on Tuesday without the offer.', THU, 'Tuesday', '2019-03-12'],
    ["Lawyers said they would appeal Monday's ruling.", THU, 'Monday', '2019-03-11'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: stretches the story runs through', () => {
  test.each([
    ['The brewery has changed hands several times over the years.', 'the years', 'PXY'],
    ['Lenders expect more defaults in the months ahead.', 'the months ahead', 'PXM'],
  ])('%s', (text, span, value) => {
    expect(find(text, THU, span)).toMatchObject({ value, type: 'DURATION' });
  });
  test.each([
    ['The reserve is the fruit of decades of conservation work.', 'decades'],
    ['Both the past and current governments failed.', 'the past'],
  ])('%s has no mention %j', (text, span) => {
    expect(find(text, THU, span)).toBeUndefined();
  });
});

describe('extract/dates values: lengths written as adjectives are durations', () => {
  test.each([
    ['The union signed a three-year contract with the carrier.', 'three-year', 'P3Y'],
    ['The minister arrived after a 14-hour flight.', '14-hour', 'PT14H'],
    ['Shares fell to a 52-week low.', '52-week', 'P52W'],
    ['The two sides ended a decades-long border dispute.', 'decades-long', 'PXY'],
    ['A four-decade embargo still weighs on trade.', 'four-decade', 'P40Y'],
  ])('%s', (text, span, value) => {
    expect(find(text, THU, span)).toMatchObject({ value, type: 'DURATION' });
  });
  test.each([
    ['A 44-year-old man was arrested at the scene.', '44-year'],
    ['The six-year-old girl was rescued by fishermen.', 'six-year'],
  ])('an age is no time: %s', (text, span) => {
    expect(dates(text, THU).find((d) => d.text.startsWith(span))).toBeUndefined();
  });
});

describe('extract/dates values: a clock time falls on the one day its sentence states', () => {
  test.each([
    ['The quake struck at about 4:20 a.m. (0820 GMT) Tuesday, officials said.', '4:20 a.m.', '2019-03-12T04:20'],
    ['The offer was extended until 5 p.m. EDT, March 22.', '5 p.m.', '2019-03-22T17:00'],
    ['Polls close at 8 p.m. across the state.', '8 p.m.', '2019-03-14T20:00'],
  ])('%s', (text, span, value) => {
    expect(dates(text, THU).find((d) => d.text.startsWith(span))?.value).toBe(value);
  });
});

describe('extract/dates values: "now that" speaks of the present', () => {
  test('Now that the border is closed, prices have doubled.', () => {
    expect(find('Now that the border is closed, prices have doubled.', THU, 'Now')?.value).toBe('PRESENT_REF');
  });
});

describe('extract/dates values: "a year earlier" counts from the date the story just stated', () => {
  test.each([
    ['In 2016, a court struck down a map that lawmakers had drawn a year earlier.', THU, 'a year earlier', '2015'],
    ['The plant opened in March 2010. Two years earlier, the site had been a farm.', THU, 'Two years earlier', '2008'],
    // No stated date before it: the reference date, as before.
    ['Exports fell 4% from a year earlier, the agency said.', THU, 'a year earlier', '2018'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});
