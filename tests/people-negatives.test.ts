import { extractNames } from '../src/pipeline/extract/names';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { docFor } from './helpers/doc';

/** Text that must yield no person at all. */
const NEGATIVES: readonly string[] = [
  "This year's summit took place at the Boris Yeltsin Presidential Library on December 26.",
  'Armenian Prime Minister met with the Russian President on the sideline of the summit.',
  'The President said nothing.',
  'Trailing by 213, the visitors got a solid start.',
  'However, the Commonwealth of Independent States met in Russia.',
  'Shares of General Motors rose on Tuesday.',
  'SOCCER - EUROPEAN CUP RESULTS AND STANDINGS.',
  'He flew from Philadelphia to Kansas City in March.',
  'The Russian and Kazakh delegations arrived.',
  'Officials of the Federal Reserve and the White House declined to comment.',
  'Leicestershire beat Somerset by an innings and 39 runs.',
  'Talks between S. Korea and N. Korea resumed.',
  'Ohio-based KeyCorp and Hong Kong-listed firms gained.',
  'Apple Computer released Mac OS X Lion on Wednesday.',
  'Magna International Inc said profit rose. Magna said it would expand.',
  'Iraqis and Kurds fled to the border.',
  'Los Angeles Dodgers manager said the team was tired.',
  'The Boxer Rising began in northern China in 1899.',
];

describe('extract/people: negatives', () => {
  test.each(NEGATIVES)('%s', (text) => {
    const doc = docFor(text, [extractNames, resolvePeople]);
    expect(doc.people.map((p) => p.text)).toEqual([]);
  });
});
