// The headline and standfirst of a pasted page are read by every extractor (model/read-spans), though they stay
// out of `body`: their people, places and dates are the story's. Title Case headlines ("Putin Meets Xi in Moscow")
// are read like all-caps ones: capitals are style there, so a run is a name only when the body or the gazetteer
// says so. The title is read once however often the page shows it.
import type { Doc } from '../src/model/document';
import { headlineSpans, readSpans } from '../src/model/read-spans';
import { extract } from '../src/pipeline/pipeline';
import { expectSpansMatch } from './helpers/doc';

const MENU = 'Skip to content\nHome\nWorld\nBusiness\nSport\nSign in\n';
const FOOTER = '\nRelated Stories\nMarkets slip as oil rises\n\nCopyright © 2024 Example News. All rights reserved.\n';
const BODY = [
  'Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday for talks that officials said would cover energy, trade and the war in Ukraine.',
  'The two leaders last met in Beijing in October, when they signed a series of agreements on gas supplies and new rail links between the two countries.',
  'Analysts in Moscow said they expected little progress on the most difficult questions, but noted that both sides wanted to show that their ties remained close.',
].join('\n\n');

const page = (head: string): string =>
  `${MENU}${head}\nBy Jane Roe\nPublished: Mar 05, 2024 11:02 a.m. ET\n${BODY}\n${FOOTER}`;
const run = (text: string): Doc => {
  const doc = extract({ id: 't', source: 't', text });
  expectSpansMatch(doc);
  return doc;
};
const inHead = (doc: Doc) => (m: { start: number; end: number }) =>
  headlineSpans(doc).some((h) => h.start <= m.start && m.end <= h.end);
const texts = (list: readonly { text: string; start: number; end: number }[], doc: Doc): string[] =>
  list.filter(inHead(doc)).map((m) => m.text);

describe('the headline is read, not body', () => {
  test('a sentence-case headline gives its people, places and dates', () => {
    const doc = run(page('Putin and Xi meet in Moscow as Ukraine talks stall on Tuesday'));
    expect(doc.title).toBe('Putin and Xi meet in Moscow as Ukraine talks stall on Tuesday');
    expect(texts(doc.people, doc)).toEqual(['Putin', 'Xi']);
    expect(texts(doc.places, doc)).toEqual(['Moscow', 'Ukraine']);
    expect(doc.dates.filter(inHead(doc)).map((d) => [d.text, d.value])).toEqual([['Tuesday', '2024-03-05']]);
    // The people are the body's: one entity each.
    expect(doc.people.filter(inHead(doc)).map((m) => m.name)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    // The body is unchanged: the headline is not in it.
    const head = headlineSpans(doc)[0];
    expect(head && doc.body.some((b) => b.start < head.end && head.start < b.end)).toBe(false);
  });

  test('a Title Case headline: known names only, no "Putin Meets Xi"', () => {
    const doc = run(page('Putin Meets Xi in Moscow as Ukraine Talks Stall on Tuesday'));
    expect(texts(doc.people, doc)).toEqual(['Putin', 'Xi']);
    expect(texts(doc.places, doc)).toEqual(['Moscow', 'Ukraine']);
    expect(texts(doc.organizations, doc)).toEqual([]);
  });

  test('a Title Case headline with no name the body knows gives none', () => {
    const doc = run(page('Energy Talks Stall as Leaders Weigh New Pipeline Deal'));
    expect([...texts(doc.people, doc), ...texts(doc.organizations, doc)]).toEqual([]);
  });

  test('the standfirst under the headline is read with it', () => {
    const doc = run(
      page(
        'Putin and Xi meet in Moscow as talks stall\nThe two leaders will sign a gas deal on Thursday, officials say',
      ),
    );
    const stand = doc.removed.find((r) => r.reason === 'standfirst');
    expect(stand && doc.text.slice(stand.start, stand.end)).toBe(
      'The two leaders will sign a gas deal on Thursday, officials say',
    );
    expect(doc.dates.filter(inHead(doc)).map((d) => [d.text, d.value])).toEqual([['Thursday', '2024-03-07']]);
  });

  test('a title the page shows twice is read once: the copy above the story', () => {
    const head = 'Putin and Xi meet in Moscow as talks stall';
    const doc = run(`${head}\n\n${MENU}${head}\nBy Jane Roe\n${BODY}\n${FOOTER}`);
    const second = doc.text.indexOf(head, 1);
    expect(headlineSpans(doc)).toEqual([{ start: second, end: second + head.length }]);
    expect(doc.people.filter((m) => m.end <= head.length)).toEqual([]);
  });

  test('a clean text (no page furniture): body only, as before', () => {
    const doc = run(BODY);
    expect(headlineSpans(doc)).toEqual([]);
    expect(readSpans(doc)).toEqual(doc.body);
  });
});

describe('Title Case lines are headlines only where a headline stands', () => {
  test("a clean text's first line in Title Case", () => {
    const doc = run(`Putin Meets Xi in Moscow as Ukraine Talks Stall\n\n${BODY}`);
    expect(doc.people.map((m) => m.text).filter((t) => t.includes('Meets'))).toEqual([]);
    expect(doc.people.filter((m) => m.start < 10).map((m) => m.text)).toEqual(['Putin']);
  });

  test.each([
    ['a field line of a filing', 'Lead Underwriter Bear Stearns & Co Inc', 'Bear Stearns & Co Inc'],
    ['a line naming an institution', 'The National Bank of Poland', 'National Bank of Poland'],
  ])('inside the body, %s keeps its name', (_what, line, name) => {
    const doc = run(
      `The filing was made on Friday in Warsaw.\n${line}\nrefrained from comment on the offer, the bank said.`,
    );
    expect(doc.organizations.some((o) => o.text.endsWith(name))).toBe(true);
  });

  test('a list of names is no headline, even first', () => {
    const doc = run(`Billy Andrade, Duffy Waldorf, Jesper Parnevik (Sweden)\n\n${BODY}`);
    expect(doc.people.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Billy Andrade', 'Duffy Waldorf', 'Jesper Parnevik']),
    );
  });
});
