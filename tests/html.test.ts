import { parseHtml } from '../src/adapters/dom';
import { htmlToText } from '../src/pipeline/ingest/html';
import { toIsoDay } from '../src/pipeline/ingest/html/dates';
import { readPageMeta } from '../src/pipeline/ingest/html/meta';
import { blocksText, pageBlocks } from '../src/pipeline/ingest/html/blocks';
import { extract } from '../src/pipeline/pipeline';

/** Date strings as pages write them in meta tags, JSON-LD and <time>, with the day they mean. */
const DATES: [string, string | null][] = [
  ['2021-03-04T09:30:00+01:00', '2021-03-04'],
  ['2021-03-04T23:30:00-08:00', '2021-03-04'],
  ['2019/10/21', '2019-10-21'],
  ['20191021', '2019-10-21'],
  ['October 21, 2019', '2019-10-21'],
  ['Monday, Oct. 21 2019 10:00', '2019-10-21'],
  ['21 October 2019', '2019-10-21'],
  ['2019-02-30', null],
  ['1066-10-14', null],
  ['yesterday', null],
  ['', null],
];

describe('html dates', () => {
  it.each(DATES)('%j -> %s', (raw, iso) => {
    expect(toIsoDay(raw)).toBe(iso);
  });
});

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('page metadata', () => {
  it('prefers JSON-LD, then meta tags, then <time>', () => {
    const doc = parseHtml(
      page(
        '<meta property="article:published_time" content="2020-01-02"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2020-01-01","author":[{"name":"A. Writer"}]}]}</script>',
        '<time datetime="2020-01-03">Jan 3</time>',
      ),
    );
    expect(readPageMeta(doc)).toEqual({
      title: 'H',
      byline: 'A. Writer',
      date: '2020-01-01',
      dateSource: 'html-json-ld',
    });
  });

  it('falls back to meta tags, skipping an author URL', () => {
    const doc = parseHtml(
      page(
        '<meta property="og:title" content="T"><meta property="article:author" content="https://x.com/a"><meta name="author" content="B"><meta name="date" content="2018-06-05">',
        '',
      ),
    );
    expect(readPageMeta(doc)).toEqual({ title: 'T', byline: 'B', date: '2018-06-05', dateSource: 'html-meta' });
  });

  it('survives a broken JSON-LD block and reads <time datetime>', () => {
    const doc = parseHtml(
      page('<script type="application/ld+json">{not json</script>', '<time datetime="2019-10-21T08:00">Monday</time>'),
    );
    expect(readPageMeta(doc)).toEqual({ title: null, byline: null, date: '2019-10-21', dateSource: 'html-time' });
  });
});

describe('html to text', () => {
  it('separates block elements by blank lines, keeps <br> as a line break, drops scripts and hidden elements', () => {
    const doc = parseHtml(
      page(
        '',
        '<h1>Title</h1><p>One <b>bold</b>\n word.</p><p>Two<br>lines</p><script>var x=1;</script><div hidden>secret</div><ul><li>a</li><li>b</li></ul>',
      ),
    );
    expect(doc.body && blocksText(pageBlocks(doc.body))).toBe('Title\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb');
  });

  it('turns a page into its main content with metadata', () => {
    const para = (n: number): string =>
      `<p>Paragraph ${String(n)} of the story tells readers what happened in the town council meeting and why it matters to the people who live there.</p>`;
    const html = page(
      '<title>Council meets to approve the budget | Town News</title><meta name="author" content="C. Reporter"><meta name="date" content="2022-12-26">',
      `<nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Council meets to approve the budget</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article><footer>Copyright © 2022 Town News</footer>`,
    );
    const out = htmlToText(html);
    expect(out.extractor).toBe('readability');
    expect(out.date).toBe('2022-12-26');
    expect(out.byline).toBe('C. Reporter');
    expect(out.title).toBe('Council meets to approve the budget');
    // The headline first (Readability leaves it out; the text keeps it to be read), then the five paragraphs.
    expect(out.text.split('\n\n')).toHaveLength(6);
    expect(out.text.split('\n\n')[0]).toBe('Council meets to approve the budget');
    expect(out.text).not.toContain('Home');
    expect(out.text).not.toContain('Copyright');
  });

  it("the headline's dates and names are extracted; the headline is not body", () => {
    const para = (n: number): string =>
      `<p>Paragraph ${String(n)}: the council in Leeds voted on the budget after a long debate about what it means for the people who live there.</p>`;
    const html = page(
      '<title>Leeds council approves budget on Tuesday | Town News</title><meta name="date" content="2022-12-29">',
      `<nav><a href="/">Home</a></nav><article><h1>Leeds council approves budget on Tuesday</h1>${[1, 2, 3, 4].map(para).join('')}</article>`,
    );
    const doc = extract({ id: 'h', source: 'h.html', html });
    const head = doc.text.indexOf('Leeds council approves budget on Tuesday');
    expect(head).toBeGreaterThanOrEqual(0);
    expect(doc.body.some((b) => b.start <= head && head < b.end)).toBe(false);
    expect(doc.dates.find((d) => d.start > head && d.text === 'Tuesday')?.value).toBe('2022-12-27');
    expect(doc.places.some((p) => p.start === head && p.text === 'Leeds')).toBe(true);
  });

  it('keeps the whole page when Readability finds no article', () => {
    const out = htmlToText(page('<title>Tiny</title>', '<p>Just one line.</p>'));
    expect(out.text).toBe('Just one line.');
    expect(out.title).toBe('Tiny');
    expect(out.date).toBeNull();
  });
});

describe('readability retry threshold', () => {
  // A 660-character promo box passes Readability's default 500-character bar on the first (strict) try, which
  // drops the "sidebar" story; under 1000 characters it retries with looser rules and finds the article.
  const art =
    'The harbour council voted on Tuesday evening to rebuild the old sea wall, which was damaged in the storms of last winter, and to raise the harbour fees, for the first time in a decade, to pay for the work. ';
  const promo =
    'Our magazine brings you the best stories, features, interviews, reviews and opinion from around the region, every week, in print and online, and our readers say, again and again, that it is the best read of their week. ';
  const paras = [
    art,
    art.replace('harbour', 'town'),
    art.replace('sea wall', 'pier'),
    art.replace('council', 'board'),
    art.replace('Tuesday', 'Monday'),
  ];
  const html = page(
    '<title>Sea wall</title>',
    `<div class="main"><p>${promo.repeat(3)}</p></div><div class="sidebar-story">${paras.map((p) => `<p>${p}</p>`).join('')}</div>`,
  );

  it('keeps the article a short first try missed', () => {
    const out = htmlToText(html);
    expect(out.extractor).toBe('readability');
    expect(out.text).toContain('rebuild the old sea wall');
  });
});
