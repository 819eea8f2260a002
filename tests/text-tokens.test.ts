// The text layer's tokens (src/text/tokens): offsets, shape, possessive, line start, sentence and paragraph index,
// built once by segment/ and read by the name passes.
import { docSentenceTokens } from '../src/pipeline/extract/names/1-tokens';
import { LINE_START, POSSESSIVE, buildTokenTable, sentenceTokenRange, tokenAt } from '../src/text/tokens';
import { sentencePos } from '../src/text/pos';
import { docFor } from './helpers/doc';

/** Token texts and shapes of a text after segment/, as "text/shape" strings. */
function shapes(text: string): string[] {
  const doc = docFor(text, []);
  return Array.from({ length: doc.tokens.length }, (_, i) => tokenAt(doc.tokens, text, i)).map(
    (t) => `${t.text}/${t.shape}`,
  );
}

describe('text/tokens: words, shapes and kept periods', () => {
  test.each([
    ['Putin spoke.', ['Putin/cap', 'spoke/lower', './punct']],
    ['NATO and the U.S. met', ['NATO/upper', 'and/lower', 'the/lower', 'U.S./upper', 'met/lower']],
    ['J. R. Smith', ['J./initial', 'R./initial', 'Smith/cap']],
    [
      'Gov. Mike Pence in St. Petersburg',
      ['Gov./cap', 'Mike/cap', 'Pence/cap', 'in/lower', 'St./cap', 'Petersburg/cap'],
    ],
    ['Kassym-Jomart Tokayev', ['Kassym-Jomart/cap', 'Tokayev/cap']],
    ['Bashar al-Assad', ['Bashar/cap', 'al-Assad/cap']],
    ["O'Brien paid $1,250.50", ["O'Brien/cap", 'paid/lower', '$/punct', '1,250.50/num']],
    ['on 12/05/2020 at 9', ['on/lower', '12/05/2020/num', 'at/lower', '9/num']],
    ['Acme Inc. rose', ['Acme/cap', 'Inc./cap', 'rose/lower']],
    ['No. 10 Downing Street', ['No./cap', '10/num', 'Downing/cap', 'Street/cap']],
    ['Cpl. Jones and Fr. Murphy', ['Cpl./cap', 'Jones/cap', 'and/lower', 'Fr./cap', 'Murphy/cap']],
    ['Zürich’s École', ['Zürich/cap', '’s/punct', 'École/cap']],
  ])('%s', (text, expected) => {
    expect(shapes(text)).toEqual(expected);
  });
});

describe('text/tokens: possessives', () => {
  test.each([
    ["Putin's aide", ['Putin', "'s", 'aide'], [true, false, false]],
    ['Russia’s army', ['Russia', '’s', 'army'], [true, false, false]],
    ["it's late", ["it's", 'late'], [false, false]], // lower-case: a contraction, not a possessive
    ["B's grades", ["B's", 'grades'], [false, false]], // a letter's plural, too short to be a name's possessive
    ["Al's bar", ['Al', "'s", 'bar'], [true, false, false]],
  ])('%s', (text, words, possessive) => {
    const doc = docFor(text, []);
    const toks = Array.from({ length: doc.tokens.length }, (_, i) => tokenAt(doc.tokens, text, i));
    expect(toks.map((t) => t.text)).toEqual(words);
    expect(toks.map((t) => t.possessive)).toEqual(possessive);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('text/tokens: sentence, paragraph and line start', () => {
  const text = 'Putin spoke. Tokayev replied.\n\nSecond paragraph here.\nA new line.';
  const doc = docFor(text, []);
  const toks = Array.from({ length: doc.tokens.length }, (_, i) => tokenAt(doc.tokens, text, i));

  test('each token records its sentence and paragraph', () => {
    const by = (w: string) => toks.find((t) => t.text === w);
    expect([by('Putin')?.sentence, by('Tokayev')?.sentence, by('Second')?.sentence, by('new')?.sentence]).toEqual([
      0, 1, 2, 3,
    ]);
    expect([by('Putin')?.paragraph, by('Tokayev')?.paragraph, by('Second')?.paragraph, by('new')?.paragraph]).toEqual([
      0, 0, 1, 2,
    ]);
  });

  test('the first token of each sentence starts a line; others only after a newline', () => {
    expect(toks.filter((t) => t.lineStart).map((t) => t.text)).toEqual(['Putin', 'Tokayev', 'Second', 'A']);
  });

  test('sentence ranges partition the table', () => {
    const ranges = doc.sentences.map((_, k) => sentenceTokenRange(doc.tokens, k));
    expect(ranges).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
      [10, 14],
    ]);
    expect(doc.tokens.length).toBe(14);
  });

  test('a line break inside one sentence sets lineStart', () => {
    const t = 'BREAKING NEWS\nPutin spoke';
    const table = buildTokenTable(t, [{ start: 0, end: t.length }], [{ start: 0, end: t.length }]);
    expect(Array.from(table.flags).map((f) => (f & LINE_START) !== 0)).toEqual([true, false, true, false]);
    expect(Array.from(table.flags).some((f) => (f & POSSESSIVE) !== 0)).toBe(false);
  });

  test('every token lies inside its sentence, in text order', () => {
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = toks[i];
      const s = t && doc.sentences[t.sentence];
      expect(s && s.start <= t.start && t.end <= s.end).toBe(true);
      if (i > 0) expect((toks[i - 1]?.end ?? 0) <= (t?.start ?? 0)).toBe(true);
    }
  });
});

describe('names pass 1 reads the text layer', () => {
  test('tokens from the table equal tokens made on the spot (a doc whose sentences were set by hand)', () => {
    const text = "Mr. Putin's aide met Dr. J. Smith in St. Petersburg.\nU.S. officials said 1,250 people came.";
    const doc = docFor(text, []);
    const handSet = { ...doc, sentences: [...doc.sentences] }; // another array: the table no longer applies
    doc.sentences.forEach((_, k) => expect(docSentenceTokens(doc, k)).toEqual(docSentenceTokens(handSet, k)));
  });
});

describe('text/pos: tags on request', () => {
  test('one tag per token of the sentence, from wink', () => {
    const text = "Peskov said the Kremlin's plan failed. It rained.";
    const doc = docFor(text, []);
    const tags = sentencePos(doc, 0);
    const words = Array.from({ length: doc.tokens.sentenceFirst[1] ?? 0 }, (_, i) => tokenAt(doc.tokens, text, i).text);
    expect(words).toEqual(['Peskov', 'said', 'the', 'Kremlin', "'s", 'plan', 'failed', '.']);
    expect(tags).toHaveLength(words.length);
    expect(tags[0]).toBe('PROPN');
    expect(tags[1]).toBe('VERB');
    expect(tags[2]).toBe('DET');
    expect(tags[6]).toBe('VERB');
  });

  test('no tags when the table does not match the sentences', () => {
    const doc = docFor('He spoke.', []);
    expect(sentencePos({ ...doc, sentences: [...doc.sentences] }, 0)).toEqual([]);
  });
});
