import { appendAll } from '../src/model/append-all';
import { docFor } from './helpers/doc';

const sentencesOf = (text: string): string[] => docFor(text, []).sentences.map((s) => text.slice(s.start, s.end));
const paragraphsOf = (text: string): string[] => docFor(text, []).paragraphs.map((s) => text.slice(s.start, s.end));

describe('segment/sentences', () => {
  test.each([
    ['Putin spoke. Tokayev replied.', ['Putin spoke.', 'Tokayev replied.']],
    [
      'Mr. Putin met Dr. Smith in St. Petersburg. It rained.',
      ['Mr. Putin met Dr. Smith in St. Petersburg.', 'It rained.'],
    ],
    ['He said “No.” Then he left.', ['He said “No.”', 'Then he left.']],
    ['J. R. Smith arrived on Jan. 5 at noon.', ['J. R. Smith arrived on Jan. 5 at noon.']],
    ['Prices rose 2.5 percent. Why? Nobody knows!', ['Prices rose 2.5 percent.', 'Why?', 'Nobody knows!']],
    ['He lives in the U.S. The rest moved.', ['He lives in the U.S.', 'The rest moved.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('paragraphs are lines separated by newlines; hard-wrapped prose is joined', () => {
    expect(paragraphsOf('First para.\n\nSecond para.\nThird.')).toEqual(['First para.', 'Second para.', 'Third.']);
    const wrapped = 'This is a long line of prose that was wrapped by an old mail program at\nseventy characters.';
    expect(paragraphsOf(wrapped)).toEqual([wrapped]);
  });

  test('no sentences in an empty or blank text', () => {
    expect(sentencesOf('')).toEqual([]);
    expect(sentencesOf('  \n\n ')).toEqual([]);
  });
});

describe('segment: very many sentences (a bug fix: push(...list) overflowed the stack in the main thread)', () => {
  it('splits 200,000 sentences of one paragraph without throwing, whatever the thread stack', () => {
    const text = 'Rain fell. '.repeat(200_000);
    const doc = docFor(text, []);
    expect(doc.messages.filter((m) => m.severity === 'fatal')).toEqual([]);
    expect(doc.sentences).toHaveLength(200_000);
    expect(appendAllWorks()).toBe(true);
  });
});

function appendAllWorks(): boolean {
  const into = [0];
  appendAll(
    into,
    Array.from({ length: 500_000 }, (_, i) => i),
  );
  return into.length === 500_001 && into[500_000] === 499_999;
}
