// The page's own bounds on its publication day (reference-date/plausible.ts): a candidate later than an explicit
// update stamp, more than a few days after the page's labelled dates, or with an absurd year is not taken; stale
// copyright years, older related links and earlier event dates give no bound at all.
import type { Ymd } from '../src/text/dates/calendar';
import type { DateLine } from '../src/pipeline/normalize/reference-date/date-lines';
import { pageBounds, plausibleYear, withinBounds } from '../src/pipeline/normalize/reference-date/plausible';
import { dateLines } from '../src/pipeline/normalize/reference-date/date-lines';

const day = (iso: string): Ymd => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: d ?? 0 };
};
const labelled = (text: string): DateLine[] => dateLines(text, false).filter((l) => l.publishedCue || l.updatedCue);

describe('plausible publication days', () => {
  test.each([
    ['1989-12-31', false],
    ['1990-01-01', true],
    ['2015-12-14', true],
    ['2100-12-31', true],
    ['2105-12-14', false],
    ['1970-01-01', false],
  ] as const)('year of %s plausible: %s', (iso, want) => {
    expect(plausibleYear(day(iso))).toBe(want);
  });

  test.each([
    // [labelled lines of the page, candidate, candidate is an update stamp, taken]
    ['Last updated: 14 December 2015', '2017-03-14', false, false],
    ['Last updated: 14 December 2015', '2015-12-14', false, true],
    ['Last updated: 14 December 2015', '2015-12-10', false, true],
    ['Updated Jan 9, 2019\nPublished Jan 3, 2019', '2019-01-03', false, true],
    ['Updated Jan 9, 2019\nPublished Jan 3, 2019', '2019-01-12', false, false],
    ['Published 3 June 2016', '2016-06-05', false, true],
    ['Published 3 June 2016', '2016-06-30', false, false],
    ['Published 3 June 2016', '2016-06-30', true, false],
    ['Published 3 June 2016\nUpdated 5 June 2016', '2016-06-05', true, true],
    ['', '2031-01-01', false, true],
    ['', '1850-01-01', false, false],
  ] as const)('page %j: %s (update %s) taken %s', (page, iso, isUpdate, want) => {
    expect(withinBounds(day(iso), isUpdate, pageBounds(labelled(page)))).toBe(want);
  });

  test('copyright years, related links and event dates in prose give no bound', () => {
    const page = [
      'Copyright 1998-2009 Valley Gazette',
      'Related: Bridge closes 12 March 2008',
      'The festival opens on 14 July 2006, organisers said in a statement to the council.',
    ].join('\n');
    expect(pageBounds(labelled(page))).toEqual({ updatedBy: null, latestLabelled: null });
    expect(withinBounds(day('2016-02-01'), false, pageBounds(labelled(page)))).toBe(true);
  });
});
