// The lexicon snapshots in src/adapters/lexicons/ stand in for loading compromise and the wink model at start-up.
// They must say exactly what the installed libraries say: after a library upgrade, `npm run lexicons` rewrites them.
import { compromiseLexiconSnapshot, compromiseLexiconTags } from '../src/adapters/compromise';
import { givenNameListCount } from '../src/adapters/given-names';
import { givenNamesSnapshot } from '../tools/lexicons/given-names';
import { winkKnownWords, winkVocabularySnapshot } from '../src/adapters/wink';
import givenSnapshot from '../src/adapters/lexicons/given-names.json';
import compromiseSnapshot from '../src/adapters/lexicons/compromise-names.json';
import winkSnapshot from '../src/adapters/lexicons/wink-words.json';

const STALE =
  'stale lexicon snapshot: run `npm run lexicons` after upgrading compromise, wink-eng-lite-web-model or gender-detection-from-name';

describe('lexicon snapshots match the installed libraries', () => {
  it('compromise: the name and organization tags', () => {
    expect({ snapshot: compromiseSnapshot, note: STALE }).toEqual({
      snapshot: compromiseLexiconSnapshot(),
      note: STALE,
    });
  });

  it('wink: the vocabulary', () => {
    const live = winkVocabularySnapshot();
    expect(live.split(' ').length).toBeGreaterThan(50_000);
    expect({ same: winkSnapshot.words === live, note: STALE }).toEqual({ same: true, note: STALE });
  });

  it('gender-detection-from-name: how many of its six lists have each name', () => {
    expect({ snapshot: givenSnapshot, note: STALE }).toEqual({ snapshot: givenNamesSnapshot(), note: STALE });
  });
});

describe('lookups through the snapshots', () => {
  it.each([
    ['john', 'MaleName'],
    ['mary', 'FemaleName'],
    ['Smith', 'LastName'],
  ])('compromiseLexiconTags(%s) includes %s', (word, tag) => {
    expect(compromiseLexiconTags(word)).toContain(tag);
  });

  it.each(['walk', 'zzqv', ''])('compromiseLexiconTags(%j) has no name tag', (word) => {
    expect(compromiseLexiconTags(word)).toEqual([]);
  });

  it.each([
    ['maria', 5],
    ['qxzqv', 0],
    ['', 0],
  ])('givenNameListCount(%j) is %d', (name, count) => {
    expect(givenNameListCount(name)).toBe(count);
  });

  it('winkKnownWords: English words in, names and non-words out, lower-cased', () => {
    expect(
      [...winkKnownWords(['The', 'house', 'Tokayev', 'Mirziyoyev', 'running', "don't", '2022', 'qxzqjvxkq'])].sort(),
    ).toEqual(['house', 'running', 'the']);
  });
});
