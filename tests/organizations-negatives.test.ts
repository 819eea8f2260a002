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
  // Issue 17 round 2: stock indices, dateline words, bowling figures, people's adjectives, military stories.
  'The Dow Jones industrial average fell 31 points and the Nasdaq composite index slipped.',
  'THE HAGUE 1996-08-30\nThe Dutch transport minister said no new inquiry was needed.',
  'LONGYEAR, Norway 1996-08-30\nThe streets of the Arctic town were empty.',
  'Bowling: Wasim Akram 10-0-50-0, Waqar Younis 9-0-54-1, Ata-ur-Rehman 6-0-40-1.',
  'Mexican officials and Kurdish workers met on Monday.',
  'U.S. warplanes flew from three bases, and Baghdad says the flights violate its airspace.',
  'Government officials were not available to comment.',
  'Trinidad & Tobago signed the treaty in Geneva.',
];

describe('extract/names: organization negatives', () => {
  test.each(NEGATIVES)('%s', (text) => {
    const doc = docFor(text, [extractNames]);
    expect(doc.organizations.map((o) => o.text)).toEqual([]);
  });
});
