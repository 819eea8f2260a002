// The title of a pasted page the input gave no title for: the headline above the byline and date lines, not the
// date line, the byline, a page control or a caption that sits nearer the first paragraph; and those lines leave
// the body with their own reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc } from '../src/model/document';
import type { Doc } from '../src/model/document';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { resolveOptions } from '../src/pipeline/options';
import { parseTimexMarkup } from './helpers/timex-markup';

const mark = (text: string): Doc => markBody.run(emptyDoc({ id: 't', source: 't', text }), resolveOptions());
const reasonOf = (doc: Doc, line: string): string | undefined => {
  const at = doc.text.indexOf(line);
  return doc.removed.find((r) => r.start <= at && at < r.end)?.reason;
};

const MENU = 'Home\nNews\nSport\nBusiness\nOpinion\nSign in\n';
const BODY = [
  'The council said on Monday that the new bridge over the river would open in the spring, after two years of delays and a long dispute over its cost.',
  'Engineers told the meeting that the steel for the main span had arrived from the mill in the north and that the work on the piers was almost done.',
  'Residents who live near the old crossing said they were glad that traffic in the narrow streets of the town would be eased when the bridge opens.',
].join('\n\n');
const FOOTER = '\nRelated Stories\nTown plans new car park\n\nCopyright © 2024 Example News. All rights reserved.\n';

/** One page shape per row: the lines between the menu and the body, the title expected. */
const CASES: readonly { shape: string; head: string; title: string }[] = [
  {
    shape: 'headline, byline, date line',
    head: 'New bridge to open in spring after two years of delays\nBy Jane Roe\nPublished: Mar 04, 2024 11:02 a.m. ET',
    title: 'New bridge to open in spring after two years of delays',
  },
  {
    shape: 'headline and standfirst: the upper line is the headline',
    head: 'New bridge to open in spring after delays\nCouncil says the steel for the main span has arrived\nJane Roe Transport correspondent\nMon 4 Mar 2024 18.42 GMT',
    title: 'New bridge to open in spring after delays',
  },
  {
    shape: 'a name with its outlet under the headline',
    head: 'New bridge to open in spring after delays\nJane Roe · Example News\nPosted: Mar 04, 2024 11:46 AM',
    title: 'New bridge to open in spring after delays',
  },
  {
    shape: 'a page control between the date line and the story',
    head: 'New bridge to open in spring after delays\nUpdated: Mar 04, 2024 6:15 p.m. ET\nListen to this article',
    title: 'New bridge to open in spring after delays',
  },
  {
    shape: 'a date inside the headline',
    head: 'Bridge tolls to rise by up to 50 cents from Dec 23\nJane Roe\nUPDATED Oct 09, 2023, 10:31 PM',
    title: 'Bridge tolls to rise by up to 50 cents from Dec 23',
  },
  {
    shape: 'a player notice nearer the story than the headline: it shares no word with the story',
    head: 'New bridge to open in spring after two years of delays\nBy Jane Roe\nMedia playback is unsupported on your device',
    title: 'New bridge to open in spring after two years of delays',
  },
  {
    shape: 'a promotion between headline and story',
    head: 'Steel for new bridge arrives from the mill\nJane Roe · Example News\nApply for positions around the world',
    title: 'Steel for new bridge arrives from the mill',
  },
  {
    shape: 'a Title Case headline of four words',
    head: 'The Bridge Nobody Wanted\nBy Jane Roe\nMarch 4, 2024',
    title: 'The Bridge Nobody Wanted',
  },
];

describe('boilerplate: the title of a pasted page', () => {
  test.each(CASES)('$shape', ({ head, title }) => {
    const doc = mark(`${MENU}${head}\n${BODY}\n${FOOTER}`);
    expect(doc.title).toBe(title);
    expect(reasonOf(doc, title)).toBe('title');
  });

  test('when no line before the story shares a word with it, the nearest headline-shaped line stays the title', () => {
    const doc = mark(`${MENU}Apply for positions around the world\nBy Jane Roe\n${BODY}\n${FOOTER}`);
    expect(doc.title).toBe('Apply for positions around the world');
  });

  test('a standfirst under the headline is marked as such when the story left it out', () => {
    const head = 'New bridge to open in spring after delays\nCouncil says the steel for the main span has arrived';
    const doc = mark(`${MENU}${head}\nJane Roe Transport correspondent\nMon 4 Mar 2024 18.42 GMT\n${BODY}\n${FOOTER}`);
    expect(reasonOf(doc, 'Council says the steel for the main span has arrived')).toBe('standfirst');
  });

  test('a reading-time line under the date line is furniture, not body ("4 mins to read")', () => {
    const doc = mark(
      `${MENU}New bridge to open in spring after delays\nBy Jane Roe\n22 Dec, 2023 04:30 AM\n4 mins to read\n${BODY}\n${FOOTER}`,
    );
    expect(['dateline', 'navigation']).toContain(reasonOf(doc, '4 mins to read'));
  });

  test('the byline and date line under the headline leave the body as byline and dateline', () => {
    const doc = mark(
      `${MENU}New bridge to open in spring after delays\nBy Jane Roe\nMarch 4, 2024 4:52 PM GMT\n${BODY}\n${FOOTER}`,
    );
    expect(reasonOf(doc, 'By Jane Roe')).toBe('byline');
    expect(reasonOf(doc, 'March 4, 2024 4:52 PM GMT')).toBe('dateline');
  });

  test('the wire pages of tests/fixtures/dated-pages get their headlines', () => {
    const page = (f: string): Doc =>
      mark(parseTimexMarkup(readFileSync(join(__dirname, 'fixtures', 'dated-pages', f), 'utf8')).text);
    expect(page('ca-strike.txt').title).toBe('Port workers in British Columbia begin strike after talks fail');
    expect(page('uk-floods.txt').title).toBe('Hundreds leave homes as River Ouse reaches highest level in 23 years');
    expect(page('us-court.txt').title).toBe('Judge blocks Ohio voting law weeks before primary');
    expect(page('in-budget.txt').title).toBe(
      'Maharashtra budget: State plans Rs 12,000 crore for irrigation, farm loans',
    );
  });
});
