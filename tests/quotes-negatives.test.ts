import { extractQuotes } from '../src/pipeline/extract/quotes';
import { docFor } from './helpers/doc';

// Text that must yield no quote at all.
const NEGATIVES: readonly [string, string][] = [
  ['single-quoted scare quotes', "The gathering is being dubbed an 'informal' summit."],
  ['double-quoted scare quotes with no speaker', 'It was dubbed an “informal” end-of-the-year summit.'],
  ['scare quotes in a passive clause', 'The gathering is being dubbed an “informal” summit.'],
  ['a passive speech verb has no speaker', 'The glitch was reported when the plane made its maiden flight.'],
  ['an announcement with nobody announcing', 'It was announced that the summit would take place in December.'],
  ['curly single scare quotes', 'Leaders met at the ‘informal’ summit in St. Petersburg.'],
  ['a film title', 'She watched the film “Gone With the Wind” again.'],
  ['a programme title after a possessive', 'He appeared on CNN’s “State of the Union.” The crowd cheered.'],
  ['inch and foot marks', 'He is 5\'10" tall and the screen is 12" wide.'],
  ['apostrophes and possessives', 'The organization’s members’ desire for Russia’s trade isn’t new.'],
  ['elisions', 'Rock ’n’ roll was different in the ’90s.'],
  ['a lone opening mark', 'The text has “a mark that never closes and the paragraph simply ends'],
  ['a lone closing mark', 'The text has a mark that never opens” and the paragraph simply ends.'],
  ['a stage direction', '"(CROSSTALK.)"'],
  ['a noun that looks like a cue', 'The United States led talks among countries that resulted in a deal.'],
  ['relative "that" after a plural noun', 'In critical swing states that percentage is likely to be higher.'],
  ['a cue without content', 'He said so.'],
];

describe('extract/quotes: negatives', () => {
  test.each(NEGATIVES)('%s', (_why, text) => {
    expect(docFor(text, [extractQuotes]).quotes).toEqual([]);
  });

  test('nothing outside the body', () => {
    const doc = docFor('“We will win this election,” he said.', []);
    const outside = extractQuotes.run(
      { ...doc, paragraphs: [], sentences: [], body: [] },
      { referenceDate: null, dayFirst: false, defaultCurrency: 'USD' },
    );
    expect(outside.quotes).toEqual([]);
  });
});
