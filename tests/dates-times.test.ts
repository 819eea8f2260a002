// Clock times in more written forms, clock times told in words, and a day joined with the time after or before it
// (text/dates/parsers/time-of-day, clock-words; extract/dates/refiners/date-time). Reference date Thursday
// 2015-12-10.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

const REF = '2015-12-10';

function dates(text: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published: REF });
  expectSpansMatch(doc);
  return doc.dates;
}

describe('extract/dates: clock forms', () => {
  test.each([
    ['The launch is set for 7:45:10 p.m. local time.', '7:45:10 p.m.', '2015-12-10T19:45:10'],
    ['Doors open at 8:30a sharp, organisers said.', '8:30a', '2015-12-10T08:30'],
    ['The ferry leaves at 6.am from the pier.', '6.am', '2015-12-10T06:00'],
    ['The vote is due at 4 p . m . in the chamber.', '4 p . m .', '2015-12-10T16:00'],
    ['Trading resumed at 12 noon.', '12 noon', '2015-12-10T12:00'],
    ['The strike began at midday.', 'midday', '2015-12-10T12:00'],
    ['The convoy left at half past three.', 'half past three', '2015-12-10T03:30'],
    ['Polls close at a quarter to eight in the evening.', 'a quarter to eight in the evening', '2015-12-10T19:45'],
    ['The bell rang at ten past 9 in the evening.', 'ten past 9 in the evening', '2015-12-10T21:10'],
    ['Rescuers arrived at twenty-five minutes past six.', 'twenty-five minutes past six', '2015-12-10T06:25'],
    ['The talks resume at 9 o’clock.', '9 o’clock', '2015-12-10T09:00'],
    ['He will call around 11ish.', '11ish', '2015-12-10T11:00'],
    ['The quake struck at 4 in the morning.', '4 in the morning', '2015-12-10T04:00'],
    ['The fire started in the afternoon at 3.', 'in the afternoon at 3', '2015-12-10T15:00'],
    // UTC and GMT are UTC+0 all year: ISO 8601's "Z" (MEANTIME's convention); zones whose offset moves have none.
    ['The plane landed at 18:00 UTC in Lisbon.', '18:00 UTC', '2015-12-10T18:00Z'],
    ['The blast was heard at 3 p.m. GMT near the port.', '3 p.m. GMT', '2015-12-10T15:00Z'],
    ['Kickoff was at 7:45pm BST at the ground.', '7:45pm BST', '2015-12-10T19:45'],
    ['Markets opened at 9:30 a.m. ET as usual.', '9:30 a.m. ET', '2015-12-10T09:30'],
    ['Bars must close by 23:30 under the new rules.', '23:30', '2015-12-10T23:30'],
    ['Shares slid in the morning, traders said.', 'the morning', '2015-12-10TMO'],
    ['By mid-afternoon the crowd had left.', 'mid-afternoon', '2015-12-10TAF'],
    ['Protesters gathered in the early morning hours.', 'early morning', '2015-12-10TMO'],
    ['The rally is planned for Sat at 5.', 'Sat at 5', '2015-12-12T05:00'],
    ['The vigil starts at seven p.m. outside the hall.', 'seven p.m.', '2015-12-10T19:00'],
    ['Polls shut at eight thirty pm in the capital.', 'eight thirty pm', '2015-12-10T20:30'],
    // Wire copy's four-digit times, with their zone.
    ['Copper rose 1.2% to $8,540 a tonne by 1630 GMT.', '1630 GMT', '2015-12-10T16:30Z'],
    ['Trading halted at 0900 UTC on the exchange.', '0900 UTC', '2015-12-10T09:00Z'],
  ])('%s', (text, span, value) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), value, type: 'TIME' });
  });
});

describe('extract/dates: a day and its time as one TIME', () => {
  test.each([
    ['The summit opens tomorrow at 9:30 a.m.', 'tomorrow at 9:30 a.m.', '2015-12-11T09:30'],
    ['Results are due Dec. 14 at 5 p.m.', 'Dec. 14 at 5 p.m.', '2015-12-14T17:00'],
    ['The deadline is 5 p.m. EST, Dec. 18.', '5 p.m. EST, Dec. 18', '2015-12-18T17:00'],
    ['The meeting moved to 10:30 a.m. on Dec. 15.', '10:30 a.m. on Dec. 15', '2015-12-15T10:30'],
    ['Fireworks start tonight at 11 p.m.', 'tonight at 11 p.m.', '2015-12-10T23:00'],
    ['The match will be played Sunday, 2 p.m., at the stadium.', 'Sunday, 2 p.m.', '2015-12-13T14:00'],
    ['Trading was halted mid-afternoon yesterday.', 'mid-afternoon yesterday', '2015-12-09TAF'],
    ['The count resumes tomorrow in the morning.', 'tomorrow in the morning', '2015-12-11TMO'],
    ['Doors open tomorrow early morning at 6:30.', 'tomorrow early morning at 6:30', '2015-12-11T06:30'],
    ['The vote will be held Friday at 4.', 'Friday at 4', '2015-12-11T04:00'],
    ['The panel meets next week on Tuesday 9 a.m.', 'next week on Tuesday 9 a.m.', '2015-12-15T09:00'],
  ])('%s', (text, span, value) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), value, type: 'TIME' });
  });
});

describe('extract/dates: ranges of clock times as one mention', () => {
  test.each([
    ['The office is open 9-11 a.m. for visitors.', '9-11 a.m.', '2015-12-10T09:00', '2015-12-10T11:00'],
    ['Voting runs from 7 to 9pm at the hall.', 'from 7 to 9pm', '2015-12-10T19:00', '2015-12-10T21:00'],
    ['Roads close between 11 a.m. and 2 p.m.', 'between 11 a.m. and 2 p.m.', '2015-12-10T11:00', '2015-12-10T14:00'],
    ['The window is from 06:30 to 08:15 GMT.', 'from 06:30 to 08:15 GMT', '2015-12-10T06:30', '2015-12-10T08:15'],
    ['Flights are grounded between 0600-0930 daily.', 'between 0600-0930', '2015-12-10T06:00', '2015-12-10T09:30'],
    [
      'The hearing resumes tomorrow from 2 to 4:30 p.m.',
      'tomorrow from 2 to 4:30 p.m.',
      '2015-12-11T14:00',
      '2015-12-11T16:30',
    ],
  ])('%s', (text, span, from, to) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), type: 'TIME', rangeStart: from, rangeEnd: to });
  });
});

describe('extract/dates: clock forms, negatives', () => {
  test('a conversion in brackets restates the time before it (TimeBank leaves it out)', () => {
    expect(dates('The blast came at 10:35 a.m. (0735 GMT) Friday.').map((d) => d.text)).toEqual([
      '10:35 a.m.',
      'Friday',
    ]);
  });

  test.each([
    'The stamp cost 7p at the post office.',
    'See Article 12a of the treaty.',
    'The Lakers won ten to nine in overtime.',
    'The home side led 3 after 5 innings.',
    'Police said 4 in the morning raid were arrested.',
    'Prices rose 20ish percent, traders said.',
    'She finished 10 past the leader.',
    'The bank held rates between 1.25 and 1.50 percent.',
    'The club won 3-2 at home.',
    'Output rose from 5 to 6 percent.',
    'Shops stay open from 9 to 5 on weekdays.',
    'Sun Microsystems rose 3%.',
    'He ran the course in 2:45 flat.',
    'The ratio stood at 3:1 against.',
    'The team was beaten 21:30 on aggregate.',
    'Which one am I supposed to pick?',
    'The index closed Friday at 4,512.30 points.',
    // No zone, a zone word in a compound.
    'About 1630 workers walked out.',
    'The firm has 2000 GMT-certified staff.',
  ])('%s', (text) => {
    expect(dates(text).filter((d) => d.type === 'TIME')).toEqual([]);
  });
});

describe('extract/dates: a recurring clock time', () => {
  test.each([['The siren sounds every day at 6 p.m. in the town.', 'every day at 6 p.m.', 'T18:00']])(
    '%s',
    (text, span, value) => {
      const hit = dates(text).find((d) => d.text === span);
      expect(hit).toMatchObject({ start: text.indexOf(span), value, type: 'SET' });
    },
  );
});
