// Times of day as TIME values (text/dates/parsers/time-of-day): clock times, noon and midnight, day parts, with the
// day they fall on. Reference date Thursday 2015-12-10.
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

const REF = '2015-12-10';

function dates(text: string) {
  const doc = docFor(text, [referenceDate, extractDates], { published: REF });
  expectSpansMatch(doc);
  return doc.dates;
}

describe('extract/dates: times of day', () => {
  test.each([
    ['The hearing opened at 10 a.m. in Nairobi.', '10 a.m.', '2015-12-10T10:00'],
    ['Markets closed at 3:15 p.m. ET after a volatile session.', '3:15 p.m. ET', '2015-12-10T15:15'],
    ['The curfew began at midnight.', 'midnight', '2015-12-10T24:00'],
    ['Ministers met at noon.', 'noon', '2015-12-10T12:00'],
    ['Police arrived Thursday night.', 'Thursday night', '2015-12-10TNI'],
    ['The blast happened on Tuesday morning, police said.', 'Tuesday morning', '2015-12-08TMO'],
    ['Shots were heard last night near the stadium.', 'last night', '2015-12-09TNI'],
    ['The minister will speak tonight.', 'tonight', '2015-12-10TNI'],
    ['He spoke to reporters this morning.', 'this morning', '2015-12-10TMO'],
    ['Voting closes at 10 p.m. Wednesday.', '10 p.m. Wednesday', '2015-12-09T22:00'],
    ['The deal was signed yesterday afternoon.', 'yesterday afternoon', '2015-12-09TAF'],
    ['The flight lands at 6.30am tomorrow.', '6.30am tomorrow', '2015-12-11T06:30'],
    ['The court sat until 12 a.m. on Friday.', '12 a.m. on Friday', '2015-12-11T00:00'],
  ])('%s', (text, span, value) => {
    const hit = dates(text).find((d) => d.text === span);
    expect(hit).toMatchObject({ start: text.indexOf(span), value, type: 'TIME' });
  });

  test('without a reference date a clock time keeps an unknown day', () => {
    const doc = docFor('The polls opened at 7 a.m.', [referenceDate, extractDates]);
    expect(doc.dates.find((d) => d.text === '7 a.m.')?.value).toBe('XXXX-XX-XXT07:00');
  });
});

describe('extract/dates: "overnight" as an adverb is the night before the reference day', () => {
  test.each([
    ['Air strikes killed at least 60 people overnight, officials said.', '2015-12-09TNI'],
    ['The search was halted overnight because of further eruptions.', '2015-12-09TNI'],
    ['The bridge will be closed overnight for repairs.', '2015-12-10TNI'],
  ])('%s', (text, value) => {
    expect(dates(text).find((d) => d.text === 'overnight')).toMatchObject({ type: 'TIME', value });
  });
  test.each(['The overnight rate rose to 5%.', 'Guests paid for an overnight stay.', 'It was no overnight success.'])(
    'before a noun it is no time: %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe("extract/dates: a clock time in a sentence that states a recurrence is any day's", () => {
  test.each([
    ['Offices will open at 9am and close at noon on Fridays.', '9am', 'XXXX-XX-XXT09:00'],
    ['Offices will open at 9am and close at noon on Fridays.', 'noon', 'XXXX-XX-XXT12:00'],
    ['Parking is free between 6pm and 8pm daily.', 'between 6pm and 8pm', 'XXXX-XX-XXT18:00'],
    ['Lifeguards patrol every day from 10am.', '10am', 'XXXX-XX-XXT10:00'],
    // No recurrence: the reference day, or the one day the sentence states.
    ['The office opens at 9am.', '9am', '2015-12-10T09:00'],
    ['The strike began at 6 a.m. on Tuesday.', '6 a.m. on Tuesday', '2015-12-08T06:00'],
  ])('%s: %s', (text, span, value) => {
    expect(dates(text).find((d) => d.text === span)?.value).toBe(value);
  });
});

describe('extract/dates: times of day, negatives', () => {
  test.each([
    'I am sure the team is 13 am not.',
    'The score was 10-7 at half time.',
    'He ran 5.30 km in the night race.',
    'Room 14 pm the manager said.',
    'The 13:75 p.m. train does not exist.',
    'She spent the night in a cell.',
  ])('%s', (text) => {
    expect(dates(text).filter((d) => d.type === 'TIME')).toEqual([]);
  });
});
