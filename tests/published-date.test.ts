// The article's own date in pasted page text (normalize/reference-date/published-line) and in URL paths: one
// realistic page shape per pattern, then the page furniture that must not be taken for it.
import { findPublishedLine, urlDay } from '../src/pipeline/normalize/reference-date/published-line';
import { fullDates, pageDayFirst } from '../src/text/dates/full-dates';
import type { Span } from '../src/model/span';
import { parseHtml } from '../src/adapters/dom';
import { readPageMeta } from '../src/pipeline/ingest/html/meta';

const PROSE =
  'The council voted on Tuesday to extend the programme for another year, after months of debate over its cost and the number of families it had reached across the region.';
const PROSE2 =
  'Officials said the decision would be reviewed once the auditor general had reported, and that no further money would be released before the end of the financial year.';
const PROSE3 =
  'Opposition members walked out before the vote, saying they had not been given the figures they asked for when the committee met in the autumn to review spending.';

/** A page: menu lines, then the lines given, then the body prose; the body span starts at the prose. */
function page(header: readonly string[], after: readonly string[] = []): { text: string; body: Span[] } {
  const menu = ['Home', 'News', 'Sport', 'Business', 'Subscribe', ''];
  const top = [...menu, ...header, ''].join('\n');
  const text = `${top}${[PROSE, '', PROSE2, '', PROSE3, '', ...after].join('\n')}`;
  return { text, body: [{ start: top.length, end: top.length + PROSE.length + PROSE2.length + PROSE3.length + 4 }] };
}

const found = (p: { text: string; body: Span[] }, dayFirst = false): string | null =>
  findPublishedLine(p.text, p.body, dayFirst)?.date ?? null;

describe('publication date lines near the headline and byline', () => {
  test.each([
    ['Published 24 July 2015', ['Council extends scheme', 'Published 24 July 2015'], '2015-07-24'],
    ['US updated stamp with time', ['Council extends scheme', 'Updated: Dec 14, 2016 3:15 p.m. ET'], '2016-12-14'],
    ['Guardian-style weekday and GMT time', ['Council extends scheme', 'Friday 13 March 2015 10.46 GMT'], '2015-03-13'],
    ['day month year at time', ['Council extends scheme', '1 April 2014 at 10:30'], '2014-04-01'],
    ['numeric US date', ['Council extends scheme', '12/28/2014'], '2014-12-28'],
    ['byline with a pipe', ['Council extends scheme', 'By Jane Roe | January 5, 2015'], '2015-01-05'],
    [
      'byline with a bullet and two-digit year',
      ['Council extends scheme', 'By Alexandra Pengelly • 11/08/23 5:19pm'],
      '2023-11-08',
    ],
    ['Indian business-paper stamp', ['Sensex climbs', '09 Jun 2020, 02:32 PM IST'], '2020-06-09'],
    ['dotted European date', ['Posted by Konstantin 21.10.2019'], '2019-10-21'],
    [
      'day-dot-month byline',
      ['By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links.'],
      '2023-10-31',
    ],
    ['label glued to the date', ['Shana Nys DambrotNovember 6, 2023'], '2023-11-06'],
    ['ISO date', ['2020-01-16'], '2020-01-16'],
    ['abbreviated month with a dot', ['Council extends scheme', 'Feb. 19, 2020'], '2020-02-19'],
    [
      'byline, slash, then an update stamp',
      ['By Cat Lafuente/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST'],
      '2020-06-12',
    ],
  ])('%s', (_name, header, expected) => {
    expect(found(page(header))).toBe(expected);
  });

  test('a date opening the first paragraph (wire dateline)', () => {
    const text = `Home\nNews\n\nCouncil extends scheme\n\nNAIROBI, 3 May 2022 (Reuters) - ${PROSE}\n\n${PROSE2}`;
    const start = text.indexOf('NAIROBI');
    expect(findPublishedLine(text, [{ start, end: text.length }], false)?.date).toBe('2022-05-03');
  });

  test('published wins over updated on the next line', () => {
    expect(found(page(['Published: 10:00am, 20 Jan, 2020', '', 'Updated: 10:09am, 21 Jan, 2020']))).toBe('2020-01-20');
    expect(found(page(['Last Modified: Feb 19, 2020', 'First published: Feb 18, 2020']))).toBe('2020-02-18');
  });

  test('the page shows day-first order: 12/04/2020 with 14/04/2020 elsewhere is 12 April', () => {
    expect(found(page(['12/04/2020 by Kay'], ['Kay', '14/04/2020 at 3:00 pm', 'Thanks for this!']))).toBe('2020-04-12');
    expect(pageDayFirst('12/04/2020 and 14/04/2020')).toBe(true);
    expect(pageDayFirst('04/14/2020')).toBe(false);
    expect(pageDayFirst('04/05/2020')).toBeNull();
  });

  test('confidence is higher for a stated cue than for an update stamp', () => {
    const cue = findPublishedLine(page(['Published 24 July 2015']).text, page(['Published 24 July 2015']).body, false);
    const upd = findPublishedLine(page(['Updated 24 July 2015']).text, page(['Updated 24 July 2015']).body, false);
    expect(cue?.confidence).toBeGreaterThan(upd?.confidence ?? 1);
  });
});

describe('negatives: page furniture that is not the article date', () => {
  test.each([
    [
      'copyright year line',
      ['Council extends scheme', '© 2019 News Group Ltd. All rights reserved', 'Copyright 12 March 2019'],
    ],
    ['a sentence of prose with a date', ['Talks opened on March 3, 2021 and prices rose last week.']],
    ['absurdly old date', ['June 6, 1944']],
    ['month and year only', ['October 2019']],
    ['no year', ['Dec. 14']],
  ])('%s', (_name, header) => {
    expect(found(page(header))).toBeNull();
  });

  test('comment timestamps after the story are not taken', () => {
    expect(
      found(page(['Council extends scheme'], ['3 Comments', 'Mary says:', 'July 11, 2011 at 12:25 pm', 'Reply'])),
    ).toBeNull();
  });

  test('a date later than the first comment is an event date, not the publication date', () => {
    const p = page(['Concert: December 5, 2015'], ['Comments', 'John', 'Reply March 3, 2015 at 2:54 pm']);
    expect(found(p)).toBeNull();
  });

  test('a related-stories list above the body loses to the byline date', () => {
    const related = [
      'Related',
      'Floods hit coast',
      'May 2, 2020',
      'Rates held',
      'April 28, 2020',
      'Storm warning',
      'April 21, 2020',
      'Budget row',
      'April 14, 2020',
      '',
    ];
    expect(found(page([...related, 'Council extends scheme', 'By Sam Okafor', 'Posted on May 4, 2020']))).toBe(
      '2020-05-04',
    );
  });

  test('dates far down the page (archives, footers) are not taken', () => {
    const archive = Array.from(
      { length: 30 },
      (_, i) => `Archive entry ${String(i)}\nMarch ${String((i % 27) + 1)}, 2012`,
    );
    expect(found(page(['Council extends scheme'], archive))).toBeNull();
  });
});

describe('full dates and URL paths', () => {
  test.each([
    ['https://www.example.com/news/2015/07/24/council-extends-scheme', '2015-07-24'],
    ['https://example.co.uk/2016-12-14-storm-warning.html', '2016-12-14'],
    ['https://example.com/world/2020/7/3/', '2020-07-03'],
    ['https://example.com/2019/13/40/x', null],
    ['https://example.com/story/123456', null],
    ['https://example.com/page?date=2019/01/02', null],
  ])('%s -> %s', (url, expected) => {
    expect(urlDay(url)).toBe(expected);
  });

  test('offsets of each full date in a line', () => {
    const line = 'Published 24 July 2015, updated 25/07/2015';
    expect(fullDates(line, true).map((d) => line.slice(d.start, d.end))).toEqual(['24 July 2015', '25/07/2015']);
  });
});

describe('HTML page metadata', () => {
  const html = (head: string, body = ''): string =>
    `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const dateOf = (head: string, body = ''): string | null => readPageMeta(parseHtml(html(head, body))).date;
  test.each([
    ['meta value attribute', '<meta name="sailthru.date" value="2016-12-14 15:15:00">', '2016-12-14'],
    [
      'og:article:published_time',
      '<meta property="og:article:published_time" content="2015-07-24T10:46:00Z">',
      '2015-07-24',
    ],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2014-04-01T10:30:00Z">', '2014-04-01'],
    ['dc.date', '<meta name="DC.date" content="2014-12-28">', '2014-12-28'],
    [
      'JSON-LD datePublished before dateCreated',
      '<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2015-01-04","datePublished":"2015-01-05","dateModified":"2015-02-01"}</script>',
      '2015-01-05',
    ],
    [
      'published before modified meta',
      '<meta property="article:modified_time" content="2015-02-01"><meta property="article:published_time" content="2015-01-05">',
      '2015-01-05',
    ],
  ])('%s', (_name, head, expected) => {
    expect(dateOf(head)).toBe(expected);
  });
});
