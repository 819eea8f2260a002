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
    // A schedule ("set for"), a lead-up ("ahead of") and a present expectation point ahead ...
    ['Republican caucuses are set for Monday in Iowa.', THU, 'Monday', '2019-03-18'],
    ['Stores closed early ahead of a deadline at 12:01 a.m. Saturday.', THU, '12:01 a.m. Saturday', '2019-03-16T00:01'],
    ['We expect most customers to be back by Friday, the utility said.', THU, 'Friday', '2019-03-15'],
    ['The agency expects the river to crest Sunday.', THU, 'Sunday', '2019-03-17'],
    // ... but a past perfect before "until" looks back, and so does a past expectation.
    ['Some centres had not opened until Tuesday, two days late.', THU, 'Tuesday', '2019-03-12'],
    ['Officials expected the river to crest Sunday.', THU, 'Sunday', '2019-03-10'],
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
    // The day may come with another clock time of the sentence.
    ['Polls open at 8am and close at 6pm on Tuesday, officials said.', '8am', '2019-03-12T08:00'],
    // ... but not a part of the day: after "Tuesday night", 1 a.m. is the next day.
    ['Gusts topped 70 mph Tuesday night and 61 mph shortly before 1 a.m. ET.', '1 a.m.', '2019-03-14T01:00'],
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
    // A statistics sentence compares the month it reports (its first month named alone, not a dateline's day).
    ['Prices rose 12.7% in September from August and 138% from a year earlier.', THU, 'a year earlier', '2017-09'],
    ['SANTIAGO, Dec 14 - Output fell 4.1% in November from a year earlier.', THU, 'a year earlier', '2017-11'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: "the weekend" in a future clause, "the coming weekend"', () => {
  test.each([
    // 2019-03-14 is a Thursday of ISO week 11; its weekend is 16-17 March.
    ['Bitter cold will follow over the weekend.', THU, 'the weekend', '2019-W11-WE'],
    ['Red alerts were issued for the coming weekend.', THU, 'the coming weekend', '2019-W11-WE'],
    ['Crowds gathered in the square over the weekend.', THU, 'the weekend', '2019-W10-WE'],
    ['Police said last weekend was calm.', THU, 'last weekend', '2019-W10-WE'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: weeks counted from a stated day land on a day', () => {
  test.each([
    ['Talks stalled on March 7, 2018. Two weeks later, a deal was struck.', THU, 'Two weeks later', '2018-03-21'],
    ['The first leg is on Thursday, 11 April. The second leg is a week later.', THU, 'a week later', '2019-04-18'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: a month named again keeps its year only while the story stays in that year', () => {
  test.each([
    [
      'The peg collapsed in December 2001. The run-off is on November 19. The winner takes office on December 10.',
      '2023-10-19',
      'December 10',
      '2023-12-10',
    ],
    ['The talks began in April 2016. The April summit in Vienna drew 40 leaders.', '2019-03-14', 'April', '2016-04'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: a weekday named ahead is the same day where it is named again with no tense', () => {
  const story =
    'Voters choose a president on Sunday. Argentines will vote on Sunday in a tense election. ' +
    'Polls open at 8am and close at 6pm on Sunday.';
  test('each "Sunday" of the story is the one ahead', () => {
    expect(dates(story, THU).map((d) => [d.text, d.value])).toEqual([
      ['Sunday', '2019-03-17'],
      ['Sunday', '2019-03-17'],
      ['8am', '2019-03-17T08:00'],
      ['6pm on Sunday', '2019-03-17T18:00'],
    ]);
  });
  test.each([
    // A past or reported clause keeps its own day.
    ['Police said Sunday the march was calm. A second march will be held on Sunday.', 'Sunday', '2019-03-10'],
    ['Crowds marched on Sunday. A second march will be held on Sunday.', 'Sunday', '2019-03-10'],
    // With no weekday named ahead, a bare weekday is the past one.
    ['Voters choose a president on Sunday.', 'Sunday', '2019-03-10'],
  ])('%s', (text, span, value) => {
    expect(find(text, THU, span)?.value).toBe(value);
  });
});

describe('extract/dates values: a comparison baseline is no point the story moves to', () => {
  test.each([
    [
      'Carmakers must cut emissions 55% by 2030, compared with 2021 levels, and to zero five years later.',
      '2023-06-21',
      'five years later',
      '2035',
    ],
    ['Output was higher than in 2019. Two years later, it fell.', '2023-06-21', 'Two years later', '2021'],
    // Without a baseline word, the last date stated is the anchor.
    ['Emissions peaked in 2021, and five years later they had halved.', '2023-06-21', 'five years later', '2026'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: "the end of the decade"', () => {
  test.each([
    ['The network must grow eightfold by the end of the decade.', '2023-06-21', 'the end of the decade', '202'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
  test('"the decade" alone is too vague', () => {
    expect(find('The decade was hard for farmers.', '2023-06-21', 'The decade')).toBeUndefined();
  });
});

describe('extract/dates values: a year written across two ("2023-24") is named by the year it ends in', () => {
  test.each([
    ['Net additions fell to 212,570 in 2023-24.', '2024-03-09', '2023-24', '2024'],
    ['The budget for FY2024-25 was tabled.', '2024-03-09', 'FY2024-25', '2025'],
    ['It was his best goal of the 2023/24 season.', '2024-03-09', '2023/24', '2024'],
    ['In the 2019-20 fiscal, it collected more.', '2024-03-09', '2019-20', '2020'],
    ['Exports peaked in 1999-00.', '2024-03-09', '1999-00', '2000'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
  test('two digits before the first year are no split year', () => {
    expect(dates('Call 1998-45 now.', THU).filter((d) => d.text.includes('1998'))).toEqual([]);
  });
  test('a range of four-digit years stays a range from its first year', () => {
    expect(find('The 2019-2021 plan was cut.', THU, '2019-2021')).toMatchObject({ value: '2019', rangeEnd: '2021' });
  });
});

describe('extract/dates values: "over the past decade" is a stretch of ten years, "in the last decade" a decade', () => {
  test.each([
    ['The backlog has doubled over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
    ['Within the next decade, the car will change.', 'the next decade', 'DURATION', 'P10Y'],
    ['Wages lost ground in the last decade.', 'the last decade', 'DATE', '200'],
  ])('%s', (text, span, type, value) => {
    expect(find(text, THU, span)).toMatchObject({ type, value });
  });
});

describe('extract/dates values: "this fiscal", "last fiscal" (Indian English) are the fiscal year', () => {
  test.each([
    ['The civic body has collected Rs 2,850 crore so far this fiscal.', 'this fiscal', '2019'],
    ['Growth slowed to 6% last fiscal.', 'last fiscal', '2018'],
  ])('%s', (text, span, value) => {
    expect(find(text, THU, span)?.value).toBe(value);
  });
  test.each([['The fiscal deficit widened.'], ['The last fiscal quarter was weak.']])(
    '%s has no "fiscal" year',
    (text) => {
      expect(dates(text, THU).filter((d) => /fiscal/i.test(d.text))).toEqual([]);
    },
  );
});

describe('extract/dates values: a season with no year in a future clause is the next one', () => {
  test.each([
    ['The government would not wait for the spring to act.', '2019-10-18', 'the spring', '2020-SP'],
    ['The plant will reopen in the summer.', '2019-10-18', 'the summer', '2020-SU'],
    ['Sales rose in the spring.', '2019-10-18', 'the spring', '2019-SP'],
  ])('%s', (text, published, span, value) => {
    expect(find(text, published, span)?.value).toBe(value);
  });
});

describe('extract/dates values: an infinitive with a weekday as its deadline points ahead', () => {
  // 2019-10-07 is a Monday.
  test.each([
    ['The governor urged residents to leave by Tuesday night.', 'Tuesday night', '2019-10-08TNI'],
    ['The company asked bidders to respond by Friday.', 'Friday', '2019-10-11'],
    // A past obligation looks back.
    ['Residents had to leave by Tuesday night.', 'Tuesday night', '2019-10-01TNI'],
  ])('%s', (text, span, value) => {
    expect(find(text, '2019-10-07', span)?.value).toBe(value);
  });
});
