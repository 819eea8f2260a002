// The date forms and page signals reference-date reads on its own (normalize/reference-date/line-dates,
// yearless-dateline, comment-thread, date-lines' trailing stamps): table cases with negatives, offsets pinned.
import { localeDayFirst } from '../src/pipeline/normalize/reference-date/day-order';
import { foreignDates, lineDates } from '../src/pipeline/normalize/reference-date/line-dates';
import { anchorYear, yearlessDay } from '../src/pipeline/normalize/reference-date/yearless-dateline';
import { threadLines } from '../src/pipeline/normalize/reference-date/comment-thread';
import { dateLines, readDateLine } from '../src/pipeline/normalize/reference-date/date-lines';
import { trailingStamp } from '../src/pipeline/normalize/reference-date/trailing-stamp';
import { chooseReference } from '../src/pipeline/normalize/reference-date';
import { emptyDoc } from '../src/model/document';
import { resolveOptions } from '../src/pipeline/options';

const iso = (d: { year: number; month: number; day: number } | null | undefined): string | null =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;

describe('line-dates: non-English month names, ISO stamps, dotted dates', () => {
  test.each([
    ['French weekday and month', 'mardi 5 juin 2018', 'mardi 5 juin 2018'.indexOf('5'), '5 juin 2018', '2018-06-05'],
    ['German day-dot-month', '30. Oktober 2019 | Markus', 0, '30. Oktober 2019', '2019-10-30'],
    ['Spanish "de"', '04 de mayo 2022 a las 09:01 hrs.', 0, '04 de mayo 2022', '2022-05-04'],
    ['Italian capitalized month', 'Pubblicato il 19 Febbraio 2020', 14, '19 Febbraio 2020', '2020-02-19'],
    ['Portuguese "de ... de"', 'Publicado em 3 de maio de 2022', 13, '3 de maio de 2022', '2022-05-03'],
    ['Dutch', '12 maart 2021 om 10:15', 0, '12 maart 2021', '2021-03-12'],
    ['French 1er', 'Publié le 1er avril 2014', 10, '1er avril 2014', '2014-04-01'],
  ])('%s', (_name, line, start, text, value) => {
    const d = lineDates(line, false)[0];
    expect(d && { start: d.start, text: line.slice(d.start, d.end), value: iso(d.day) }).toEqual({
      start,
      text,
      value,
    });
  });

  test.each([
    ['ISO timestamp', '2015-07-24T10:00', '2015-07-24'],
    ['ISO timestamp with zone', 'Published 2015-07-24T10:00:00Z', '2015-07-24'],
    ['dotted date is day first on a month-first page', 'Posted 05.03.2020 10:15', '2020-03-05'],
    ['slashed date follows the page order', 'Posted 05/03/2020', '2020-05-03'],
  ])('%s', (_name, line, value) => {
    expect(iso(lineDates(line, false)[0]?.day)).toBe(value);
  });

  test.each([
    ['an impossible day', '31 juin 2018'],
    ['a month word inside a word', '5 majuin 2018'],
    ['no year', 'mardi 5 juin'],
    ['an English phrase that looks like a date', 'won 3 out of 2020 votes'],
  ])('nothing in %s', (_name, line) => {
    expect(foreignDates(line)).toEqual([]);
  });
});

describe('localeDayFirst: the page says its day/month order', () => {
  test.each([
    ['writes dates day first', 'Published 25 September 2020. Earlier, on 3 March 2020, it said so.', true],
    ['writes dates month first', 'Published September 25, 2020. Earlier, on March 3, 2020, it said so.', false],
    ['German prose', 'Der Stadtrat hat mit der Mehrheit und die Opposition nicht mit das Geld.', true],
    ['English prose, no dates', 'The council said that the plan was for the city and the region.', null],
  ])('%s', (_name, text, expected) => {
    expect(localeDayFirst(text)).toBe(expected);
  });
});

describe('yearless wire datelines', () => {
  test.each([
    ['Reuters', 'LONDON, March 3 (Reuters) - Oil rose.', { month: 3, day: 3 }],
    ['PTI with colon', 'NEW DELHI, Mar 3 (PTI): The court ruled.', { month: 3, day: 3 }],
    ['place with region, em dash', 'LAGOS, Nigeria, March 3 — The bank said.', { month: 3, day: 3 }],
    ['AAP day first', 'Sydney, 3 March (AAP) - Shares fell.', { month: 3, day: 3 }],
    ['Title-case place', 'Mumbai, Jan 15: Police arrested two men.', { month: 1, day: 15 }],
  ])('%s', (_name, line, expected) => {
    expect(yearlessDay(line)).toEqual(expected);
  });

  test.each([
    ['prose mentioning a day', 'The meeting, March 3, was postponed.'],
    ['a lower-case start', 'on March 3 (Reuters) - it said'],
    ['no separator after the day', 'LONDON, March 3 was a quiet day'],
  ])('not a dateline: %s', (_name, line) => {
    expect(yearlessDay(line)).toBeNull();
  });

  test.each([
    ['year of the nearest page date', 3, 3, [{ year: 2020, month: 3, day: 2 }], null, '2020-03-03'],
    ['across the new year', 12, 30, [{ year: 2020, month: 1, day: 2 }], null, '2019-12-30'],
    ['copyright year without page dates', 3, 3, [], 2020, '2020-03-03'],
    ['no year anywhere', 3, 3, [], null, null],
    ['29 February of a leap year only', 2, 29, [{ year: 2021, month: 3, day: 1 }], null, '2020-02-29'],
  ])('%s', (_name, month, day, pageDays, copyright, expected) => {
    expect(iso(anchorYear(month, day, pageDays, copyright))).toBe(expected);
  });
});

describe('comment threads and glued stamps', () => {
  const page = [
    'Headline',
    'June 1, 2020',
    ...Array.from({ length: 6 }, () => 'A long line of the story that goes on.'),
    '4 Comments',
    'Ann',
    'June 3, 2020 8:44 pm',
    'Nice.',
    'Reply',
  ].join('\n');

  test('dates under a thread heading or above a Reply link are thread lines; the header date is not', () => {
    const all = dateLines(page, false);
    const thread = threadLines(page, all, 4);
    expect(all.map((l) => [l.index, thread.has(l)])).toEqual([
      [1, false],
      [10, true],
    ]);
  });

  test('a Reply link alone marks the timestamp above it', () => {
    const text = 'Story\nBob\nJanuary 4, 2015 at 9:30 pm\nFirst!\nReply';
    expect([...threadLines(text, dateLines(text, false), 100)].map((l) => l.index)).toEqual([2]);
  });

  test.each([
    ['after a question mark', "What's the secret to its recovery?Monday, 6 January 2020", 34],
    ['after a full stop and space, with a time', 'The vote was delayed. 6 January 2020 10:46 GMT', 22],
  ])('trailing stamp %s', (_name, line, at) => {
    expect(trailingStamp(line, false)).toBe(at);
  });

  test.each([
    ['a date inside the sentence', 'The vote on 6 January 2020 was delayed again'],
    ['a date ending a sentence of prose', 'The vote was delayed until 6 January 2020'],
  ])('no trailing stamp: %s', (_name, line) => {
    expect(trailingStamp(line, false)).toBe(-1);
  });

  test.each([
    ['update first, publication after', 'Updated Mar 4, 2020 | Published Mar 3, 2020', '2020-03-03', true],
    [
      'UK stamps with times',
      'Updated: 16:02 GMT, 4 March 2020 | Published: 14:30 GMT, 3 March 2020',
      '2020-03-03',
      true,
    ],
    ['publication first', 'PUBLISHED: 14:30 GMT, 3 March 2020 | UPDATED: 16:02 GMT, 4 March 2020', '2020-03-03', true],
  ])('a line with two stamps: %s', (_name, line, day, cue) => {
    const r = readDateLine(line, 0, 0, false);
    expect([iso(r?.day), r?.publishedCue, r?.updatedCue]).toEqual([day, cue, false]);
  });

  test('a time with a dot is not a sentence end', () => {
    expect(readDateLine('04 de mayo 2022 a las 09:01 hrs.', 0, 0, false)?.leadsProse).toBe(false);
  });
});

describe('HTML date sources and the URL day', () => {
  const doc = (
    metaDate: string,
    dateSource: 'html-json-ld' | 'html-meta' | 'html-time' | 'html-element',
    url: string | null,
  ) => emptyDoc({ id: 't', source: 't', text: 'Body.', url, meta: { byline: null, date: metaDate, dateSource } });
  const options = resolveOptions({});

  test.each([
    ['JSON-LD', 'html-json-ld', 0.95],
    ['meta tag', 'html-meta', 0.9],
    ['<time>', 'html-time', 0.85],
    ['date-named element', 'html-element', 0.7],
  ] as const)('%s keeps its source and confidence', (_name, source, confidence) => {
    expect(chooseReference(doc('2023-11-09', source, null), options)).toEqual({
      date: '2023-11-09',
      source,
      confidence,
    });
  });

  test('a UTC timestamp a day after the URL day gives the URL (local) day', () => {
    expect(chooseReference(doc('2023-11-09', 'html-json-ld', 'https://x.com/2023/11/08/story/'), options)).toEqual({
      date: '2023-11-08',
      source: 'url',
      confidence: 0.9,
    });
  });

  test.each([
    ['same day', 'https://x.com/2023/11/09/story/'],
    ['URL two days earlier (a later update)', 'https://x.com/2023/11/07/story/'],
    ['URL a day later', 'https://x.com/2023/11/10/story/'],
  ])('the HTML date stands when the URL gives %s', (_name, url) => {
    expect(chooseReference(doc('2023-11-09', 'html-meta', url), options)?.date).toBe('2023-11-09');
  });
});
