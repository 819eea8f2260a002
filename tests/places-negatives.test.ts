import { extractNames } from '../src/pipeline/extract/names';
import { docFor } from './helpers/doc';

/** Text that must yield no place at all: demonyms, organizations named after places, teams, people. */
const NEGATIVES: readonly string[] = [
  'The Russian and Kazakh delegations arrived late.',
  'He studied at the University of Texas for two years.',
  'The Bank of England raised rates.',
  'Leicestershire beat Somerset by an innings and 39 runs.',
  'Essex 372 and 101-3, Surrey 290.',
  'Nasser Hussain and Peter Such bowled well.',
  'The Commonwealth of Independent States met on Monday.',
  'Philadelphia Eagles quarterback Randall Cunningham was injured.',
  'PRESS DIGEST - Markets were quiet.',
  'Result and close of play scores in English county championship matches.',
  'Essex 372, Surrey 290, Kent 180. Title rivals Essex and Surrey closed in.',
];

describe('extract/places: negatives', () => {
  test.each(NEGATIVES)('%s', (text) => {
    const doc = docFor(text, [extractNames]);
    expect(doc.places.map((p) => p.text)).toEqual([]);
  });
});
