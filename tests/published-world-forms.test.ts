// The date forms, cues and day/month evidence of outlets outside the English-speaking world that reference-date
// reads (line-dates' year-first and Nordic forms, cues.ts, related-links.ts, localeDayFirst's time-zone evidence):
// table cases with negatives.
import { lineDates, localeDayFirst } from '../src/pipeline/normalize/reference-date/line-dates';
import { dateLines, readDateLine } from '../src/pipeline/normalize/reference-date/date-lines';
import { cueOnlyLine, hasPublishedCue, hasUpdatedCue } from '../src/pipeline/normalize/reference-date/cues';
import { relatedLines } from '../src/pipeline/normalize/reference-date/related-links';
import { findYearlessLabelled } from '../src/pipeline/normalize/reference-date/yearless-labelled';

const iso = (d: { year: number; month: number; day: number } | null | undefined): string | null =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;

describe('year-first, Nordic and unambiguous all-digit dates', () => {
  test.each([
    ['Chinese', '2015年12月14日 10:31 来源：新华社', '2015年12月14日', '2015-12-14'],
    ['Japanese with spaces', '2016年 3月 5日', '2016年 3月 5日', '2016-03-05'],
    ['Korean', '입력 2015년 12월 14일 10:31', '2015년 12월 14일', '2015-12-14'],
    ['dotted year first', '2015.12.14 10:31', '2015.12.14', '2015-12-14'],
    ['Swedish', 'Publicerad 14 december 2015 kl 10.31', '14 december 2015', '2015-12-14'],
    ['Danish abbreviated', 'Offentliggjort 14. dec. 2015 kl. 10:31', '14. dec. 2015', '2015-12-14'],
    ['Norwegian', 'Publisert 3. desember 2019', '3. desember 2019', '2019-12-03'],
    ['day over 12 on a month-first page', 'Posted 14/12/2015', '14/12/2015', '2015-12-14'],
  ])('%s', (_name, line, text, value) => {
    const d = lineDates(line, false)[0];
    expect(d && { text: line.slice(d.start, d.end), value: iso(d.day) }).toEqual({ text, value });
  });

  test.each([
    ['an impossible year-first day', '2015.13.14'],
    ['a version number', 'Version 2015.1.2.3'],
    ['a year and month only', '2015年12月'],
  ])('%s gives no date', (_name, line) => {
    expect(lineDates(line, false)).toEqual([]);
  });
});

describe('publication and update cues', () => {
  test.each([
    ['Publicerad 14 december 2015', true, false],
    ['Publisert 02.10.2020', true, false],
    ['Julkaistu 14.12.2015', true, false],
    ['Oppdatert 02.10.2020 14:05', false, true],
    ['发布时间：2015-12-14', true, false],
    ['입력 2015-12-14 10:31', true, false],
    ['수정 2015-12-15 08:00', false, true],
    ['Source: Xinhua | 2015-12-14', false, false],
  ])('%s: published %s, updated %s', (line, published, updated) => {
    expect([hasPublishedCue(line), hasUpdatedCue(line)]).toEqual([published, updated]);
  });

  test('a relative update stamp beside a date does not make the date an update', () => {
    const line = readDateLine('January 5, 2015 / 4:52 PM / Updated 2 hours ago', 0, 0, false);
    expect(line && { updated: line.updatedCue, day: iso(line.day) }).toEqual({ updated: false, day: '2015-01-05' });
  });

  test.each([
    ['14/12/2015 10h31 - Atualizado em 15/12/2015 12h00', false],
    ['December 14, 2015 10:31 AM | Updated December 15, 2015 8:00 AM', false],
    ['14 December 2015 (updated)', true],
  ])('%s: the first date is an update %s', (text, updated) => {
    expect(readDateLine(text, 0, 0, true)?.updatedCue).toBe(updated);
  });

  test('a cue on the line above gives its cue to a bare date line', () => {
    const lines = dateLines('Headline\nPublished\n24 July 2015\nShare', false);
    expect(lines.map((l) => [iso(l.day), l.publishedCue])).toEqual([['2015-07-24', true]]);
    expect(cueOnlyLine('Last updated:')).toEqual({ published: false, updated: true });
    expect(cueOnlyLine('Share this story')).toBeNull();
  });

  test('a heading over other stories is no date line', () => {
    expect(readDateLine('Other articles published on Dec 13, 2015', 0, 0, false)).toBeNull();
  });
});

describe('related-story lists', () => {
  const page = [
    'Headline of the story',
    '14 Dec 2015',
    'The council voted on Monday to close the old bridge to traffic from the start of next year, officials said.',
    'Related articles',
    'Bridge repairs delayed',
    '12 Dec 2015',
  ].join('\n');

  test('dates under a related heading after the story starts are the other stories', () => {
    const all = dateLines(page, false);
    expect([...relatedLines(page, all, 2)].map((l) => iso(l.day))).toEqual(['2015-12-12']);
  });

  test('a related heading above the story (a sidebar) is not searched', () => {
    const sidebar = ['Related articles', '12 Dec 2015', 'Headline', '14 Dec 2015'].join('\n');
    expect(relatedLines(sidebar, dateLines(sidebar, false), 2).size).toBe(0);
  });
});

describe('day/month order from time zones and time words', () => {
  test.each([
    ['Updated: 05/03/2016 10:31 IST', true],
    ['05.03.2016, 10:31 Uhr', true],
    ['Publié le 05/03/2016 à 10h31', true],
    ['Friday 05/03/2016 10.46 GMT', true],
    ['Posted 05/03/2016 10:31 AM EST', false],
    ['Updated 05/03/2016 at 3:15 p.m.', false],
    ['Posted 05/03/2016', null],
  ])('%s: day first %s', (text, want) => {
    expect(localeDayFirst(text)).toBe(want);
  });
});

describe('day/month order from spelling', () => {
  test.each([
    ['The council will organise talks; the behaviour of a few was criticised.', true],
    ['The council will organize talks; the behavior of a few was criticized.', false],
    ['The programme was extended.', null],
    ['Check the tire pressure before you travel.', null],
  ])('%s: day first %s', (text, want) => {
    expect(localeDayFirst(text)).toBe(want);
  });
});

describe('Indonesian and Malay date lines, generic date labels', () => {
  test.each([
    ['Senin, 14 Des 2015 10:31 WIB', '2015-12-14', false, false],
    ['Diterbitkan 14 Desember 2015', '2015-12-14', true, false],
    ['Diperbarui 15 Agustus 2015', '2015-08-15', false, true],
    ['Dikemaskini 3 Ogos 2016', '2016-08-03', false, true],
    ['Date: 14 Dec 2015', '2015-12-14', true, false],
    ['Modified date: December 14, 2015', '2015-12-14', false, true],
  ])('%s', (line, day, published, updated) => {
    const found = readDateLine(line, 0, 0, true);
    expect(found && [iso(found.day), found.publishedCue, found.updatedCue]).toEqual([day, published, updated]);
  });

  test('WIB and MYT times put the day first', () => {
    expect(localeDayFirst('Jakarta 05/03/2016 10:31 WIB')).toBe(true);
    expect(localeDayFirst('Kuala Lumpur 05/03/2016 10:31 MYT')).toBe(true);
  });
});

describe('labelled dates without a year', () => {
  const related = '\nMore on this story\nPort strike talks resume\n28 May 2016';
  test.each([
    ['cue on the line above', 'Headline\nPublished\n3 June', '2016-06-03', false],
    ['cue and time on the line', 'Headline\nLast updated at 11:02 BST on 3 June', '2016-06-03', true],
    ['month first', 'Headline\nPosted Jun 3', '2016-06-03', false],
  ])('%s', (_name, top, day, updated) => {
    const text = top + related;
    const days = [{ year: 2016, month: 5, day: 28 }];
    const found = findYearlessLabelled(text, 0, 10, days);
    expect(found && [iso(found.day), found.updated]).toEqual([day, updated]);
  });

  test.each([
    ['no cue', 'Headline\n3 June'],
    ['a full year (even an absurd one) is the full-date readers’ business', 'Headline\nPublished 14 Dec 2105'],
    ['a relative update stamp', 'Headline\nUpdated 2 hours ago'],
    ['a long line of prose', 'Headline\nPublished reports on 3 June said the council had agreed to sell the site.'],
  ])('%s gives nothing', (_name, text) => {
    expect(findYearlessLabelled(text, 0, 10, [{ year: 2016, month: 5, day: 28 }])).toBeNull();
  });
});
