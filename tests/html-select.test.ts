import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../src/adapters/dom';
import { readArticle } from '../src/adapters/readability';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { htmlToText } from '../src/pipeline/ingest/html';
import { blocksText, pageBlocks } from '../src/pipeline/ingest/html/blocks';
import { blockFeatures } from '../src/pipeline/ingest/html/features';
import { ingest } from '../src/pipeline/ingest/ingest';
import { resolveOptions } from '../src/pipeline/options';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, 'fixtures', 'html-select', `${name}.html`), 'utf8');

/** Readability alone, as ingest used it before the block selection: the main node's text. */
function readabilityAlone(html: string): string {
  return readArticle(parseHtml(html), (node) => blocksText(pageBlocks(node)))?.content ?? '';
}

/** The article body after ingest and the boilerplate stage, as extractors see it (spans checked as exact slices). */
function bodyOf(html: string): string {
  const options = resolveOptions();
  const doc = markBody.run(ingest({ id: 't', source: 't', html }, options), options);
  for (const s of doc.body) expect(s.end).toBeGreaterThan(s.start);
  return doc.body.map((s) => doc.text.slice(s.start, s.end)).join('\n');
}

interface PageCase {
  readonly fixture: string;
  /** Why the case exists. */
  readonly why: string;
  /** Text Readability alone loses that must come back. */
  readonly restored: readonly string[];
  /** Text that must be in the body. */
  readonly kept: readonly string[];
  /** Page furniture that must stay out of the body. */
  readonly out: readonly string[];
}

const PAGES: readonly PageCase[] = [
  {
    fixture: 'standfirst-and-furniture',
    why: 'the standfirst sits under the headline, outside the container Readability picks; a share box sits inside it',
    restored: ['The town will spend two million pounds on the first repairs in forty years'],
    kept: ['The harbour council voted on Tuesday evening', 'with boats moved to the outer moorings'],
    out: [
      'Share this story with your friends',
      'Related stories',
      'Storm floods the quay',
      'Facebook',
      'By Ann Writer',
      'Copyright',
      'Weather',
    ],
  },
  {
    fixture: 'noscript-fallback',
    why: 'a blog engine renders the post with JavaScript and ships the text in <noscript>; Readability drops every <noscript>',
    restored: ['Until now every file a user downloaded was checked', 'using a short hash of the address'],
    kept: [],
    out: ['Please enable JavaScript', 'Privacy', 'Archive'],
  },
  {
    fixture: 'comments-and-teasers',
    why: 'long, prose-like comments and teaser summaries after the article: prose, but furniture (aside, comment classes)',
    restored: [],
    kept: ['The river path between the old mill', 'dogs must be kept on a lead'],
    out: [
      'The parish council has agreed to plant',
      'The market square will be closed',
      'I walked the whole path yesterday',
      'nobody has thought about the parking',
      'Copyright',
    ],
  },
  {
    fixture: 'furniture-word-on-article',
    why:
      'a theme puts furniture words ("comments-open share-enabled") on the article wrapper itself: nothing is dropped; ' +
      'a lone newsletter line left in the text still goes (HTML text is main content, never a "clean" text)',
    restored: [],
    kept: ['The bakery on Mill Street won the county bread prize', 'so it plans to bake a second batch'],
    out: ['Sign up for our weekly food newsletter', 'Copyright', 'Events'],
  },
];

describe('html block selection: fixtures', () => {
  it.each(PAGES)('$fixture: $why', (c) => {
    const html = fixture(c.fixture);
    const body = bodyOf(html);
    const alone = readabilityAlone(html);
    // Each case checks every string and reports them all at once.
    const wrong = [
      ...c.restored.filter((t) => alone.includes(t)).map((t) => `Readability alone already keeps ${JSON.stringify(t)}`),
      ...[...c.restored, ...c.kept]
        .filter((t) => !body.includes(t))
        .map((t) => `missing from the body: ${JSON.stringify(t)}`),
      ...c.out.filter((t) => body.includes(t)).map((t) => `furniture in the body: ${JSON.stringify(t)}`),
    ];
    expect(wrong).toEqual([]);
  });

  it('keeps page metadata while selecting blocks', () => {
    const out = htmlToText(fixture('standfirst-and-furniture'));
    expect(out.extractor).toBe('readability');
    expect(out.date).toBe('2024-03-05');
  });
});

describe('html block selection: tracing Readability through its rewrites', () => {
  const long = (topic: string): string =>
    `The ${topic} committee met on Tuesday to discuss the plans for the coming year, and agreed that the work should start in the spring, once the weather allows, with a report to the council in the autumn.`;
  it('keeps loose <div> text that Readability regroups into new paragraphs', () => {
    // Readability wraps a <div>'s loose text in new <p> elements and replaces a <div> holding one paragraph
    // with that paragraph: the text must still be traced to its block.
    const html = `<html><head><title>T</title></head><body><div class="post-body">${long('harbour')}<br><br>${long('school')}<div>${long('library')}</div><div>We hope you enjoy the new library.</div></div></body></html>`;
    const text = htmlToText(html).text;
    for (const t of [
      'harbour committee',
      'school committee',
      'library committee',
      'We hope you enjoy the new library.',
    ])
      expect(text).toContain(t);
  });
});

/** Block features from a DOM context: [html body, text of the block to look at, furniture, landmark]. */
const FEATURES: [string, string, boolean, boolean][] = [
  ['<div class="share-tools"><p>Share this</p></div>', 'Share this', true, false],
  ['<div class="post-comments"><p>A comment</p></div>', 'A comment', true, false],
  ['<div class="entry-content"><p>Body text</p></div>', 'Body text', false, false],
  ['<div class="sidebar"><div class="entry-content"><p>Inner</p></div></div>', 'Inner', false, false],
  ['<div class="widget-content"><p>Widget</p></div>', 'Widget', true, false],
  ['<div class="heading-tag-switch"><p>Not a tag list</p></div>', 'Not a tag list', false, false],
  ['<div class="tags"><a href="/t">Politics</a></div>', 'Politics', true, false],
  ['<footer><p>About us</p></footer>', 'About us', true, true],
  ['<div role="navigation"><p>Menu item</p></div>', 'Menu item', true, true],
  ['<aside><p>Fact box</p></aside>', 'Fact box', true, true],
];

describe('html block features', () => {
  it.each(FEATURES)('%s', (body, text, furniture, landmark) => {
    const doc = parseHtml(`<html><body class="has-sidebar">${body}</body></html>`);
    const root = doc.querySelectorAll('html')[0];
    if (!root) throw new Error('no <html>');
    const block = pageBlocks(root).find((b) => b.text === text);
    if (!block) throw new Error(`no block ${text}`);
    const f = blockFeatures(block);
    expect(f.furniture).toBe(furniture);
    expect(f.landmark).toBe(landmark);
  });

  it('measures link density and stopwords', () => {
    const doc = parseHtml('<html><body><p>Read <a href="/x">the whole story</a> of the town</p></body></html>');
    const root = doc.querySelectorAll('html')[0];
    if (!root) throw new Error('no <html>');
    const [block] = pageBlocks(root);
    if (!block) throw new Error('no block');
    const f = blockFeatures(block);
    // Characters of trimmed text nodes: "Read" 4, "the whole story" 15, "of the town" 11.
    expect(f.linkDensity).toBeCloseTo(15 / 30, 2);
    expect(f.words).toBe(7);
    expect(f.stopwordShare).toBeCloseTo(3 / 7, 2);
  });
});
