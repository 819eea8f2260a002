import * as fs from 'fs';
import * as path from 'path';
import { emptyDoc } from '../src/model/document';
import type { Doc } from '../src/model/document';
import { splitBlocks } from '../src/pipeline/boilerplate/1-blocks';
import { matchRule } from '../src/pipeline/boilerplate/2-classify';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { CAPTION_CREDIT } from '../src/pipeline/boilerplate/rules';
import { resolveOptions } from '../src/pipeline/options';
import { workOf } from './helpers/work';

const mark = (text: string, title: string | null = null): Doc =>
  markBody.run(emptyDoc({ id: 't', source: 't', text, title }), resolveOptions());

/** One boilerplate line per rule, with the reason it must get. */
const RULE_CASES: [string, string][] = [
  ['Copyright © 2024 IRIA - International Relations Insights & Analysis', 'copyright'],
  ['All rights reserved.', 'copyright'],
  ['We use cookies to improve your experience on our site.', 'cookie-notice'],
  ['Leave a comment', 'comment-prompt'],
  ['12 Comments', 'comment-prompt'],
  ['Your email address will not be published. Required fields are marked *', 'comment-prompt'],
  ['Top Comments', 'comment-prompt'],
  [
    'A version of this article appears in print on April 14, 2024, Section MB, Page 1 of the New York edition with the headline: The Singer.',
    'print-edition',
  ],
  ['Subscribe to IRIA News', 'subscribe'],
  ['Enter your email address:', 'subscribe'],
  ['Sign up for our newsletter', 'subscribe'],
  ['Related Articles', 'related-articles'],
  ['You may also like', 'related-articles'],
  ['Most Popular', 'related-articles'],
  ['Read more: Looted art to be returned', 'read-more'],
  ['Photo: Anna Holm', 'image-credit'],
  ['Photo by Jane Doe on Unsplash', 'image-credit'],
  ['Back to Top', 'back-to-top'],
  ['Advertisement', 'advertisement'],
  ['Tags: politics, elections', 'tags'],
  ['Filed under: World', 'tags'],
  ['Share this article', 'share-prompt'],
  ['Follow us on Twitter', 'share-prompt'],
  ['By Maria Lindqvist', 'byline'],
  ['Posted: Thursday, April 21, 2022. 10:11 pm CST.', 'byline'],
  ['India News | Edited by Chandrashekar Srinivasan | Updated: March 16, 2024 5:42 pm IST', 'byline'],
  ['March 4, 2021', 'dateline'],
  ['2 hours ago', 'dateline'],
  ['about an hour ago', 'dateline'],
  ['Skip to main content', 'navigation'],
  ['Privacy Policy', 'navigation'],
];

describe('boilerplate rules', () => {
  it.each(RULE_CASES)('%j is %s', (line, reason) => {
    const block = splitBlocks(line)[0];
    expect(block).toBeDefined();
    expect(block && matchRule(block)?.reason).toBe(reason);
  });

  it('a field after "|" is a byline field only when the line ends with it, short', () => {
    for (const line of [
      'Results | Updated every evening with the scores of every match played across the country this season',
      'Opinion | Posted notes from the people we met across the country on the long road to the election',
    ]) {
      const block = splitBlocks(line)[0];
      expect(block && matchRule(block)?.reason).not.toBe('byline');
    }
  });

  it('a sentence about comments or about hours ago is prose, not furniture', () => {
    for (const line of [
      'Top comments from readers were read aloud in the chamber.',
      'Two hours ago the river burst its banks.',
      'A version of this law appeared in 2019.',
    ]) {
      const block = splitBlocks(line)[0];
      expect(block && matchRule(block)?.reason).toBeUndefined();
    }
  });

  it('reads a caption ending in a photo credit', () => {
    expect(CAPTION_CREDIT.test('Leaders met in St. Petersburg on December 26, 2022. (Image Credit: Moscowtimes)')).toBe(
      true,
    );
    expect(CAPTION_CREDIT.test('The image was taken in 2022 (see the credits below).')).toBe(false);
  });
});

describe('blocks', () => {
  it('joins hard-wrapped prose lines and keeps other lines apart', () => {
    const text =
      'Home\nNews\n\nThe minister said on Monday that the talks would continue for\nanother week before a vote.\n';
    expect(splitBlocks(text).map((b) => b.text)).toEqual([
      'Home',
      'News',
      'The minister said on Monday that the talks would continue for\nanother week before a vote.',
    ]);
  });
});

/** Every non-blank line is inside exactly one body or removed span; spans are sorted and do not overlap. */
function expectCoverage(doc: Doc): void {
  const spans = [...doc.body, ...doc.removed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
  let offset = 0;
  for (const line of doc.text.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    if (!line.trim()) continue;
    expect(spans.some((s) => s.start <= start && start < s.end)).toBe(true);
  }
}

describe('markBody invariants', () => {
  const pages = path.join(__dirname, 'fixtures', 'pages');
  it.each(['corpus-iria', 'text-news-page', 'text-clean-article'])(
    '%s: body and removed cover every line, never overlapping',
    (name) => {
      expectCoverage(mark(fs.readFileSync(path.join(pages, name, 'input.txt'), 'utf8')));
    },
  );

  it('never changes the text', () => {
    const text = fs.readFileSync(path.join(pages, 'corpus-iria', 'input.txt'), 'utf8');
    expect(mark(text).text).toBe(text);
  });

  it('keeps a title the input gave, and removes the lines that show it', () => {
    const text = fs.readFileSync(path.join(pages, 'text-news-page', 'input.txt'), 'utf8');
    const doc = mark(text, 'Harbour town votes to rebuild its old sea wall');
    expect(doc.title).toBe('Harbour town votes to rebuild its old sea wall');
    expect(doc.removed.filter((r) => r.reason === 'repeated-title').map((r) => doc.text.slice(r.start, r.end))).toEqual(
      ['Harbour town votes to rebuild its old sea wall'],
    );
  });

  // Work counted (tests/helpers/work.ts), not timed: the same figure on every machine. Timings: `npm run bench`.
  it('is linear: four times a long page or a long menu takes about four times the work', () => {
    const para =
      'The council said on Monday that the new bridge would open in the spring of next year, after delays.\n\n';
    const page = (n: number): string => 'Home\nNews\nSport\n\n' + para.repeat(n) + 'Copyright © 2024 Example\n';
    const menu = (n: number): string =>
      Array.from({ length: n }, (_, i) => `Item ${String(i)}`).join('\n') + '\nShare this\nCopyright © 2024 Example\n';
    // Linear is about 4x, quadratic 16x.
    for (const make of [page, menu]) {
      const ratio = workOf(() => mark(make(4000))) / workOf(() => mark(make(1000)));
      expect(ratio).toBeLessThan(6);
    }
    expect(mark(page(10000)).body.length).toBe(1);
  });
});
