// The page date as HTML states it (ingest/html/page-date, json-ld): where it came from and which statement wins.
import { parseHtml } from '../src/adapters/dom';
import { readPageMeta } from '../src/pipeline/ingest/html/meta';

const page = (head: string, body = '<p>Story text.</p>'): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const dateOf = (html: string) => {
  const m = readPageMeta(parseHtml(html));
  return { date: m.date, source: m.dateSource };
};

describe('page date from HTML', () => {
  test.each([
    [
      'JSON-LD @graph: the NewsArticle before an earlier WebPage',
      page(
        ld({
          '@graph': [
            { '@type': 'WebPage', datePublished: '2019-01-01' },
            { '@type': 'NewsArticle', datePublished: '2020-03-03T10:00:00Z' },
          ],
        }),
      ),
      '2020-03-03',
      'html-json-ld',
    ],
    [
      'JSON-LD array of objects, ReportageNewsArticle',
      page(
        ld([
          { '@type': 'Organization', name: 'X' },
          { '@type': 'ReportageNewsArticle', datePublished: '2021-06-01' },
        ]),
      ),
      '2021-06-01',
      'html-json-ld',
    ],
    [
      'JSON-LD @type as an array (BlogPosting)',
      page(ld({ '@type': ['BlogPosting'], dateModified: '2020-02-01', datePublished: '2020-01-05' })),
      '2020-01-05',
      'html-json-ld',
    ],
    [
      'a publication meta tag before JSON-LD dateCreated',
      page(
        `${ld({ '@type': 'Article', dateCreated: '2015-01-04' })}<meta name="parsely-pub-date" content="2015-01-05">`,
      ),
      '2015-01-05',
      'html-meta',
    ],
    [
      'JSON-LD dateCreated when nothing else',
      page(ld({ '@type': 'Article', dateCreated: '2015-01-04' })),
      '2015-01-04',
      'html-json-ld',
    ],
    [
      'og:article:published_time with value=',
      page('<meta property="og:article:published_time" value="2014-04-01T10:30">'),
      '2014-04-01',
      'html-meta',
    ],
    ['sailthru.date', page('<meta name="sailthru.date" content="2016-12-14 15:15:00">'), '2016-12-14', 'html-meta'],
    ['publish-date', page('<meta name="publish-date" content="2018-06-05">'), '2018-06-05', 'html-meta'],
    ['DC.date.issued', page('<meta name="DC.date.issued" content="2012-09-30">'), '2012-09-30', 'html-meta'],
    ['dc.date', page('<meta name="dc.date" content="2020-03-03">'), '2020-03-03', 'html-meta'],
    ['pubdate', page('<meta name="pubdate" content="20150724">'), '2015-07-24', 'html-meta'],
    ['date', page('<meta name="date" content="July 24, 2015">'), '2015-07-24', 'html-meta'],
    [
      'the published tag before a modified tag listed first',
      page(
        '<meta property="article:modified_time" content="2020-02-02"><meta property="article:published_time" content="2020-01-01">',
      ),
      '2020-01-01',
      'html-meta',
    ],
    [
      '<time> in the article header before an earlier one in a sidebar',
      page(
        '',
        '<aside><time datetime="2019-12-31">Dec 31</time></aside><article><header><h1>H</h1><time datetime="2020-01-06">Jan 6</time></header><p>Text</p></article>',
      ),
      '2020-01-06',
      'html-time',
    ],
    [
      '<time pubdate>',
      page('', '<time datetime="2019-01-01">x</time><time pubdate datetime="2020-05-05">y</time>'),
      '2020-05-05',
      'html-time',
    ],
    [
      'a date-named element',
      page('', '<span class="entry-date">March 3, 2020</span><p>Text</p>'),
      '2020-03-03',
      'html-element',
    ],
    [
      'a modification date only as a last resort',
      page('<meta property="og:updated_time" content="2020-02-02">'),
      '2020-02-02',
      'html-meta',
    ],
    [
      'JSON-LD dateModified only as a last resort',
      page(ld({ '@type': 'NewsArticle', dateModified: '2020-02-03' })),
      '2020-02-03',
      'html-json-ld',
    ],
  ])('%s', (_name, html, date, source) => {
    expect(dateOf(html)).toEqual({ date, source });
  });

  test.each([
    ['no date at all', page('<meta name="author" content="A">')],
    ['a year only', page('<meta name="date" content="2020">')],
    ['a broken JSON-LD block', page('<script type="application/ld+json">{"datePublished": </script>')],
    ['an absurd year', page('<meta name="date" content="1066-10-14">')],
  ])('none: %s', (_name, html) => {
    expect(dateOf(html)).toEqual({ date: null, source: null });
  });
});
