import { extractNames } from '../src/pipeline/extract/names';
import { docFor } from './helpers/doc';

/** Text that must yield no organization at all: events, nationalities, statistics, table headings, works, people. */
const NEGATIVES: readonly string[] = [
  'The World Cup final drew a record audience.',
  'He won the U.S. Open and the Masters in one season.',
  'Iraqi and Kurdish officials met on Monday.',
  'GDP grew 2.1 percent while the CPI rose 0.3 percent.',
  'Trading ends at 1600 GMT on Friday.',
  'ISSUER: CITY OF SPRINGFIELD\nAMOUNT: 5 MILLION',
  'She starred in "The Crying Game" in 1992.',
  'Tegla Loroupe won the race in Boston.',
  'The Astana Summit ended without a statement.',
  'It rained in Leeds and Bristol on Saturday.',
];

describe('extract/names: organization negatives', () => {
  test.each(NEGATIVES)('%s', (text) => {
    const doc = docFor(text, [extractNames]);
    expect(doc.organizations.map((o) => o.text)).toEqual([]);
  });
});
