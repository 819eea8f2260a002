import { winkDatesBaseline } from '../src/pipeline/baseline/dates-wink';
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor, expectSpansMatch } from './helpers/doc';

const TEXT = 'The informal summit was scheduled for December 26-27, 2022 in St. Petersburg.';

describe('baseline/dates-wink', () => {
  test('wink alone splits the range and gives no value; extract/dates keeps one mention with a value', () => {
    const wink = docFor(TEXT, [winkDatesBaseline]);
    expectSpansMatch(wink);
    expect(wink.dates.length).toBeGreaterThan(0);
    expect(wink.dates.every((d) => d.value === null)).toBe(true);
    const ours = docFor(TEXT, [referenceDate, extractDates], { published: '2022-12-27' });
    expect(ours.dates.map((d) => [d.text, d.value])).toEqual([['December 26-27, 2022', '2022-12-26']]);
  });
});
